"""Small stream adapters shared by export and import (no policy here).

``chunk_reader`` turns an iterator of byte chunks (an attachment being decrypted, a
bundle item being verified) into a readable binary stream, so the attachment store and
the bundle writer read it in bounded memory. ``HashingReader`` and ``WriteBehind(sha256=True)`` hash
a file exactly as it is read or written, on a helper thread that also does the file
I/O, so a bundle's SHA-256 costs neither a second pass nor (given a free core) time on
the calling thread, which is left with the encryption.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, BinaryIO

#: WriteBehind: pieces (of ~1 MiB) waiting for the writing thread, at most.
_SLOTS = 3
#: HashingReader: bytes per read of the source, and blocks read ahead at most.
_READ_BLOCK = 1024 * 1024
_AHEAD = 4


class _ChunkRaw(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes], observe: Callable[[int], None] | None) -> None:
        super().__init__()
        self._chunks = chunks
        self._pending = b""
        self._observe = observe

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(view), len(self._pending))
        view[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        if self._observe is not None:
            self._observe(n)
        return n


def chunk_reader(chunks: Iterator[bytes], observe: Callable[[int], None] | None = None) -> BinaryIO:
    """A buffered binary stream over ``chunks``; ``observe(n)`` is told of each read.

    Exceptions raised by the iterator (or by ``observe``, e.g. a cancellation) surface
    from ``read``.
    """
    return io.BufferedReader(_ChunkRaw(chunks, observe), buffer_size=1024 * 1024)


class HashingReader(io.RawIOBase):
    """Reads ``src`` ahead on a helper thread that hashes every block it hands over.

    The thread reads 1 MiB blocks and hashes them, both without the GIL (file reads and
    hashlib on large buffers release it), so on a free core the file's SHA-256 costs
    the consuming thread nothing; it takes the GIL about once per MiB, where hashing
    the consumer's 64 KiB reads made it wait for the GIL at every read. At most
    ``_AHEAD`` blocks wait in the queue (bounded memory). The digest is of exactly the
    bytes handed to the consumer, in order: ``hexdigest`` first reads to the end.
    ``observe`` is told the running count of bytes consumed (progress, cancellation)
    on the consuming thread, so what it raises surfaces from ``read``; an error
    reading ``src`` surfaces from ``read`` too. ``close()`` stops the thread.
    """

    def __init__(self, src: BinaryIO, observe: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self._src = src
        self._digest = hashlib.sha256()
        self._observe = observe
        self.size = 0
        self._queue: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=_AHEAD)
        self._stop = threading.Event()
        self._block = b""
        self._pos = 0
        self._ended = False
        self._thread = threading.Thread(target=self._run, name="sha256-read", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                block = bytes(self._src.read(_READ_BLOCK))
                self._digest.update(block)
                self._queue.put(block)  # b"" marks the end
                if not block:
                    return
        except BaseException as exc:  # handed to the consumer, raised there
            self._queue.put(exc)

    def _next_block(self) -> bool:
        """Make a block with unread bytes current; False at the end of ``src``."""
        while self._pos >= len(self._block):
            if self._ended:
                return False
            item = self._queue.get()
            if isinstance(item, BaseException):
                self._ended = True
                raise item
            self._block, self._pos = item, 0
            self._ended = not item
        return True

    def _take(self, size: int) -> bytes:
        if not self._next_block():
            return b""
        if self._pos == 0 and size >= len(self._block):
            part = self._block  # a whole block: no copy
        else:
            part = self._block[self._pos : self._pos + size]
        self._pos += len(part)
        self.size += len(part)
        if self._observe is not None:
            self._observe(self.size)
        return part

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._take(len(view))
        view[: len(data)] = data
        return len(data)

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            parts = []
            while part := self._take(_READ_BLOCK):
                parts.append(part)
            return b"".join(parts)
        return self._take(size)

    def drain(self) -> None:
        """Read and hash whatever was not read yet."""
        while self._take(_READ_BLOCK):
            pass

    def hexdigest(self) -> str:
        """SHA-256 of the whole of ``src`` (reads what was not read yet first)."""
        self.drain()
        self._thread.join()
        return self._digest.hexdigest()

    def close(self) -> None:
        """Stop the reading thread (the source file is the caller's to close)."""
        self._stop.set()
        while self._thread.is_alive():  # unblock a thread waiting on a full queue
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.01)
        super().close()


class WriteBehind:
    """Writes to ``out`` on a helper thread, in order, hashing on the way if asked.

    ``write`` copies ``data`` into one of ``_SLOTS`` reused buffers and returns; the
    thread writes it (and with ``sha256=True`` hashes it), both without the GIL, while
    the caller encrypts the next piece: a large write can block for a long time when
    the kernel throttles a writer of many dirty pages, and fresh 1 MiB copies would
    cost page faults. An error writing ``out`` (a full disk) is raised by a later
    ``write``, by ``flush`` or by ``hexdigest``. ``flush`` waits until everything was
    written, then flushes ``out``; ``close()`` stops the thread (also on failure;
    ``out`` is the caller's to close).
    """

    def __init__(self, out: BinaryIO, *, sha256: bool = False) -> None:
        self._out = out
        self._digest = hashlib.sha256() if sha256 else None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="write-behind")
        self._slots = [bytearray() for _ in range(_SLOTS)]
        self._jobs: list[Future[None] | None] = [None] * _SLOTS
        self._next = 0
        self.size = 0

    def _write(self, piece: memoryview) -> None:
        with piece:
            if self._digest is not None:
                self._digest.update(piece)
            self._out.write(piece)

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
        self._finish(index)  # the slot's previous piece is hashed and written
        if len(self._slots[index]) < size:
            self._slots[index] = bytearray(size)
        slot = self._slots[index]
        slot[:size] = view  # same length: never resizes a buffer the thread saw
        self._jobs[index] = self._pool.submit(self._write, memoryview(slot)[:size])
        self.size += size
        return size

    def flush(self) -> None:
        """Wait until every piece is hashed and written, then flush ``out``."""
        self._finish_all()
        self._out.flush()

    def hexdigest(self) -> str:
        """SHA-256 of everything written so far (only with ``sha256=True``)."""
        if self._digest is None:
            raise ValueError("this writer does not hash")
        self._finish_all()
        return self._digest.hexdigest()

    def close(self) -> None:
        """Stop the helper thread after the pieces in flight (also on failure)."""
        for index in range(_SLOTS):
            with contextlib.suppress(Exception):
                self._finish(index)
        self._pool.shutdown(wait=True)
