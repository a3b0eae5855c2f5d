"""Errors raised while attaching evidence.

They derive from the core's root class ``IntakeError`` (intake_app/core/errors.py), so a
caller that handles IntakeError handles these. Content problems (damaged, hostile or
unsupported files) are never errors: they come back as a ``CleanWarning`` and the file
is kept as it is. Only a source that cannot be read raises.
"""

from __future__ import annotations

from intake_app.core.errors import IntakeError


class EvidenceError(IntakeError):
    """The file could not be attached."""


class EvidenceSourceError(EvidenceError):
    """The file could not be read from start to end; check that it is still there."""


class EvidenceChangedError(EvidenceError):
    """The file changed while it was being attached; attach it again."""
