"""Reading the caller's source: hashing in bounded chunks and re-reading it unchanged."""

from __future__ import annotations

import codecs
import hashlib
import io
from collections.abc import Callable
from typing import BinaryIO

from intake_app.core.evidence._sniff import is_plain_text
from intake_app.core.evidence.errors import EvidenceChangedError, EvidenceSourceError

#: Read size for streaming: large enough to be fast, small enough to keep memory flat.
CHUNK = 1024 * 1024


def measure(src: BinaryIO) -> int:
    """Return the source's size in bytes and leave it positioned at the start.

    Raises EvidenceSourceError when the source cannot seek (the caller must pass a
    seekable source so files kept as they are can be re-read without a copy).
    """
    try:
        if not src.seekable():
            raise EvidenceSourceError()
        size = src.seek(0, io.SEEK_END)
        src.seek(0)
    except (OSError, ValueError) as exc:
        raise EvidenceSourceError() from exc
    return size


def read_all(src: BinaryIO, size: int) -> bytes:
    """Read exactly ``size`` bytes from the start of ``src`` into memory."""
    try:
        src.seek(0)
        data = src.read(size)
    except (OSError, ValueError) as exc:
        raise EvidenceSourceError() from exc
    if not isinstance(data, bytes | bytearray) or len(data) != size:
        raise EvidenceSourceError()
    return bytes(data)


def hash_stream(src: BinaryIO) -> tuple[str, int, bool]:
    """Hash the whole source in chunks; return (sha256 hex, size, whether it is plain text).

    Plain text means valid UTF-8 without control characters other than tabs and line
    breaks, over the whole file (a text-looking start proves nothing about the rest).
    Memory stays flat whatever the size: only one chunk is held at a time.
    """
    digest = hashlib.sha256()
    size = 0
    decoder = codecs.getincrementaldecoder("utf-8")()
    text = True
    try:
        src.seek(0)
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if text:
                try:
                    text = is_plain_text(decoder.decode(chunk))
                except UnicodeDecodeError:
                    text = False
        if text:
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        text = False
    except (OSError, ValueError) as exc:
        raise EvidenceSourceError() from exc
    return digest.hexdigest(), size, text


class _VerifyingReader(io.RawIOBase):
    """A read-only view of the caller's source that checks it did not change.

    The hash recorded for the evidence must describe the bytes actually stored; if the
    file was replaced or edited between inspection and storage, the read that delivers
    the last byte fails with EvidenceChangedError instead of handing over bytes nobody
    inspected. The check happens on the last byte, not on a later read at end of file,
    so a caller that reads exactly ``stored_size`` bytes is protected too.
    """

    def __init__(self, src: BinaryIO, size: int, sha256: str) -> None:
        super().__init__()
        self._src = src
        self._left = size
        self._expected = sha256
        self._digest = hashlib.sha256()
        try:
            src.seek(0)
        except (OSError, ValueError) as exc:
            raise EvidenceSourceError() from exc
        if size == 0:
            self._finish()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        want = min(len(buffer), self._left)
        if not want:
            return 0
        data = self._src.read(want)
        if len(data) != want:
            raise EvidenceChangedError()  # the file became shorter
        self._digest.update(data)
        self._left -= want
        if not self._left:
            self._finish()
        buffer[:want] = data
        return want

    def _finish(self) -> None:
        if self._src.read(1) or self._digest.hexdigest() != self._expected:
            raise EvidenceChangedError()


def source_opener(src: BinaryIO, size: int, sha256: str) -> Callable[[], BinaryIO]:
    """Return an opener that re-reads ``src`` from the start, verifying it is unchanged."""

    def _open() -> BinaryIO:
        return io.BufferedReader(_VerifyingReader(src, size, sha256), buffer_size=CHUNK)

    return _open
