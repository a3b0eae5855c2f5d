"""The command line's own contract: usage errors are one sentence with status 2."""

from __future__ import annotations

import pytest

from intake_app.cli import main


def test_unknown_command_is_one_sentence_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no-such-command"]) == 2
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1
    assert "intake --help" in err
