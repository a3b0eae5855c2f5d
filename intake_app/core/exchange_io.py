"""Small stream adapters shared by export and import (no policy here).

``chunk_reader`` turns an iterator of byte chunks (an attachment being decrypted, a
bundle item being verified) into a readable binary stream, so the attachment store and
the bundle writer read it in bounded memory. ``HashingReader`` and ``HashingWriter`` hash
a file exactly as it is read or written, on a helper thread, so a bundle's SHA-256
costs neither a second pass nor (given a free core) time on the calling thread.
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

#: Pieces handed to the hashing thread at once (a piece is at most ~1 MiB).
_BATCH = 8
#: HashingReader: bytes per read of the source, and blocks read ahead at most.
_READ_BLOCK = 1024 * 1024
_AHEAD = 4


class OverlappedSha256:
    """SHA-256 whose work runs on one helper thread, one batch in flight.

    hashlib releases the GIL on large buffers, so on a machine with a free core the
    hash of a whole bundle file overlaps with the encryption on the calling thread
    (the same approach as crypto/filecrypt.py). Memory: two batches at most. Pieces
    must be immutable ``bytes``. ``hexdigest()`` waits for all; ``close()`` ends the
    thread (also on failure; idempotent).
    """

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._batch: list[bytes] = []
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None

    def update(self, piece: bytes) -> None:
        """Queue ``piece``; hashed in order."""
        if piece:
            self._batch.append(piece)
            if len(self._batch) >= _BATCH:
                self._flush()

    def _flush(self) -> None:
        batch, self._batch = self._batch, []
        if not batch:
            return
        self._wait()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sha256")
        self._pending = self._pool.submit(self._hash_all, batch)

    def _hash_all(self, batch: list[bytes]) -> None:
        for piece in batch:
            self._digest.update(piece)

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def hexdigest(self) -> str:
        """The digest of every piece given so far."""
        self._flush()
        self._wait()
        return self._digest.hexdigest()

    def close(self) -> None:
        """Stop the helper thread (waits for the batch in flight)."""
        with contextlib.suppress(Exception):
            self._wait()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


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


class HashingWriter:
    """Writes to ``out`` and hashes every byte written."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._digest = OverlappedSha256()
        self.size = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        # A copy: the writer reuses its buffer, and the hash runs later on another thread.
        self._digest.update(bytes(data))
        self.size += len(data)
        self._out.write(data)
        return len(data)

    def flush(self) -> None:
        self._out.flush()

    def hexdigest(self) -> str:
        """SHA-256 of everything written so far."""
        return self._digest.hexdigest()

    def close(self) -> None:
        """Stop the hashing thread (``out`` is the caller's to close)."""
        self._digest.close()
