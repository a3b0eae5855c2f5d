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
    """Return a JSON pointer (RFC 6901) for ``parts``: ``pointer('pages', 0)`` is ``/pages/0``.

    Parts are passed through ``shown``, so a hostile key cannot smuggle control
    characters into a terminal or a log.
    """
    return "".join("/" + shown(str(p)).replace("~", "~0").replace("/", "~1") for p in parts)


def shown(text: object, limit: int = 64) -> str:
    """``text`` made safe to echo in a message: at most ``limit`` characters, printable only."""
    s = str(text)
    cut = s[:limit]
    return "".join(c if c.isprintable() else "?" for c in cut) + ("..." if len(s) > limit else "")
