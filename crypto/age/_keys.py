"""Parsing recipients and identity files by their Bech32 prefix."""

from __future__ import annotations

from crypto.age import _bech32
from crypto.age._base import Identity, Recipient
from crypto.age._hybrid import IDENTITY_HRP as HYBRID_IDENTITY_HRP
from crypto.age._hybrid import RECIPIENT_HRP as HYBRID_RECIPIENT_HRP
from crypto.age._hybrid import HybridIdentity, HybridRecipient
from crypto.age._x25519 import IDENTITY_HRP as X25519_IDENTITY_HRP
from crypto.age._x25519 import RECIPIENT_HRP as X25519_RECIPIENT_HRP
from crypto.age._x25519 import X25519Identity, X25519Recipient
from crypto.age.errors import IdentityError, RecipientError

#: An identity file larger than this is not an identity file (about 400 hybrid keys).
MAX_IDENTITY_FILE_CHARS = 64 * 1024


def parse_recipient(s: str) -> Recipient:
    """Parse an ``age1...`` (X25519) or ``age1pq1...`` (hybrid) recipient.

    Surrounding whitespace is ignored. Raises ``RecipientError`` for anything else,
    including plugin recipients and upper-case recipients.
    """
    text = s.strip()
    try:
        hrp, _ = _bech32.decode(text)
    except _bech32.Bech32Error:
        raise RecipientError from None
    if hrp == X25519_RECIPIENT_HRP:
        return X25519Recipient.from_string(text)
    if hrp == HYBRID_RECIPIENT_HRP:
        return HybridRecipient.from_string(text)
    raise RecipientError


def parse_identity(s: str) -> Identity:
    """Parse one ``AGE-SECRET-KEY-1...`` or ``AGE-SECRET-KEY-PQ-1...`` identity.

    Raises ``IdentityError``; the message never contains the text given.
    """
    text = s.strip()
    try:
        hrp, _ = _bech32.decode(text)
    except _bech32.Bech32Error:
        raise IdentityError from None
    if hrp == X25519_IDENTITY_HRP:
        return X25519Identity.from_string(text)
    if hrp == HYBRID_IDENTITY_HRP:
        return HybridIdentity.from_string(text)
    raise IdentityError


def parse_identities(text: str) -> list[Identity]:
    """Parse an identity file: one identity per line, ``#`` comments, blank lines.

    Raises ``IdentityError`` (with ``line`` set to the 1-based line number) for a line
    that is not an identity, and when the file holds no identity at all.
    """
    if len(text) > MAX_IDENTITY_FILE_CHARS:
        raise IdentityError("The identity file is too large to be an identity file.")
    identities: list[Identity] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            identities.append(parse_identity(stripped))
        except IdentityError:
            raise IdentityError(
                f"Line {number} of the identity file is not an age secret key.", line=number
            ) from None
    if not identities:
        raise IdentityError("The identity file contains no age secret key.")
    return identities
