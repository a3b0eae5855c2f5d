"""What the task runner hands to operations and back to widgets: plain, Qt-free values.

``CancelToken`` and ``TaskContext`` travel to the worker thread; ``TaskProgress`` and
``TaskOutcome`` are the payloads of the runner's signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from intake_app.ui.errors import TaskCancelledError


class SessionLike(Protocol):
    """What the runner needs from a vault session: it can be closed."""

    def close(self) -> None:
        """Close the session; the runner calls it on the database thread only."""


class CancelToken:
    """A thread-safe flag an operation polls to stop early.

    ``cancel()`` may be called from any thread; the operation sees it at its next
    ``raise_if_cancelled()`` and stops by raising ``TaskCancelledError``.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once ``cancel()`` was called."""
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        """Block the calling worker up to ``timeout`` seconds; True if cancelled."""
        return self._event.wait(timeout)

    def raise_if_cancelled(self) -> None:
        """Raise ``TaskCancelledError`` if cancellation was requested."""
        if self._event.is_set():
            raise TaskCancelledError()


@dataclass(frozen=True)
class TaskProgress:
    """How far a long operation has come: ``done`` of ``total`` units (None: unknown)."""

    done: int
    total: int | None


@dataclass(frozen=True)
class TaskOutcome:
    """How an operation ended: ``result`` on success, ``error`` otherwise (never both)."""

    result: object = None
    error: BaseException | None = None

    @property
    def cancelled(self) -> bool:
        """True when the operation stopped because it was cancelled."""
        return isinstance(self.error, TaskCancelledError)


class TaskContext:
    """Handed to long operations: a cancellation token and a way to report progress.

    ``report(done, total)`` is safe from the worker thread; it raises
    ``TaskCancelledError`` when the operation was cancelled, so a core function that calls
    a progress callback stops at its next report without knowing about cancellation.
    """

    def __init__(self, token: CancelToken, emit: Callable[[TaskProgress], None]) -> None:
        self.token = token
        self._emit = emit

    def report(self, done: int, total: int | None = None) -> None:
        """Report progress; raises ``TaskCancelledError`` if cancelled."""
        self.token.raise_if_cancelled()
        self._emit(TaskProgress(done, total))
