"""age v1 file encryption (https://age-encryption.org/v1), streaming and strict.

The public recipes: recipients and identities (X25519, ML-KEM-768 + X25519 hybrid,
scrypt passphrase), ``Encryptor``/``Decryptor`` for streams and ``encrypt``/``decrypt``
for whole files. The wire format and primitives live in private modules. Files made
here open with the stock ``age`` tool (hybrid ones need age 1.3 or newer), and files
from it open here. Limits and choices: docs/age.md.

Errors (crypto.age.errors): ``NoIdentityMatchError``, ``HeaderError``,
``PayloadError``, ``ArmorError``, ``RecipientError``, ``IdentityError``,
``MixedRecipientsError``, ``TooManyRecipientsError``, all ``AgeError`` and so ``CryptoError``.
"""

from __future__ import annotations

from crypto.age._base import Identity, Recipient
from crypto.age._decrypt import Decryptor, decrypt
from crypto.age._encrypt import Encryptor, encrypt
from crypto.age._hybrid import HybridIdentity, HybridRecipient
from crypto.age._keys import parse_identities, parse_identity, parse_recipient
from crypto.age._scrypt import ScryptIdentity, ScryptRecipient
from crypto.age._x25519 import X25519Identity, X25519Recipient
from crypto.age.errors import (
    AgeError,
    ArmorError,
    HeaderError,
    IdentityError,
    MixedRecipientsError,
    NoIdentityMatchError,
    PayloadError,
    RecipientError,
    TooManyRecipientsError,
)

__all__ = [
    "AgeError",
    "ArmorError",
    "Decryptor",
    "Encryptor",
    "HeaderError",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "IdentityError",
    "MixedRecipientsError",
    "NoIdentityMatchError",
    "PayloadError",
    "Recipient",
    "RecipientError",
    "ScryptIdentity",
    "ScryptRecipient",
    "TooManyRecipientsError",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "encrypt",
    "parse_identities",
    "parse_identity",
    "parse_recipient",
]
