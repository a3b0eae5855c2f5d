"""Generated and mutated canonical JSON and contact cards (docs/bundle-format.md
sections 3 and 6): only our own error classes, and whatever parses re-encodes exactly.

Seeded loops and derandomized hypothesis, so a failure reproduces.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto import _canonical_json
from crypto.bundle import BundleRejection
from crypto.cards import parse_card
from crypto.errors import CardError
from tests.crypto import spec_writer as sw
from tests.crypto.test_bundle_fuzz import outcome
from tests.crypto.test_bundle_spec_conformance import case, party

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- manifest JSON, generated -------------------------------------------------------------

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**60), max_value=2**60)
    | st.text(max_size=12)
)
_json = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(value=_json, noise=st.binary(max_size=4), at=st.integers(min_value=0, max_value=200))
def test_canonical_json_returns_exactly_what_re_encodes_or_raises_its_own_error(
    value: Any, noise: bytes, at: int
) -> None:
    try:
        data = sw.canonical(value)
    except UnicodeEncodeError:
        return
    for candidate in (data, data[:at] + noise + data[at:], data[:at]):
        try:
            parsed = _canonical_json.loads(candidate, max_bytes=1 << 20)
        except _canonical_json.CanonicalJsonError:
            continue
        assert _canonical_json.dumps(parsed) == candidate


@FUZZ
@given(data=st.binary(max_size=300))
def test_canonical_json_on_arbitrary_bytes_never_raises_anything_else(data: bytes) -> None:
    try:
        parsed = _canonical_json.loads(data, max_bytes=1 << 20)
    except _canonical_json.CanonicalJsonError:
        return
    assert _canonical_json.dumps(parsed) == data


def _manifest_mutations() -> Iterator[tuple[str, bytes]]:
    base = case().manifest
    rng = random.Random(99)
    for i in range(60):
        m = bytearray(base)
        pos = rng.randrange(len(m))
        choice = i % 4
        if choice == 0:
            m[pos] = rng.choice(b'{}[]",:0123456789-+.eE\\u \x00\xff\xc3')
        elif choice == 1:
            del m[pos]
        elif choice == 2:
            m[pos:pos] = rng.choice([b"\\u0000", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"1", b" "])
        else:
            m[pos] ^= 0x20  # case flip in a key or a hex digit
        yield f"{choice}@{pos}", bytes(m)


@pytest.mark.parametrize(("name", "manifest"), list(_manifest_mutations()))
def test_a_signed_but_mutated_manifest_is_refused_not_crashed(name: str, manifest: bytes) -> None:
    bundle = case(manifest_bytes=lambda _: manifest)
    reason = outcome(bundle.data)
    if manifest != case().manifest:
        # Only a mutation that yields another valid manifest (e.g. a name letter changed)
        # may open; a changed card, hash or recipient must still fail its own check.
        allowed = {None, *BundleRejection} - {BundleRejection.NOT_A_BUNDLE}
        assert reason in allowed


# -- cards ------------------------------------------------------------------------------


def test_every_byte_of_a_card_changed_is_refused() -> None:
    card = party("sender").card()
    rng = random.Random(31)
    for pos in [*range(120), *rng.sample(range(120, len(card)), 300)]:
        damaged = bytearray(card)
        damaged[pos] ^= 1 << rng.randrange(8)
        with pytest.raises(CardError):
            parse_card(bytes(damaged))


def test_a_card_cut_or_extended_anywhere_is_refused() -> None:
    card = party("sender").card()
    for cut in range(0, len(card), 7):
        with pytest.raises(CardError):
            parse_card(card[:cut])
    for tail in (b"\x00", b"\n", card):
        with pytest.raises(CardError):
            parse_card(card + tail)


def _card_with(body: dict[str, Any]) -> bytes:
    return party("sender").card(lambda _: body)


CARD_BODIES: dict[str, Any] = {
    "format 2": {"format": 2},
    "format string": {"format": "1"},
    "name empty": {"name": ""},
    "name 65 chars": {"name": "n" * 65},
    "name padded": {"name": " Name"},
    "name with newline": {"name": "a\nb"},
    "name with bidi": {"name": "a\u202eb"},
    "name NFD": {"name": "Cafe\u0301"},
    "name number": {"name": 5},
    "created local time": {"created": "2026-11-25T12:00:00"},
    "created fullwidth": {"created": "２０２６-11-25T12:00:00Z"},
    "signing key with comment": {"signing_key": None},
    "x25519 uppercase": {"age_x25519": None},
    "x25519 is hybrid": {"age_x25519": None},
    "hybrid is x25519": {"age_hybrid": None},
    "unknown key": {"email": "a@b.c"},
    "hybrid null": {"age_hybrid": None},
}


@pytest.mark.parametrize("name", sorted(CARD_BODIES))
def test_a_card_with_a_wrong_field_is_refused_even_when_self_signed(name: str) -> None:
    sender = party("sender")
    body = sender.card_body()
    body.update(CARD_BODIES[name])
    if name == "signing key with comment":
        body["signing_key"] = sw.ssh_public_key_line(sw.raw_key(sender.signing_key)) + " me"
    elif name == "x25519 uppercase":
        body["age_x25519"] = sender.age_x25519.upper()
    elif name == "x25519 is hybrid":
        body["age_x25519"] = sender.age_hybrid
    elif name == "hybrid is x25519":
        body["age_hybrid"] = sender.age_x25519
    with pytest.raises(CardError):
        parse_card(_card_with(body))


@FUZZ
@given(text=st.text(max_size=400))
def test_arbitrary_pasted_text_is_a_card_error_not_a_crash(text: str) -> None:
    with pytest.raises(CardError):
        parse_card(text)


@FUZZ
@given(noise=st.text(alphabet=st.characters(codec="utf-8"), max_size=3), at=st.integers(0, 3000))
def test_text_inserted_into_a_pasted_card_is_dropped_or_refused(noise: str, at: int) -> None:
    text = sw.card_text(party("sender").card())
    damaged = text[:at] + noise + text[at:]
    try:
        card = parse_card(damaged)
    except CardError:
        return
    assert card == parse_card(text)  # accepted only if it decodes to the very same card
