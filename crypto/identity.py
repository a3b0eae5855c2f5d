"""A vault's identity: one Ed25519 signing key and two age identities (X25519, hybrid).

Every vault gets one when it is created; the vault stores ``to_bytes()`` inside its
encrypted database and rebuilds it with ``from_bytes()``. The public half is
``public_keys`` (what partners encrypt to and verify with) and ``make_card()``.

Serialisation (version 1, strict; any other length or content raises
``IdentityFormatError``):

    b"intake-desk-identity/v1\\n\\x00"   magic, 25 bytes
    32 bytes                              Ed25519 private key seed
    u16 + ASCII                           X25519 age identity  (AGE-SECRET-KEY-1...)
    u16 + ASCII                           hybrid age identity  (AGE-SECRET-KEY-PQ-1...)

Secrets: ``to_bytes()`` returns a ``bytearray`` the caller should clear after storing;
``repr()`` never shows key material. Python cannot reliably wipe the copies the key
objects hold (see the threat model); keep identities short-lived.
"""

from __future__ import annotations

import struct

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto.age import HybridIdentity, X25519Identity
from crypto.cards import ContactCard, PublicKeys, make_card
from crypto.errors import CryptoError
from crypto.sshsig import raw_public_key

_MAGIC = b"intake-desk-identity/v1\n\x00"
_MAX_STRING = 512


class IdentityFormatError(CryptoError):
    """The stored identity is damaged; restore the vault from a backup."""


class VaultIdentity:
    """A vault's private keys. Construct with ``generate()`` or ``from_bytes()``."""

    def __init__(
        self, signing_key: Ed25519PrivateKey, x25519: X25519Identity, hybrid: HybridIdentity
    ) -> None:
        self._signing_key = signing_key
        self._x25519 = x25519
        self._hybrid = hybrid
        self._public = PublicKeys(
            raw_public_key(signing_key),
            x25519.recipient().to_string(),
            hybrid.recipient().to_string(),
        )

    @classmethod
    def generate(cls) -> VaultIdentity:
        """Return a new identity with fresh random keys."""
        return cls(
            Ed25519PrivateKey.generate(), X25519Identity.generate(), HybridIdentity.generate()
        )

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        """The Ed25519 private key (for crypto's own signing recipes)."""
        return self._signing_key

    @property
    def public_keys(self) -> PublicKeys:
        """The public half: signing key and age recipients."""
        return self._public

    def age_identities(self) -> list[X25519Identity | HybridIdentity]:
        """Both age identities, for decrypting bundles addressed to this vault."""
        return [self._hybrid, self._x25519]

    def make_card(self, name: str, created: str | None = None) -> ContactCard:
        """Return this vault's self-signed contact card (raises ``CardError`` on a bad name)."""
        return make_card(
            self._signing_key, name, self._public.age_x25519, self._public.age_hybrid, created
        )

    def age_identity_file(self, *, include_hybrid: bool = True) -> bytearray:
        """The age identity file text for recovery with the stock ``age -d -i`` tool.

        It opens every bundle ever sent to this vault: the caller must warn the person
        and write it only where they chose. Hybrid bundles need the hybrid line and
        age 1.3 or newer; age older than 1.3 refuses a file containing that line, so
        ``include_hybrid=False`` writes the X25519 line alone (enough for X25519 bundles).
        """
        lines = [
            "# Intake Desk vault identity. SECRET: anyone with this file can read every",
            "# bundle sent to this vault. Use: age -d -i THIS_FILE BUNDLE > payload",
            f"# X25519 public key: {self._public.age_x25519}",
            self._x25519.to_string(),
        ]
        if include_hybrid:
            lines += [
                "# hybrid (post-quantum) key: needs age 1.3 or newer",
                self._hybrid.to_string(),
            ]
        return bytearray(("\n".join(lines) + "\n").encode("ascii"))

    def to_bytes(self) -> bytearray:
        """Serialise for storage inside the vault (format in the module docstring)."""
        seed = self._signing_key.private_bytes_raw()  # see sshsig.raw_public_key
        out = bytearray(_MAGIC)
        out += seed
        for identity in (self._x25519, self._hybrid):
            text = identity.to_string().encode("ascii")
            out += struct.pack(">H", len(text)) + text
        return out

    @classmethod
    def from_bytes(cls, data: bytes | bytearray) -> VaultIdentity:
        """Rebuild an identity from ``to_bytes()``; raise ``IdentityFormatError``."""
        data = bytes(data)
        if not data.startswith(_MAGIC):
            raise IdentityFormatError
        pos = len(_MAGIC)
        seed = data[pos : pos + 32]
        pos += 32
        strings: list[str] = []
        for _ in range(2):
            if pos + 2 > len(data):
                raise IdentityFormatError
            (n,) = struct.unpack(">H", data[pos : pos + 2])
            pos += 2
            if n > _MAX_STRING or pos + n > len(data):
                raise IdentityFormatError
            try:
                strings.append(data[pos : pos + n].decode("ascii"))
            except UnicodeDecodeError as exc:
                raise IdentityFormatError from exc
            pos += n
        if len(seed) != 32 or pos != len(data):
            raise IdentityFormatError
        try:
            return cls(
                Ed25519PrivateKey.from_private_bytes(seed),
                X25519Identity.from_string(strings[0]),
                HybridIdentity.from_string(strings[1]),
            )
        except (CryptoError, ValueError) as exc:
            raise IdentityFormatError from exc

    def __repr__(self) -> str:
        return f"VaultIdentity(fingerprint={self._public.fingerprint})"
