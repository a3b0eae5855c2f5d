"""forms/__init__ loads most names on first use; each must still be the real object."""

from __future__ import annotations

import importlib
import sys
import types

import pytest

import forms


def test_every_public_name_is_the_object_its_module_defines() -> None:
    for name in forms.__all__:
        value = getattr(forms, name)
        home = forms._LAZY.get(name)
        if home is not None:
            assert value is getattr(importlib.import_module(home), name), name
        assert not isinstance(value, types.ModuleType), f"forms.{name} is a module"


def test_the_countries_function_is_not_shadowed_by_its_submodule() -> None:
    # Importing forms.countries sets the package attribute ``countries`` to the module;
    # the package's own import of the function must come after it and win.
    importlib.import_module("forms.countries")
    assert forms.countries is sys.modules["forms.countries"].countries


def test_lazy_names_are_listed_and_unknown_names_still_fail() -> None:
    assert set(forms.__all__) <= set(dir(forms))
    assert set(forms._LAZY) <= set(forms.__all__)
    with pytest.raises(AttributeError, match="no_such_name"):
        getattr(forms, "no_such_name")  # noqa: B009
