"""Time from process start to the unlock window on screen (offscreen), beside a bare Qt window.

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py
Target (issue 5): under 1.5 s. Each figure is the best of a few runs of a fresh process,
measured by the parent from spawn until the child's event loop has shown the window and
exited; the peer is the smallest PySide6 program that shows one window, so the ratio is
what Intake Desk adds on top of Qt's own start-up.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's intake_app

from _common import compile_project, ratio_line, run_child  # the script's own folder is on sys.path

RUNS = 5

# The real start-up path: run_desktop() with one change - leave the event loop as soon as
# it has processed the first round of events (the window's show and first paint).
APP_CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from intake_app.ui import app as ui_app
make = ui_app.create_application
def create_and_leave_soon():
    application = make()
    QTimer.singleShot(0, application.quit)
    return application
ui_app.create_application = create_and_leave_soon
status = ui_app.run_desktop(Path(sys.argv[1]))
sys.exit(status)
"""

PEER_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication(sys.argv[:1])
w = QLineEdit()
w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def main() -> int:
    """Print the start-up figures; returns 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from intake_app.core.vault import create_vault

    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        create_vault(vault, b"benchmark passphrase words").close()  # production KDF
        compile_project()
        env = {"PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        ours = min(
            run_child([sys.executable, "-c", APP_CHILD, str(vault)], env=env).seconds
            for _ in range(RUNS)
        )
        peer = min(run_child([sys.executable, "-c", PEER_CHILD]).seconds for _ in range(RUNS))
    print(f"start-up to unlock window: {ours:.3f} s (target < 1.5 s)")
    print(ratio_line("start-up", ours, peer, "bare PySide6 window"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
