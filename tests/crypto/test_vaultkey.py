"""Vault key wrapping: round trip, coarse failure, damage detection, bounds before work."""

from __future__ import annotations

import hashlib
import struct
import unicodedata

import pytest

from crypto import vaultkey
from crypto.testing import NotUnderTestError, fast_kdf_params
from crypto.vaultkey import (
    KEY_FILE_SIZE,
    KdfParams,
    KeyFileFormatError,
    KeyUnwrapError,
    calibrate,
    new_database_key,
    read_params,
    unwrap_key,
    wrap_key,
)

PW = b"passphrase"


def _reseal_checksum(body: bytes) -> bytes:
    """What an attacker who edits the file can do: recompute the unkeyed checksum."""
    return body[:-32] + hashlib.sha256(body[:-32]).digest()


def test_wrapped_key_unwraps_with_the_same_passphrase(fast_kdf: KdfParams) -> None:
    key = new_database_key()
    blob = wrap_key(key, PW, fast_kdf)
    assert len(blob) == KEY_FILE_SIZE
    assert unwrap_key(blob, PW) == key
    assert bytes(key) not in blob


def test_wrapping_twice_gives_different_files(fast_kdf: KdfParams) -> None:
    key = new_database_key()
    assert wrap_key(key, PW, fast_kdf) != wrap_key(key, PW, fast_kdf)


def test_wrong_passphrase_raises_the_coarse_error(fast_kdf: KdfParams) -> None:
    blob = wrap_key(new_database_key(), PW, fast_kdf)
    with pytest.raises(KeyUnwrapError):
        unwrap_key(blob, b"Passphrase")


@pytest.mark.parametrize("offset", [21, 30, 37, 49, 90])  # salt, nonce, sealed key
def test_edited_field_with_fixed_checksum_fails_like_a_wrong_passphrase(
    fast_kdf: KdfParams, offset: int
) -> None:
    blob = bytearray(wrap_key(new_database_key(), PW, fast_kdf))
    blob[offset] ^= 0x01
    with pytest.raises(KeyUnwrapError):
        unwrap_key(_reseal_checksum(bytes(blob)), PW)


def test_parameter_edit_inside_bounds_is_detected_by_the_aead(fast_kdf: KdfParams) -> None:
    blob = bytearray(wrap_key(new_database_key(), PW, fast_kdf))
    struct.pack_into(">I", blob, 13, 2)  # iterations 1 -> 2: still in bounds
    with pytest.raises(KeyUnwrapError):
        unwrap_key(_reseal_checksum(bytes(blob)), PW)


def test_damaged_or_truncated_file_is_reported_as_damaged(fast_kdf: KdfParams) -> None:
    blob = wrap_key(new_database_key(), PW, fast_kdf)
    flipped = bytearray(blob)
    flipped[60] ^= 0x80
    for bad in (blob[:-1], blob + b"\0", bytes(flipped), b"", b"IDVAULTK"):
        with pytest.raises(KeyFileFormatError):
            unwrap_key(bad, PW)


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [
        (vaultkey.MAX_MEMORY_KIB + 1, 1, 1),
        (8, vaultkey.MAX_ITERATIONS + 1, 1),
        (4096, 1, 17),
        (8, 0, 1),
        (4, 1, 1),
    ],
)
def test_out_of_bounds_parameters_are_refused_before_deriving(
    fast_kdf: KdfParams, memory: int, iterations: int, lanes: int
) -> None:
    blob = bytearray(wrap_key(new_database_key(), PW, fast_kdf))
    struct.pack_into(">III", blob, 9, memory, iterations, lanes)
    tampered = _reseal_checksum(bytes(blob))
    # A derivation with 4 TiB of memory would not return; the refusal is the bound check.
    with pytest.raises(KeyFileFormatError):
        read_params(tampered)
    with pytest.raises(KeyFileFormatError):
        unwrap_key(tampered, PW)


def test_kdf_params_constructor_enforces_bounds() -> None:
    with pytest.raises(ValueError):
        KdfParams(memory_kib=2 * vaultkey.MAX_MEMORY_KIB, iterations=1, lanes=1)


def test_calibration_returns_parameters_within_bounds() -> None:
    params = calibrate(target_seconds=0.02)
    assert 19 * 1024 <= params.memory_kib <= vaultkey.MAX_MEMORY_KIB
    assert 1 <= params.iterations <= vaultkey.MAX_ITERATIONS


def test_read_params_returns_what_was_written(fast_kdf: KdfParams) -> None:
    assert read_params(wrap_key(new_database_key(), PW, fast_kdf)) == fast_kdf


def test_fast_kdf_double_refuses_without_the_testing_flag(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("INTAKE_TESTING")
    with pytest.raises(NotUnderTestError):
        fast_kdf_params()


def test_passphrase_composed_differently_opens_the_same_key(fast_kdf: KdfParams) -> None:
    composed = "Мой пароль й".encode()
    decomposed = unicodedata.normalize("NFD", "Мой пароль й").encode()
    assert composed != decomposed
    key = new_database_key()
    assert unwrap_key(wrap_key(key, decomposed, fast_kdf), composed) == key


def test_passphrase_bytes_that_are_not_text_are_used_as_they_are(fast_kdf: KdfParams) -> None:
    key = new_database_key()
    blob = wrap_key(key, b"\xff\xfe binary", fast_kdf)
    assert unwrap_key(blob, b"\xff\xfe binary") == key
    with pytest.raises(KeyUnwrapError):
        unwrap_key(blob, b"\xff\xfe Binary")
