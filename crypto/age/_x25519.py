"""The native X25519 recipient type (``age1...`` / ``AGE-SECRET-KEY-1...``)."""

from __future__ import annotations

from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from crypto.age import _bech32
from crypto.age._base import (
    Identity,
    Recipient,
    RecipientKind,
    key_share_stanzas,
    open_file_key,
    seal_file_key,
)
from crypto.age._format import Stanza, b64_encode_raw, hkdf_sha256
from crypto.age.errors import HeaderDefect, HeaderError, IdentityError, RecipientError

RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
STANZA_TYPE = "X25519"
_INFO = b"age-encryption.org/v1/X25519"
KEY_SIZE = 32


def x25519(private: X25519PrivateKey, public: bytes) -> bytes:
    """The X25519 shared secret; raises ValueError for the all-zero (low-order) result.

    OpenSSL already refuses an all-zero result; the explicit check keeps the property
    independent of the backend.
    """
    shared = private.exchange(X25519PublicKey.from_public_bytes(public))
    if shared == bytes(32):
        raise ValueError("all-zero shared secret")
    return shared


class X25519Recipient(Recipient):
    """An X25519 public key; the file key is wrapped with a fresh ephemeral key each time."""

    kind = RecipientKind.X25519

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != KEY_SIZE:
            raise RecipientError
        try:  # a low-order point would make every wrap fail later, refuse it now
            x25519(X25519PrivateKey.generate(), public_key)
        except ValueError:
            raise RecipientError from None
        self._public = bytes(public_key)

    @classmethod
    def from_string(cls, s: str) -> X25519Recipient:
        """Parse ``age1...`` (lower case). Raises ``RecipientError``."""
        try:
            data = _bech32.decode_as(s, RECIPIENT_HRP, upper=False)
        except _bech32.Bech32Error:
            raise RecipientError from None
        return cls(data)

    def to_string(self) -> str:
        return _bech32.encode(RECIPIENT_HRP, self._public)

    @property
    def public_bytes(self) -> bytes:
        return self._public

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        shared = x25519(ephemeral, self._public)
        wrap_key = hkdf_sha256(shared, share + self._public, _INFO)
        body = seal_file_key(wrap_key, file_key)
        return [Stanza((STANZA_TYPE, b64_encode_raw(share).decode("ascii")), body)]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other._public == self._public

    def __hash__(self) -> int:
        return hash((STANZA_TYPE, self._public))

    def __repr__(self) -> str:
        return f"X25519Recipient({self.to_string()!r})"


class X25519Identity(Identity):
    """An X25519 secret key. Its repr never shows the key."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) != KEY_SIZE:
            raise IdentityError
        self._key = X25519PrivateKey.from_private_bytes(secret)
        self._public = self._key.public_key().public_bytes_raw()

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(X25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def from_string(cls, s: str) -> X25519Identity:
        """Parse ``AGE-SECRET-KEY-1...`` (upper case). Raises ``IdentityError``."""
        try:
            data = _bech32.decode_as(s, IDENTITY_HRP, upper=True)
        except _bech32.Bech32Error:
            raise IdentityError from None
        return cls(data)

    def to_string(self) -> str:
        """The secret key as ``AGE-SECRET-KEY-1...``: handle as a secret."""
        return _bech32.encode(IDENTITY_HRP, self._key.private_bytes_raw(), upper=True)

    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self._public)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for share, stanza in key_share_stanzas(stanzas, STANZA_TYPE, KEY_SIZE):
            try:
                shared = x25519(self._key, share)
            except ValueError:
                raise HeaderError(HeaderDefect.BAD_STANZA) from None
            wrap_key = hkdf_sha256(shared, share + self._public, _INFO)
            file_key = open_file_key(wrap_key, stanza.body)
            if file_key is not None:
                return file_key
        return None

    def __repr__(self) -> str:
        return f"X25519Identity(recipient={self.recipient().to_string()!r})"
