"""What a format cleaner hands back to the dispatcher (internal to this package)."""

from __future__ import annotations

from dataclasses import dataclass, field

from intake_app.core.evidence._model import MetadataItem


@dataclass
class Cleaning:
    """A cleaner's result: the bytes to store and what it found (before removing it).

    ``media_type`` refines the sniffed type when the cleaner learned more (a zip that is
    really a .docx).
    """

    cleaned: bytes
    found: list[MetadataItem] = field(default_factory=list)
    media_type: str | None = None


class DamagedFileError(Exception):
    """The file does not follow its format; it is kept as it is (internal signal)."""

    def __init__(self, found: list[MetadataItem] | None = None) -> None:
        super().__init__("damaged file")
        self.found = found or []


class CannotCleanError(Exception):
    """The file is valid but cannot be cleaned (encrypted, exotic); kept as it is."""

    def __init__(self, found: list[MetadataItem] | None = None, media_type: str | None = None):
        super().__init__("cannot clean")
        self.found = found or []
        self.media_type = media_type
