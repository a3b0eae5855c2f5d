"""ASCII armor for age files: strict PEM (RFC 7468 section 3), streamed both ways.

Accepted, exactly as the reference implementation and the conformance vectors require:

* up to ``MAX_OUTSIDE_WHITESPACE`` bytes of whitespace before the begin line and after
  the end line, nothing else outside the block;
* the case-sensitive label "AGE ENCRYPTED FILE", no PEM headers, no checksum line;
* LF or CRLF at the end of each line (the end line may have none);
* base64 lines of exactly 64 columns, except the last one which may be shorter (never
  empty); padding only at the very end; canonical encoding (no stray trailing bits).

Anything else raises ``ArmorError``. Decoding works on large blocks (C-level checks and
one base64 call per block) so armored files stream in bounded memory.
"""

from __future__ import annotations

import binascii
from typing import BinaryIO

from crypto.age.errors import ArmorError

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
BYTES_PER_LINE = 48
MAX_OUTSIDE_WHITESPACE = 1024
_WHITESPACE = b" \t\r\n\v\f"
_MAX_LINE = max(COLUMNS, len(END)) + 1  # a line's content plus an optional CR
_READ_BLOCK = 1 << 18  # 256 KiB of armored text per read
_WRITE_BLOCK = BYTES_PER_LINE * 4096  # 192 KiB of binary per encoded block


class ArmorReader:
    """A read-only binary stream of the bytes inside an armored age file.

    ``read`` raises ``ArmorError`` as soon as a defect is seen; data already returned
    was valid armor up to that point (the payload's own authentication decides whether
    it is complete).
    """

    def __init__(self, src: BinaryIO, already_read: bytes = b"") -> None:
        self._src = src
        self._raw = bytearray(already_read)
        self._decoded = bytearray()
        self._eof = False  # src exhausted
        self._done = False  # end line seen and trailing whitespace checked
        self._short_seen = False  # the last (short or padded) data line was seen
        self._read_begin_line()

    # -- reading raw text -------------------------------------------------------------

    def _more(self) -> bool:
        if self._eof:
            return False
        block = self._src.read(_READ_BLOCK)
        if not block:
            self._eof = True
            return False
        self._raw += block
        return True

    def _read_begin_line(self) -> None:
        skipped = 0
        while True:
            stripped = self._raw.lstrip(_WHITESPACE)
            skipped += len(self._raw) - len(stripped)
            self._raw = bytearray(stripped)
            if skipped > MAX_OUTSIDE_WHITESPACE:
                raise ArmorError
            if self._raw or not self._more():
                break
        while b"\n" not in self._raw[: len(BEGIN) + 2]:
            if len(self._raw) > len(BEGIN) + 2 or not self._more():
                raise ArmorError
        line, _, rest = bytes(self._raw).partition(b"\n")
        if _trim_cr(line) != BEGIN:
            raise ArmorError
        self._raw = bytearray(rest)

    # -- decoding -----------------------------------------------------------------------

    def read(self, size: int = -1) -> bytes:
        """Return up to ``size`` decoded bytes (all remaining if negative); b"" at the end."""
        while (size < 0 or len(self._decoded) < size) and not self._done:
            self._decode_some()
        if size < 0:
            size = len(self._decoded)
        out = bytes(self._decoded[:size])
        del self._decoded[:size]
        return out

    def _decode_some(self) -> None:
        cut = self._raw.rfind(b"\n") + 1
        if cut == 0:
            if len(self._raw) > _MAX_LINE:
                raise ArmorError  # no line is this long: do not buffer an endless one
            if self._more():
                return
            # Only the end line may lack a line ending.
            if _trim_cr(bytes(self._raw)) != END:
                raise ArmorError
            self._raw.clear()
            self._finish(b"")
            return
        block = bytes(self._raw[:cut])
        del self._raw[:cut]
        if not self._short_seen and self._decode_full_lines_fast(block):
            return
        lines = block.split(b"\n")[:-1]
        full: list[bytes] = []
        for index, raw_line in enumerate(lines):
            line = _trim_cr(raw_line)
            if line == END:
                self._emit_full(full)
                rest = b"\n".join(lines[index + 1 :]) + (b"\n" if index + 1 < len(lines) else b"")
                self._finish(rest + bytes(self._raw))
                self._raw.clear()
                return
            if self._short_seen or not line or len(line) > COLUMNS:
                raise ArmorError
            if len(line) == COLUMNS and b"=" not in line:
                full.append(line)
                continue
            self._emit_full(full)
            full = []
            self._short_seen = True
            try:
                data = binascii.a2b_base64(line, strict_mode=True)
            except binascii.Error:
                raise ArmorError from None
            if binascii.b2a_base64(data, newline=False) != line:
                raise ArmorError  # not canonical: stray bits or wrong padding
            self._decoded += data
        self._emit_full(full)

    def _decode_full_lines_fast(self, block: bytes) -> bool:
        """Decode ``block`` in one go if it is only full LF-terminated lines; else False."""
        stride = COLUMNS + 1
        count = len(block) // stride
        if (
            len(block) % stride
            or block.count(b"\n") != count
            or block[COLUMNS::stride] != b"\n" * count
            or b"=" in block
            or b"-" in block
        ):
            return False
        try:
            self._decoded += binascii.a2b_base64(block.replace(b"\n", b""), strict_mode=True)
        except binascii.Error:
            raise ArmorError from None
        return True

    def _emit_full(self, lines: list[bytes]) -> None:
        if not lines:
            return
        try:
            self._decoded += binascii.a2b_base64(b"".join(lines), strict_mode=True)
        except binascii.Error:
            raise ArmorError from None

    def _finish(self, trailing: bytes) -> None:
        """After the end line: allow only bounded whitespace, then end of data."""
        buf = bytearray(trailing)
        while len(buf) <= MAX_OUTSIDE_WHITESPACE and self._more():
            buf += self._raw
            self._raw.clear()
        if len(buf) > MAX_OUTSIDE_WHITESPACE or buf.strip(_WHITESPACE):
            raise ArmorError
        self._done = True


class ArmorWriter:
    """Encode bytes written to it as an armored age file into ``out``.

    ``close`` writes the last line and the end line; it does not close ``out``.
    """

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._buffer = bytearray()
        self._closed = False
        out.write(BEGIN + b"\n")

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed ArmorWriter")
        self._buffer += data
        if len(self._buffer) >= _WRITE_BLOCK:
            whole = len(self._buffer) // BYTES_PER_LINE * BYTES_PER_LINE
            self._out.write(_encode_lines(bytes(self._buffer[:whole])))
            del self._buffer[:whole]
        return len(data)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._buffer:
            self._out.write(_encode_lines(bytes(self._buffer)))
            self._buffer.clear()
        self._out.write(END + b"\n")


def _encode_lines(data: bytes) -> bytes:
    text = binascii.b2a_base64(data, newline=False)
    return b"\n".join([text[i : i + COLUMNS] for i in range(0, len(text), COLUMNS)]) + b"\n"


def _trim_cr(line: bytes) -> bytes:
    return line[:-1] if line.endswith(b"\r") else line
