"""How the evidence panel words what metadata cleaning did (translated, no values)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from intake_app.core.evidence import CleanWarning, MetadataKind
from intake_app.ui.evidence_api import AttachmentView


def kind_name(kind: MetadataKind) -> str:
    """A plain name for a kind of metadata."""
    names = {
        MetadataKind.LOCATION: QCoreApplication.translate(
            "evidence", "where it was made (location)"
        ),
        MetadataKind.DEVICE: QCoreApplication.translate(
            "evidence", "the camera or device, with serial numbers"
        ),
        MetadataKind.PERSON: QCoreApplication.translate("evidence", "names of authors or owners"),
        MetadataKind.TIME: QCoreApplication.translate("evidence", "dates and times"),
        MetadataKind.SOFTWARE: QCoreApplication.translate("evidence", "the program used"),
        MetadataKind.HISTORY: QCoreApplication.translate("evidence", "editing history"),
        MetadataKind.DESCRIPTION: QCoreApplication.translate(
            "evidence", "titles, comments and keywords"
        ),
        MetadataKind.EMBEDDED: QCoreApplication.translate(
            "evidence", "hidden previews and extra data"
        ),
        MetadataKind.OTHER: QCoreApplication.translate("evidence", "other hidden details"),
    }
    return names[kind]


def warning_text(warning: CleanWarning) -> str:
    """Why a file was attached as it is."""
    texts = {
        CleanWarning.UNSUPPORTED_FORMAT: QCoreApplication.translate(
            "evidence",
            "Hidden details could not be removed from this kind of file. It is attached as "
            "it is: it may show where, when or with what device it was made.",
        ),
        CleanWarning.TOO_LARGE_TO_CLEAN: QCoreApplication.translate(
            "evidence",
            "This file is too large to remove its hidden details. It is attached as it is: "
            "it may show where, when or with what device it was made.",
        ),
        CleanWarning.KEPT_ON_REQUEST: QCoreApplication.translate(
            "evidence", "Hidden details were kept, as you asked."
        ),
        CleanWarning.DAMAGED_FILE: QCoreApplication.translate(
            "evidence",
            "This file looks damaged, so its hidden details could not be removed. It is "
            "attached as it is.",
        ),
    }
    return texts[warning]


def size_text(size: int) -> str:
    """A file size in the person's locale ("1.2 MB")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def cleaning_summary(view: AttachmentView) -> str:
    """One or two sentences: what was removed, what was kept, or the warning."""
    parts: list[str] = []
    if view.fresh:
        if view.removed_kinds:
            parts.append(
                QCoreApplication.translate("evidence", "Removed before storing: %1.").replace(
                    "%1", "; ".join(kind_name(k) for k in view.removed_kinds)
                )
            )
        if view.warning is not None:
            parts.append(warning_text(view.warning))
        elif view.kept_kinds:
            parts.append(
                QCoreApplication.translate(
                    "evidence", "Kept because it is part of the content: %1."
                ).replace("%1", "; ".join(kind_name(k) for k in view.kept_kinds))
            )
        if not parts:
            parts.append(
                QCoreApplication.translate(
                    "evidence", "No hidden identifying details were found in this file."
                )
            )
    elif view.removed_count:
        parts.append(
            QCoreApplication.translate(
                "evidence", "Hidden details removed when it was added: %1."
            ).replace("%1", QLocale().toString(view.removed_count))
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "evidence", "Nothing was removed from this file when it was added."
            )
        )
    return " ".join(parts)
