"""Evidence without metadata: inspect an attached file, remove identifying metadata.

Qt-free and storage-free: it takes a readable, seekable binary stream and returns what
to store. Used by ``intake case attach`` / ``intake case new --attach`` and the desktop.

What a caller does::

    from intake_app.core.evidence import inspect_and_clean, EvidenceError

    with open(path, "rb") as src:                   # keep it open until stored
        try:
            ev = inspect_and_clean(src, display_name, keep_metadata=keep)
        except EvidenceError as exc:                # only: the source cannot be read
            fail(str(exc))
        for item in ev.found:                       # show what was found, by kind
            still_there = item.kept or not ev.removed
            print(item.summary, "(kept)" if still_there else "(removed)")
        if ev.warning is not None:                  # never silent: always show it
            print(ev.warning.message)
        with ev.open_cleaned() as stream:           # the bytes to store (streamed)
            store(stream, media_type=ev.media_type, size=ev.stored_size,
                  sha256=ev.stored_sha256, original_sha256=ev.original_sha256)

- ``found`` lists what was seen, described without values ("location (GPS
  coordinates)", "camera serial number", "author name"). When ``removed`` is True
  everything in it was removed except items with ``kept=True`` (visible content such
  as names in tracked changes). When ``warning`` is set, nothing was removed.
- ``warning`` is a CleanWarning: UNSUPPORTED_FORMAT (audio, video, HEIC/AVIF, SVG,
  HTML/XML, old binary Office files, encrypted PDFs or documents, other zips, unknown
  kinds), TOO_LARGE_TO_CLEAN (over ``max_in_memory``), KEPT_ON_REQUEST
  (``keep_metadata=True`` and there was something to remove), DAMAGED_FILE (broken or
  hostile files: truncated pictures, unreadable PDFs, zip bombs). In every case the file
  is stored exactly as given and ``original_sha256 == stored_sha256``. A file with
  nothing to remove has ``warning`` None and ``removed`` False, stored as given.
- Cleaned: JPEG, PNG, WebP, GIF (pixels bit-identical), TIFF (pixels checked equal),
  PDF, docx/xlsx/pptx and odt/ods/odp. Plain text has nothing hidden (no warning).
- ``original_sha256`` is the SHA-256 of the file as given: record it, so the original
  can later be matched to the stored copy.
- ``open_cleaned()`` reads cleaned files from memory and files kept as they are from
  the caller's source, checking on the last byte that the source did not change
  (EvidenceChangedError from ``read`` if it did). Store with the stored_* figures.
- ``ev.as_dict()`` is a JSON-ready description for ``--json`` ("kept" in each found
  item is already resolved: true when the item is still in the stored bytes).
- Content problems never raise; only an unreadable source raises EvidenceSourceError.
  Nothing is ever written to disk: no temporary files, no logs.

docs/evidence.md explains, for users and caseworkers, what is removed from which format.
"""

from __future__ import annotations

from intake_app.core.evidence._clean import DEFAULT_MAX_IN_MEMORY, inspect_and_clean
from intake_app.core.evidence._model import (
    CleanedEvidence,
    CleanWarning,
    MetadataItem,
    MetadataKind,
)
from intake_app.core.evidence.errors import (
    EvidenceChangedError,
    EvidenceError,
    EvidenceSourceError,
)

__all__ = [
    "DEFAULT_MAX_IN_MEMORY",
    "CleanWarning",
    "CleanedEvidence",
    "EvidenceChangedError",
    "EvidenceError",
    "EvidenceSourceError",
    "MetadataItem",
    "MetadataKind",
    "inspect_and_clean",
]
