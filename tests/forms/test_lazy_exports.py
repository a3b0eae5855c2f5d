"""forms and forms.expressions load most names on first use; each must be the real object."""

from __future__ import annotations

import importlib
import sys
import types

import pytest

import forms
import forms.expressions

LAZY_PACKAGES = [forms, forms.expressions]


@pytest.mark.parametrize("package", LAZY_PACKAGES, ids=lambda p: p.__name__)
def test_every_public_name_is_the_object_its_module_defines(package: types.ModuleType) -> None:
    for name in package.__all__:
        value = getattr(package, name)
        home = package._LAZY.get(name)
        if home is not None:
            assert value is getattr(importlib.import_module(home), name), name
        assert not isinstance(value, types.ModuleType), f"{package.__name__}.{name} is a module"


@pytest.mark.parametrize("package", LAZY_PACKAGES, ids=lambda p: p.__name__)
def test_lazy_names_are_listed_and_unknown_names_still_fail(package: types.ModuleType) -> None:
    assert set(package.__all__) <= set(dir(package))
    assert set(package._LAZY) <= set(package.__all__)
    with pytest.raises(AttributeError, match="no_such_name"):
        getattr(package, "no_such_name")  # noqa: B009


def test_the_countries_function_is_not_shadowed_by_its_submodule() -> None:
    # Importing forms.countries sets the package attribute ``countries`` to the module;
    # the package's own import of the function must come after it and win.
    importlib.import_module("forms.countries")
    assert forms.countries is sys.modules["forms.countries"].countries


def test_submodules_still_import_by_name() -> None:
    from forms.expressions import ast

    assert ast is sys.modules["forms.expressions.ast"]
