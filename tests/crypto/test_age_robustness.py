"""Hostile input: crypto.age fails only with its own errors, and Bech32 is exact."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from crypto.age import AgeError, Decryptor, X25519Identity, encrypt
from crypto.age._bech32 import Bech32Error, decode, encode

IDENTITY = X25519Identity.generate()
_out = io.BytesIO()
encrypt([IDENTITY.recipient()], io.BytesIO(b"canary " * 20_000), _out)
VALID = _out.getvalue()
_armored = io.BytesIO()
encrypt([IDENTITY.recipient()], io.BytesIO(b"canary"), _armored, armor=True)
ARMORED = _armored.getvalue()


def _open(data: bytes) -> bytes:
    return b"".join(Decryptor([IDENTITY], io.BytesIO(data)).chunks())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_raise_only_age_errors(data: bytes) -> None:
    try:
        _open(data)
    except AgeError:
        return
    raise AssertionError("random bytes decrypted")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([VALID, ARMORED]), st.data())
def test_any_single_byte_change_is_rejected(original: bytes, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(original) - 1))
    value = data.draw(st.integers(0, 255).filter(lambda v: v != original[position]))
    changed = original[:position] + bytes([value]) + original[position + 1 :]
    if original is ARMORED and changed.strip() == original.strip():
        return  # whitespace outside the armor block is allowed by the spec
    try:
        _open(changed)
    except AgeError:
        return
    raise AssertionError(f"a change at byte {position} went unnoticed")


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([VALID, ARMORED]), st.data())
def test_any_truncation_is_rejected(original: bytes, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(original) - 1))
    if original is ARMORED and original[:cut].strip() == original.strip():
        return  # only the trailing newline was removed, which armor allows
    try:
        _open(original[:cut])
    except AgeError:
        return
    raise AssertionError(f"a cut at byte {cut} went unnoticed")


@given(st.binary(max_size=80), st.sampled_from(["age", "age1pq", "age-secret-key-"]))
def test_bech32_round_trips_and_keeps_case(data: bytes, hrp: str) -> None:
    lower = encode(hrp, data)
    assert decode(lower) == (hrp, data)
    assert decode(encode(hrp, data, upper=True)) == (hrp, data)
    assert encode(hrp, data, upper=True) == lower.upper()


def test_bech32_rejects_mixed_case_bad_checksum_and_bad_padding() -> None:
    good = encode("age", bytes(range(32)))
    for bad in (
        good[:5] + good[5:].upper(),  # mixed case
        good[:-1] + ("q" if good[-1] != "q" else "p"),  # checksum
        "age1",  # no data, no checksum
        good.replace("1", "", 1),  # no separator
        good[:-7] + "b" + good[-6:],  # 'b' is not in the alphabet
    ):
        try:
            decode(bad)
        except Bech32Error:
            continue
        raise AssertionError(f"accepted {bad!r}")


def test_bech32_bip173_valid_strings() -> None:
    # Valid Bech32 test strings from BIP 173.
    for text in (
        "A12UEL5L",
        "a12uel5l",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    ):
        hrp, data = decode(text)
        assert encode(hrp, data, upper=text.isupper()) == text
