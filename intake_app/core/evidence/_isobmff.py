"""MP4, MOV, 3GP, M4A and HEIC: report the metadata a recording or photo carries.

These files are not cleaned (they are kept as they are with UNSUPPORTED_FORMAT), but the
person should see what stays in them: phones store the recording place (Apple's
ISO 6709 location key, the ``©xyz`` and 3GPP ``loci`` atoms), the device make, model
and software, and the date. We walk the top-level boxes by seeking, never loading the
media data, and scan only the ``moov`` (or HEIC ``meta``) box, if it is of a sane size.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

from intake_app.core.evidence._model import MetadataItem, MetadataKind

_K = MetadataKind

#: The metadata box of a long recording is a few megabytes; larger ones are not scanned.
MAX_SCANNED_BOX = 64 * 1024 * 1024
#: Top-level boxes to walk before giving up (real files have a handful).
MAX_TOP_LEVEL_BOXES = 10_000

_XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")

_MARKERS: tuple[tuple[bytes, MetadataKind, str], ...] = (
    (b"com.apple.quicktime.location", _K.LOCATION, "location (GPS coordinates)"),
    (b"\xa9xyz", _K.LOCATION, "location (GPS coordinates)"),
    (b"loci", _K.LOCATION, "location (GPS coordinates)"),
    (b"com.apple.quicktime.make", _K.DEVICE, "camera make and model"),
    (b"com.apple.quicktime.model", _K.DEVICE, "camera make and model"),
    (b"\xa9mak", _K.DEVICE, "camera make and model"),
    (b"\xa9mod", _K.DEVICE, "camera make and model"),
    (b"com.apple.quicktime.software", _K.SOFTWARE, "software used"),
    (b"\xa9swr", _K.SOFTWARE, "software used"),
    (b"\xa9too", _K.SOFTWARE, "software used"),
    (b"com.apple.quicktime.creationdate", _K.TIME, "date and time"),
    (b"\xa9day", _K.TIME, "date and time"),
    (b"\xa9ART", _K.PERSON, "author name"),
    (b"\xa9aut", _K.PERSON, "author name"),
    (b"auth", _K.PERSON, "author name"),
    (b"com.apple.quicktime.author", _K.PERSON, "author name"),
    (b"\xa9cmt", _K.DESCRIPTION, "title, comment or keywords"),
    (b"\xa9nam", _K.DESCRIPTION, "title, comment or keywords"),
    (_XMP_UUID, _K.OTHER, "XMP metadata block"),
)


def describe_isobmff(src: BinaryIO, size: int) -> list[MetadataItem]:
    """What metadata the file's header boxes mention (never values); [] if unreadable.

    Reads only box headers and the metadata boxes; never raises for malformed files.
    """
    try:
        return _describe(src, size)
    except (OSError, ValueError, struct.error):
        return []


def _describe(src: BinaryIO, size: int) -> list[MetadataItem]:
    found: list[MetadataItem] = []
    pos = 0
    for _ in range(MAX_TOP_LEVEL_BOXES):
        if pos + 8 > size:
            break
        src.seek(pos)
        header = src.read(16)
        if len(header) < 8:
            break
        box_size, box_type = struct.unpack(">I4s", header[:8])
        header_size = 8
        if box_size == 1 and len(header) == 16:
            (box_size,) = struct.unpack(">Q", header[8:16])
            header_size = 16
        elif box_size == 0:
            box_size = size - pos  # the box runs to the end of the file
        if box_size < header_size:
            break
        if box_type in (b"moov", b"meta", b"uuid") and box_size <= MAX_SCANNED_BOX:
            src.seek(pos)
            found.extend(_scan(src.read(box_size), box_type))
        pos += box_size
    return found


def _has_box(data: bytes, fourcc: bytes) -> bool:
    """True if ``fourcc`` occurs as a box type: preceded by a size that fits the data.

    A bare four-letter search would also match inside sample tables or text.
    """
    at = data.find(fourcc, 4)
    while at != -1:
        (box_size,) = struct.unpack_from(">I", data, at - 4)
        if 8 <= box_size <= len(data) - at + 4:
            return True
        at = data.find(fourcc, at + 1)
    return False


def _scan(box: bytes, box_type: bytes) -> list[MetadataItem]:
    items = [
        MetadataItem(kind, "video metadata", summary)
        for marker, kind, summary in _MARKERS
        if (_has_box(box, marker) if len(marker) == 4 else marker in box)
    ]
    if box_type == b"meta" and b"Exif" in box:
        items.append(MetadataItem(_K.DEVICE, "Exif", "camera and picture details (EXIF)"))
    return items
