"""What the command line prints of text it did not write: file names on one line,
text for people without terminal controls, JSON always valid UTF-8."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app.cli._common import GlobalOptions, emit, shown

HOSTILE = "case\n\x1b[2J\udcff\u202e.age"  # line break, escape, undecodable byte, bidi


def _opts(*, as_json: bool) -> GlobalOptions:
    return GlobalOptions(vault_dir=Path(), passphrase_file=None, json=as_json, debug=False)


def test_a_file_name_is_shown_on_one_line_without_anything_that_drives_a_terminal() -> None:
    assert shown(HOSTILE) == "case\ufffd\ufffd[2J\ufffd\ufffd.age"
    assert shown(Path("/tmp/Отчёт 2026.age")) == "/tmp/Отчёт 2026.age"


def test_text_for_people_keeps_lines_tabs_and_right_to_left_marks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    persian = "\u0641\u0631\u0645\u200c\u0647\u0627 \u200f(PDF)\u200f"  # ZWNJ and RLM: legitimate
    emit(_opts(as_json=False), f"one\n\ttwo {persian}\x1b]0;title\x07 \udcff")
    assert capsys.readouterr().out == f"one\n\ttwo {persian}\ufffd]0;title\ufffd \ufffd\n"


def test_json_is_valid_utf8_whatever_the_file_name(capsys: pytest.CaptureFixture[str]) -> None:
    emit(_opts(as_json=True), "", [{"file": HOSTILE}])
    out = capsys.readouterr().out
    out.encode("utf-8")  # a lone surrogate would raise here
    assert json.loads(out) == [{"file": "case\n\x1b[2J\ufffd\u202e.age"}]
