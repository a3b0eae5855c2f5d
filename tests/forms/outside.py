"""Helpers for the outside tests of the XLSForm import (convert, errors, items)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from forms import Severity, load_form
from forms.errors import XLSFormError
from forms.xlsform import convert_xlsform

from .xlsx import Table, write_xlsform


def convert(tmp_path: Path, survey: Table, **tables: Any) -> tuple[dict[str, Any], list[str]]:
    tables.setdefault("choices", False)
    tables.setdefault("settings", False)
    result = convert_xlsform(write_xlsform(tmp_path / "form.xlsx", survey, **tables))
    load_form(result.definition)
    return result.definition, [f"{w.location}: {w.message}" for w in result.warnings]


def errors(tmp_path: Path, survey: Table, **tables: Any) -> list[str]:
    tables.setdefault("choices", False)
    tables.setdefault("settings", False)
    with pytest.raises(XLSFormError) as info:
        convert_xlsform(write_xlsform(tmp_path / "form.xlsx", survey, **tables))
    return [str(p) for p in info.value.problems if p.severity is Severity.ERROR]


def items(definition: dict[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = []
    stack = list(reversed(definition["pages"][0]["items"]))
    while stack:
        item = stack.pop()
        result.append(item)
        stack.extend(reversed(item.get("items", [])))
    return result
