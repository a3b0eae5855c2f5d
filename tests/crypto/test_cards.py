"""Contact cards: self-signed, strict, pasteable, and refusing small-order keys."""

from __future__ import annotations

import base64
import struct

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto import _canonical_json, sshsig
from crypto.age import HybridIdentity, X25519Identity
from crypto.cards import CARD_NAMESPACE, make_card, parse_card
from crypto.errors import CardError

MAGIC = b"intake-desk-card/v1\n\x00"
X25519 = X25519Identity.generate().recipient().to_string()
HYBRID = HybridIdentity.generate().recipient().to_string()
WHEN = "2026-01-02T03:04:05Z"


def _raw_card(
    body: dict[str, object] | bytes, key: Ed25519PrivateKey, ns: str = CARD_NAMESPACE
) -> bytes:
    body_bytes = body if isinstance(body, bytes) else _canonical_json.dumps(body)
    sig = sshsig.sign(key, body_bytes, ns)
    return (
        MAGIC + struct.pack(">I", len(body_bytes)) + body_bytes + struct.pack(">I", len(sig)) + sig
    )


def _body(key: Ed25519PrivateKey, **changes: object) -> dict[str, object]:
    body: dict[str, object] = {
        "format": 1,
        "name": "Fair Trials Desk",
        "created": WHEN,
        "signing_key": sshsig.public_key_line(sshsig.raw_public_key(key)),
        "age_x25519": X25519,
        "age_hybrid": HYBRID,
    }
    body.update(changes)
    return body


def test_card_round_trips_through_file_and_text_forms() -> None:
    key = Ed25519PrivateKey.generate()
    card = make_card(key, "Fair Trials Desk", X25519, HYBRID, WHEN)
    assert parse_card(card.to_bytes()) == card
    assert parse_card(card.to_text()) == card
    assert parse_card(card.to_text().encode()) == card
    assert card.public_keys.signing_key == sshsig.raw_public_key(key)
    assert (card.name, card.created, card.public_keys.age_hybrid) == (
        "Fair Trials Desk",
        WHEN,
        HYBRID,
    )


def test_pasted_text_survives_messenger_rewrapping_and_surrounding_text() -> None:
    card = make_card(Ed25519PrivateKey.generate(), "NGO", X25519, HYBRID, WHEN)
    b64 = base64.b64encode(card.to_bytes()).decode()
    mangled = (
        "Hello, here is our card:\r\n\r\n"
        "-----BEGIN INTAKE DESK CONTACT CARD-----\r\n"
        + "\u00a0".join(b64[i : i + 37] for i in range(0, len(b64), 37))
        + "\n\t \n-----END INTAKE DESK CONTACT CARD-----\n> quoted reply\n"
    )
    assert parse_card(mangled) == card


def test_fingerprint_depends_on_keys_not_on_name_or_time() -> None:
    key = Ed25519PrivateKey.generate()
    a = make_card(key, "Old name", X25519, HYBRID, WHEN)
    b = make_card(key, "New name", X25519, HYBRID, "2027-01-01T00:00:00Z")
    c = make_card(Ed25519PrivateKey.generate(), "Old name", X25519, HYBRID, WHEN)
    assert a.fingerprint.matches(b.fingerprint)
    assert not a.fingerprint.matches(c.fingerprint)


def test_card_without_hybrid_key_is_valid() -> None:
    card = make_card(Ed25519PrivateKey.generate(), "Legacy", X25519, None, WHEN)
    assert parse_card(card.to_bytes()).public_keys.age_hybrid is None


def test_any_changed_byte_of_a_card_is_rejected() -> None:
    data = make_card(Ed25519PrivateKey.generate(), "NGO", X25519, None, WHEN).to_bytes()
    for i in range(0, len(data), 3):
        altered = bytearray(data)
        altered[i] ^= 0x20
        with pytest.raises(CardError):
            parse_card(bytes(altered))
    with pytest.raises(CardError):
        parse_card(data + b"\x00")


def test_card_signed_by_another_key_or_namespace_is_rejected() -> None:
    key = Ed25519PrivateKey.generate()
    with pytest.raises(CardError):
        parse_card(_raw_card(_body(key), Ed25519PrivateKey.generate()))
    with pytest.raises(CardError):
        parse_card(_raw_card(_body(key), key, ns="intake-desk-bundle-v1"))
    assert parse_card(_raw_card(_body(key), key)).name == "Fair Trials Desk"


def test_card_with_small_order_key_and_universal_signature_is_rejected() -> None:
    raw = bytes.fromhex("01" + "00" * 31)  # the identity point
    body = _canonical_json.dumps(
        {
            k: v
            for k, v in _body(
                Ed25519PrivateKey.generate(), signing_key=sshsig.public_key_line(raw)
            ).items()
        }
    )

    def s(b: bytes) -> bytes:
        return struct.pack(">I", len(b)) + b

    kt = b"ssh-ed25519"
    blob = b"SSHSIG" + struct.pack(">I", 1) + s(s(kt) + s(raw)) + s(CARD_NAMESPACE.encode())
    blob += s(b"") + s(b"sha512") + s(s(kt) + s(raw + bytes(32)))
    data = MAGIC + struct.pack(">I", len(body)) + body + struct.pack(">I", len(blob)) + blob
    with pytest.raises(CardError):
        parse_card(data)


@pytest.mark.parametrize(
    "changes",
    [
        {"name": "evil\u202eexe.txt"},
        {"name": "two\nlines"},
        {"name": " padded"},
        {"name": "x" * 65},
        {"name": ""},
        {"format": 2},
        {"created": "2026-01-02 03:04:05"},
        {"created": "2026-02-30T03:04:05Z"},
        {"age_x25519": "age1notarecipient"},
        {"age_x25519": HYBRID},
        {"age_hybrid": X25519},
        {"extra": "field"},
    ],
)
def test_card_fields_outside_the_format_are_rejected(changes: dict[str, object]) -> None:
    key = Ed25519PrivateKey.generate()
    with pytest.raises(CardError):
        parse_card(_raw_card(_body(key, **changes), key))


def test_duplicate_keys_in_a_signed_card_body_are_rejected() -> None:
    key = Ed25519PrivateKey.generate()
    body = _canonical_json.dumps(_body(key))[:-1] + b',"name":"Other"}'
    with pytest.raises(CardError):
        parse_card(_raw_card(body, key))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "-----BEGIN INTAKE DESK CONTACT CARD-----\nAAAA\n",
        "-----BEGIN INTAKE DESK CONTACT CARD-----\n!!!!\n-----END INTAKE DESK CONTACT CARD-----",
    ],
)
def test_malformed_text_is_rejected(text: str) -> None:
    with pytest.raises(CardError):
        parse_card(text)


def test_two_cards_pasted_together_are_rejected() -> None:
    card = make_card(Ed25519PrivateKey.generate(), "NGO", X25519, None, WHEN)
    with pytest.raises(CardError):
        parse_card(card.to_text() + card.to_text())


def test_make_card_refuses_a_hostile_name() -> None:
    with pytest.raises(CardError):
        make_card(Ed25519PrivateKey.generate(), "a/b\u2066", X25519, None, WHEN)


def test_hybrid_card_fits_one_qr_code() -> None:
    segno = pytest.importorskip("segno")
    card = make_card(Ed25519PrivateKey.generate(), "N" * 64, X25519, HYBRID, WHEN)
    # segno raises DataOverflowError if the payload does not fit a single symbol.
    qr = segno.make(card.qr_payload(), error="L", mode="byte", boost_error=False)
    assert qr.error == "L"
    assert len(card.qr_payload()) <= 2953
