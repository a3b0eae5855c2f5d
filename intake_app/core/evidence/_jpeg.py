"""JPEG: remove metadata segments by rewriting the segment list, never re-encoding.

The picture data (quantisation and Huffman tables, frame and scan headers, the
entropy-coded scans) is copied byte for byte, so the cleaned file decodes to exactly the
same pixels as the original and loses no quality. We keep only what decoding needs or
what is harmless: APP0 JFIF (without its thumbnail), APP2 ICC colour profile (a colour
description, needed to show colours right), APP14 Adobe (tells decoders how to convert
CMYK/YCCK colours) and every non-APP marker. Everything else is dropped: APP1 EXIF and
XMP, APP2 multi-picture (MPF) and FlashPix, APP13 Photoshop/IPTC, COM comments, other
private APPn blocks, and any data after the end-of-image marker (phones append extra
pictures, previews or motion-photo video there, each with its own metadata).

Orientation: EXIF's Orientation tag tells viewers to rotate the stored pixels. Dropping
it would show photos sideways, and rotating would mean re-encoding (quality loss and
different pixels from the hashed original). So when it is not the default we write a new
minimal EXIF block that contains only Orientation.
"""

from __future__ import annotations

import re
import struct

from intake_app.core.evidence._exif import describe_exif, orientation_only_exif
from intake_app.core.evidence._model import MetadataItem, MetadataKind
from intake_app.core.evidence._result import Cleaning, DamagedFileError
from intake_app.core.evidence._xmp import describe_xmp

_K = MetadataKind

_SOI = b"\xff\xd8"
_EOI = 0xD9
_SOS = 0xDA
_COM = 0xFE
_APP0, _APP1, _APP2, _APP13, _APP14, _APP15 = 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xEF
#: Markers that stand alone, without a length field.
_STANDALONE = {0x01, *range(0xD0, 0xD8)}

_EXIF_ID = b"Exif\x00\x00"
_XMP_IDS = (b"http://ns.adobe.com/xap/1.0/\x00", b"http://ns.adobe.com/xmp/extension/\x00")

# The end of entropy-coded data: 0xFF followed by something other than a stuffed zero,
# a restart marker or another fill byte.
_SCAN_END = re.compile(rb"\xff(?![\x00\xd0-\xd7\xff])")


def clean_jpeg(data: bytes) -> Cleaning:
    """Return the JPEG without metadata segments, and what they held.

    Raises DamagedFileError (carrying what was found so far) if the segment structure is
    broken or the file ends before its end-of-image marker.
    """
    if not data.startswith(_SOI):
        raise DamagedFileError()
    found: list[MetadataItem] = []
    out: list[bytes] = [_SOI]
    exif_at = 1  # where a minimal EXIF block goes: after SOI and a leading JFIF segment
    orientation = 1
    seen_exif = False
    pos = 2
    size = len(data)
    while True:
        # Markers may be preceded by any number of 0xFF fill bytes.
        while pos < size and data[pos] == 0xFF and pos + 1 < size and data[pos + 1] == 0xFF:
            pos += 1
        if pos + 1 >= size or data[pos] != 0xFF:
            raise DamagedFileError(found)
        marker = data[pos + 1]
        if marker == _EOI:
            out.append(b"\xff\xd9")
            if pos + 2 < size:
                found.append(
                    MetadataItem(
                        _K.EMBEDDED,
                        "trailer",
                        "data after the end of the picture (extra pictures or video)",
                    )
                )
            break
        if marker in _STANDALONE:
            out.append(data[pos : pos + 2])
            pos += 2
            continue
        if pos + 4 > size:
            raise DamagedFileError(found)
        (length,) = struct.unpack_from(">H", data, pos + 2)
        end = pos + 2 + length
        if length < 2 or end > size:
            raise DamagedFileError(found)
        segment = data[pos:end]
        payload = data[pos + 4 : end]
        if marker == _SOS:
            match = _SCAN_END.search(data, end)
            if match is None:
                raise DamagedFileError(found)  # truncated inside the picture data
            out.append(data[pos : match.start()])
            pos = match.start()
            continue
        if _APP0 <= marker <= _APP15 or marker == _COM:
            kept, items, seen_orientation = _judge(marker, payload, seen_exif)
            found.extend(items)
            if seen_orientation is not None:
                seen_exif = True
                orientation = seen_orientation
            if kept is not None:
                out.append(b"\xff" + bytes([marker]) + struct.pack(">H", len(kept) + 2) + kept)
                if marker == _APP0 and len(out) == 2:
                    exif_at = 2
        else:
            out.append(segment)
        pos = end
    if orientation != 1:
        body = _EXIF_ID + orientation_only_exif(orientation)
        out.insert(exif_at, b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body)
    return Cleaning(cleaned=b"".join(out), found=found)


def _judge(
    marker: int, payload: bytes, seen_exif: bool
) -> tuple[bytes | None, list[MetadataItem], int | None]:
    """Decide one APPn/COM segment: (payload to keep or None, items found, orientation)."""
    if marker == _APP0:
        if payload.startswith(b"JFIF\x00") and len(payload) >= 14:
            if payload[12] or payload[13]:
                thumb = MetadataItem(_K.EMBEDDED, "JFIF", "thumbnail picture")
                return payload[:12] + b"\x00\x00", [thumb], None
            return payload[:14], [], None
        if payload.startswith(b"JFXX\x00"):
            return None, [MetadataItem(_K.EMBEDDED, "JFXX", "thumbnail picture")], None
    elif marker == _APP1:
        if payload.startswith(_EXIF_ID):
            items, orientation = describe_exif(payload)
            # Only the first EXIF block counts for orientation, as in every viewer.
            return None, items, None if seen_exif else orientation
        for xmp_id in _XMP_IDS:
            if payload.startswith(xmp_id):
                return None, describe_xmp(payload[len(xmp_id) :]), None
    elif marker == _APP2:
        if payload.startswith(b"ICC_PROFILE\x00"):
            return payload, [], None
        if payload.startswith(b"MPF\x00"):
            extra = MetadataItem(_K.EMBEDDED, "MPF", "extra pictures (previews or depth maps)")
            return None, [extra], None
    elif marker == _APP13:
        iptc = MetadataItem(
            _K.DESCRIPTION, "IPTC", "IPTC and Photoshop details (captions, names, places)"
        )
        return None, [iptc], None
    elif marker == _APP14 and payload.startswith(b"Adobe"):
        return payload, [], None
    elif marker == _COM:
        return None, [MetadataItem(_K.DESCRIPTION, "COM", "comment")], None
    name = f"APP{marker - _APP0}"
    return None, [MetadataItem(_K.EMBEDDED, name, "private data block")], None
