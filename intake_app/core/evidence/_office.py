"""Office documents (docx/xlsx/pptx, odt/ods/odp): rewrite the zip container in memory.

Office files are zip archives of XML parts. We copy every entry in order into a new
archive in memory (never extracting anything to disk), replacing the metadata parts with
empty ones of the same type, so Office and LibreOffice still open the file without
repairs: docProps/core.xml (author, last editor, dates, title, subject, keywords,
revision), docProps/app.xml (company, manager, template, application, editing time),
docProps/custom.xml (custom properties) and ODF's meta.xml. Pictures inside the document
(word/media, ppt/media, xl/media, Pictures/) are cleaned like any JPEG or PNG, since
phone photos pasted into a report keep their GPS coordinates. Entry timestamps are set
to the zip epoch and extra fields (owner ids, precise times) are dropped.

Names in comments and tracked changes are part of what the document shows; they are
reported as kept, not silently edited.

This is an input cleaner, not an extractor: archives with too many entries, entries
that decompress beyond the memory bound, unsafe or duplicate names, or broken structure
are kept as they are with DAMAGED_FILE; encrypted entries and zips that are not office
documents are kept with UNSUPPORTED_FORMAT.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from intake_app.core.evidence._jpeg import clean_jpeg
from intake_app.core.evidence._model import MetadataItem, MetadataKind
from intake_app.core.evidence._png import clean_png
from intake_app.core.evidence._result import CannotCleanError, Cleaning, DamagedFileError

_K = MetadataKind

#: More entries than any real document has; beyond this the archive is hostile.
MAX_ENTRIES = 10_000
_EPOCH = (1980, 1, 1, 0, 0, 0)
_READ = 1024 * 1024

_OOXML_TYPES = {
    "word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/workbook.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/presentation.xml": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    ),
}

_CORE_EMPTY = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
_APP_EMPTY = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'docPropsVTypes"/>'
)
_CUSTOM_EMPTY = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'docPropsVTypes"/>'
)
_ODF_META_EMPTY = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'office:version="%s"><office:meta/></office:document-meta>'
)

# Element name (local part) -> what it is, for each metadata part.
_CORE_FIELDS: dict[str, tuple[MetadataKind, str]] = {
    "creator": (_K.PERSON, "author name"),
    "lastModifiedBy": (_K.PERSON, "name of the last person who edited it"),
    "created": (_K.TIME, "date and time"),
    "modified": (_K.TIME, "date and time"),
    "lastPrinted": (_K.TIME, "date and time"),
    "title": (_K.DESCRIPTION, "title, subject or keywords"),
    "subject": (_K.DESCRIPTION, "title, subject or keywords"),
    "description": (_K.DESCRIPTION, "title, subject or keywords"),
    "keywords": (_K.DESCRIPTION, "title, subject or keywords"),
    "category": (_K.DESCRIPTION, "title, subject or keywords"),
    "revision": (_K.HISTORY, "revision number"),
    "contentStatus": (_K.OTHER, "document status"),
    "identifier": (_K.HISTORY, "document identifiers"),
}
_APP_FIELDS: dict[str, tuple[MetadataKind, str]] = {
    "Company": (_K.PERSON, "company name"),
    "Manager": (_K.PERSON, "manager name"),
    "Template": (_K.SOFTWARE, "template name"),
    "Application": (_K.SOFTWARE, "software used"),
    "AppVersion": (_K.SOFTWARE, "software used"),
    "TotalTime": (_K.HISTORY, "total editing time"),
    "HyperlinkBase": (_K.OTHER, "link base address"),
}
_ODF_FIELDS: dict[str, tuple[MetadataKind, str]] = {
    "initial-creator": (_K.PERSON, "author name"),
    "creator": (_K.PERSON, "name of the last person who edited it"),
    "creation-date": (_K.TIME, "date and time"),
    "date": (_K.TIME, "date and time"),
    "print-date": (_K.TIME, "date and time"),
    "printed-by": (_K.PERSON, "name of the person who printed it"),
    "generator": (_K.SOFTWARE, "software used"),
    "template": (_K.SOFTWARE, "template name"),
    "editing-cycles": (_K.HISTORY, "revision number"),
    "editing-duration": (_K.HISTORY, "total editing time"),
    "title": (_K.DESCRIPTION, "title, subject or keywords"),
    "subject": (_K.DESCRIPTION, "title, subject or keywords"),
    "description": (_K.DESCRIPTION, "title, subject or keywords"),
    "keyword": (_K.DESCRIPTION, "title, subject or keywords"),
    "user-defined": (_K.OTHER, "custom document properties"),
}

_MEDIA_FOLDERS = ("word/media/", "xl/media/", "ppt/media/", "Pictures/")


def clean_zip(data: bytes, limit: int) -> Cleaning:
    """Return the office document with metadata parts emptied, and what they held.

    ``limit`` bounds the total decompressed size. Raises DamagedFileError for hostile or
    broken archives and CannotCleanError for encrypted ones or non-office zips.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, NotImplementedError, ValueError, OSError, EOFError) as exc:
        raise DamagedFileError() from exc
    _check_names(infos)
    if any(info.flag_bits & 0x1 for info in infos):
        raise CannotCleanError()
    entries = _read_entries(archive, infos, limit)
    media_type = _office_type(entries)
    if media_type is None:
        raise CannotCleanError()
    is_odf = media_type.startswith("application/vnd.oasis.opendocument.")
    found: list[MetadataItem] = []
    replaced: dict[str, bytes] = {}
    for name, content in entries.items():
        new = _clean_part(name, content, is_odf, found)
        if new is not None:
            replaced[name] = new
    if any(info.date_time != _EPOCH for info in infos):
        found.append(MetadataItem(_K.TIME, "zip dates", "dates the document's parts were saved"))
    if any(info.extra for info in infos) or archive.comment:
        found.append(MetadataItem(_K.OTHER, "zip extra", "file system details"))
    if not found:
        return Cleaning(cleaned=data, media_type=media_type)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as rewritten:
        for info in infos:
            entry = zipfile.ZipInfo(info.filename, date_time=_EPOCH)
            entry.compress_type = (
                zipfile.ZIP_STORED
                if info.compress_type == zipfile.ZIP_STORED
                else zipfile.ZIP_DEFLATED
            )
            rewritten.writestr(entry, replaced.get(info.filename, entries[info.filename]))
    return Cleaning(cleaned=out.getvalue(), found=found, media_type=media_type)


def _check_names(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise DamagedFileError()
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        parts = name.split("/")
        if (
            not name
            or name.startswith("/")
            or "\\" in name
            or "\x00" in name
            or ":" in parts[0]
            or ".." in parts
            or name in seen
        ):
            raise DamagedFileError()
        seen.add(name)


def _read_entries(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limit: int
) -> dict[str, bytes]:
    """Decompress every entry into memory, counting real bytes, never trusting headers."""
    total = 0
    entries: dict[str, bytes] = {}
    try:
        for info in infos:
            chunks: list[bytes] = []
            with archive.open(info) as member:
                while chunk := member.read(_READ):
                    total += len(chunk)
                    if total > limit:
                        raise DamagedFileError()  # a zip bomb, or simply too big to clean
                    chunks.append(chunk)
            entries[info.filename] = b"".join(chunks)
    except (
        zipfile.BadZipFile,
        zlib.error,
        ValueError,
        OSError,
        EOFError,
        NotImplementedError,
    ) as exc:
        raise DamagedFileError() from exc
    return entries


def _office_type(entries: dict[str, bytes]) -> str | None:
    if "[Content_Types].xml" in entries:
        for part, media_type in _OOXML_TYPES.items():
            if part in entries:
                return media_type
        return None
    mimetype = entries.get("mimetype", b"")
    if re.fullmatch(rb"application/vnd\.oasis\.opendocument\.[a-z.-]{1,40}", mimetype):
        return mimetype.decode("ascii")
    return None


def _clean_part(name: str, content: bytes, is_odf: bool, found: list[MetadataItem]) -> bytes | None:
    """Return the replacement for one entry (None to copy it as is); add what it held."""
    if is_odf and name == "meta.xml":
        found.extend(_elements(content, _ODF_FIELDS, "meta.xml"))
        version = re.search(rb'office:version="([0-9.]{1,6})"', content)
        return _ODF_META_EMPTY % (version.group(1) if version else b"1.2")
    if not is_odf and name == "docProps/core.xml":
        found.extend(_elements(content, _CORE_FIELDS, "core.xml"))
        return _CORE_EMPTY
    if not is_odf and name == "docProps/app.xml":
        found.extend(_elements(content, _APP_FIELDS, "app.xml"))
        return _APP_EMPTY
    if not is_odf and name == "docProps/custom.xml":
        if b"<property" in content:
            found.append(MetadataItem(_K.OTHER, "custom.xml", "custom document properties"))
        return _CUSTOM_EMPTY
    if name.startswith(_MEDIA_FOLDERS):
        return _clean_picture(name, content, found)
    if not is_odf and name.endswith("settings.xml.rels"):
        return _strip_template_path(content, found)
    if not is_odf and name == "xl/workbook.xml":
        return _strip_workbook_path(content, found)
    if (
        name in ("word/comments.xml", "word/people.xml", "ppt/commentAuthors.xml")
        or (name.startswith(("word/", "ppt/comments", "xl/comments")) and b":author=" in content)
        or (name == "content.xml" and (b"<dc:creator>" in content))
    ):
        found.append(
            MetadataItem(_K.PERSON, name, "names in comments or tracked changes", kept=True)
        )
    return None


# Word records where its template was: "file:///C:/Users/<user name>/.../Normal.dotm".
_TEMPLATE_TARGET = re.compile(
    rb'(<Relationship\b[^<>]{0,1000}?Type="[^"<>]{0,200}/attachedTemplate"[^<>]{0,1000}?'
    rb'Target=")([^"<>]{0,2000})(")'
    rb'|(<Relationship\b[^<>]{0,1000}?Target=")([^"<>]{0,2000})'
    rb'("[^<>]{0,1000}?Type="[^"<>]{0,200}/attachedTemplate")'
)
# Excel records the folder the workbook was saved in, user name included.
_ABS_PATH_BLOCK = re.compile(
    rb"<mc:AlternateContent\b[^<>]{0,2000}>(?:(?!</mc:AlternateContent>).){0,4000}?"
    rb"<x15ac:absPath\b.{0,4000}?</mc:AlternateContent>",
    re.DOTALL,
)
_ABS_PATH = re.compile(rb"<x15ac:absPath\b[^<>]{0,4000}/>")
_PATH_FOUND = MetadataItem(
    _K.PERSON, "path", "folder path on the author's computer (can include a user name)"
)


def _strip_template_path(content: bytes, found: list[MetadataItem]) -> bytes | None:
    """Keep only the template's file name, dropping the folder (and user name) before it."""

    def _basename(match: re.Match[bytes]) -> bytes:
        head, target, tail = (
            match.group(1, 2, 3) if match.group(1) is not None else match.group(4, 5, 6)
        )
        return head + re.split(rb"[\\/]", target)[-1] + tail

    cleaned = _TEMPLATE_TARGET.sub(_basename, content)
    if cleaned == content:
        return None
    found.append(_PATH_FOUND)
    return cleaned


def _strip_workbook_path(content: bytes, found: list[MetadataItem]) -> bytes | None:
    cleaned = _ABS_PATH.sub(b"", _ABS_PATH_BLOCK.sub(b"", content))
    if cleaned == content:
        return None
    found.append(_PATH_FOUND)
    return cleaned


def _clean_picture(name: str, content: bytes, found: list[MetadataItem]) -> bytes | None:
    cleaner = (
        clean_jpeg
        if content.startswith(b"\xff\xd8\xff")
        else clean_png
        if content.startswith(b"\x89PNG\r\n\x1a\n")
        else None
    )
    if cleaner is None:
        return None
    try:
        result = cleaner(content)
    except DamagedFileError:
        found.append(
            MetadataItem(
                _K.EMBEDDED, "picture", "a picture inside that could not be cleaned", kept=True
            )
        )
        return None
    found.extend(result.found)
    return result.cleaned if result.found else None


def _elements(
    xml: bytes, fields: dict[str, tuple[MetadataKind, str]], part: str
) -> list[MetadataItem]:
    """Items for each known element present with content (by name, never by value)."""
    text = xml[: 1024 * 1024].decode("utf-8", errors="replace")
    items: list[MetadataItem] = []
    for match in re.finditer(
        r"<(?:[\w.-]{1,40}:)?([\w-]{1,40})(?:\s[^<>]{0,2000})?>\s*[^<\s]", text
    ):
        local = match.group(1)
        if local in fields:
            kind, summary = fields[local]
            items.append(MetadataItem(kind, f"{part}:{local}", summary))
    return items
