"""The report list as a Qt table model over ``reports_api.list_reports`` rows.

Columns: the report's name, its form's title (in the interface language, else the form's
own default), the last change (in the person's locale) and the status in words. The
model holds plain rows handed over from the database thread, never the session, and
never any answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from forms import localized_text
from intake_app.storage.records import CaseStatus
from intake_app.ui.dates import local_time
from intake_app.ui.reports_api import ReportRow

_Index = QModelIndex | QPersistentModelIndex

# The row's id, for views that act on the selected report.
ReportIdRole = Qt.ItemDataRole.UserRole + 1

TITLE, FORM, CHANGED, STATUS = range(4)


def status_text(status: CaseStatus, sealed: bool) -> str:
    """A report's status in plain words."""
    words = {
        CaseStatus.DRAFT: QCoreApplication.translate("ReportListModel", "Draft"),
        CaseStatus.EXPORTED: QCoreApplication.translate("ReportListModel", "Sent"),
        CaseStatus.RECEIVED: QCoreApplication.translate("ReportListModel", "Received"),
        CaseStatus.IN_REVIEW: QCoreApplication.translate("ReportListModel", "In review"),
        CaseStatus.ANSWERED: QCoreApplication.translate("ReportListModel", "Answered"),
        CaseStatus.CLOSED: QCoreApplication.translate("ReportListModel", "Closed"),
    }
    text = words[status]
    if sealed and status is CaseStatus.DRAFT:  # cannot happen today; say it plainly if it does
        text = QCoreApplication.translate("ReportListModel", "Sent")
    return text


def _language() -> str:
    return QLocale().name().split("_")[0] or "en"


def _when(iso: str) -> str:
    return local_time(iso)


class ReportListModel(QAbstractTableModel):
    """Rows are ``ReportRow``s, most recently changed first (as the vault lists them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReportRow] = []

    def set_reports(self, rows: Sequence[ReportRow]) -> None:
        """Replace all rows (after a fresh list from the vault)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.set_reports([])

    def report(self, row: int) -> ReportRow | None:
        """The report shown in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, report_id: str) -> int:
        """The row showing ``report_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == report_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ReportIdRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == TITLE:
            return row.title or QCoreApplication.translate("ReportListModel", "(no name)")
        if column == FORM:
            return localized_text(row.form_title, _language(), row.form_default_language)
        if column == CHANGED:
            return _when(row.updated_at)
        return status_text(row.status, row.sealed)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ReportListModel", "Report"),
            QCoreApplication.translate("ReportListModel", "Form"),
            QCoreApplication.translate("ReportListModel", "Last change"),
            QCoreApplication.translate("ReportListModel", "Status"),
        )[section]
