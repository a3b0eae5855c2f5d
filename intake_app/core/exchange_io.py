"""Small stream adapters shared by export, import and the attachment store (no policy).

``PieceReader`` reads an iterator of byte pieces (an attachment decrypted on a helper
thread by ``crypto.prefetch.Prefetch``, or a small item held in memory) as a stream,
handing whole pieces on without copies.
``ObservedReader`` counts the bytes read from a file (progress, cancellation).
``WriteBehind`` writes on a helper thread and hands finished pages to the disk early,
so the caller's closing fsync waits for little.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, BinaryIO

from intake_app.core.fsutil import start_writeback

#: WriteBehind: pieces (of ~1 MiB) waiting for the writing thread, at most.
_SLOTS = 3
#: WriteBehind: bytes written between two requests to start writing them to disk.
_WRITEBACK_STEP = 8 * 1024 * 1024


class ObservedReader(io.RawIOBase):
    """Reads ``src`` as it is, telling ``observe`` the running count of bytes read.

    What ``observe`` raises (a cancellation) surfaces from ``read``, on whichever
    thread reads.
    """

    def __init__(self, src: BinaryIO, observe: Callable[[int], None]) -> None:
        super().__init__()
        self._src = src
        self._observe = observe
        self.size = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1, /) -> bytes:
        data = self._src.read(-1 if size is None else size)
        self.size += len(data)
        self._observe(self.size)
        return data

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)


class PieceReader(io.RawIOBase):
    """A readable stream over an iterator of immutable byte pieces, without copies.

    ``read(n)`` hands a whole piece on as it is when it fits (the bundle writer's and
    the attachment store's 1 MiB reads take 1 MiB pieces whole) and slices otherwise.
    ``observe(n)`` is told of every read on the reading thread, so what it raises (a
    cancellation) surfaces from ``read``, like the iterator's own errors. ``close()``
    closes the iterator when it has ``close`` (a ``Prefetch`` stops its thread).
    """

    def __init__(
        self, pieces: Iterator[bytes], observe: Callable[[int], None] | None = None
    ) -> None:
        super().__init__()
        self._pieces = pieces
        self._pending = b""
        self._observe = observe

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1, /) -> bytes:
        while not self._pending:
            piece = next(self._pieces, None)
            if piece is None:
                return b""
            self._pending = piece
        if size is None or size < 0 or size >= len(self._pending):
            out, self._pending = self._pending, b""
        else:
            out, self._pending = self._pending[:size], self._pending[size:]
        if self._observe is not None:
            self._observe(len(out))
        return out

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            close = getattr(self._pieces, "close", None)
            if close is not None:
                close()
        super().close()


class WriteBehind:
    """Writes to ``out`` on a helper thread, in order, starting the disk writes early.

    ``write`` copies ``data`` into one of ``_SLOTS`` reused buffers and returns; the
    thread writes it without the GIL while the caller encrypts the next piece: a large
    write can block for a long time when the kernel throttles a writer of many dirty
    pages, and fresh 1 MiB copies would cost page faults. When ``out`` is a file, every
    ``_WRITEBACK_STEP`` bytes the thread asks the kernel to start writing the new pages
    to disk (``fsutil.start_writeback``): the disk works while we encrypt and the
    closing fsync waits only for the tail. The pages stay in the cache (an attachment
    is often exported soon after it was stored).
    An error writing ``out`` (a full disk) is raised by a later ``write`` or by
    ``flush``. ``flush`` waits until everything was written, then flushes ``out``;
    ``close()`` stops the thread (also on failure; ``out`` is the caller's to close and
    to fsync).
    """

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._fd = _file_descriptor(out)
        self._written = 0  # by the thread
        self._handed = 0  # bytes already handed to the disk (by the thread)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="write-behind")
        self._slots = [bytearray() for _ in range(_SLOTS)]
        self._jobs: list[Future[None] | None] = [None] * _SLOTS
        self._next = 0
        self.size = 0

    def _write(self, piece: memoryview) -> None:
        with piece:
            self._out.write(piece)
            self._written += len(piece)
        if self._fd is not None and self._written - self._handed >= _WRITEBACK_STEP:
            # Bytes still in ``out``'s own small buffer are simply not covered yet.
            start_writeback(self._fd, self._handed, self._written - self._handed)
            self._handed = self._written

    def _finish(self, index: int) -> None:
        job, self._jobs[index] = self._jobs[index], None
        if job is not None:
            job.result()

    def _finish_all(self) -> None:
        # In submission order, so the first error raised is the first that happened.
        for offset in range(_SLOTS):
            self._finish((self._next + offset) % _SLOTS)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data).cast("B")
        size = len(view)
        if not size:
            return 0
        index = self._next
        self._next = (index + 1) % _SLOTS
        self._finish(index)  # the slot's previous piece is written
        if len(self._slots[index]) < size:
            self._slots[index] = bytearray(size)
        slot = self._slots[index]
        slot[:size] = view  # same length: never resizes a buffer the thread saw
        self._jobs[index] = self._pool.submit(self._write, memoryview(slot)[:size])
        self.size += size
        return size

    def flush(self) -> None:
        """Wait until every piece is written, then flush ``out``."""
        self._finish_all()
        self._out.flush()

    def close(self) -> None:
        """Stop the helper thread after the pieces in flight (also on failure)."""
        for index in range(_SLOTS):
            with contextlib.suppress(Exception):
                self._finish(index)
        self._pool.shutdown(wait=True)


def _file_descriptor(out: BinaryIO) -> int | None:
    """``out``'s descriptor if it is a file, else None."""
    try:
        return out.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both
        return None
