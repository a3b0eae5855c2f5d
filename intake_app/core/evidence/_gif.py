"""GIF: drop comment and application extensions (XMP lives there), keep the frames.

GIF is a sequence of blocks; image data and graphic control blocks are copied byte for
byte. Comment extensions and application extensions are dropped, except the NETSCAPE2.0
and ANIMEXTS1.0 looping instructions, which only say how often an animation repeats.
"""

from __future__ import annotations

from intake_app.core.evidence._model import MetadataItem, MetadataKind
from intake_app.core.evidence._result import Cleaning, DamagedFileError
from intake_app.core.evidence._xmp import describe_xmp

_K = MetadataKind
_LOOPING = (b"NETSCAPE2.0", b"ANIMEXTS1.0")


def clean_gif(data: bytes) -> Cleaning:
    """Return the GIF without comments and metadata extensions, and what they held.

    Raises DamagedFileError if a block is cut short or the trailer is missing.
    """
    if len(data) < 13 or data[:6] not in (b"GIF87a", b"GIF89a"):
        raise DamagedFileError()
    pos = 13 + _table_size(data[10])
    if pos > len(data):
        raise DamagedFileError()
    out = [data[:pos]]
    found: list[MetadataItem] = []
    while True:
        if pos >= len(data):
            raise DamagedFileError(found)
        introducer = data[pos]
        if introducer == 0x3B:  # trailer
            out.append(b"\x3b")
            if pos + 1 < len(data):
                found.append(
                    MetadataItem(_K.EMBEDDED, "trailer", "data after the end of the picture")
                )
            break
        if introducer == 0x2C:  # image descriptor, optional local table, LZW data
            header_end = pos + 10
            if header_end > len(data):
                raise DamagedFileError(found)
            header_end += _table_size(data[pos + 9]) + 1  # + LZW minimum code size
            end = _skip_sub_blocks(data, header_end, found)
            out.append(data[pos:end])
            pos = end
            continue
        if introducer != 0x21 or pos + 2 > len(data):
            raise DamagedFileError(found)
        label = data[pos + 1]
        end = _skip_sub_blocks(data, pos + 2, found)
        block = data[pos:end]
        if label == 0xFE:
            found.append(MetadataItem(_K.DESCRIPTION, "comment", "comment"))
        elif label == 0xFF:
            app_id = block[3:14] if len(block) >= 14 and block[2] == 11 else b""
            if app_id in _LOOPING:
                out.append(block)
            elif app_id == b"XMP DataXMP":
                found.extend(describe_xmp(block[14:]))
            else:
                found.append(MetadataItem(_K.EMBEDDED, "application", "private data block"))
        else:
            out.append(block)  # graphic control, plain text: part of the picture
        pos = end
    if not found:
        return Cleaning(cleaned=data)
    return Cleaning(cleaned=b"".join(out), found=found)


def _table_size(flags: int) -> int:
    """Bytes of the colour table a descriptor's flags announce (0 if none)."""
    return 3 * (2 ** ((flags & 0x07) + 1)) if flags & 0x80 else 0


def _skip_sub_blocks(data: bytes, pos: int, found: list[MetadataItem]) -> int:
    """Return the position after a chain of data sub-blocks and its zero terminator."""
    while True:
        if pos >= len(data):
            raise DamagedFileError(found)
        size = data[pos]
        pos += 1 + size
        if size == 0:
            return pos
