"""How the evidence panel words what metadata cleaning did (translated, no values)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from intake_app.core.evidence import CleanWarning, MetadataKind
from intake_app.ui.evidence_api import AttachmentView


def _t(text: str) -> str:
    return QCoreApplication.translate("evidence", text)


def kind_name(kind: MetadataKind) -> str:
    """A plain name for a kind of metadata."""
    names = {
        MetadataKind.LOCATION: _t("where it was made (location)"),
        MetadataKind.DEVICE: _t("the camera or device, with serial numbers"),
        MetadataKind.PERSON: _t("names of authors or owners"),
        MetadataKind.TIME: _t("dates and times"),
        MetadataKind.SOFTWARE: _t("the program used"),
        MetadataKind.HISTORY: _t("editing history"),
        MetadataKind.DESCRIPTION: _t("titles, comments and keywords"),
        MetadataKind.EMBEDDED: _t("hidden previews and extra data"),
        MetadataKind.OTHER: _t("other hidden details"),
    }
    return names[kind]


def warning_text(warning: CleanWarning) -> str:
    """Why a file was attached as it is."""
    texts = {
        CleanWarning.UNSUPPORTED_FORMAT: _t(
            "Hidden details could not be removed from this kind of file. It is attached as "
            "it is: it may show where, when or with what device it was made."
        ),
        CleanWarning.TOO_LARGE_TO_CLEAN: _t(
            "This file is too large to remove its hidden details. It is attached as it is: "
            "it may show where, when or with what device it was made."
        ),
        CleanWarning.KEPT_ON_REQUEST: _t("Hidden details were kept, as you asked."),
        CleanWarning.DAMAGED_FILE: _t(
            "This file looks damaged, so its hidden details could not be removed. It is "
            "attached as it is."
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
                _t("Removed before storing: %1.").replace(
                    "%1", "; ".join(kind_name(k) for k in view.removed_kinds)
                )
            )
        if view.warning is not None:
            parts.append(warning_text(view.warning))
        elif view.kept_kinds:
            parts.append(
                _t("Kept because it is part of the content: %1.").replace(
                    "%1", "; ".join(kind_name(k) for k in view.kept_kinds)
                )
            )
        if not parts:
            parts.append(_t("No hidden identifying details were found in this file."))
    elif view.removed_count:
        parts.append(
            _t("Hidden details removed when it was added: %1.").replace(
                "%1", QLocale().toString(view.removed_count)
            )
        )
    else:
        parts.append(_t("Nothing was removed from this file when it was added."))
    return " ".join(parts)
