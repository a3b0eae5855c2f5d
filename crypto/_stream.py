"""STREAM: chunked ChaCha20-Poly1305 for data of any size in bounded memory.

The construction is age v1's payload encryption (Hoang, Reyhanitabar, Rogaway, Vizár's
STREAM): plaintext is cut into 64 KiB chunks; chunk *i* is sealed with the nonce
``i`` as an 11-byte big-endian counter followed by one byte that is 0x01 for the last
chunk and 0x00 otherwise. Reordering, dropping, truncating or extending chunks changes
a nonce and fails authentication. The last chunk may be shorter than 64 KiB and is
empty only when the whole plaintext is empty.

Private: crypto's public recipes (age payloads, vault attachments) use it; nothing
outside crypto/ should.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto.errors import CryptoError

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
KEY_SIZE = 32
_MAX_COUNTER = (1 << 88) - 1


class Readable(Protocol):
    """Anything with ``read(size)`` returning bytes (b"" at the end): files, pipes, wrappers."""

    def read(self, size: int = -1, /) -> bytes: ...


class Writable(Protocol):
    """Anything with ``write(data)``: files, BytesIO, wrappers.

    ``data`` may be a view of a buffer the writer reuses: a sink copies what it keeps.
    """

    def write(self, data: bytes | bytearray | memoryview, /) -> int: ...


class StreamError(CryptoError):
    """The encrypted data was altered, truncated or is not ours."""


def _nonce(counter: int, last: bool) -> bytes:
    if counter > _MAX_COUNTER:
        raise StreamError("The data is too large to encrypt.")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class StreamEncryptor:
    """Seal bytes written to it into ``sink`` as STREAM chunks.

    ``close()`` must be called to write the final chunk; until then the output is not
    a valid stream. Holds at most one chunk of plaintext in memory.
    """

    def __init__(self, key: bytes, sink: Writable) -> None:
        if len(key) != KEY_SIZE:
            raise ValueError("STREAM key must be 32 bytes")
        self._aead = ChaCha20Poly1305(key)
        self._sink = sink
        self._buffer = bytearray()  # at most one chunk, not yet known to be the last
        self._out = bytearray()  # sealed chunks of one write call, reused
        self._counter = 0
        self._closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Encrypt ``data``, sealing every complete chunk except the latest; return len.

        Whole chunks are sealed straight from ``data`` (no copy) into an output buffer
        reused across calls (fresh allocations cost page faults at these sizes), written
        with one ``sink.write`` per call.
        """
        if self._closed:
            raise ValueError("write to a closed StreamEncryptor")
        view = memoryview(data).cast("B")
        size = len(view)
        pos = 0
        flush_pending = False
        if self._buffer:
            take = min(CHUNK_SIZE - len(self._buffer), size)
            self._buffer += view[:take]
            pos = take
            if len(self._buffer) < CHUNK_SIZE or pos == size:
                return size
            flush_pending = True
        # Keep at least one byte back: whether a full chunk is the last is only known at close.
        whole = (size - pos - 1) // CHUNK_SIZE
        full = CHUNK_SIZE + TAG_SIZE
        needed = (whole + flush_pending) * full
        if len(self._out) < needed:
            self._out = bytearray(needed)
        with memoryview(self._out) as out:
            at = 0
            if flush_pending:
                self._aead.encrypt_into(
                    _nonce(self._counter, False), self._buffer, None, out[:full]
                )
                self._counter += 1
                self._buffer.clear()
                at = full
            for _ in range(whole):
                self._aead.encrypt_into(
                    _nonce(self._counter, False),
                    view[pos : pos + CHUNK_SIZE],
                    None,
                    out[at : at + full],
                )
                self._counter += 1
                pos += CHUNK_SIZE
                at += full
            self._buffer += view[pos:]
            if at:
                self._sink.write(out[:at])
        return size

    def close(self) -> None:
        """Seal the final chunk. Idempotent."""
        if self._closed:
            return
        self._sink.write(self._aead.encrypt(_nonce(self._counter, True), bytes(self._buffer), None))
        self._counter += 1
        self._buffer.clear()
        self._closed = True


def decrypt_chunks(key: bytes, source: Readable) -> Iterator[bytes]:
    """Yield the authenticated plaintext chunks of the STREAM read from ``source``.

    Each yielded chunk has been authenticated, but the stream as a whole is only known
    to be complete when the iterator finishes without raising: a caller that must not
    release partial output buffers or discards what it got when ``StreamError`` is
    raised. Raises ``StreamError`` for any alteration, truncation, trailing data or an
    empty final chunk that is not the whole stream.
    """
    if len(key) != KEY_SIZE:
        raise ValueError("STREAM key must be 32 bytes")
    aead = ChaCha20Poly1305(key)
    full = CHUNK_SIZE + TAG_SIZE
    counter = 0
    chunk = _read_exact(source, full)
    while True:
        if len(chunk) < full:
            last = True
            following = b""
        else:
            following = _read_exact(source, full)
            last = not following
        if len(chunk) < TAG_SIZE:
            raise StreamError
        try:
            plain = aead.decrypt(_nonce(counter, last), chunk, None)
        except InvalidTag:
            raise StreamError from None
        if last and not plain and counter > 0:
            raise StreamError  # an empty last chunk is only allowed for empty plaintext
        yield plain
        if last:
            return
        counter += 1
        chunk = following


def _read_exact(source: Readable, size: int) -> bytes:
    """Read up to ``size`` bytes, looping over short reads; fewer only at end of data."""
    parts = []
    remaining = size
    while remaining:
        part = source.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)
