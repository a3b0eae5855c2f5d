"""The age v1 binary header: strict, bounded parsing and canonical writing.

Wire format (https://age-encryption.org/v1)::

    age-encryption.org/v1\\n
    -> TYPE ARG...\\n           one or more stanzas; the body is unpadded base64
    BODY (64 columns)\\n        wrapped at 64 columns, ending with a line shorter than 64
    --- MAC\\n                  HMAC-SHA-256 over everything up to and including "---"

Parsing is strict: no CR, canonical unpadded base64 only, arguments of visible ASCII
only, no empty arguments, exactly one space between items. Bounds are checked while
reading, before anything large is kept, so a flood of stanzas or an endless line is
rejected after reading at most ``MAX_HEADER_BYTES``.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto._stream import Readable
from crypto.age.errors import HeaderDefect, HeaderError, UnsupportedVersionError

VERSION_LINE = b"age-encryption.org/v1"
VERSION_PREFIX = b"age-encryption.org/"
FILE_KEY_SIZE = 16
NONCE_SIZE = 16
COLUMNS = 64

#: Whole header, version line through MAC line. A hybrid stanza is about 1.6 KB, so this
#: leaves room for several hundred recipients and refuses anything that looks like a flood.
MAX_HEADER_BYTES = 1 << 20
#: Stanzas per header (the bundle format addresses a handful of partners).
MAX_STANZAS = 512
#: Arguments per stanza, the type included (native types use at most three).
MAX_ARGUMENTS = 16
#: Bytes per argument line, "-> " included (a hybrid argument line is about 1,510 bytes).
MAX_ARGUMENT_LINE = 4096

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_VCHAR = bytes(range(0x21, 0x7F))


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its arguments (the first names the type) and decoded body."""

    args: tuple[str, ...]
    body: bytes

    @property
    def type(self) -> str:
        return self.args[0]

    def __repr__(self) -> str:  # bodies are wrapped keys: never print them
        return f"Stanza(type={self.type!r}, args={len(self.args)}, body={len(self.body)} bytes)"


@dataclass(frozen=True)
class Header:
    """A parsed header: its stanzas, its MAC and the exact bytes it was parsed from."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    raw: bytes  # from the version line through the MAC line's newline

    @property
    def mac_input(self) -> bytes:
        """The bytes the MAC covers: the header up to and including the "---" mark."""
        return self.raw[: self.raw.rindex(b"\n---") + 4]


def b64_encode_raw(data: bytes) -> bytes:
    """Standard base64 without padding."""
    return binascii.b2a_base64(data, newline=False).rstrip(b"=")


def b64_decode_raw(text: bytes) -> bytes:
    """Decode canonical unpadded standard base64.

    Raises ``binascii.Error`` for padding, characters outside the alphabet, an
    impossible length or non-zero trailing bits (two encodings of the same bytes).
    """
    if len(text) % 4 == 1 or text.translate(None, _B64_ALPHABET):
        raise binascii.Error("not canonical unpadded base64")
    data = binascii.a2b_base64(text + b"=" * (-len(text) % 4), strict_mode=True)
    if b64_encode_raw(data) != text:
        raise binascii.Error("not canonical unpadded base64")
    return data


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-SHA-256 (extract with ``salt``, expand with ``info``)."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """HMAC-SHA-256 of ``mac_input`` under HKDF(file key, "", "header")."""
    key = hkdf_sha256(file_key, b"", b"header")
    return hmac.new(key, mac_input, hashlib.sha256).digest()


def encode_stanza(stanza: Stanza) -> bytes:
    """Serialise ``stanza`` canonically: body wrapped at 64 columns, short last line."""
    body = b64_encode_raw(stanza.body)
    lines = [body[i : i + COLUMNS] for i in range(0, len(body), COLUMNS)]
    if not lines or len(lines[-1]) == COLUMNS:
        lines.append(b"")  # the body always ends with a line shorter than 64 columns
    arg_line = b"-> " + " ".join(stanza.args).encode("ascii")
    return b"\n".join([arg_line, *lines]) + b"\n"


def encode_header(stanzas: list[Stanza], file_key: bytes) -> bytes:
    """Return the complete binary header for ``stanzas``, MAC line included."""
    head = VERSION_LINE + b"\n" + b"".join(encode_stanza(s) for s in stanzas) + b"---"
    return head + b" " + b64_encode_raw(header_mac(file_key, head)) + b"\n"


def read_header(src: Readable) -> tuple[Header, bytes]:
    """Read and parse the header at the start of ``src``.

    Returns the header and the bytes already read past it (the start of the payload).
    Raises ``HeaderError`` (``UnsupportedVersionError`` for another version) for any
    defect, including a header longer than ``MAX_HEADER_BYTES``. Never reads more than
    ``MAX_HEADER_BYTES`` plus one read block.
    """
    buf = bytearray()
    search_from = 0
    while True:
        mark = buf.find(b"\n---", max(search_from - 3, 0))
        if mark >= 0:
            end = buf.find(b"\n", mark + 1)
            if end >= 0:
                break
        search_from = len(buf)
        if len(buf) > MAX_HEADER_BYTES:
            raise HeaderError(HeaderDefect.TOO_LARGE)
        if len(buf) >= len(VERSION_PREFIX) and not buf.startswith(VERSION_PREFIX):
            raise HeaderError(HeaderDefect.MALFORMED)  # not an age file: stop reading early
        block = src.read(16384)
        if not block:
            _raise_for_prefix(bytes(buf))
            raise HeaderError(HeaderDefect.MALFORMED)
        buf += block
    if end + 1 > MAX_HEADER_BYTES:
        raise HeaderError(HeaderDefect.TOO_LARGE)
    raw = bytes(buf[: end + 1])
    return parse_header(raw), bytes(buf[end + 1 :])


def _raise_for_prefix(data: bytes) -> None:
    """Report a newer version even when the file is cut short after the version line."""
    first, sep, _ = data.partition(b"\n")
    if sep and first != VERSION_LINE and _is_version_line(first):
        raise UnsupportedVersionError


def _is_version_line(line: bytes) -> bool:
    rest = line[len(VERSION_PREFIX) :]
    return line.startswith(VERSION_PREFIX) and bool(rest) and not rest.translate(None, _VCHAR)


def parse_header(raw: bytes) -> Header:
    """Parse a complete header (version line through the MAC line's newline).

    Raises ``HeaderError`` for any syntax defect or exceeded bound.
    """
    if not raw.endswith(b"\n") or b"\r" in raw:
        raise HeaderError(HeaderDefect.MALFORMED)
    lines = raw[:-1].split(b"\n")
    if lines[0] != VERSION_LINE:
        if _is_version_line(lines[0]):
            raise UnsupportedVersionError
        raise HeaderError(HeaderDefect.MALFORMED)
    stanzas: list[Stanza] = []
    i = 1
    while i < len(lines) and lines[i].startswith(b"-> "):
        if len(stanzas) == MAX_STANZAS:
            raise HeaderError(HeaderDefect.TOO_LARGE)
        args = _parse_arguments(lines[i])
        i += 1
        body_lines = []
        while True:
            if i >= len(lines):
                raise HeaderError(HeaderDefect.MALFORMED)
            line = lines[i]
            i += 1
            if len(line) > COLUMNS:
                raise HeaderError(HeaderDefect.MALFORMED)
            body_lines.append(line)
            if len(line) < COLUMNS:
                break
        try:
            body = b64_decode_raw(b"".join(body_lines))
        except binascii.Error:
            raise HeaderError(HeaderDefect.MALFORMED) from None
        stanzas.append(Stanza(args, body))
    if not stanzas or i != len(lines) - 1:
        raise HeaderError(HeaderDefect.MALFORMED)
    mac_line = lines[i]
    if not mac_line.startswith(b"--- ") or len(mac_line) != 4 + 43:
        raise HeaderError(HeaderDefect.MALFORMED)
    try:
        mac = b64_decode_raw(mac_line[4:])
    except binascii.Error:
        raise HeaderError(HeaderDefect.MALFORMED) from None
    return Header(tuple(stanzas), mac, raw)


def _parse_arguments(line: bytes) -> tuple[str, ...]:
    if len(line) > MAX_ARGUMENT_LINE:
        raise HeaderError(HeaderDefect.TOO_LARGE)
    parts = line[3:].split(b" ")
    if len(parts) > MAX_ARGUMENTS:
        raise HeaderError(HeaderDefect.TOO_LARGE)
    for part in parts:
        if not part or part.translate(None, _VCHAR):
            raise HeaderError(HeaderDefect.MALFORMED)
    return tuple(p.decode("ascii") for p in parts)
