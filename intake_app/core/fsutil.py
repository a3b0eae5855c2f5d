"""Durable file operations: atomic replace, directory fsync, early write-back, disk-full
translation."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import os
import secrets
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, cast

from intake_app.core.errors import AccessDeniedError, DiskFullError, DiskWriteError, NotAFileError

#: errno values that mean "no room": a full disk or a quota.
NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT})
#: errno values where the disk refused the write for another reason: a file size limit
#: (FAT32 USB sticks stop at 4 GiB) or an I/O error.
WRITE_REFUSED = frozenset({errno.EFBIG, errno.EIO})
#: errno values where the system forbids the access: permissions, a read-only disk.
NOT_ALLOWED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def create_private(path: Path) -> BinaryIO:
    """Create ``path`` exclusively, readable and writable by the owner only (0600).

    Raises ``FileExistsError`` if it exists: nothing of ours is ever overwritten this way.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    return os.fdopen(fd, "wb")


def open_input(path: Path) -> BinaryIO:
    """Open ``path`` for reading without ever waiting in ``open`` itself.

    A regular file opens as usual. A pipe (``<(command)``, a FIFO) opens at once even
    with nobody writing to it, and then reads normally: what its writer sends, or
    nothing (end of file) if there is no writer - a plain ``open`` would wait for a
    writer forever. Raises ``IsADirectoryError`` for a folder, ``NotAFileError`` for a
    device or socket (reading a terminal or a serial port could wait forever too), and
    the ``OSError`` of ``open`` otherwise. The caller closes the stream.
    """
    nonblock = getattr(os, "O_NONBLOCK", 0)  # POSIX; Windows has no FIFOs to wait on
    fd = os.open(
        path, os.O_RDONLY | nonblock | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    )
    try:
        mode = os.fstat(fd).st_mode  # of what was opened: no race with a renamed path
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise NotAFileError
        if nonblock:
            os.set_blocking(fd, True)  # reads from a pipe wait for its writer, as usual
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def fsync_dir(path: Path) -> None:
    """Make a rename or create inside ``path`` durable (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def disk_full_as_error() -> Iterator[None]:
    """Turn OSErrors that mean "no room" or "write refused" into ``DiskWriteError``s, and
    "not allowed" (permissions, a read-only disk) into ``AccessDeniedError``."""
    try:
        yield
    except OSError as exc:
        if exc.errno in NO_SPACE:
            raise DiskFullError from None
        if exc.errno in WRITE_REFUSED:
            raise DiskWriteError from None
        if exc.errno in NOT_ALLOWED:
            raise AccessDeniedError from None
        raise


def write_new_file(dest: Path, data: bytes | bytearray, *, private: bool = False) -> None:
    """Write ``data`` to the new file ``dest`` and fsync it; never overwrites.

    Mode 0600 when ``private`` (secrets), 0644 otherwise (a public card). Raises
    ``FileExistsError`` if ``dest`` exists, ``DiskFullError`` when out of room and the
    ``OSError`` of the write otherwise; on failure no partial file is left.
    """
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o644)
    try:
        with disk_full_as_error(), os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        dest.unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically: temp file, fsync, rename, fsync dir.

    A crash leaves either the old or the new content, never a mix. On failure the temp
    file is removed and ``path`` is untouched. Raises ``DiskFullError`` when out of room.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        with disk_full_as_error():
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            tmp.replace(path)
            fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


#: sync_file_range(2)'s "start writing, do not wait" flag (Linux <fcntl.h>).
_SYNC_FILE_RANGE_WRITE = 2


@functools.cache
def _sync_file_range() -> Callable[[int, int, int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        call = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    call.argtypes = (ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint)
    call.restype = ctypes.c_int
    return cast(Callable[[int, int, int, int], int], call)


def start_writeback(fd: int, offset: int, length: int) -> bool:
    """Ask the kernel to start writing ``length`` bytes of ``fd`` from ``offset`` to disk,
    without waiting and without dropping them from the cache; True if it was asked.

    The way databases spread a big write's disk work over the time it takes (PostgreSQL's
    ``*_flush_after``): the closing fsync then waits only for the tail, instead of for
    every page at once. Linux only (``sync_file_range``); elsewhere it does nothing and
    the closing fsync does all the work, as before. A failure here is not an error: the
    fsync that follows reports any real one.
    """
    call = _sync_file_range()
    if call is None:
        return False
    return call(fd, offset, length, _SYNC_FILE_RANGE_WRITE) == 0
