"""What attaching a file did to its hidden details, in plain translated words.

The core reports what it found by kind (``MetadataKind``) and, when it could not clean a
file, why (``CleanWarning``); it never hands over the values themselves. Here each kind
and warning gets a sentence a person can read; the core's own English summaries are never
shown. Used by the report editor now and by the evidence screen later.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from intake_app.core.evidence import CleanWarning, MetadataItem, MetadataKind


def kind_text(kind: MetadataKind) -> str:
    """A kind of hidden detail, as a short phrase."""
    words = {
        MetadataKind.LOCATION: QCoreApplication.translate("metadata", "where it was made"),
        MetadataKind.DEVICE: QCoreApplication.translate("metadata", "the camera or device"),
        MetadataKind.PERSON: QCoreApplication.translate("metadata", "names of people"),
        MetadataKind.TIME: QCoreApplication.translate("metadata", "when it was made"),
        MetadataKind.SOFTWARE: QCoreApplication.translate("metadata", "the program used"),
        MetadataKind.HISTORY: QCoreApplication.translate("metadata", "its editing history"),
        MetadataKind.DESCRIPTION: QCoreApplication.translate(
            "metadata", "titles, comments and keywords"
        ),
        MetadataKind.EMBEDDED: QCoreApplication.translate(
            "metadata", "hidden previews and extra data"
        ),
        MetadataKind.OTHER: QCoreApplication.translate("metadata", "other hidden details"),
    }
    return words[kind]


def warning_text(warning: CleanWarning) -> str:
    """Why a file was stored with its hidden details, and what that means."""
    words = {
        CleanWarning.UNSUPPORTED_FORMAT: QCoreApplication.translate(
            "metadata",
            "Intake Desk cannot clean this kind of file, so it was attached as it is. "
            "It may still contain details about you or your device.",
        ),
        CleanWarning.TOO_LARGE_TO_CLEAN: QCoreApplication.translate(
            "metadata",
            "This file is too large to clean, so it was attached as it is. "
            "It may still contain details about you or your device.",
        ),
        CleanWarning.DAMAGED_FILE: QCoreApplication.translate(
            "metadata",
            "This file seems damaged, so it could not be cleaned and was attached as it is.",
        ),
        CleanWarning.KEPT_ON_REQUEST: QCoreApplication.translate(
            "metadata", "The file was attached as it is, with its hidden details, as you asked."
        ),
    }
    return words[warning]


def attach_summary(
    name: str, found: Iterable[MetadataItem], removed: bool, warning: CleanWarning | None
) -> str:
    """One or two sentences on what happened to ``name``'s hidden details."""
    attached = QCoreApplication.translate("metadata", "“%1” was attached.").replace("%1", name)
    if warning is not None:
        return f"{attached} {warning_text(warning)}"
    kinds: list[MetadataKind] = []
    for item in found:
        if removed and not item.kept and item.kind not in kinds:
            kinds.append(item.kind)
    if not kinds:
        return f"{attached} " + QCoreApplication.translate(
            "metadata", "It held no hidden details about you or your device."
        )
    removed_text = QCoreApplication.translate("metadata", "Removed before storing: %1.").replace(
        "%1", ", ".join(kind_text(kind) for kind in kinds)
    )
    return f"{attached} {removed_text}"
