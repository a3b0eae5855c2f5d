"""Fingerprints: 30 digits in six groups of five, read aloud to confirm a partner's keys.

Computed like Signal's safety numbers (docs/bundle-format.md section 6.3): SHA-512
iterated 5 200 times over a versioned encoding of the Ed25519 signing key and the age
recipients, then six 5-byte chunks each reduced mod 100 000. Iterating makes a
brute-force search for a look-alike fingerprint 5 200 times more costly.

Public API:
    compute_fingerprint(signing_key, age_x25519, age_hybrid) -> Fingerprint
    Fingerprint.digits (30 digits) / str(fp) ("12345 12345 ... 12345")
    parse_fingerprint(text) -> Fingerprint    (as read aloud: spaces, dashes optional)
    Fingerprint.matches(other) -> bool        (constant-time)
"""

from __future__ import annotations

import hashlib
import hmac
import struct
import unicodedata
from dataclasses import dataclass

from crypto.errors import CryptoError

ITERATIONS = 5200
_VERSION = 0
_LABEL = b"intake-desk-fingerprint"
DIGITS = 30
# Punctuation people and messengers put between or around the groups. Any white space,
# any invisible formatting character (category Cf: zero-width spaces and joiners, LRM/RLM
# added in right-to-left chats, soft hyphens, BOM) and any dash (category Pd, the minus
# sign) is dropped too. Only ASCII digits count: letters (O for 0) and other scripts'
# digits are rejected, not guessed at, so what is compared is what was read aloud.
_SEPARATORS = frozenset(".,;:_/\\|'\"()[]\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2212")


class FingerprintError(CryptoError):
    """This is not a fingerprint: it must be 30 digits 0-9, in six groups of five."""


@dataclass(frozen=True)
class Fingerprint:
    """A 30-digit fingerprint. ``digits`` has no separators; ``str()`` groups by five."""

    digits: str

    def __post_init__(self) -> None:
        if len(self.digits) != DIGITS or not (self.digits.isascii() and self.digits.isdigit()):
            raise FingerprintError

    def __str__(self) -> str:
        return " ".join(self.digits[i : i + 5] for i in range(0, DIGITS, 5))

    def groups(self) -> tuple[str, ...]:
        """Return the six groups of five digits."""
        return tuple(self.digits[i : i + 5] for i in range(0, DIGITS, 5))

    def matches(self, other: Fingerprint) -> bool:
        """Compare in constant time (the comparison must not leak how many digits agree)."""
        return hmac.compare_digest(self.digits.encode("ascii"), other.digits.encode("ascii"))


def _field(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def compute_fingerprint(signing_key: bytes, age_x25519: str, age_hybrid: str | None) -> Fingerprint:
    """Return the fingerprint of a vault's public keys (name and time do not enter it).

    ``signing_key`` is the raw 32-byte Ed25519 key; the recipients are age strings.
    """
    if len(signing_key) != 32:
        raise ValueError("Ed25519 public keys are 32 bytes")
    material = (
        struct.pack(">H", _VERSION)
        + _LABEL
        + _field(signing_key)
        + _field(age_x25519.encode("ascii"))
        + _field((age_hybrid or "").encode("ascii"))
    )
    digest = material
    for _ in range(ITERATIONS):
        digest = hashlib.sha512(digest + material).digest()
    digits = "".join(
        f"{int.from_bytes(digest[i : i + 5], 'big') % 100000:05d}" for i in range(0, 30, 5)
    )
    return Fingerprint(digits)


def parse_fingerprint(text: str) -> Fingerprint:
    """Parse a fingerprint as typed or read aloud: separators (spaces, dashes, dots)
    anywhere are ignored; exactly 30 ASCII digits must remain. Raises FingerprintError."""
    if len(text) > 200:
        raise FingerprintError
    kept = "".join(ch for ch in text if not _is_separator(ch))
    if len(kept) != DIGITS or not (kept.isascii() and kept.isdigit()):
        raise FingerprintError
    return Fingerprint(kept)


def _is_separator(ch: str) -> bool:
    return ch in _SEPARATORS or ch.isspace() or unicodedata.category(ch) in {"Cf", "Pd"}
