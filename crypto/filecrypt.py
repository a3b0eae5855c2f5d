"""Encrypted files of any size in bounded memory: the vault's attachment format.

A sealed file is ``MAGIC`` (8 bytes, format version in the last byte) followed by a
STREAM of 64 KiB ChaCha20-Poly1305 chunks under a random per-file key: exactly the
chunking and nonces of crypto/_stream.py (age's payload construction), so a file can be
opened with ``_stream.decrypt_chunks`` after its magic. The key is never stored beside
the file: the caller keeps it (the vault keeps it in the attachment's database row), so
deleting the row destroys the only way to read the file.

Speed: chunks go straight from ``read`` to the AEAD to ``write`` with no joining or
re-buffering (measured: joining 1 MiB groups cost more than the encryption itself), and
``observe`` (typically SHA-256) runs on a worker thread in batches of 16 chunks while the
main thread encrypts or decrypts; hashlib and cryptography both release the GIL, so the
two overlap on two cores. Memory stays at a few chunks whatever the file size.

Every authentication failure (altered, truncated, extended, another key, not ours)
raises ``FileCryptError``; the reader yields only authenticated data, and a caller
must treat output as complete only when iteration ends without an error.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto._stream import CHUNK_SIZE, KEY_SIZE, TAG_SIZE, StreamError, _nonce
from crypto.errors import CryptoError

MAGIC = b"IDFILE\x00\x01"
#: Chunks handed to the observer thread at a time (fewer thread hand-offs).
_BATCH = 16

Observer = Callable[[bytes], object]


class Readable(Protocol):
    """Anything with ``read(n) -> bytes`` (a file, a socket file, a generator adapter)."""

    def read(self, n: int = -1, /) -> bytes: ...


class FileCryptError(CryptoError):
    """The encrypted file was altered, truncated or is not ours."""


def new_file_key() -> bytes:
    """Return a fresh random 256-bit file key."""
    return os.urandom(KEY_SIZE)


def sealed_size(plain_size: int) -> int:
    """Return the size of the sealed file for ``plain_size`` bytes of plaintext."""
    chunks = max(1, -(-plain_size // CHUNK_SIZE))
    return len(MAGIC) + plain_size + TAG_SIZE * chunks


def _read_full(src: Readable, size: int) -> bytes:
    """Read ``size`` bytes, looping over short reads; fewer only at end of data."""
    first = src.read(size)
    if len(first) == size or not first:
        return first
    parts = [first]
    got = len(first)
    while got < size:
        part = src.read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


class _Overlap:
    """Run ``observe`` over batches of blocks on one worker thread, in order."""

    def __init__(self, observe: Observer | None) -> None:
        self._observe = observe
        self._batch: list[bytes] = []
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None

    def add(self, block: bytes) -> None:
        if self._observe is None:
            return
        self._batch.append(block)
        if len(self._batch) == _BATCH:
            self._flush()

    def _flush(self) -> None:
        batch, self._batch = self._batch, []
        if not batch or self._observe is None:
            return
        self._wait()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="filecrypt")
        self._pending = self._pool.submit(_observe_all, self._observe, batch)

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def finish(self) -> None:
        """Observe what is left and wait until every block was observed."""
        self._flush()
        self._wait()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._wait()
        if self._pool is not None:
            self._pool.shutdown(wait=True)


def _observe_all(observe: Observer, batch: list[bytes]) -> None:
    for block in batch:
        observe(block)


def seal(key: bytes, src: Readable, dst: BinaryIO, observe: Observer | None = None) -> int:
    """Read ``src`` to its end and write it sealed under ``key`` to ``dst``.

    ``observe`` is called with every plaintext block, in order, exactly once (on a
    worker thread, overlapping encryption), so the data is read once. Returns the number
    of plaintext bytes. Does not flush or sync ``dst``.
    """
    if len(key) != KEY_SIZE:
        raise ValueError("file key must be 32 bytes")
    aead = ChaCha20Poly1305(key)
    dst.write(MAGIC)
    overlap = _Overlap(observe)
    counter = total = 0
    try:
        # One chunk of lookahead: whether a chunk is the last is known only after it.
        chunk = _read_full(src, CHUNK_SIZE)
        while True:
            following = _read_full(src, CHUNK_SIZE) if len(chunk) == CHUNK_SIZE else b""
            dst.write(aead.encrypt(_nonce(counter, not following), chunk, None))
            overlap.add(chunk)
            counter += 1
            total += len(chunk)
            if not following:
                break
            chunk = following
        overlap.finish()
    finally:
        overlap.close()
    return total


def open_sealed(key: bytes, src: BinaryIO, observe: Observer | None = None) -> Iterator[bytes]:
    """Yield the authenticated plaintext chunks (at most 64 KiB) of the sealed file ``src``.

    ``observe`` sees every yielded chunk in order (on a worker thread; it has seen all of
    them when iteration ends). Raises ``FileCryptError`` for a wrong magic, any
    alteration or truncation; the error can come after some chunks were yielded, so the
    output is complete only when iteration finishes.
    """
    if len(key) != KEY_SIZE:
        raise ValueError("file key must be 32 bytes")
    if _read_full(src, len(MAGIC)) != MAGIC:
        raise FileCryptError
    aead = ChaCha20Poly1305(key)
    full = CHUNK_SIZE + TAG_SIZE
    overlap = _Overlap(observe)
    counter = 0
    try:
        chunk = _read_full(src, full)
        while True:
            following = _read_full(src, full) if len(chunk) == full else b""
            last = not following
            if len(chunk) < TAG_SIZE or (last and len(chunk) == TAG_SIZE and counter > 0):
                raise FileCryptError  # a torn tag, or an empty last chunk after data
            try:
                plain = aead.decrypt(_nonce(counter, last), chunk, None)
            except (InvalidTag, StreamError):
                raise FileCryptError from None
            overlap.add(plain)
            yield plain
            if last:
                break
            counter += 1
            chunk = following
        overlap.finish()
    finally:
        overlap.close()
