"""What inspecting and cleaning one piece of evidence produced: plain data, no behaviour."""

from __future__ import annotations

import enum
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO


class MetadataKind(enum.Enum):
    """The broad kind of a piece of metadata, so the ui can group and word it."""

    LOCATION = "location"  # GPS coordinates, place names
    DEVICE = "device"  # camera make, model, serial numbers, lens
    PERSON = "person"  # author, last editor, owner, company, manager
    TIME = "time"  # when it was taken, created, modified, printed
    SOFTWARE = "software"  # the program that made or edited it
    HISTORY = "history"  # editing history, earlier revisions, document ids
    DESCRIPTION = "description"  # titles, comments, keywords, free-text notes
    EMBEDDED = "embedded"  # thumbnails, previews, trailing data, private blocks
    OTHER = "other"


@dataclass(frozen=True)
class MetadataItem:
    """One piece of metadata that was found, described without its value.

    ``field`` names where it was found (an EXIF tag name, a PNG keyword, a document
    property), ``summary`` says in plain words what it is ("location (GPS coordinates)").
    Neither ever holds the value itself: the summary is shown on screen and may end up in
    a terminal's scroll-back, and the person can always look at the original.
    ``kept`` is True for what was found but deliberately not removed (e.g. reviewer names
    in a document's tracked changes, which are part of its content).
    """

    kind: MetadataKind
    field: str
    summary: str
    kept: bool = False


class CleanWarning(enum.Enum):
    """Why a file was attached with its metadata, or possibly some of it, still inside.

    ``message`` is the default English sentence; the ui words it in the user's language.
    """

    UNSUPPORTED_FORMAT = "unsupported_format"
    TOO_LARGE_TO_CLEAN = "too_large_to_clean"
    KEPT_ON_REQUEST = "kept_on_request"
    DAMAGED_FILE = "damaged_file"

    @property
    def message(self) -> str:
        """One plain sentence for this warning."""
        return _WARNING_MESSAGES[self]


_WARNING_MESSAGES = {
    CleanWarning.UNSUPPORTED_FORMAT: (
        "Metadata could not be removed from this kind of file; it is attached as it is."
    ),
    CleanWarning.TOO_LARGE_TO_CLEAN: (
        "This file is too large to remove its metadata; it is attached as it is."
    ),
    CleanWarning.KEPT_ON_REQUEST: (
        "Metadata was kept as you asked; the file is attached as it is."
    ),
    CleanWarning.DAMAGED_FILE: (
        "This file looks damaged, so its metadata could not be removed; it is attached as it is."
    ),
}


@dataclass(frozen=True)
class CleanedEvidence:
    """The outcome of :func:`inspect_and_clean` for one file.

    ``media_type`` is sniffed from the content (never from the name). ``original_sha256``
    (lower-case hex) and ``original_size`` describe the file exactly as it was given.
    ``found`` lists what metadata was seen, ``removed`` is True when the bytes to store
    differ from the original because metadata was taken out, ``warning`` says why a file
    is stored as it is (None when it was cleaned or had nothing to clean).
    ``stored_sha256`` and ``stored_size`` describe the bytes :meth:`open_cleaned` yields.
    """

    display_name: str = field(repr=False)  # a file name can say who or what it is about
    media_type: str
    original_sha256: str
    original_size: int
    found: list[MetadataItem]
    removed: bool
    warning: CleanWarning | None
    stored_sha256: str
    stored_size: int
    _opener: Callable[[], BinaryIO] = field(repr=False, compare=False)

    def open_cleaned(self) -> BinaryIO:
        """Return a fresh read-only stream of the bytes to store, positioned at the start.

        Cleaned files are read from memory; files kept as they are re-read from the
        caller's source, which must stay open and unchanged until the stream is read.
        Raises EvidenceChangedError (from read) if the source no longer matches its hash.
        Each call returns a new stream; it never writes anything anywhere.
        """
        return self._opener()

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready description for ``--json`` output: figures and kinds, no content."""
        return {
            "display_name": self.display_name,
            "media_type": self.media_type,
            "original_sha256": self.original_sha256,
            "original_size": self.original_size,
            "stored_sha256": self.stored_sha256,
            "stored_size": self.stored_size,
            "removed": self.removed,
            "warning": self.warning.value if self.warning else None,
            "warning_message": self.warning.message if self.warning else None,
            "found": [
                {
                    "kind": item.kind.value,
                    "field": item.field,
                    "summary": item.summary,
                    "kept": item.kept or not self.removed,
                }
                for item in self.found
            ],
        }


def memory_opener(data: bytes) -> Callable[[], BinaryIO]:
    """Return an opener serving ``data`` from memory (never from disk)."""

    def _open() -> BinaryIO:
        return io.BytesIO(data)

    return _open
