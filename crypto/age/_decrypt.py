"""Decryption: armor detection, header authentication, then authenticated chunks."""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from crypto._stream import Readable, StreamError, decrypt_chunks
from crypto.age._armor import ArmorReader
from crypto.age._base import Identity
from crypto.age._format import (
    NONCE_SIZE,
    VERSION_PREFIX,
    header_mac,
    hkdf_sha256,
    read_header,
)
from crypto.age._scrypt import STANZA_TYPE as SCRYPT_TYPE
from crypto.age.errors import HeaderDefect, HeaderError, NoIdentityMatchError, PayloadError


class _Prefixed:
    """A read-only stream: ``prefix`` first, then the rest of ``src``."""

    def __init__(self, prefix: bytes, src: Readable) -> None:
        self._prefix = prefix
        self._src = src

    def read(self, size: int = -1) -> bytes:
        if not self._prefix:
            return self._src.read(size)
        if size < 0:
            out = self._prefix + self._src.read()
            self._prefix = b""
            return out
        out, self._prefix = self._prefix[:size], self._prefix[size:]
        return out


def _open_source(src: BinaryIO) -> _Prefixed | ArmorReader:
    """Peek at ``src``: binary age files start with the version prefix, anything else is
    read as armor (so a damaged armored file reports an armor problem, and an empty or
    cut-short binary file a header problem)."""
    head = b""
    while len(head) < len(VERSION_PREFIX):
        block = src.read(len(VERSION_PREFIX) - len(head))
        if not block:
            break
        head += block
    if VERSION_PREFIX.startswith(head):
        return _Prefixed(head, src)
    return ArmorReader(src, head)


class Decryptor:
    """Open an age file read from ``src`` (binary or armored, detected).

    Construction reads and authenticates the header: it raises ``ArmorError``,
    ``HeaderError`` (including a wrong header MAC and a payload nonce cut short) or
    ``NoIdentityMatchError``. ``chunks`` then yields authenticated plaintext chunks;
    the file is only known to be complete and unaltered when it ends without raising
    ``PayloadError`` - what to release before then is the caller's decision.
    Identities are tried in order; the first one that unwraps the file key wins.
    """

    def __init__(self, identities: Iterable[Identity], src: BinaryIO) -> None:
        reader = _open_source(src)
        header, rest = read_header(reader)
        stanzas = header.stanzas
        if len(stanzas) > 1 and any(s.type == SCRYPT_TYPE for s in stanzas):
            raise HeaderError(HeaderDefect.MIXED_SCRYPT)
        file_key = None
        for identity in identities:
            file_key = identity.unwrap(stanzas)
            if file_key is not None:
                break
        if file_key is None:
            raise NoIdentityMatchError
        if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
            raise HeaderError(HeaderDefect.BAD_MAC)
        payload = _Prefixed(rest, reader)
        nonce = payload.read(NONCE_SIZE)
        while len(nonce) < NONCE_SIZE:
            more = payload.read(NONCE_SIZE - len(nonce))
            if not more:
                raise HeaderError(HeaderDefect.NO_NONCE)
            nonce += more
        self._header = header.raw
        self._payload = payload
        self._key = hkdf_sha256(file_key, nonce, b"payload")
        self._started = False

    @property
    def header_bytes(self) -> bytes:
        """The binary header exactly as in the file (dearmored), MAC line included."""
        return self._header

    def chunks(self) -> Iterator[bytes]:
        """Yield authenticated plaintext chunks (up to 64 KiB each) once.

        Raises ``PayloadError`` (possibly after some chunks) if the payload is
        truncated, extended or altered; ``ArmorError`` if the armor breaks mid-way.
        """
        if self._started:
            raise ValueError("the payload can be read only once")
        self._started = True
        try:
            yield from decrypt_chunks(self._key, self._payload)
        except StreamError:
            raise PayloadError from None

    def read_into(self, dst: BinaryIO) -> int:
        """Write every authenticated chunk to ``dst``; return the plaintext size.

        Streams: if ``PayloadError`` is raised, ``dst`` already holds the chunks before
        the damage and the caller must discard them.
        """
        total = 0
        for chunk in self.chunks():
            dst.write(chunk)
            total += len(chunk)
        return total


def decrypt(identities: Iterable[Identity], src: BinaryIO, dst: BinaryIO) -> int:
    """Decrypt ``src`` into ``dst`` (see ``Decryptor.read_into``); return the size."""
    return Decryptor(identities, src).read_into(dst)
