"""PDF: rewrite the document with pypdf, without its Info dictionary and XMP streams.

pypdf is a maintained pure-Python PDF library; rewriting with it copies only the objects
the current document reaches, so earlier revisions kept by incremental updates (which
may hold the old author, title or even deleted text) are left behind. We remove the
document Info dictionary (author, creator and producer programs, dates, title, subject,
keywords, custom properties), the catalogue's XMP /Metadata stream, per-page /Metadata
and /PieceInfo (private editing data), XMP streams on images and forms, and give the
file a fresh random identifier. What is part of the visible content stays: comment
annotations keep their author names and embedded files are copied as they are; both
are reported so the person can check.

Encrypted PDFs cannot be rewritten without their password: they are kept as they are
with a warning. Any failure inside pypdf (hostile or damaged files) keeps the file as it
is with DAMAGED_FILE, never an exception.
"""

from __future__ import annotations

import io
import logging
import secrets
import warnings
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    NameObject,
    StreamObject,
)

from intake_app.core.evidence._jpeg import clean_jpeg
from intake_app.core.evidence._model import MetadataItem, MetadataKind
from intake_app.core.evidence._result import CannotCleanError, Cleaning, DamagedFileError
from intake_app.core.evidence._xmp import SCAN_LIMIT, describe_xmp

_K = MetadataKind

# pypdf's diagnostics may quote pieces of the document; they must never reach a log.
_pypdf_log = logging.getLogger("pypdf")
_pypdf_log.addHandler(logging.NullHandler())
_pypdf_log.propagate = False

#: A bound on the pages we walk; beyond it the file is treated as hostile.
MAX_PAGES = 50_000
#: Objects in the cross-reference tables: each becomes a Python object when rewritten,
#: so a small file of millions of tiny objects could exhaust memory.
MAX_OBJECTS = 1_000_000
#: Forms drawing forms drawing forms: real documents nest a few levels at most.
_MAX_FORM_DEPTH = 8

_INFO_KEYS: dict[str, tuple[MetadataKind, str]] = {
    "/Author": (_K.PERSON, "author name"),
    "/Creator": (_K.SOFTWARE, "software used"),
    "/Producer": (_K.SOFTWARE, "software used"),
    "/CreationDate": (_K.TIME, "date and time"),
    "/ModDate": (_K.TIME, "date and time"),
    "/Title": (_K.DESCRIPTION, "title, subject or keywords"),
    "/Subject": (_K.DESCRIPTION, "title, subject or keywords"),
    "/Keywords": (_K.DESCRIPTION, "title, subject or keywords"),
}


def clean_pdf(data: bytes) -> Cleaning:
    """Return the PDF rewritten without document metadata, and what it held.

    Raises CannotCleanError for encrypted documents and DamagedFileError for anything
    pypdf cannot read or write.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _clean(data)
        except (CannotCleanError, DamagedFileError):
            raise
        except Exception as exc:  # pypdf raises many types on hostile input
            raise DamagedFileError() from exc


def _clean(data: bytes) -> Cleaning:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        locked = MetadataItem(
            _K.OTHER, "Encrypt", "password protection (the document could not be inspected)"
        )
        raise CannotCleanError([locked])
    found: list[MetadataItem] = []
    if data.count(b"%%EOF") > 1:
        found.append(
            MetadataItem(_K.HISTORY, "revisions", "earlier saved versions of the document")
        )
    if "/ID" in reader.trailer:
        found.append(MetadataItem(_K.HISTORY, "ID", "document identifiers"))
    info = reader.trailer.get("/Info")
    if info is not None:
        for key in info.get_object():
            if str(key) in _INFO_KEYS:
                kind, summary = _INFO_KEYS[str(key)]
                found.append(MetadataItem(kind, f"Info{key}", summary))
            else:  # a custom key's name may itself say too much: not repeated
                found.append(MetadataItem(_K.OTHER, "Info/custom", "custom document property"))
    root = reader.trailer["/Root"].get_object()
    if not isinstance(root, DictionaryObject):
        raise DamagedFileError(found)
    if "/Metadata" in root:
        found.extend(describe_xmp(_stream_bytes(root["/Metadata"]), "XMP"))
    if "/PieceInfo" in root:
        found.append(MetadataItem(_K.SOFTWARE, "PieceInfo", "private editing data"))
    names = root.get("/Names")
    names = names.get_object() if names is not None else None
    if isinstance(names, DictionaryObject) and "/EmbeddedFiles" in names:
        found.append(
            MetadataItem(
                _K.EMBEDDED, "EmbeddedFiles", "files attached inside the document", kept=True
            )
        )
    if len(reader.pages) > MAX_PAGES or _object_count(reader) > MAX_OBJECTS:
        raise DamagedFileError(found)  # rewriting would take unbounded time and memory

    writer = PdfWriter(clone_from=reader)
    writer.metadata = None
    writer.xmp_metadata = None
    writer.root_object.pop(NameObject("/PieceInfo"), None)
    for page in writer.pages:
        found.extend(_clean_page(page))
    # A fresh identifier: the original's may be derived from its path, time and author.
    fresh = ByteStringObject(secrets.token_bytes(16))
    writer._ID = ArrayObject([fresh, fresh])
    if not found:
        return Cleaning(cleaned=data)  # nothing to remove: keep the exact original
    # Objects only the removed entries pointed to (the XMP stream, the old Info) would
    # otherwise still be written out, unreferenced but readable.
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    out = io.BytesIO()
    writer.write(out)
    return Cleaning(cleaned=out.getvalue(), found=found)


def _object_count(reader: PdfReader) -> int:
    """How many objects the cross-reference tables announce (all generations)."""
    return sum(len(table) for table in reader.xref.values()) + len(reader.xref_objStm)


def _clean_page(page: DictionaryObject) -> list[MetadataItem]:
    """Remove a page's own metadata and its images' XMP; report comment authors."""
    found: list[MetadataItem] = []
    for key in ("/Metadata", "/PieceInfo"):
        if key in page:
            del page[NameObject(key)]
            found.append(MetadataItem(_K.OTHER, f"Page{key}", "page metadata"))
    _clean_resources(page.get("/Resources"), found, depth=0)
    annots = page.get("/Annots")
    if annots is not None:
        for ref in annots.get_object():
            annot: Any = ref.get_object()
            if isinstance(annot, DictionaryObject) and "/T" in annot:
                found.append(
                    MetadataItem(
                        _K.PERSON, "Annot/T", "names of people who added comments", kept=True
                    )
                )
                break
    return found


def _clean_resources(resources: Any, found: list[MetadataItem], depth: int) -> None:
    """Clean the pictures and forms a page (or a form) draws, to a bounded depth.

    JPEG pictures are stored in PDFs as complete JPEG files (DCTDecode), EXIF included:
    a scan or photo saved as PDF by a phone carries its GPS position there. They get the
    same segment-level cleaning as a JPEG attachment, so the picture is unchanged.
    """
    if resources is None or depth > _MAX_FORM_DEPTH:
        return
    resources = resources.get_object()
    xobjects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
    if xobjects is None:
        return
    xobjects = xobjects.get_object()
    if not isinstance(xobjects, DictionaryObject):
        return
    for ref in xobjects.values():
        xobject = ref.get_object()
        if not isinstance(xobject, StreamObject):
            continue
        if "/Metadata" in xobject:
            del xobject[NameObject("/Metadata")]
            found.append(MetadataItem(_K.OTHER, "XObject/Metadata", "picture metadata"))
        if xobject.get("/Subtype") == "/Form":
            _clean_resources(xobject.get("/Resources"), found, depth + 1)
        elif xobject.get("/Subtype") == "/Image" and xobject.get("/Filter") == "/DCTDecode":
            _clean_embedded_jpeg(xobject, found)


def _clean_embedded_jpeg(image: StreamObject, found: list[MetadataItem]) -> None:
    raw = image._data  # the encoded bytes: for DCTDecode, the JPEG file
    try:
        result = clean_jpeg(raw)
    except DamagedFileError:
        found.append(
            MetadataItem(
                _K.EMBEDDED,
                "XObject/Image",
                "a picture inside that could not be cleaned",
                kept=True,
            )
        )
        return
    if result.found:
        found.extend(result.found)
        image._data = result.cleaned  # pypdf writes /Length from it


def _stream_bytes(ref: Any) -> bytes:
    """The decoded bytes of a metadata stream, or nothing if it cannot be decoded."""
    try:
        data = ref.get_object().get_data()
    except Exception:  # a broken XMP stream is still reported, only less precisely
        return b""
    return bytes(data[:SCAN_LIMIT]) if isinstance(data, bytes | bytearray) else b""
