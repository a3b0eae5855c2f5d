"""Encrypted files of any size in bounded memory: the vault's attachment format.

A sealed file is ``MAGIC`` (8 bytes, format version in the last byte) followed by a
STREAM of 64 KiB ChaCha20-Poly1305 chunks (crypto/_stream.py, age's payload
construction) under a random per-file key. The key is never stored beside the file:
the caller keeps it (the vault keeps it in the attachment's database row), so deleting
the row destroys the only way to read the file.

Every authentication failure (altered, truncated, extended, another key, not ours)
raises ``FileCryptError``; the reader yields only authenticated chunks, and a caller
must treat output as complete only when iteration ends without an error.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import BinaryIO, Protocol

from crypto._stream import CHUNK_SIZE, KEY_SIZE, StreamEncryptor, StreamError, decrypt_chunks
from crypto.errors import CryptoError

MAGIC = b"IDFILE\x00\x01"
#: Plaintext read size: one STREAM chunk, so each write seals exactly one chunk.
READ_SIZE = CHUNK_SIZE


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
    return len(MAGIC) + plain_size + 16 * chunks


def seal(
    key: bytes,
    src: Readable,
    dst: BinaryIO,
    observe: Callable[[bytes], None] | None = None,
) -> int:
    """Read ``src`` to its end and write it sealed under ``key`` to ``dst``.

    ``observe`` is called with every plaintext block as it passes (e.g. to hash it), so
    the data is read once. Returns the number of plaintext bytes. Memory stays bounded
    by a few chunks whatever the size. Does not flush or sync ``dst``.
    """
    dst.write(MAGIC)
    enc = StreamEncryptor(key, dst)
    total = 0
    while True:
        block = src.read(READ_SIZE)
        if not block:
            break
        if observe is not None:
            observe(block)
        enc.write(block)
        total += len(block)
    enc.close()
    return total


def open_sealed(key: bytes, src: BinaryIO) -> Iterator[bytes]:
    """Yield the authenticated plaintext chunks of the sealed file read from ``src``.

    Raises ``FileCryptError`` for a wrong magic, any alteration or truncation; the
    error can come after some chunks were yielded, so the output is complete only
    when iteration finishes.
    """
    if src.read(len(MAGIC)) != MAGIC:
        raise FileCryptError
    try:
        yield from decrypt_chunks(key, src)
    except StreamError:
        raise FileCryptError from None
