"""What every recipient and identity type implements, and the file-key wrap they share."""

from __future__ import annotations

import abc
import binascii
import enum
from collections.abc import Iterator, Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto.age._format import FILE_KEY_SIZE, Stanza, b64_decode_raw
from crypto.age.errors import HeaderDefect, HeaderError

_ZERO_NONCE = bytes(12)
WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16


class RecipientKind(enum.Enum):
    """The family of a recipient, for the rules on which may share a file."""

    X25519 = "X25519"
    HYBRID = "mlkem768x25519"
    SCRYPT = "scrypt"


class Recipient(abc.ABC):
    """Something a file can be encrypted to: it wraps the file key into stanzas."""

    kind: RecipientKind

    @abc.abstractmethod
    def wrap(self, file_key: bytes) -> list[Stanza]:
        """Return the stanzas that let the matching identity recover ``file_key``."""


class Identity(abc.ABC):
    """Something that can open files: it unwraps the file key from a header's stanzas."""

    @abc.abstractmethod
    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """Return the file key if a stanza is addressed to this identity, else None.

        Raises ``HeaderError`` if a stanza of this identity's type is malformed (wrong
        argument count or encoding, body of the wrong length, all-zero shared secret):
        such a file is damaged, not merely addressed to someone else.
        """


def seal_file_key(wrap_key: bytes, file_key: bytes) -> bytes:
    """ChaCha20-Poly1305 of the file key with the fixed all-zero nonce (the key is fresh)."""
    return ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)


def open_file_key(wrap_key: bytes, body: bytes) -> bytes | None:
    """Decrypt a stanza body sealed by ``seal_file_key``; None if the tag does not verify.

    The caller has already checked the body length (a partitioning-oracle defence).
    """
    try:
        return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, body, None)
    except InvalidTag:
        return None


def require_body_length(stanza: Stanza) -> None:
    """Raise ``HeaderError`` unless the body is exactly one sealed 16-byte file key."""
    if len(stanza.body) != WRAPPED_KEY_SIZE:
        raise HeaderError(HeaderDefect.BAD_STANZA)


def key_share_stanzas(
    stanzas: Sequence[Stanza], stanza_type: str, share_size: int
) -> Iterator[tuple[bytes, Stanza]]:
    """Each stanza of ``stanza_type`` with its one argument decoded: the sender's key
    share (an X25519 public key, an X-Wing encapsulation) of ``share_size`` bytes.

    Raises ``HeaderError(BAD_STANZA)`` at the first such stanza with another number of
    arguments, an argument that is not unpadded base64 of that size, or a body that is
    not one sealed file key. Stanzas of other types are skipped.
    """
    for stanza in stanzas:
        if stanza.type != stanza_type:
            continue
        if len(stanza.args) != 2:
            raise HeaderError(HeaderDefect.BAD_STANZA)
        try:
            share = b64_decode_raw(stanza.args[1].encode("ascii"))
        except binascii.Error:
            raise HeaderError(HeaderDefect.BAD_STANZA) from None
        if len(share) != share_size:
            raise HeaderError(HeaderDefect.BAD_STANZA)
        require_body_length(stanza)
        yield share, stanza
