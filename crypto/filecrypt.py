"""Encrypted files of any size in bounded memory: the vault's attachment format.

A sealed file is ``MAGIC`` (8 bytes, format version in the last byte) followed by a
STREAM of 64 KiB ChaCha20-Poly1305 chunks under a random per-file key: exactly the
chunking and nonces of crypto/_stream.py (age's payload construction), so a file can be
opened with ``_stream.decrypt_chunks`` after its magic. The key is never stored beside
the file: the caller keeps it (the vault keeps it in the attachment's database row), so
deleting the row destroys the only way to read the file.

Speed: ``seal`` reads 1 MiB blocks (16 chunks) and seals them with ``encrypt_into``
into one reused output buffer, written with one ``write`` per block (fresh 64 KiB
allocations per chunk cost page faults and as much as the cipher; one write per chunk
costs a system call each). ``observe`` (typically SHA-256) runs on a worker thread,
about 1 MiB at a time, while the main thread encrypts or decrypts: hashlib releases the
GIL for large buffers, and handing it 1 MiB per call keeps the two threads from waiting
on each other for the GIL (cryptography's AEAD holds it). Memory stays at a few MiB
whatever the file size. The chunking on disk is unchanged: 64 KiB STREAM chunks.

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

from crypto._stream import CHUNK_SIZE, KEY_SIZE, TAG_SIZE, StreamError, Writable, _nonce
from crypto.errors import CryptoError

MAGIC = b"IDFILE\x00\x01"
#: Plaintext bytes read and sealed per block (whole chunks, one ``write`` per block).
_BLOCK_CHUNKS = 16
_BLOCK = CHUNK_SIZE * _BLOCK_CHUNKS
#: Bytes handed to the observer thread at a time (fewer thread and GIL hand-offs).
_BATCH_BYTES = 1024 * 1024

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
        self._batched = 0
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None

    def add(self, block: bytes) -> None:
        if self._observe is None:
            return
        self._batch.append(block)
        self._batched += len(block)
        if self._batched >= _BATCH_BYTES:
            self._flush()

    def _flush(self) -> None:
        batch, self._batch = self._batch, []
        self._batched = 0
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


def seal(key: bytes, src: Readable, dst: Writable, observe: Observer | None = None) -> int:
    """Read ``src`` to its end and write it sealed under ``key`` to ``dst``.

    ``observe`` is called with every plaintext block, in order, exactly once (on a
    worker thread, overlapping encryption), so the data is read once; the blocks are
    what ``src.read`` returned, so they must not be changed afterwards (``bytes`` are
    not). ``dst`` gets views of a buffer reused for the next block: it copies what it
    keeps. Returns the number of plaintext bytes. Does not flush or sync ``dst``.
    """
    if len(key) != KEY_SIZE:
        raise ValueError("file key must be 32 bytes")
    aead = ChaCha20Poly1305(key)
    dst.write(MAGIC)
    overlap = _Overlap(observe)
    sealed = bytearray(_BLOCK + TAG_SIZE * _BLOCK_CHUNKS)  # reused for every block
    counter = total = 0
    try:
        with memoryview(sealed) as out:
            # One block of lookahead: whether a chunk is the last is known only after it.
            block = _read_full(src, _BLOCK)
            while True:
                following = _read_full(src, _BLOCK) if len(block) == _BLOCK else b""
                final = not following
                at = 0
                with memoryview(block) as plain:
                    # An empty plaintext is one empty final chunk.
                    starts = range(0, len(plain), CHUNK_SIZE) if plain else range(1)
                    for start in starts:
                        piece = plain[start : start + CHUNK_SIZE]
                        last = final and start + CHUNK_SIZE >= len(plain)
                        end = at + len(piece) + TAG_SIZE
                        aead.encrypt_into(_nonce(counter, last), piece, None, out[at:end])
                        counter += 1
                        at = end
                dst.write(out[:at])
                overlap.add(block)
                total += len(block)
                if final:
                    break
                block = following
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
    span = full * _BLOCK_CHUNKS  # ciphertext read per system call: 16 whole chunks
    overlap = _Overlap(observe)
    counter = 0
    try:
        block = _read_full(src, span)
        if not block:
            raise FileCryptError  # not even the one chunk every sealed file has
        while True:
            following = _read_full(src, span) if len(block) == span else b""
            final = not following
            with memoryview(block) as view:
                for start in range(0, len(block), full):
                    chunk = view[start : start + full]
                    last = final and start + full >= len(block)
                    if len(chunk) < TAG_SIZE or (last and len(chunk) == TAG_SIZE and counter > 0):
                        raise FileCryptError  # a torn tag, or an empty last chunk after data
                    try:
                        plain = aead.decrypt(_nonce(counter, last), chunk, None)
                    except (InvalidTag, StreamError):
                        raise FileCryptError from None
                    overlap.add(plain)
                    yield plain
                    counter += 1
            if final:
                break
            block = following
        overlap.finish()
    finally:
        overlap.close()
