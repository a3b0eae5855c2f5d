"""Media type from the first bytes of a file: the name and extension are never trusted."""

from __future__ import annotations

import codecs
import re

JPEG = "image/jpeg"
PNG = "image/png"
GIF = "image/gif"
WEBP = "image/webp"
TIFF = "image/tiff"
HEIC = "image/heic"
AVIF = "image/avif"
PDF = "application/pdf"
ZIP = "application/zip"
TEXT = "text/plain"
SVG = "image/svg+xml"
HTML = "text/html"
XML = "application/xml"
OCTET = "application/octet-stream"

#: ISO base media (MP4 family) brands, by what they hold.
_FTYP_BRANDS = {
    b"heic": HEIC,
    b"heix": HEIC,
    b"heim": HEIC,
    b"heis": HEIC,
    b"hevc": HEIC,
    b"mif1": "image/heif",
    b"msf1": "image/heif",
    b"avif": AVIF,
    b"avis": AVIF,
    b"M4A ": "audio/mp4",
    b"M4B ": "audio/mp4",
    b"qt  ": "video/quicktime",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
    b"3g2a": "video/3gpp2",
}

#: Types built from ISO base media boxes, whose metadata boxes can be reported.
ISOBMFF = frozenset({*_FTYP_BRANDS.values(), "video/mp4"})

#: Plain magic numbers at offset 0, longest first where one is a prefix of another.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"PK\x03\x04", ZIP),
    (b"PK\x05\x06", ZIP),  # an empty archive
    (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
    (b"fLaC", "audio/flac"),
    (b"#!AMR", "audio/amr"),
    (b"\x1aE\xdf\xa3", "video/webm"),
    (b"\x30\x26\xb2\x75\x8e\x66\xcf\x11", "video/x-ms-asf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),  # old .doc/.xls
    (b"{\\rtf", "application/rtf"),
)

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")

#: The PDF header may follow some junk; readers look within the first kilobyte.
_PDF_WINDOW = 1024


def sniff(head: bytes) -> str:
    """Return the media type the first bytes (at least 64 if the file has them) show.

    Returns ``application/octet-stream`` for anything unrecognised, ``text/plain`` for
    UTF-8 text without control characters (markup such as SVG, HTML or XML gets its own
    type: it can carry metadata). The caller confirms text/plain over the whole file.
    Zip files are refined later by the office cleaner (it must look inside the archive).
    """
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if head[:4] == b"RIFF" and len(head) >= 12:
        form = head[8:12]
        if form == b"WEBP":
            return WEBP
        if form == b"WAVE":
            return "audio/wav"
        if form == b"AVI ":
            return "video/x-msvideo"
    if head[4:8] == b"ftyp" and len(head) >= 12:
        return _FTYP_BRANDS.get(head[8:12], "video/mp4")
    if b"%PDF-" in head[:_PDF_WINDOW]:
        return PDF
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "audio/mpeg"  # an MPEG audio frame sync without an ID3 tag
    if _looks_like_text(head):
        return _markup_type(head) or TEXT
    return OCTET


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # Not final: the sample may end in the middle of a multi-byte character.
        text = decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return is_plain_text(text)


def is_plain_text(text: str) -> bool:
    """True for text without control characters other than tabs and line breaks."""
    return not _CONTROL.search(text)


def _markup_type(head: bytes) -> str | None:
    """The type of text that is markup (it can hold metadata), or None for plain text."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start != b"<":
        return None
    lowered = head[:4096].lower()
    if b"<svg" in lowered:
        return SVG
    if b"<html" in lowered or b"<!doctype html" in lowered:
        return HTML
    return XML
