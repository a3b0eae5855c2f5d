"""Autosave of a draft: shortly after every change, on page change, on close and on lock.

``DraftSaver.schedule()`` (re)starts a short single-shot timer on every edit; when the
person pauses, the answers are read once and saved through ``DbOp`` on the database
thread. ``flush()`` saves at once whatever is pending - the report window calls it on
page change and on close, and the main window calls it on lock *before* the controller
queues closing the session: operations run in queue order, so the save lands first.
Saves are never dropped by locking (plain ``DbOp``s are not cancelled, see tasks.py).

What is saved: everything typed, minus answers to questions that no longer apply
(``reports_api.draft_answers``), encrypted in the vault like everything else.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from intake_app.ui.reports_api import SavedDraft, save_draft
from intake_app.ui.tasks import DbOp, TaskRunner

#: How long the person must pause before the draft is saved.
SAVE_DELAY_MS = 500

#: Reads the answers and the title to save (called on the GUI thread).
Collect = Callable[[], tuple[dict[str, Any], str]]


class SaveState(enum.Enum):
    """What the save status line says."""

    SAVED = enum.auto()  # everything typed is in the vault
    PENDING = enum.auto()  # a change waits for the pause or is being written
    FAILED = enum.auto()  # the last save failed; the next change tries again


class DraftSaver(QObject):
    """Saves one draft case. Signals (GUI thread):

    - ``state_changed(SaveState)`` when the status line should change;
    - ``saved(SavedDraft)`` after a save reached the vault and nothing newer is pending;
    - ``failed(BaseException)`` when a save failed (the widget words it via messages.py).
    """

    state_changed = Signal(object)
    saved = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        case_id: str,
        collect: Collect,
        parent: QObject | None = None,
        *,
        delay_ms: int = SAVE_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self._runner = runner
        self._collect = collect
        self._dirty = False
        self._pending_ops = 0
        self.state = SaveState.SAVED
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save)

    @property
    def dirty(self) -> bool:
        """True while a change has not been handed to the database thread yet."""
        return self._dirty

    def schedule(self) -> None:
        """Note a change: save after the pause (each change restarts the wait)."""
        self._dirty = True
        self._timer.start()
        self._set_state(SaveState.PENDING)

    def flush(self) -> None:
        """Queue the save of any pending change now (before a lock or a close)."""
        if self._dirty:
            self._timer.stop()
            self._save()

    def _save(self) -> None:
        if not self._dirty:
            return
        answers, title = self._collect()
        self._dirty = False
        self._pending_ops += 1
        case_id = self.case_id
        # No parent guard: a save queued while the window closes must still report back
        # to this saver if it lives, and must run even if it does not.
        op: DbOp[SavedDraft] = DbOp(
            self._runner, lambda session: save_draft(session, case_id, answers, title)
        )
        op.success(self._done).failure(self._failed).run()

    def _done(self, result: SavedDraft) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed meanwhile; the save itself went through
        self._pending_ops -= 1
        if self._dirty or self._pending_ops:
            return  # a newer change is on its way; say "Saved" only once it is stored
        self._set_state(SaveState.SAVED)
        self.saved.emit(result)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._pending_ops -= 1
        self._dirty = True  # keep it: the next change (or a flush) tries again
        self._set_state(SaveState.FAILED)
        self.failed.emit(error)

    def _set_state(self, state: SaveState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)
