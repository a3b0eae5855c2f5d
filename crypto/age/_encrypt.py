"""Encryption: header, payload nonce and STREAM, optionally armored."""

from __future__ import annotations

import os
from collections.abc import Iterable
from types import TracebackType
from typing import BinaryIO

from crypto._stream import StreamEncryptor, Writable
from crypto.age._armor import ArmorWriter
from crypto.age._base import Recipient, RecipientKind
from crypto.age._format import (
    FILE_KEY_SIZE,
    MAX_HEADER_BYTES,
    MAX_STANZAS,
    NONCE_SIZE,
    encode_header,
    hkdf_sha256,
)
from crypto.age.errors import MixedRecipientsError, TooManyRecipientsError

#: Bytes read from the source per call in ``encrypt`` (many STREAM chunks per read).
READ_BLOCK = 1 << 20


def check_recipient_mix(recipients: list[Recipient]) -> None:
    """Enforce which recipients may share a file; raise ``MixedRecipientsError``.

    * at least one recipient;
    * a passphrase (scrypt) recipient must be the only one (the spec requires it);
    * hybrid (post-quantum) recipients are not mixed with classic X25519 ones, as the
      reference implementation refuses too: the classic stanza would let a future
      quantum attacker read a file its sender believed post-quantum.
    """
    if not recipients:
        raise MixedRecipientsError("Choose at least one recipient.")
    kinds = {r.kind for r in recipients}
    if RecipientKind.SCRYPT in kinds and len(recipients) > 1:
        raise MixedRecipientsError(
            "A passphrase-protected file cannot also be addressed to keys or other passphrases."
        )
    if RecipientKind.HYBRID in kinds and len(kinds) > 1:
        raise MixedRecipientsError(
            "Post-quantum recipients cannot be combined with classic ones in one file."
        )


class Encryptor:
    """Write an age file to ``out``: the header at construction, then the payload.

    ``header_bytes`` is the exact binary header (also when armored, it is what the
    armor encodes), available at once. ``close`` seals the final chunk and ends the
    armor; it never closes ``out``. Used as a context manager, the file is finalised
    only if the block ends without an exception, so an interrupted write leaves a file
    that any decryptor rejects as truncated instead of a valid shorter one.
    Raises ``MixedRecipientsError`` for a forbidden mix of recipients and
    ``TooManyRecipientsError`` beyond what a reader here accepts (``MAX_STANZAS``).
    """

    def __init__(
        self, recipients: Iterable[Recipient], out: BinaryIO, *, armor: bool = False
    ) -> None:
        recipient_list = list(recipients)
        check_recipient_mix(recipient_list)
        file_key = os.urandom(FILE_KEY_SIZE)
        stanzas = [stanza for r in recipient_list for stanza in r.wrap(file_key)]
        self._header = encode_header(stanzas, file_key)
        # Never write what the reader here refuses (it would call the file damaged),
        # checked before anything is written.
        if len(stanzas) > MAX_STANZAS or len(self._header) > MAX_HEADER_BYTES:
            raise TooManyRecipientsError
        nonce = os.urandom(NONCE_SIZE)
        self._armor = ArmorWriter(out) if armor else None
        sink: Writable = self._armor if self._armor is not None else out
        sink.write(self._header + nonce)
        self._stream = StreamEncryptor(hkdf_sha256(file_key, nonce, b"payload"), sink)
        self._closed = False

    @property
    def header_bytes(self) -> bytes:
        return self._header

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Encrypt ``data``; return its length."""
        return self._stream.write(data)

    def close(self) -> None:
        """Seal the last chunk and end the armor. Idempotent; ``out`` stays open."""
        if self._closed:
            return
        self._closed = True
        self._stream.close()
        if self._armor is not None:
            self._armor.close()

    def __enter__(self) -> Encryptor:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()


def encrypt(
    recipients: Iterable[Recipient], src: BinaryIO, dst: BinaryIO, *, armor: bool = False
) -> int:
    """Encrypt everything read from ``src`` into ``dst``; return the plaintext size."""
    total = 0
    buffer = bytearray(READ_BLOCK)  # reused: a fresh 1 MiB per read costs page faults
    readinto = getattr(src, "readinto", None)
    with Encryptor(recipients, dst, armor=armor) as enc, memoryview(buffer) as view:
        while True:
            if readinto is not None:
                count = readinto(view)
                block: bytes | memoryview = view[: count or 0]
            else:
                block = src.read(READ_BLOCK)
            if not block:
                break
            enc.write(block)
            total += len(block)
    return total
