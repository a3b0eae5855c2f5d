"""``CpuOp``: pure CPU work on the task runner's thread pool (no vault session).

Same chain API and signals as ``DbOp`` (see ``tasks.py``); results come back on the GUI
thread. Used for work that must not touch the session: strength estimates, keychain
checks, later sealing and hashing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QRunnable, Signal

from intake_app.ui.task_values import CancelToken, TaskContext, TaskOutcome
from intake_app.ui.tasks import TaskRunner, _Completion, _OpBase, _ProgressNote

T = TypeVar("T")


class _CpuRelay(QObject):
    """Carries a pool thread's results back to the GUI thread (it lives there)."""

    completed = Signal(object)  # _Completion
    progressed = Signal(object)  # _ProgressNote


class _CpuRunnable(QRunnable):
    def __init__(self, op_id: int, fn: Callable[[TaskContext], object], token: CancelToken,
                 relay: _CpuRelay) -> None:  # fmt: skip
        super().__init__()
        self._op_id, self._fn, self._token, self._relay = op_id, fn, token, relay

    def run(self) -> None:
        context = TaskContext(
            self._token, lambda p: self._relay.progressed.emit(_ProgressNote(self._op_id, p))
        )
        try:
            self._token.raise_if_cancelled()
            outcome = TaskOutcome(result=self._fn(context))
        except Exception as exc:
            outcome = TaskOutcome(error=exc)
        self._relay.completed.emit(_Completion(self._op_id, outcome))


class CpuOp(_OpBase[T]):
    """Pure CPU work with no session, run on the runner's thread pool.

    ``fn(context)`` must not touch the vault session or any Qt widget.
    """

    def __init__(
        self,
        runner: TaskRunner,
        fn: Callable[[TaskContext], T],
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._fn = fn
        # Parentless on purpose: the pool thread may still emit through it after the
        # widget that started the op is gone; the runnable keeps it alive until then.
        self._relay = _CpuRelay()
        self._relay.completed.connect(runner._on_completed)
        self._relay.progressed.connect(runner._on_progressed)

    def _start(self) -> None:
        op_id = self._runner._enqueue(self, self._fn)
        self._runner.pool.start(_CpuRunnable(op_id, self._fn, self.token, self._relay))
