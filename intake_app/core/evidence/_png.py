"""PNG: keep the picture's chunks, drop text, EXIF, timestamps and private chunks.

PNG is a list of checksummed chunks; the compressed pixels (IDAT) are copied unchanged,
so the picture is bit-identical. We keep an allow-list of chunks that describe how to
show the pixels (palette, transparency, gamma, colour profile, physical size, animation
frames) and drop everything else: tEXt/zTXt/iTXt (author, comments, software, XMP,
ImageMagick's embedded EXIF/IPTC "raw profiles"), eXIf, tIME, and unknown or private
chunks (which may be anything, e.g. signed provenance records naming the author).
As for JPEG, a non-default EXIF orientation is written back as an orientation-only eXIf.
"""

from __future__ import annotations

import struct
import zlib

from intake_app.core.evidence._exif import describe_exif, orientation_only_exif
from intake_app.core.evidence._model import MetadataItem, MetadataKind
from intake_app.core.evidence._result import Cleaning, DamagedFileError
from intake_app.core.evidence._xmp import SCAN_LIMIT, describe_xmp

_K = MetadataKind
_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_KEEP = {
    b"IHDR", b"PLTE", b"IDAT", b"IEND",
    b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"cICP", b"mDCv", b"cLLi",
    b"bKGD", b"hIST", b"pHYs", b"sPLT",
    b"acTL", b"fcTL", b"fdAT",
}  # fmt: skip

_KEYWORDS: dict[str, tuple[MetadataKind, str]] = {
    "author": (_K.PERSON, "author name"),
    "copyright": (_K.PERSON, "copyright holder"),
    "creation time": (_K.TIME, "date and time"),
    "date:create": (_K.TIME, "date and time"),
    "date:modify": (_K.TIME, "date and time"),
    "date:timestamp": (_K.TIME, "date and time"),
    "software": (_K.SOFTWARE, "software used"),
    "source": (_K.DEVICE, "camera make and model"),
    "title": (_K.DESCRIPTION, "title, comment or keywords"),
    "description": (_K.DESCRIPTION, "title, comment or keywords"),
    "comment": (_K.DESCRIPTION, "title, comment or keywords"),
    "disclaimer": (_K.DESCRIPTION, "title, comment or keywords"),
    "warning": (_K.DESCRIPTION, "title, comment or keywords"),
}


def clean_png(data: bytes) -> Cleaning:
    """Return the PNG with only allow-listed chunks, and what the others held.

    Raises DamagedFileError if a chunk is cut short, fails its checksum, or the file
    ends before IEND.
    """
    if not data.startswith(_SIGNATURE):
        raise DamagedFileError()
    found: list[MetadataItem] = []
    out: list[bytes] = [_SIGNATURE]
    orientation = 1
    first_idat: int | None = None
    pos = len(_SIGNATURE)
    while True:
        if pos + 12 > len(data):
            raise DamagedFileError(found)
        length, ctype = struct.unpack_from(">I4s", data, pos)
        end = pos + 12 + length
        if end > len(data):
            raise DamagedFileError(found)
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack_from(">I", data, end - 4)
        if zlib.crc32(ctype + body) != crc:
            raise DamagedFileError(found)
        if ctype in _KEEP:
            if ctype == b"IDAT" and first_idat is None:
                first_idat = len(out)
            out.append(data[pos:end])
        elif ctype == b"eXIf":
            items, seen = describe_exif(body)
            found.extend(items)
            orientation = seen if orientation == 1 else orientation
        else:
            found.extend(_describe_chunk(ctype, body))
        pos = end
        if ctype == b"IEND":
            break
    if pos < len(data):
        found.append(MetadataItem(_K.EMBEDDED, "trailer", "data after the end of the picture"))
    if orientation != 1:
        exif = orientation_only_exif(orientation)
        chunk = struct.pack(">I", len(exif)) + b"eXIf" + exif
        chunk += struct.pack(">I", zlib.crc32(b"eXIf" + exif))
        out.insert(first_idat if first_idat is not None else len(out) - 1, chunk)
    return Cleaning(cleaned=b"".join(out), found=found)


def _describe_chunk(ctype: bytes, body: bytes) -> list[MetadataItem]:
    name = ctype.decode("latin-1")
    if ctype == b"tIME":
        return [MetadataItem(_K.TIME, "tIME", "date and time")]
    if ctype not in (b"tEXt", b"zTXt", b"iTXt"):
        return [MetadataItem(_K.EMBEDDED, name, "private data block")]
    keyword = body.split(b"\x00", 1)[0][:79].decode("latin-1")
    if keyword == "XML:com.adobe.xmp":
        return describe_xmp(_xmp_text(ctype, body), f"{name}:XMP")
    if keyword.lower().startswith("raw profile type"):
        return [
            MetadataItem(_K.OTHER, f"{name}:raw profile", "embedded camera or document details")
        ]
    # Only well-known keywords are named: a made-up keyword may itself say too much.
    if keyword.lower() in _KEYWORDS:
        kind, summary = _KEYWORDS[keyword.lower()]
        return [MetadataItem(kind, f"{name}:{keyword}", summary)]
    return [MetadataItem(_K.DESCRIPTION, name, "text note")]


def _xmp_text(ctype: bytes, body: bytes) -> bytes:
    """The XMP packet of an iTXt/zTXt/tEXt chunk, decompressed within a bound."""
    try:
        if ctype == b"iTXt":
            _, rest = body.split(b"\x00", 1)
            flag, method, rest = rest[0], rest[1], rest[2:]
            _, _, text = rest.split(b"\x00", 2)
            if flag == 1 and method == 0:
                return zlib.decompressobj().decompress(text, SCAN_LIMIT)
            return text
        if ctype == b"zTXt":
            _, rest = body.split(b"\x00", 1)
            return zlib.decompressobj().decompress(rest[1:], SCAN_LIMIT)
        return body.split(b"\x00", 1)[1]
    except (ValueError, IndexError, zlib.error):
        return b""
