"""The case commands as a person runs them: the real ``python -m intake_app`` process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.intake_app.cases.conftest import INTERPOL_ANSWERS, Cli, gps_jpeg, write_json

REPO = Path(__file__).resolve().parents[3]


def _run(cli: Cli, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("INTAKE_TESTING", None)  # no test doubles in the child
    vault = ["--vault", str(cli.vault), "--passphrase-file", str(cli.passphrase_file)]
    return subprocess.run(
        [sys.executable, "-m", "intake_app", *args, *vault],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_real_process_creates_a_case_with_a_cleaned_photo_and_shows_it(
    cli: Cli, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    answers = write_json(tmp_path / "answers.json", INTERPOL_ANSWERS)
    created = _run(
        cli, "case", "new", "--form", "interpol_abuse", "--answers", str(answers),
        "--attach", f"ev_notice={photo}",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert "removed location (GPS coordinates)" in created.stderr
    case_id = created.stdout.strip()
    shown = _run(cli, "case", "show", case_id[:8], "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["id"] == case_id
    assert data["answers"]["ev_notice"] == [data["attachments"][0]["id"]]
