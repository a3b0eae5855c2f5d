"""A draft survives the process being killed: what was autosaved is there at the next unlock.

A child process drives the real report editor over the real vault: it types part of a
sentence, waits until the autosave reports it stored, types more, and dies at once with
``os._exit`` - no lock, no flush, no clean shutdown. The test then unlocks the vault
afresh and finds the saved part of the sentence.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from forms import builtin_forms
from intake_app.core.vault import unlock_vault

from .conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from intake_app.core.vault import unlock_vault
from intake_app.ui import reports_api
from intake_app.ui.app import create_application
from intake_app.ui.tasks import DbOp, TaskRunner
from intake_app.ui.windows.report_window import ReportEditor

vault, case_id, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = create_application()
runner = TaskRunner()
results = {}


def wait(signal):
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)  # never hang the test run
    loop.exec()


op = DbOp.open_session(runner, lambda: unlock_vault(vault, bytearray(passphrase.encode())))
op.run()
wait(op.finished)
load = DbOp(runner, lambda s: reports_api.open_report(s, case_id))
load.success(lambda opened: results.update(opened=opened)).run()
wait(load.finished)
editor = ReportEditor(runner, results["opened"], save_delay_ms=30)
editor.show()
story = editor.view.field_widget("real_reason_story")
story.input.setFocus()
QTest.keyClicks(story.input, "I wrote about the minister")
wait(editor.saver.saved)
print("SAVED", flush=True)
QTest.keyClicks(story.input, " and then they")
os._exit(0)  # killed mid-sentence: nothing else runs
"""


def test_a_draft_killed_mid_sentence_keeps_what_was_autosaved(
    existing_vault: Path, tmp_path: Path
) -> None:
    form = builtin_forms()["interpol_abuse"]
    with unlock_vault(existing_vault, bytearray(PASSPHRASE.encode())) as session:
        case_id = session.cases.create(
            form_id=form.id, form_version=form.version, form_hash=form.hash, title="draft"
        ).id
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", INTAKE_TESTING="1")
    child = subprocess.run(
        [sys.executable, str(script), str(existing_vault), case_id, PASSPHRASE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.strip() == "SAVED"
    with unlock_vault(existing_vault, bytearray(PASSPHRASE.encode())) as session:
        answers = session.cases.get(case_id).answers
    assert answers == {"real_reason_story": "I wrote about the minister"}
