"""One process per vault: an OS advisory lock on a lock file inside the vault.

The lock is taken before the database is opened and held until the session closes. The
OS drops it when the process dies, so a crash never leaves a vault locked for good.
``flock`` locks belong to the open file description, so a second open in the same
process is refused too, just like another program.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from intake_app.core.errors import VaultInUseError
from intake_app.core.fsutil import disk_full_as_error

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class VaultLock:
    """An exclusive lock on ``path`` (created if missing, never written to)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock now or raise ``VaultInUseError``; never waits.

        Raises ``AccessDeniedError`` when the lock file cannot be opened for writing (a
        read-only disk, another user's folder) and ``DiskFullError`` when it cannot be
        created for lack of room.
        """
        if self._fd is not None:
            return
        with disk_full_as_error():
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise VaultInUseError
        self._fd = fd

    def release(self) -> None:
        """Release the lock. Idempotent."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None
