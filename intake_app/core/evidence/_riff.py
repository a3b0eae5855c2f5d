"""WebP: drop the EXIF, XMP and unknown chunks of the RIFF container, keep the picture.

A WebP file is a RIFF list of chunks; the compressed picture (VP8/VP8L, alpha, animation
frames) is copied unchanged, so pixels are identical. The VP8X header's flags are
updated to say EXIF/XMP are gone. As for JPEG, a non-default EXIF orientation is written
back as an orientation-only EXIF chunk.
"""

from __future__ import annotations

import struct

from intake_app.core.evidence._exif import describe_exif, orientation_only_exif
from intake_app.core.evidence._model import MetadataItem, MetadataKind
from intake_app.core.evidence._result import Cleaning, DamagedFileError
from intake_app.core.evidence._xmp import describe_xmp

_K = MetadataKind
_KEEP = {b"VP8X", b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
_FLAG_EXIF = 0x08
_FLAG_XMP = 0x04


def clean_webp(data: bytes) -> Cleaning:
    """Return the WebP without metadata chunks, and what they held.

    Raises DamagedFileError if the RIFF structure is cut short or inconsistent.
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise DamagedFileError()
    (riff_size,) = struct.unpack_from("<I", data, 4)
    end_of_riff = 8 + riff_size
    if end_of_riff > len(data) or riff_size % 2:
        raise DamagedFileError()
    found: list[MetadataItem] = []
    chunks: list[tuple[bytes, bytes]] = []
    orientation = 1
    pos = 12
    while pos < end_of_riff:
        if pos + 8 > end_of_riff:
            raise DamagedFileError(found)
        fourcc, size = struct.unpack_from("<4sI", data, pos)
        body_end = pos + 8 + size
        if body_end > end_of_riff:
            raise DamagedFileError(found)
        body = data[pos + 8 : body_end]
        if fourcc in _KEEP:
            chunks.append((fourcc, body))
        elif fourcc == b"EXIF":
            items, seen = describe_exif(body)
            found.extend(items)
            orientation = seen if orientation == 1 else orientation
        elif fourcc == b"XMP ":
            found.extend(describe_xmp(body))
        else:
            label = fourcc.decode("latin-1")
            found.append(MetadataItem(_K.EMBEDDED, label, "private data block"))
        pos = body_end + (size & 1)  # chunks are padded to an even length
    if pos < len(data):
        found.append(MetadataItem(_K.EMBEDDED, "trailer", "data after the end of the picture"))
    if not found:
        return Cleaning(cleaned=data)
    extended = bool(chunks) and chunks[0][0] == b"VP8X"
    if orientation != 1 and extended:
        chunks.append((b"EXIF", orientation_only_exif(orientation)))
    if extended:
        header = bytearray(chunks[0][1])
        header[0] &= ~(_FLAG_EXIF | _FLAG_XMP) & 0xFF
        if orientation != 1:
            header[0] |= _FLAG_EXIF
        chunks[0] = (b"VP8X", bytes(header))
    body = b"".join(
        fourcc + struct.pack("<I", len(payload)) + payload + b"\x00" * (len(payload) & 1)
        for fourcc, payload in chunks
    )
    cleaned = b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body
    return Cleaning(cleaned=cleaned, found=found)
