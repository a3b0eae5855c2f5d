"""Fingerprints: pinned known answer, sensitivity to every key, tolerant parsing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto.fingerprint import (
    Fingerprint,
    FingerprintError,
    compute_fingerprint,
    parse_fingerprint,
)

KEY = bytes(range(32))
X25519 = "age1" + "q" * 58
HYBRID = "age1pq1" + "q" * 1952

# Computed once from the specification (docs/bundle-format.md 6.3) and pinned: a change
# here means every partner's fingerprint changed, which must never happen silently.
KNOWN_WITH_HYBRID = "31038 53395 07323 64934 63737 20942"
KNOWN_X25519_ONLY = "65882 42099 27786 18281 20452 17755"


def test_known_answer_is_pinned() -> None:
    assert str(compute_fingerprint(KEY, X25519, HYBRID)) == KNOWN_WITH_HYBRID
    assert str(compute_fingerprint(KEY, X25519, None)) == KNOWN_X25519_ONLY


def test_fingerprint_has_six_groups_of_five_digits() -> None:
    fp = compute_fingerprint(KEY, X25519, HYBRID)
    assert len(fp.digits) == 30 and fp.digits.isdigit()
    assert [len(g) for g in fp.groups()] == [5] * 6


@pytest.mark.parametrize(
    ("key", "x25519", "hybrid"),
    [
        (bytes([1]) + KEY[1:], X25519, HYBRID),
        (KEY, "age1" + "p" + "q" * 57, HYBRID),
        (KEY, X25519, "age1pq1" + "p" + "q" * 1951),
        (KEY, X25519, None),
    ],
)
def test_changing_any_key_changes_the_fingerprint(
    key: bytes, x25519: str, hybrid: str | None
) -> None:
    reference = compute_fingerprint(KEY, X25519, HYBRID)
    assert not compute_fingerprint(key, x25519, hybrid).matches(reference)


@pytest.mark.parametrize(
    "spoken",
    [
        "31038 53395 07323 64934 63737 20942",
        "310385339507323649346373720942",
        "31038-53395-07323-64934-63737-20942",
        " 31038.53395.07323\n64934\u00a063737 20942 ",
    ],
)
def test_parse_accepts_fingerprint_as_read_aloud(spoken: str) -> None:
    assert parse_fingerprint(spoken).matches(compute_fingerprint(KEY, X25519, HYBRID))


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "31038 53395 07323 64934 63737 2094",
        "31038 53395 07323 64934 63737 209421",
        "31038 53395 07323 64934 63737 2094x",
        "٣1038 53395 07323 64934 63737 20942",  # Arabic-Indic digit: not ASCII
        "1" * 500,
    ],
)
def test_parse_rejects_anything_but_thirty_digits(bad: str) -> None:
    with pytest.raises(FingerprintError):
        parse_fingerprint(bad)


def test_mismatch_is_detected() -> None:
    fp = compute_fingerprint(KEY, X25519, HYBRID)
    other = Fingerprint(fp.digits[:-1] + str((int(fp.digits[-1]) + 1) % 10))
    assert not fp.matches(other)
    assert fp.matches(parse_fingerprint(str(fp)))


@given(st.binary(min_size=32, max_size=32))
def test_str_and_parse_round_trip(key: bytes) -> None:
    fp = compute_fingerprint(key, X25519, None)
    assert parse_fingerprint(str(fp)) == fp
