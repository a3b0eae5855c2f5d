"""The task runner: one database thread owns the session, results come back by signal."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from intake_app.ui.cpu_ops import CpuOp
from intake_app.ui.errors import TaskCancelledError, VaultLockedError
from intake_app.ui.tasks import DbOp, TaskContext, TaskOutcome, TaskRunner


class _ThreadRecordingSession:
    """A stand-in session that records which thread used it (the runner is generic)."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()
        self.used_on: list[int] = []
        self.closed_on: int | None = None

    def use(self) -> int:
        self.used_on.append(threading.get_ident())
        return 42

    def close(self) -> None:
        self.closed_on = threading.get_ident()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def test_session_is_created_used_and_closed_on_one_worker_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    made: list[_ThreadRecordingSession] = []

    def opener() -> _ThreadRecordingSession:
        made.append(_ThreadRecordingSession())
        return made[0]

    with qtbot.waitSignal(runner.session_opened):
        DbOp.open_session(runner, opener).run()
    results: list[int] = []
    DbOp(runner, lambda s: s.use()).success(results.append).run()
    qtbot.waitUntil(lambda: runner.is_idle)
    assert results == [42]
    with qtbot.waitSignal(runner.session_closed):
        runner.close_session()
    session = made[0]
    assert session.thread != threading.get_ident()
    assert session.used_on == [session.thread]
    assert session.closed_on == session.thread
    assert not runner.has_session


def test_db_op_without_session_fails_with_vault_locked(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    DbOp(runner, lambda s: s.use()).failure(errors.append).run()
    qtbot.waitUntil(lambda: runner.is_idle)
    assert len(errors) == 1 and isinstance(errors[0], VaultLockedError)


def test_close_waits_for_the_operation_in_flight(qtbot: QtBot, runner: TaskRunner) -> None:
    session = _ThreadRecordingSession()
    release = threading.Event()
    order: list[str] = []
    with qtbot.waitSignal(runner.session_opened):
        DbOp.open_session(runner, lambda: session).run()

    def slow(s: _ThreadRecordingSession) -> None:
        release.wait(timeout=10)
        order.append("op")

    DbOp(runner, slow).run()
    runner.close_session().finished.connect(lambda _o: order.append("closed"))
    release.set()
    qtbot.waitUntil(lambda: order == ["op", "closed"])
    assert session.closed_on is not None


def test_cpu_op_reports_progress_and_can_be_cancelled(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()

    def work(ctx: TaskContext) -> int:
        ctx.report(1, 3)
        started.set()
        while True:  # a long loop that only stops when cancelled
            ctx.report(2, 3)
            ctx.token.wait(0.01)

    op: CpuOp[int] = CpuOp(runner, work)
    progress: list[int] = []
    op.on_progress(lambda p: progress.append(p.done))
    op.run()
    qtbot.waitUntil(lambda: len(progress) >= 1)
    with qtbot.waitSignal(op.finished) as blocker:
        op.cancel()
    outcome = blocker.args[0]
    assert isinstance(outcome, TaskOutcome)
    assert outcome.cancelled and isinstance(outcome.error, TaskCancelledError)
    assert progress[0] == 1


def test_callbacks_are_skipped_when_their_parent_widget_is_gone(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    parent = QObject()
    called: list[object] = []
    gate = threading.Event()
    CpuOp(runner, lambda _c: gate.wait(10), parent=parent).success(called.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _valid(parent))
    gate.set()
    qtbot.waitUntil(lambda: runner.is_idle)
    assert called == []


def _valid(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_shutdown_runs_queued_work_then_closes_the_session(qtbot: QtBot) -> None:
    runner = TaskRunner()
    session = _ThreadRecordingSession()
    with qtbot.waitSignal(runner.session_opened):
        DbOp.open_session(runner, lambda: session).run()
    gate = threading.Event()
    DbOp(runner, lambda s: gate.wait(10)).run()
    DbOp(runner, lambda s: s.use()).run()  # queued behind the gate
    gate.set()
    runner.shutdown()
    assert len(session.used_on) == 1
    assert session.closed_on == session.used_on[0] != threading.get_ident()
