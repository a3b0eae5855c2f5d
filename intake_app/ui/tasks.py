"""The one task runner: every slow piece of work in the desktop app goes through here.

Shape (Anki's ``DbOp``): a dedicated ``QThread`` owns the vault ``Session`` for its whole
life - it creates it (unlocking, which includes the key derivation), runs every database
operation on it one at a time, and closes it. sqlcipher3 connections belong to the thread
that opened them, so no other thread ever touches the session. Pure CPU work that needs no
session (sealing, hashing, strength estimates) goes to the runner's ``QThreadPool`` through
``CpuOp`` (in ``cpu_ops.py``).

Widgets use short chains::

    DbOp(runner, lambda session: session.cases.list(), parent=self)
        .success(self._show_cases).failure(self._show_error).run()

Results always come back on the GUI thread, by queued signals carrying dataclass payloads;
callbacks never run on a worker thread and never run after their ``parent`` widget has been
destroyed. Nothing here waits in the GUI thread (no ``processEvents`` loops, no sleeps),
except ``TaskRunner.shutdown`` at application exit, which waits for the database thread to
close the session so the vault is left consistent.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, QThread, QThreadPool, Signal, Slot

from intake_app.ui.errors import VaultLockedError
from intake_app.ui.task_values import (
    CancelToken,
    SessionLike,
    TaskContext,
    TaskOutcome,
    TaskProgress,
)

__all__ = [
    "CancelToken",
    "DbOp",
    "SessionLike",
    "TaskContext",
    "TaskOutcome",
    "TaskProgress",
    "TaskRunner",
]

T = TypeVar("T")


class _JobKind(enum.Enum):
    OPEN = enum.auto()  # create the session (fn returns it)
    RUN = enum.auto()  # use the session
    CLOSE = enum.auto()  # close the session
    STOP = enum.auto()  # close the session and end the database thread (at exit)


@dataclass(frozen=True)
class _Job:
    op_id: int
    kind: _JobKind
    fn: Callable[..., object]
    token: CancelToken


@dataclass(frozen=True)
class _Completion:
    op_id: int
    outcome: TaskOutcome


@dataclass(frozen=True)
class _ProgressNote:
    op_id: int
    progress: TaskProgress


class _DbWorker(QObject):
    """Lives on the database thread; the only object that ever holds the session."""

    completed = Signal(object)  # _Completion
    progressed = Signal(object)  # _ProgressNote

    def __init__(self) -> None:
        super().__init__()
        self._session: SessionLike | None = None

    @Slot(object)
    def execute(self, job: _Job) -> None:
        try:
            result = self._dispatch(job)
            outcome = TaskOutcome(result=result)
        except Exception as exc:  # handed to the GUI thread, which words it for people
            outcome = TaskOutcome(error=exc)
        self.completed.emit(_Completion(job.op_id, outcome))

    def _dispatch(self, job: _Job) -> object:
        if job.kind in (_JobKind.CLOSE, _JobKind.STOP):
            session, self._session = self._session, None
            try:
                if session is not None:
                    session.close()
            finally:
                if job.kind is _JobKind.STOP:
                    # From inside: every job queued before this one has run by now.
                    thread = QThread.currentThread()
                    if thread is not None:
                        thread.quit()
            return None
        job.token.raise_if_cancelled()
        context = TaskContext(
            job.token, lambda p: self.progressed.emit(_ProgressNote(job.op_id, p))
        )
        if job.kind is _JobKind.OPEN:
            if self._session is not None:  # never leak an open session
                self._session.close()
                self._session = None
            self._session = cast(SessionLike, job.fn(context))
            return None
        if self._session is None:
            raise VaultLockedError()
        return job.fn(self._session, context)


class TaskRunner(QObject):
    """Owns the database thread and the CPU pool; the GUI's only way to run slow work.

    Signals (all delivered on the GUI thread):

    - ``session_opened()``: a session now exists on the database thread.
    - ``session_closed()``: the session was closed (after every earlier operation ended).
    - ``idle_changed(bool)``: True when no operation is queued or running.
    """

    session_opened = Signal()
    session_closed = Signal()
    idle_changed = Signal(bool)

    _submitted = Signal(object)  # _Job, queued to the database thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._ops: dict[int, _OpBase[Any]] = {}
        self._has_session = False
        self._thread = QThread(self)
        self._thread.setObjectName("intake-database")
        self._worker = _DbWorker()
        self._worker.moveToThread(self._thread)
        self._submitted.connect(self._worker.execute)
        self._worker.completed.connect(self._on_completed)
        self._worker.progressed.connect(self._on_progressed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        self.pool = QThreadPool(self)

    # -- state ------------------------------------------------------------------------

    @property
    def has_session(self) -> bool:
        """True between a successful open and the next close (as seen by the GUI)."""
        return self._has_session

    @property
    def is_idle(self) -> bool:
        """True when no operation is queued or running."""
        return not self._ops

    def cancel_all(self) -> None:
        """Ask every queued or running operation to stop at its next check."""
        for op in list(self._ops.values()):
            op.cancel()

    def cancel_long_work(self) -> None:
        """Cancel the long, cancellable operations (tracked ``DbOp``s and ``CpuOp``s).

        Plain ``DbOp``s - saves among them - are left to finish: locking must never
        drop a save that was already queued.
        """
        for op in list(self._ops.values()):
            if op.cancel_on_lock:
                op.cancel()

    def close_session(self) -> DbOp[None]:
        """Queue closing the session behind every operation already queued.

        Returns the operation, already running; ``session_closed`` follows it.
        """
        op: DbOp[None] = DbOp(self, lambda _s: None)
        op._kind = _JobKind.CLOSE
        op.run()
        return op

    def shutdown(self) -> None:
        """Run what is queued, close the session, stop the thread; blocks until done.

        Called once at application exit: waiting here is what guarantees the vault is
        closed cleanly before the process ends.
        """
        if not self._thread.isRunning():
            return
        self.cancel_long_work()  # queued saves still run: quitting must not lose them
        # Not QThread.quit() from here: it would end the loop before queued jobs ran,
        # leaving the session open. The STOP job quits the loop from the inside instead.
        self._submitted.emit(_Job(0, _JobKind.STOP, lambda: None, CancelToken()))
        self._thread.wait()
        self._has_session = False
        self.pool.waitForDone()

    # -- plumbing used by the ops -------------------------------------------------------

    def _enqueue(self, op: _OpBase[Any], job_fn: Callable[..., object]) -> int:
        op_id = next(self._ids)
        was_idle = not self._ops
        self._ops[op_id] = op
        if was_idle:
            self.idle_changed.emit(False)
        if isinstance(op, DbOp):
            self._submitted.emit(_Job(op_id, op._kind, job_fn, op.token))
        return op_id

    def _forget(self, op_id: int) -> None:
        self._ops.pop(op_id, None)
        if not self._ops:
            self.idle_changed.emit(True)

    @Slot(object)
    def _on_completed(self, completion: _Completion) -> None:
        op = self._ops.get(completion.op_id)
        if op is not None and isinstance(op, DbOp):
            if op._kind is _JobKind.OPEN and completion.outcome.error is None:
                self._has_session = True
            elif op._kind is _JobKind.CLOSE:
                self._has_session = False
        try:
            if op is not None:
                op._deliver(completion.outcome)
                if isinstance(op, DbOp) and completion.outcome.error is None:
                    if op._kind is _JobKind.OPEN:
                        self.session_opened.emit()
                    elif op._kind is _JobKind.CLOSE:
                        self.session_closed.emit()
        finally:  # a failing callback must not leave the runner "busy" for ever
            self._forget(completion.op_id)

    @Slot(object)
    def _on_progressed(self, note: _ProgressNote) -> None:
        op = self._ops.get(note.op_id)
        if op is not None:
            op._deliver_progress(note.progress)


class _OpBase(QObject, Generic[T]):
    """Common chain API of ``DbOp`` and ``CpuOp``.

    Signals (GUI thread): ``finished(TaskOutcome)`` once, after the success/failure
    callback ran; ``progressed(TaskProgress)`` any number of times before it. The
    ``success``/``failure``/``on_progress`` callbacks are conveniences over these signals
    and are skipped if ``parent`` was destroyed.
    """

    finished = Signal(object)  # TaskOutcome
    progressed = Signal(object)  # TaskProgress

    def __init__(self, runner: TaskRunner, parent: QObject | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._parent_guard = parent
        self.token = CancelToken()
        #: Whether locking cancels this op (long work does; plain database ops finish).
        self.cancel_on_lock = True
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[TaskProgress], None] | None = None
        self._started = False

    def success(self, callback: Callable[[T], None]) -> _OpBase[T]:
        """Call ``callback(result)`` on the GUI thread when the operation succeeds."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> _OpBase[T]:
        """Call ``callback(error)`` on the GUI thread when it fails or is cancelled."""
        self._on_failure = callback
        return self

    def on_progress(self, callback: Callable[[TaskProgress], None]) -> _OpBase[T]:
        """Call ``callback(progress)`` on the GUI thread for each progress report."""
        self._on_progress = callback
        return self

    def cancel(self) -> None:
        """Ask the operation to stop; it ends with ``TaskCancelledError`` if it does."""
        self.token.cancel()

    def run(self) -> _OpBase[T]:
        """Start the operation (once); returns self so the caller may keep a handle."""
        if self._started:
            raise RuntimeError("an operation runs once")
        self._started = True
        self._start()
        return self

    def _start(self) -> None:
        raise NotImplementedError

    def _alive(self) -> bool:
        guard = self._parent_guard
        return shiboken6.isValid(self) and (guard is None or shiboken6.isValid(guard))

    def _deliver(self, outcome: TaskOutcome) -> None:
        if not self._alive():
            return
        try:  # callbacks first, so whoever waits on ``finished`` sees their effects
            if outcome.error is None:
                if self._on_success is not None:
                    self._on_success(outcome.result)  # type: ignore[arg-type]
            elif self._on_failure is not None:
                self._on_failure(outcome.error)
        finally:
            self.finished.emit(outcome)

    def _deliver_progress(self, progress: TaskProgress) -> None:
        if self._alive():
            self.progressed.emit(progress)
            if self._on_progress is not None:
                self._on_progress(progress)


class DbOp(_OpBase[T]):
    """An operation on the vault session, run on the database thread in queue order.

    ``fn(session)`` runs with the open session; ``DbOp.tracked`` takes
    ``fn(session, context)`` for long work that reports progress and honours cancel.
    Fails with ``VaultLockedError`` when no session is open.
    """

    def __init__(
        self,
        runner: TaskRunner,
        fn: Callable[[Any], T],
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._fn: Callable[[Any, TaskContext], T] = lambda session, _ctx: fn(session)
        self._kind = _JobKind.RUN
        self.cancel_on_lock = False

    @classmethod
    def tracked(
        cls,
        runner: TaskRunner,
        fn: Callable[[Any, TaskContext], T],
        *,
        parent: QObject | None = None,
    ) -> DbOp[T]:
        """An operation that receives a ``TaskContext`` (progress and cancellation)."""
        op: DbOp[T] = cls(runner, _placeholder, parent=parent)
        op._fn = fn
        op.cancel_on_lock = True
        return op

    @classmethod
    def open_session(
        cls,
        runner: TaskRunner,
        opener: Callable[[], SessionLike],
        *,
        parent: QObject | None = None,
    ) -> DbOp[None]:
        """An operation that creates the session on the database thread (unlock/create).

        ``opener`` runs on the database thread, so the connection it opens belongs there.
        On success the runner emits ``session_opened``.
        """
        op: DbOp[None] = DbOp(runner, _placeholder, parent=parent)
        op._open = opener
        op._kind = _JobKind.OPEN
        return op

    _open: Callable[[], SessionLike]

    def _start(self) -> None:
        if self._kind is _JobKind.OPEN:
            opener = self._open
            self._runner._enqueue(self, lambda _ctx: opener())
        else:
            self._runner._enqueue(self, self._fn)


def _placeholder(_session: Any) -> Any:
    """Stands in for ``fn`` until a classmethod constructor sets the real one."""
    return None
