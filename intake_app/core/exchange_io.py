"""Small stream adapters shared by export and import (no policy here).

``ChunkReader`` turns an iterator of byte chunks (an attachment being decrypted, a
bundle item being verified) into a readable binary stream, so the attachment store and
the bundle writer read it in bounded memory. ``HashingReader`` hashes a file exactly as
it is read, so a bundle's SHA-256 costs no second pass.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO


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
    """Reads ``src`` and hashes every byte that passes; ``drain()`` hashes the rest."""

    def __init__(self, src: BinaryIO) -> None:
        super().__init__()
        self._src = src
        self._digest = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._src.read(len(view))
        n = len(data)
        view[:n] = data
        self._digest.update(data)
        self.size += n
        return n

    def read(self, size: int | None = -1) -> bytes:
        data = self._src.read(-1 if size is None else size)
        self._digest.update(data)
        self.size += len(data)
        return data

    def drain(self) -> None:
        """Read and hash whatever was not read yet."""
        while True:
            piece = self._src.read(1024 * 1024)
            if not piece:
                return
            self._digest.update(piece)
            self.size += len(piece)

    def hexdigest(self) -> str:
        """SHA-256 of everything read so far."""
        return self._digest.hexdigest()


class HashingWriter:
    """Writes to ``out`` and hashes every byte written."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._digest.update(data)
        self.size += len(data)
        self._out.write(data)
        return len(data)

    def flush(self) -> None:
        self._out.flush()

    def hexdigest(self) -> str:
        """SHA-256 of everything written so far."""
        return self._digest.hexdigest()
