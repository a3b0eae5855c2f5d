"""The native scrypt passphrase recipient type.

A passphrase stanza must be the only stanza in its header (the spec's rule: a
passphrase-encrypted file is implicitly authenticated by the passphrase, which a second
recipient would break). The work factor is the base-2 logarithm of scrypt's N; r=8, p=1,
so memory is 1 KiB * 2**work_factor (18 -> 256 MiB, 22 -> 4 GiB).
"""

from __future__ import annotations

import binascii
import os
import re
from collections.abc import Sequence

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from crypto.age._base import (
    Identity,
    Recipient,
    RecipientKind,
    open_file_key,
    require_body_length,
    seal_file_key,
)
from crypto.age._format import Stanza, b64_decode_raw, b64_encode_raw
from crypto.age.errors import HeaderDefect, HeaderError, WorkFactorError

STANZA_TYPE = "scrypt"
SALT_SIZE = 16
_SALT_LABEL = b"age-encryption.org/v1/scrypt"
#: Accepted work factors when encrypting. 18 is age's default (about a second).
MIN_WORK_FACTOR = 1
MAX_WORK_FACTOR = 22
_DECIMAL = re.compile(r"[1-9][0-9]{0,1}")  # ^[1-9][0-9]*$, and two digits is plenty


def _wrap_key(passphrase: bytes, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=_SALT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase)


class ScryptRecipient(Recipient):
    """Encrypt to a passphrase. ``work_factor`` is log2(N), from 1 to 22.

    Raises ``ValueError`` for an empty passphrase or an out-of-range work factor.
    """

    kind = RecipientKind.SCRYPT

    def __init__(self, passphrase: bytes, work_factor: int = 18) -> None:
        if not passphrase:
            raise ValueError("empty passphrase")
        if not MIN_WORK_FACTOR <= work_factor <= MAX_WORK_FACTOR:
            raise ValueError("scrypt work factor out of range")
        self._passphrase = bytes(passphrase)
        self._work_factor = work_factor

    def wrap(self, file_key: bytes) -> list[Stanza]:
        salt = os.urandom(SALT_SIZE)
        body = seal_file_key(_wrap_key(self._passphrase, salt, self._work_factor), file_key)
        args = (STANZA_TYPE, b64_encode_raw(salt).decode("ascii"), str(self._work_factor))
        return [Stanza(args, body)]

    def __repr__(self) -> str:
        return f"ScryptRecipient(work_factor={self._work_factor})"


class ScryptIdentity(Identity):
    """Decrypt with a passphrase, refusing work factors above ``max_work_factor``.

    A higher work factor in a file raises ``WorkFactorError`` (a ``HeaderError``)
    before any derivation: an attacker's file must not make us spend gigabytes.
    """

    def __init__(self, passphrase: bytes, max_work_factor: int = 22) -> None:
        if not passphrase:
            raise ValueError("empty passphrase")
        self._passphrase = bytes(passphrase)
        self._max = max_work_factor

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            if len(stanzas) != 1:
                raise HeaderError(HeaderDefect.MIXED_SCRYPT)
            if len(stanza.args) != 3:
                raise HeaderError(HeaderDefect.BAD_STANZA)
            try:
                salt = b64_decode_raw(stanza.args[1].encode("ascii"))
            except binascii.Error:
                raise HeaderError(HeaderDefect.BAD_STANZA) from None
            if len(salt) != SALT_SIZE or not _DECIMAL.fullmatch(stanza.args[2]):
                raise HeaderError(HeaderDefect.BAD_STANZA)
            work_factor = int(stanza.args[2])
            if work_factor > self._max or work_factor > 30:
                raise WorkFactorError
            require_body_length(stanza)
            return open_file_key(_wrap_key(self._passphrase, salt, work_factor), stanza.body)
        return None

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_work_factor={self._max})"
