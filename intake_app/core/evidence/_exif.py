"""EXIF: describe what a block holds (via Pillow's parser) and build the one tag we keep.

EXIF is a small TIFF structure inside JPEG APP1, PNG eXIf and WebP EXIF chunks. We never
re-emit any of it except the Orientation tag, which only says which way is up: dropping
it would show the picture sideways, keeping it reveals nothing about the person.
"""

from __future__ import annotations

import struct
import warnings
from typing import Any

from PIL import ExifTags, Image

from intake_app.core.evidence._model import MetadataItem, MetadataKind

_K = MetadataKind

#: Tags that matter to the person, by tag number (base IFD and Exif IFD share one space).
NOTABLE_TAGS: dict[int, tuple[MetadataKind, str]] = {
    0x010E: (_K.DESCRIPTION, "picture description"),
    0x010F: (_K.DEVICE, "camera make and model"),
    0x0110: (_K.DEVICE, "camera make and model"),
    0x0131: (_K.SOFTWARE, "software used"),
    0x0132: (_K.TIME, "date and time"),
    0x013B: (_K.PERSON, "author name"),
    0x8298: (_K.PERSON, "copyright holder"),
    0x9C9B: (_K.DESCRIPTION, "title, comment or keywords"),
    0x9C9C: (_K.DESCRIPTION, "title, comment or keywords"),
    0x9C9D: (_K.PERSON, "author name"),
    0x9C9E: (_K.DESCRIPTION, "title, comment or keywords"),
    0x9C9F: (_K.DESCRIPTION, "title, comment or keywords"),
    0xC62F: (_K.DEVICE, "camera serial number"),
    0x010D: (_K.DESCRIPTION, "document or page name"),
    0x011D: (_K.DESCRIPTION, "document or page name"),
    0x013C: (_K.DEVICE, "computer name"),
    0x9003: (_K.TIME, "date and time"),
    0x9004: (_K.TIME, "date and time"),
    0x9010: (_K.TIME, "time zone"),
    0x9011: (_K.TIME, "time zone"),
    0x9012: (_K.TIME, "time zone"),
    0x9286: (_K.DESCRIPTION, "title, comment or keywords"),
    0x927C: (_K.DEVICE, "maker notes (camera data that can include serial numbers)"),
    0xA420: (_K.HISTORY, "unique picture identifier"),
    0xA430: (_K.PERSON, "camera owner name"),
    0xA431: (_K.DEVICE, "camera serial number"),
    0xA432: (_K.DEVICE, "lens make and model"),
    0xA433: (_K.DEVICE, "lens make and model"),
    0xA434: (_K.DEVICE, "lens make and model"),
    0xA435: (_K.DEVICE, "lens serial number"),
}

#: Structure and harmless layout tags that are not worth listing on their own.
_STRUCTURAL = {
    0x0112,  # Orientation: kept
    0x011A,  # XResolution
    0x011B,  # YResolution
    0x0128,  # ResolutionUnit
    0x0213,  # YCbCrPositioning
    0x8769,  # pointer to the Exif IFD
    0x8825,  # pointer to the GPS IFD
    0xA005,  # pointer to the Interoperability IFD
}

ORIENTATION_TAG = 0x0112
EXIF_IFD_TAG = 0x8769
GPS_IFD_TAG = 0x8825
LOCATION_SUMMARY = "location (GPS coordinates)"


def _name(tag: int, table: dict[int, str] = ExifTags.TAGS) -> str:
    return table.get(tag, f"Tag{tag:#06x}")


def describe_exif(block: bytes) -> tuple[list[MetadataItem], int]:
    """Describe an EXIF block (with or without its ``Exif\\0\\0`` prefix).

    Returns the items found and the orientation (1 when absent or invalid). A block
    Pillow cannot parse is still reported, as one item, so nothing is hidden.
    """
    items: list[MetadataItem] = []
    orientation = 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow warns about odd tags; we report, not log
            exif = Image.Exif()
            exif.load(block)
            base: dict[int, Any] = dict(exif)
            sub = exif.get_ifd(ExifTags.IFD.Exif)
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
            thumbnail = exif.get_ifd(ExifTags.IFD.IFD1)
    except Exception:  # Pillow raises many types on hostile EXIF; it must not stop us
        return [MetadataItem(_K.OTHER, "EXIF", "camera and picture details (unreadable)")], 1
    value = base.get(ORIENTATION_TAG)
    if isinstance(value, int) and 1 <= value <= 8:
        orientation = value
    if gps:
        if any(tag in gps for tag in (1, 2, 3, 4)):
            items.append(MetadataItem(_K.LOCATION, "GPSInfo", LOCATION_SUMMARY))
        else:
            items.append(MetadataItem(_K.LOCATION, "GPSInfo", "GPS details (time or altitude)"))
    elif 0x8825 in base:
        items.append(MetadataItem(_K.LOCATION, "GPSInfo", LOCATION_SUMMARY))
    settings = False
    for tag in [*base, *sub]:
        if tag in NOTABLE_TAGS:
            kind, summary = NOTABLE_TAGS[tag]
            items.append(MetadataItem(kind, _name(tag), summary))
        elif tag not in _STRUCTURAL:
            settings = True
    if settings:
        items.append(MetadataItem(_K.DEVICE, "EXIF", "camera settings (exposure, focus, flash)"))
    if thumbnail:
        items.append(
            MetadataItem(
                _K.EMBEDDED, "IFD1", "thumbnail (may show the picture before it was edited)"
            )
        )
    if not items:
        items.append(MetadataItem(_K.OTHER, "EXIF", "picture details"))
    return items, orientation


def orientation_only_exif(orientation: int) -> bytes:
    """Return a TIFF-structured EXIF body (no ``Exif\\0\\0`` prefix) holding only Orientation.

    Big-endian header, one IFD with one SHORT entry, no next IFD: 26 bytes that say which
    way is up and nothing else.
    """
    if not 1 <= orientation <= 8:
        raise ValueError("orientation must be 1..8")
    entry = struct.pack(">HHIHH", ORIENTATION_TAG, 3, 1, orientation, 0)
    return b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1) + entry + b"\x00" * 4
