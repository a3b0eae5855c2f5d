"""Random spreadsheets in XLSForm's shape never break the importer.

Cells come from the things NGO spreadsheets hold (types with typos, numbers in name
columns, formulas' shown errors, dates, booleans, expressions, empty cells); the
importer either returns a definition that load_form accepts, or raises XLSFormError
whose errors each name a sheet cell. Nothing else may escape.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms import Severity, load_form
from forms.errors import XLSFormError
from forms.xlsform import convert_xlsform

from .xlsx import write_xlsform

TYPES = [
    "text", "Text", "integer", "decimal", "date", "note", "select_one l", "select_multiple l",
    "select_one l or_other", "select_one missing", "begin group", "end group", "begin_repeat",
    "end_repeat", "calculate", "geopoint", "start", "txt", "image", "acknowledge", "rank l",
    "begin_score", "end_score", "select_one_from_file x.csv", None, "", 7, True,
]  # fmt: skip
NAMES = ["a", "b", "c", "g", "r", "a ", "1x", "a.b", "имя", None, 3, 2.0, "l"]
TEXTS = ["Label", "Метка", "${a}", "<b>x</b>", "#REF!", "", None, 12, False, "x\r\ny"]
EXPRESSIONS = [
    "${a} = 'x'", "${b} > 1", ". > 0", "${nope} = 1", "/data/a", "jr:x()", "yes", "TRUE",
    "${a} AND ${b}", "count(${r}) > 0", "selected(${c}, 'x')", "(", None, 1, True,
    "region = ${a}", "today()",
]  # fmt: skip

HEADER = [
    "type", "name", "label", "label::Русский (ru)", "hint", "required", "relevant",
    "constraint", "constraint_message", "choice_filter", "default", "appearance",
    "repeat_count", "calculation",
]  # fmt: skip

rows = st.tuples(
    st.sampled_from(TYPES),
    st.sampled_from(NAMES),
    st.sampled_from(TEXTS),
    st.sampled_from(TEXTS),
    st.sampled_from(TEXTS),
    st.sampled_from(EXPRESSIONS),
    st.sampled_from(EXPRESSIONS),
    st.sampled_from(EXPRESSIONS),
    st.sampled_from(TEXTS),
    st.sampled_from(EXPRESSIONS),
    st.sampled_from([None, "x", 5, 2.5, "today()", dt.date(2020, 1, 2), "x y"]),
    st.sampled_from([None, "multiline", "Minimal", 3]),
    st.sampled_from([None, 2, "${b}", "x"]),
    st.sampled_from([None, "1+1"]),
).map(list)
choice_rows = st.tuples(
    st.sampled_from(["l", "l", "region", None, 1]),
    st.sampled_from(["x", "y", 1, 1.0, "a b", None, "other"]),
    st.sampled_from(TEXTS),
    st.sampled_from([None, "x", 1]),
).map(list)

CELL = re.compile(r"\A(survey|choices|settings)(![A-Z]{1,3}[0-9]+|!row [0-9]+)?\Z")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(rows, min_size=1, max_size=8),
    st.lists(choice_rows, max_size=5),
    st.sampled_from([None, "English (en)", "ru", "Klingon", 5]),
)
def test_random_spreadsheets_convert_or_fail_with_located_errors(
    survey: list[list[Any]], choices: list[list[Any]], language: Any
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_xlsform(
            Path(folder) / "f.xlsx",
            [HEADER, *survey],
            choices=[["list_name", "name", "label", "region"], *choices],
            settings=[["form_id", "default_language"], ["f", language]],
        )
        try:
            result = convert_xlsform(path)
        except XLSFormError as exc:
            errors = [p for p in exc.problems if p.severity is Severity.ERROR]
            assert errors, "an XLSFormError without problems must be a whole-file sentence"
            for problem in errors:
                assert CELL.match(problem.location), problem
        else:
            load_form(result.definition)
            for problem in result.warnings:
                assert CELL.match(problem.location), problem
