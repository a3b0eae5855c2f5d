"""Problems found in a form definition or a spreadsheet, each with its location."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.Enum):
    """Errors make a definition unusable; warnings are shown and the work goes on."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One problem: where (a JSON-pointer-like path, or ``sheet!C12``) and what.

    ``message`` is an English sentence for form authors; it never contains answers.
    """

    location: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        tag = "" if self.severity is Severity.ERROR else "warning: "
        return f"{self.location or '/'}: {tag}{self.message}"


def pointer(*parts: str | int) -> str:
    """Return a JSON pointer (RFC 6901) for ``parts``: ``pointer('pages', 0)`` is ``/pages/0``."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)
