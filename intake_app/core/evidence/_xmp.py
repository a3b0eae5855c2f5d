"""XMP: describe what an XMP packet holds, by property name, without parsing it as XML.

XMP is RDF/XML that may arrive from a hostile sender. We only need to know which
properties are present, so a bounded regular-expression scan over the first part of the
packet is enough and avoids feeding untrusted XML to a parser (entity expansion, depth).
"""

from __future__ import annotations

import re

from intake_app.core.evidence._model import MetadataItem, MetadataKind

_K = MetadataKind

#: How much of a packet we look at; real packets are a few kilobytes.
SCAN_LIMIT = 1024 * 1024

_PROPERTIES: dict[str, tuple[MetadataKind, str]] = {
    "GPSLatitude": (_K.LOCATION, "location (GPS coordinates)"),
    "GPSLongitude": (_K.LOCATION, "location (GPS coordinates)"),
    "Location": (_K.LOCATION, "place names"),
    "LocationCreated": (_K.LOCATION, "place names"),
    "LocationShown": (_K.LOCATION, "place names"),
    "City": (_K.LOCATION, "place names"),
    "State": (_K.LOCATION, "place names"),
    "Country": (_K.LOCATION, "place names"),
    "CountryCode": (_K.LOCATION, "place names"),
    "creator": (_K.PERSON, "author name"),
    "Author": (_K.PERSON, "author name"),
    "CaptionWriter": (_K.PERSON, "author name"),
    "AuthorsPosition": (_K.PERSON, "author name"),
    "rights": (_K.PERSON, "copyright holder"),
    "Credit": (_K.PERSON, "copyright holder"),
    "OwnerName": (_K.PERSON, "camera owner name"),
    "CameraOwnerName": (_K.PERSON, "camera owner name"),
    "SerialNumber": (_K.DEVICE, "camera serial number"),
    "BodySerialNumber": (_K.DEVICE, "camera serial number"),
    "LensSerialNumber": (_K.DEVICE, "lens serial number"),
    "Make": (_K.DEVICE, "camera make and model"),
    "Model": (_K.DEVICE, "camera make and model"),
    "CreatorTool": (_K.SOFTWARE, "software used"),
    "Producer": (_K.SOFTWARE, "software used"),
    "softwareAgent": (_K.SOFTWARE, "software used"),
    "CreateDate": (_K.TIME, "date and time"),
    "ModifyDate": (_K.TIME, "date and time"),
    "MetadataDate": (_K.TIME, "date and time"),
    "DateCreated": (_K.TIME, "date and time"),
    "DateTimeOriginal": (_K.TIME, "date and time"),
    "History": (_K.HISTORY, "editing history"),
    "DerivedFrom": (_K.HISTORY, "editing history"),
    "Ingredients": (_K.HISTORY, "editing history"),
    "DocumentID": (_K.HISTORY, "document identifiers"),
    "InstanceID": (_K.HISTORY, "document identifiers"),
    "OriginalDocumentID": (_K.HISTORY, "document identifiers"),
    "title": (_K.DESCRIPTION, "title, description or keywords"),
    "description": (_K.DESCRIPTION, "title, description or keywords"),
    "subject": (_K.DESCRIPTION, "title, description or keywords"),
    "Keywords": (_K.DESCRIPTION, "title, description or keywords"),
    "Headline": (_K.DESCRIPTION, "title, description or keywords"),
}

_NAMES = "|".join(sorted(_PROPERTIES, key=len, reverse=True))
# A property as an element (<dc:creator>) or as an attribute (exif:GPSLatitude="...").
_PATTERN = re.compile(
    rf"(?:<[A-Za-z][\w.-]{{0,40}}:({_NAMES})[\s>/])|(?:\s[A-Za-z][\w.-]{{0,40}}:({_NAMES})\s*=)"
)


def describe_xmp(packet: bytes, field: str = "XMP") -> list[MetadataItem]:
    """Describe an XMP packet: one item per kind of property present, plus the packet itself.

    Never raises on malformed input; never returns property values.
    """
    text = packet[:SCAN_LIMIT].decode("utf-8", errors="replace")
    items = [MetadataItem(_K.OTHER, field, "XMP metadata block")]
    for match in _PATTERN.finditer(text):
        name = match.group(1) or match.group(2)
        kind, summary = _PROPERTIES[name]
        items.append(MetadataItem(kind, f"{field}:{name}", summary))
    return items
