"""The case list as a Qt table model over ``session.cases.list()``.

The model holds plain records handed over from the database thread; it never touches the
session itself. Columns read attributes by name, so a record type that gains fields needs
no change here until a column wants them.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex

# (attribute on the record, header source text); lupdate reads the translate() calls below.
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "Report"),
    ("form_id", "Form"),
    ("status", "Status"),
    ("updated_at", "Last change"),
)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("CaseListModel", "Report"),
        QCoreApplication.translate("CaseListModel", "Form"),
        QCoreApplication.translate("CaseListModel", "Status"),
        QCoreApplication.translate("CaseListModel", "Last change"),
    ]


class CaseListModel(QAbstractTableModel):
    """Rows are case records (any objects with the column attributes; missing is blank)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_cases(self, cases: Sequence[Any]) -> None:
        """Replace all rows (after a fresh ``cases.list()``)."""
        self.beginResetModel()
        self._rows = list(cases)
        self.endResetModel()

    def case_at(self, row: int) -> Any:
        """The record in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def clear(self) -> None:
        """Forget every row (on lock: nothing from the vault stays in memory we control)."""
        self.set_cases([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        name = _COLUMNS[index.column()][0]
        value = getattr(self._rows[index.row()], name, None)
        if name == "updated_at" and isinstance(value, str):
            # Stored as ISO 8601 text; shown in the person's locale.
            when = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
            if not when.isValid():
                when = QDateTime.fromString(value, Qt.DateFormat.ISODate)
            if when.isValid():
                return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)
        if isinstance(value, enum.Enum):  # statuses: their value until a later screen words them
            return str(value.value)
        return "" if value is None else str(value)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None
