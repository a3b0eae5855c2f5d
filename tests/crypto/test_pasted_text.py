"""Cards and fingerprints pasted through e-mail and messengers (docs/bundle-format.md
sections 6.1 and 6.3): harmless damage is accepted, anything that alters content is not.

Accepting is safe only because what is decoded is parsed strictly and self-signed
(cards) or compared digit by digit (fingerprints); these tests pin both halves.
"""

from __future__ import annotations

import base64
import time

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto.age import HybridIdentity, X25519Identity
from crypto.cards import ContactCard, make_card, parse_card
from crypto.errors import CardError
from crypto.fingerprint import FingerprintError, parse_fingerprint

CARD: ContactCard = make_card(
    Ed25519PrivateKey.generate(),
    "Helpdesk Genève",
    X25519Identity.generate().recipient().to_string(),
    HybridIdentity.generate().recipient().to_string(),
    "2026-11-25T12:00:00Z",
)
TEXT = CARD.to_text()
LINES = TEXT.strip("\n").split("\n")
BEGIN, BODY, END = LINES[0], LINES[1:-1], LINES[-1]


def _block(body_lines: list[str], sep: str = "\n", begin: str = BEGIN, end: str = END) -> str:
    return sep.join([begin, *body_lines, end])


ACCEPTED = {
    "CRLF line ends": _block(BODY, "\r\n"),
    "every line indented": _block(["    " + line for line in BODY], "\n\t"),
    "rewrapped with NBSP": _block(["\u00a0".join(BODY)]),
    "narrow NBSP and ideographic space": _block(["\u202f".join(BODY[:2]) + "\u3000", *BODY[2:]]),
    "zero-width space, joiner and non-joiner": _block(
        ["\u200b".join(BODY[:2]), "\u200d" + BODY[2] + "\u200c", *BODY[3:]]
    ),
    "LRM/RLM from a right-to-left chat": _block(["\u200f" + line + "\u200e" for line in BODY]),
    "word joiner, soft hyphen and BOM": _block(
        ["\u2060" + BODY[0] + "\u00ad", "\ufeff" + BODY[1], *BODY[2:]]
    ),
    "quoted reply in an e-mail": "> " + _block(BODY, "\n> "),
    "nested quote": ">> " + _block(BODY, "\n> > "),
    "em and en dashes in the markers": _block(
        BODY,
        begin="\u2014\u2013-BEGIN INTAKE DESK CONTACT CARD\u2014\u2014-",
        end="\u2013\u2013\u2013END INTAKE DESK CONTACT CARD\u2014",
    ),
    "spaces around and inside the marker words": _block(
        BODY,
        begin="----- BEGIN  INTAKE DESK\u00a0CONTACT CARD -----",
        end="-----END INTAKE DESK CONTACT CARD -----",
    ),
    "text and smart quotes around the block": "Hi, our card: \u201c" + TEXT + "\u201d Thanks!",
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_harmless_messenger_damage_is_accepted(name: str) -> None:
    assert parse_card(ACCEPTED[name]) == CARD
    assert parse_card(ACCEPTED[name].encode("utf-8")) == CARD


def _swap_char(line: str, index: int, new: str) -> str:
    return line[:index] + new + line[index + 1 :]


REFUSED = {
    "one character changed": _block(
        [BODY[0], _swap_char(BODY[1], 5, "A" if BODY[1][5] != "A" else "B"), *BODY[2:]]
    ),
    "one character lost": _block([BODY[0], BODY[1][:-1], *BODY[2:]]),
    "a line lost": _block([BODY[0], *BODY[2:]]),
    "smart quote inside the base64": _block([BODY[0] + "\u201d", *BODY[1:]]),
    "cyrillic look-alike letter": _block(
        [BODY[0].replace("A", "\u0410", 1) if "A" in BODY[0] else "\u0410" + BODY[0], *BODY[1:]]
    ),
    "url-safe base64": _block([line.replace("+", "-").replace("/", "_") for line in BODY])
    if any("+" in line or "/" in line for line in BODY)
    else _block(["_" + BODY[0], *BODY[1:]]),
    "fullwidth letters": _block([chr(0xFF21) + BODY[0][1:], *BODY[1:]]),
    "two cards pasted": TEXT + "\n" + TEXT,
    "end before begin": _block(BODY, begin=END, end=BEGIN),
    "no dashes around the marker": _block(
        BODY, begin="BEGIN INTAKE DESK CONTACT CARD", end="END INTAKE DESK CONTACT CARD"
    ),
    "quote mark in the middle of a line": _block([BODY[0][:10] + ">" + BODY[0][10:], *BODY[1:]]),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_damage_that_changes_the_content_is_refused(name: str) -> None:
    with pytest.raises(CardError):
        parse_card(REFUSED[name])


def test_a_paste_of_many_dashes_is_refused_quickly() -> None:
    hostile = "-" * 60_000 + "BEGIN INTAKE DESK CONTACT CARD" + " " * 1000
    started = time.process_time()
    with pytest.raises(CardError):
        parse_card(hostile)
    # Not a speed assertion: a quadratic scan would take minutes, this takes milliseconds.
    assert time.process_time() - started < 5


def test_the_binary_card_in_any_base64_spelling_other_than_standard_is_refused() -> None:
    # A card's base64 almost always holds a + or /; draw names until it does, so that
    # the URL-safe spelling really differs (never a skip).
    for attempt in range(1000):
        card = make_card(
            Ed25519PrivateKey.generate(),
            f"Helpdesk {attempt}",
            CARD.public_keys.age_x25519,
            None,
            "2026-11-25T12:00:00Z",
        )
        b64 = base64.urlsafe_b64encode(card.to_bytes()).decode()
        if b64 != base64.b64encode(card.to_bytes()).decode():
            break
    else:
        raise AssertionError("no card with + or / in its base64 in 1000 draws")
    with pytest.raises(CardError):
        parse_card(_block([b64]))


# -- fingerprints ---------------------------------------------------------------------

DIGITS = CARD.fingerprint.digits
GROUPS = CARD.fingerprint.groups()

FINGERPRINTS_ACCEPTED = {
    "spaces": " ".join(GROUPS),
    "NBSP and narrow NBSP": "\u00a0".join(GROUPS[:3]) + "\u202f" + "\u202f".join(GROUPS[3:]),
    "zero-width spaces": "\u200b".join(GROUPS),
    "LRM/RLM": "\u200f" + "\u200e ".join(GROUPS) + "\u200f",
    "em dash, en dash, minus": "\u2014".join(GROUPS[:2]) + "\u2013" + "\u2212".join(GROUPS[2:]),
    "CRLF and tabs": "\r\n".join("\t" + g for g in GROUPS),
    "smart quotes around": "\u201c" + " ".join(GROUPS) + "\u201d.",
    "guillemets and brackets": "\u00ab(" + " ".join(GROUPS) + ")\u00bb",
    "ideographic space": "\u3000".join(GROUPS),
}


@pytest.mark.parametrize("name", sorted(FINGERPRINTS_ACCEPTED))
def test_a_fingerprint_with_messenger_damage_is_accepted(name: str) -> None:
    assert parse_fingerprint(FINGERPRINTS_ACCEPTED[name]).matches(CARD.fingerprint)


FINGERPRINTS_REFUSED = {
    "letter O for zero": " ".join(GROUPS).replace("0", "O", 1)
    if "0" in DIGITS
    else "O" + DIGITS[1:],
    "letter l for one": "l" + DIGITS[1:],
    "arabic-indic digits": "".join(chr(0x0660 + int(d)) for d in DIGITS),
    "fullwidth digits": "".join(chr(0xFF10 + int(d)) for d in DIGITS),
    "superscript digit": "\u00b9" + DIGITS[1:],
    "one digit missing": DIGITS[:-1],
    "one digit extra": DIGITS + "1",
    "two fingerprints": DIGITS + " " + DIGITS,
    "plus sign": "+" + DIGITS,
    "asterisk": DIGITS[:5] + "*" + DIGITS[5:],
}


@pytest.mark.parametrize("name", sorted(FINGERPRINTS_REFUSED))
def test_a_fingerprint_that_is_not_exactly_thirty_ascii_digits_is_refused(name: str) -> None:
    with pytest.raises(FingerprintError):
        parse_fingerprint(FINGERPRINTS_REFUSED[name])


# -- display names: invisible joiners ---------------------------------------------------

JOINER_NAMES = {
    "ZWJ after a Latin name": ("Reporter\u200d", False),
    "ZWJ inside a Latin name": ("Re\u200dporter", False),
    "ZWNJ alone": ("\u200c", False),
    "ZWNJ doubled in Persian": ("\u0645\u06cc\u200c\u200c\u062e\u0648\u0627\u0647\u0645", False),
    "ZWNJ in Persian": ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", True),
    "ZWJ after a Devanagari virama": ("\u0915\u094d\u200d\u0937", True),
    "ZWJ in an emoji sequence": ("\U0001f469\u200d\U0001f4bb Desk", True),
    "ZWJ after an emoji presentation selector": ("\u2764\ufe0f\u200d\U0001f525", True),
}


@pytest.mark.parametrize("name", sorted(JOINER_NAMES))
def test_zero_width_joiners_are_accepted_only_where_a_script_or_emoji_needs_them(
    name: str,
) -> None:
    from crypto.bundle import is_acceptable_display_name

    text, ok = JOINER_NAMES[name]
    assert is_acceptable_display_name(text) is ok
    if ok:
        assert make_card(Ed25519PrivateKey.generate(), text, CARD.public_keys.age_x25519, None)
    else:
        with pytest.raises(CardError):
            make_card(Ed25519PrivateKey.generate(), text, CARD.public_keys.age_x25519, None)


_NAME_ALPHABET = st.sampled_from(
    [
        *'aZ. -_:/\\<>|?*"',
        *["\u200c", "\u200d", "\u094d", "\u0915", "\u0645", "\U0001f469", "\ufe0f", "\u2060"],
        *["\u202e", "\x00", "\n", "e\u0301", "\ufeff", "\u3164", "\U000e0041", "\ud800"],
    ]
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(parts=st.lists(_NAME_ALPHABET, max_size=40))
def test_the_sanitised_name_always_passes_the_readers_check(parts: list[str]) -> None:
    from crypto.bundle import is_acceptable_display_name, sanitize_display_name

    assert is_acceptable_display_name(sanitize_display_name("".join(parts)))


def test_pasted_bytes_and_text_have_the_same_size_bound() -> None:
    # A second card hidden after the bound must not be ignored for bytes but seen for str.
    padded = TEXT + " " * (4 * 16_384) + TEXT
    with pytest.raises(CardError):
        parse_card(padded)
    with pytest.raises(CardError):
        parse_card(padded.encode())
    near = TEXT + "\u00e9" * (2 * 16_384 - len(TEXT))  # about 64 KiB of bytes, 2-byte chars
    assert parse_card(near) == parse_card(near.encode("utf-8")) == CARD


def test_a_card_saved_with_a_legacy_greeting_or_as_utf16_is_accepted() -> None:
    """Found from outside: an e-mail saved with a Latin-1 greeting ("Grüße") or a note
    saved by Windows Notepad as "Unicode" (UTF-16) was refused as not a card."""
    greeting = "Grüße aus Genf,\n".encode("latin-1")
    assert parse_card(greeting + TEXT.encode("ascii") + b"\n\xa9 2026\n") == CARD
    assert parse_card(("\ufeff" + TEXT).encode("utf-16-le")) == CARD
    assert parse_card(("\ufeff" + TEXT).encode("utf-16-be")) == CARD


def test_a_byte_that_is_not_utf8_inside_the_block_is_refused() -> None:
    line = BODY[1].encode()
    damaged = TEXT.encode("ascii").replace(line, line[:10] + b"\xe9" + line[11:], 1)
    with pytest.raises(CardError):
        parse_card(damaged)
