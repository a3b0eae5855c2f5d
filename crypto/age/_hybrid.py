"""The native ML-KEM-768 + X25519 hybrid recipient type (``age1pq1...``).

Post-quantum: the file key is sealed with HPKE using the MLKEM768-X25519 (X-Wing) KEM,
so it stays safe unless both ML-KEM-768 and X25519 are broken. Opening such files
needs age 1.3 or newer in other programs.
"""

from __future__ import annotations

from collections.abc import Sequence

from crypto.age import _bech32, _xwing
from crypto.age._base import Identity, Recipient, RecipientKind, key_share_stanzas
from crypto.age._format import Stanza, b64_encode_raw
from crypto.age.errors import HeaderDefect, HeaderError, IdentityError, RecipientError

RECIPIENT_HRP = "age1pq"
IDENTITY_HRP = "age-secret-key-pq-"
STANZA_TYPE = "mlkem768x25519"
_INFO = b"age-encryption.org/mlkem768x25519"


class HybridRecipient(Recipient):
    """An ML-KEM-768 + X25519 public key (1216 bytes)."""

    kind = RecipientKind.HYBRID

    def __init__(self, public_key: bytes) -> None:
        try:
            _xwing.check_public_key(public_key)
        except _xwing.KemError:
            raise RecipientError from None
        self._public = bytes(public_key)

    @classmethod
    def from_string(cls, s: str) -> HybridRecipient:
        """Parse ``age1pq1...`` (lower case). Raises ``RecipientError``."""
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
        enc, body = _xwing.seal(self._public, _INFO, file_key)
        return [Stanza((STANZA_TYPE, b64_encode_raw(enc).decode("ascii")), body)]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HybridRecipient) and other._public == self._public

    def __hash__(self) -> int:
        return hash((STANZA_TYPE, self._public))

    def __repr__(self) -> str:
        text = self.to_string()
        return f"HybridRecipient({text[:16]}...{text[-8:]})"


class HybridIdentity(Identity):
    """An ML-KEM-768 + X25519 secret key (a 32-byte seed). Its repr never shows it."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != _xwing.SEED_SIZE:
            raise IdentityError
        self._seed = bytes(seed)
        self._public = _xwing.public_key(self._seed)

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(_xwing.random_seed())

    @classmethod
    def from_string(cls, s: str) -> HybridIdentity:
        """Parse ``AGE-SECRET-KEY-PQ-1...`` (upper case). Raises ``IdentityError``."""
        try:
            data = _bech32.decode_as(s, IDENTITY_HRP, upper=True)
        except _bech32.Bech32Error:
            raise IdentityError from None
        return cls(data)

    def to_string(self) -> str:
        """The secret key as ``AGE-SECRET-KEY-PQ-1...``: handle as a secret."""
        return _bech32.encode(IDENTITY_HRP, self._seed, upper=True)

    def recipient(self) -> HybridRecipient:
        return HybridRecipient(self._public)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for enc, stanza in key_share_stanzas(stanzas, STANZA_TYPE, _xwing.ENC_SIZE):
            try:
                file_key = _xwing.open_(self._seed, enc, _INFO, stanza.body)
            except _xwing.KemError:
                raise HeaderError(HeaderDefect.BAD_STANZA) from None
            if file_key is not None:
                return file_key
        return None

    def __repr__(self) -> str:
        return f"HybridIdentity(recipient={self.recipient()!r})"
