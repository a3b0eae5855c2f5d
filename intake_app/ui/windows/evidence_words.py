"""How the evidence panel words what metadata cleaning did (translated, no values).

The words for each kind of hidden detail and each warning are the report editor's
(``metadata_words``), so both screens say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from intake_app.ui.evidence_api import AttachmentView
from intake_app.ui.metadata_words import kind_text, warning_text


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
                    "%1", ", ".join(kind_text(k) for k in view.removed_kinds)
                )
            )
        if view.warning is not None:
            parts.append(warning_text(view.warning))
        elif view.kept_kinds:
            parts.append(
                QCoreApplication.translate(
                    "evidence", "Kept because it is part of the content: %1."
                ).replace("%1", ", ".join(kind_text(k) for k in view.kept_kinds))
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
