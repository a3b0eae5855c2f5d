"""crypto.filecrypt: sealed files are age-style STREAM, and every alteration is refused."""

from __future__ import annotations

import hashlib
import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto._stream import CHUNK_SIZE, StreamEncryptor, decrypt_chunks
from crypto.filecrypt import (
    MAGIC,
    FileCryptError,
    new_file_key,
    open_sealed,
    seal,
    sealed_size,
)

SIZES = [
    0,
    1,
    CHUNK_SIZE - 1,
    CHUNK_SIZE,
    CHUNK_SIZE + 1,
    16 * CHUNK_SIZE - 1,  # seal works in blocks of 16 chunks: both sides of one
    16 * CHUNK_SIZE,
    16 * CHUNK_SIZE + 5,
    32 * CHUNK_SIZE,
]


def _sealed(data: bytes, key: bytes) -> bytes:
    out = io.BytesIO()
    assert seal(key, io.BytesIO(data), out) == len(data)
    return out.getvalue()


@pytest.mark.parametrize("size", SIZES)
def test_round_trip_and_size_at_chunk_boundaries(size: int) -> None:
    key, data = new_file_key(), os.urandom(size)
    sealed = _sealed(data, key)
    assert len(sealed) == sealed_size(size)
    assert b"".join(open_sealed(key, io.BytesIO(sealed))) == data


@pytest.mark.parametrize("size", SIZES)
def test_format_is_exactly_the_stream_construction(size: int) -> None:
    key, data = new_file_key(), os.urandom(size)
    sealed = _sealed(data, key)
    assert sealed.startswith(MAGIC)
    assert b"".join(decrypt_chunks(key, io.BytesIO(sealed[len(MAGIC) :]))) == data
    reference = io.BytesIO()
    enc = StreamEncryptor(key, reference)
    enc.write(data)
    enc.close()
    assert b"".join(open_sealed(key, io.BytesIO(MAGIC + reference.getvalue()))) == data


class _Dribble(io.RawIOBase):
    """A source that returns at most ``step`` bytes per read (a pipe, a slow disk)."""

    def __init__(self, data: bytes, step: int) -> None:
        super().__init__()
        self._data = memoryview(data)
        self._step = step

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        n = self._step if n < 0 else min(n, self._step)
        part, self._data = bytes(self._data[:n]), self._data[n:]
        return part


@pytest.mark.parametrize("size", [CHUNK_SIZE, 16 * CHUNK_SIZE, 20 * CHUNK_SIZE + 9])
def test_short_reads_from_the_source_give_the_same_chunks(size: int) -> None:
    key, data = new_file_key(), os.urandom(size)
    sealed = io.BytesIO()
    assert seal(key, _Dribble(data, 10_000), sealed) == size
    assert len(sealed.getvalue()) == sealed_size(size)
    assert b"".join(decrypt_chunks(key, io.BytesIO(sealed.getvalue()[len(MAGIC) :]))) == data


def test_observer_sees_every_byte_in_order() -> None:
    key, data = new_file_key(), os.urandom(40 * CHUNK_SIZE + 3)
    seen_in, seen_out = hashlib.sha256(), hashlib.sha256()
    sealed = io.BytesIO()
    seal(key, io.BytesIO(data), sealed, observe=seen_in.update)
    sealed.seek(0)
    for _ in open_sealed(key, sealed, observe=seen_out.update):
        pass
    assert seen_in.digest() == seen_out.digest() == hashlib.sha256(data).digest()


@settings(max_examples=60, deadline=None)
@given(
    size=st.integers(min_value=0, max_value=3 * CHUNK_SIZE),
    where=st.floats(min_value=0, max_value=1, exclude_max=True),
    how=st.sampled_from(["flip", "truncate", "extend"]),
)
def test_any_alteration_is_refused(size: int, where: float, how: str) -> None:
    key = new_file_key()
    sealed = bytearray(_sealed(os.urandom(size), key))
    at = int(where * len(sealed))
    if how == "flip":
        sealed[at] ^= 0x01
    elif how == "truncate":
        del sealed[at:]
    else:
        sealed += b"\0"
    with pytest.raises(FileCryptError):
        b"".join(open_sealed(key, io.BytesIO(bytes(sealed))))


def test_wrong_key_is_refused() -> None:
    sealed = _sealed(b"secret", new_file_key())
    with pytest.raises(FileCryptError):
        b"".join(open_sealed(new_file_key(), io.BytesIO(sealed)))
