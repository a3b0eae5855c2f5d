"""STREAM round trips and rejects every alteration."""

from __future__ import annotations

import io
import os

import pytest

from crypto._stream import CHUNK_SIZE, StreamEncryptor, StreamError, decrypt_chunks


def _seal(key: bytes, data: bytes) -> bytes:
    out = io.BytesIO()
    enc = StreamEncryptor(key, out)
    enc.write(data)
    enc.close()
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE])
def test_round_trip_at_chunk_boundaries(size: int) -> None:
    key = os.urandom(32)
    data = os.urandom(size)
    sealed = _seal(key, data)
    assert b"".join(decrypt_chunks(key, io.BytesIO(sealed))) == data


def test_truncation_at_a_chunk_boundary_is_detected() -> None:
    key = os.urandom(32)
    sealed = _seal(key, os.urandom(2 * CHUNK_SIZE + 10))
    truncated = sealed[: CHUNK_SIZE + 16]
    with pytest.raises(StreamError):
        b"".join(decrypt_chunks(key, io.BytesIO(truncated)))


def test_trailing_data_and_flipped_bit_are_detected() -> None:
    key = os.urandom(32)
    sealed = _seal(key, b"canary")
    with pytest.raises(StreamError):
        b"".join(decrypt_chunks(key, io.BytesIO(sealed + b"x")))
    flipped = bytearray(sealed)
    flipped[0] ^= 1
    with pytest.raises(StreamError):
        b"".join(decrypt_chunks(key, io.BytesIO(bytes(flipped))))
