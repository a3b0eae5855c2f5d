"""`intake case show` says who a received case came from, as the docs promise a caseworker.

The whole path runs through the command line, as README.md shows it: two vaults, a
contact card, a verified partner, `case new`, `export`, `import`, then `case show`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crypto.testing import fast_kdf_params
from intake_app.cli import main


@pytest.fixture(autouse=True)
def _fast_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("intake_app.core.vault.calibrate", lambda: fast_kdf_params())


def _run(tmp: Path, capsys: pytest.CaptureFixture[str], vault: str, *args: str) -> str:
    capsys.readouterr()
    code = main(["--vault", str(tmp / vault), "--passphrase-file", str(tmp / "pw"), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_case_show_names_the_source_of_a_received_case_and_not_of_an_own_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pw").write_text("passphrase\n")
    (tmp_path / "answers.json").write_text('{"request_types": ["red_notice"]}')

    def run(vault: str, *args: str) -> str:
        return _run(tmp_path, capsys, vault, *args)

    run("rep", "init")
    run("org", "init", "--name", "Org")
    run("org", "identity", "card", "-o", str(tmp_path / "org.idc"))
    run("rep", "partner", "add", str(tmp_path / "org.idc"))
    fingerprint = json.loads(run("org", "identity", "show", "--json"))["fingerprint"]
    run("rep", "partner", "verify", "Org", *fingerprint.split())
    answers = str(tmp_path / "answers.json")
    case_id = run("rep", "case", "new", "--form", "interpol_abuse", "--answers", answers).strip()
    run("rep", "export", case_id[:8], "--to", "Org", "-o", str(tmp_path / "b.age"))
    run("org", "import", str(tmp_path / "b.age"))

    (received,) = json.loads(run("org", "case", "list", "--json"))
    (source,) = json.loads(run("org", "source", "list", "--json"))
    assert received["source"] == source["id"] and received["partner"] is None
    shown = run("org", "case", "show", received["id"][:8])
    assert f"received from source {source['id'][:8]}" in shown
    assert "status: received\n" in shown

    own = run("rep", "case", "show", case_id[:8])
    assert "received from" not in own
    assert f"id: {case_id}   status: exported\n" in own
