"""The partner list as a Qt list model: name and, never by colour alone, the status.

Rows are ``PartnerView`` values handed over from the database thread. An unverified
partner carries a warning icon *and* the words "not verified" in its text, so the status
reaches people who cannot tell colours apart and screen-reader users alike. With
``checkable=True`` (the export wizard) verified partners get a check box and unverified
ones are disabled, with the reason in their tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from intake_app.ui.exchange_api import PartnerView

_Index = QModelIndex | QPersistentModelIndex

#: The role under which each row's ``PartnerView`` is available.
PARTNER_ROLE = Qt.ItemDataRole.UserRole + 1


def status_text(partner: PartnerView) -> str:
    """ "verified" / "not verified - compare the digits first", translated; followed by
    the look-alike warning on a new line when the name looks like a verified partner's."""
    if partner.verified:
        text = QCoreApplication.translate("PartnerListModel", "verified")
    else:
        text = QCoreApplication.translate(
            "PartnerListModel", "not verified - compare the digits first"
        )
    if partner.looks_like is not None:
        warning = QCoreApplication.translate(
            "PartnerListModel", "looks like the verified partner \u201c%1\u201d but is not it"
        )
        text += "\n" + warning.replace("%1", partner.looks_like)
    return text


def _warn(partner: PartnerView) -> bool:
    return not partner.verified or partner.looks_like is not None


class PartnerListModel(QAbstractListModel):
    """One row per partner, sorted as the core returns them (by name)."""

    def __init__(self, parent: Any = None, *, checkable: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[PartnerView] = []
        self._checked: set[str] = set()
        self._checkable = checkable

    def set_partners(self, partners: Sequence[PartnerView]) -> None:
        """Replace all rows; checks survive for partners still verified."""
        self.beginResetModel()
        self._rows = list(partners)
        verified = {p.id for p in self._rows if p.verified}
        self._checked &= verified
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.set_partners([])

    def partner_at(self, row: int) -> PartnerView | None:
        """The partner in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, partner_id: str) -> int:
        """The row of the partner with ``partner_id``, or -1."""
        for row, partner in enumerate(self._rows):
            if partner.id == partner_id:
                return row
        return -1

    def checked_ids(self) -> list[str]:
        """Ids of the checked (always verified) partners, in list order."""
        return [p.id for p in self._rows if p.id in self._checked]

    def set_checked(self, partner_id: str, checked: bool) -> None:
        """Check or uncheck a partner (unverified partners cannot be checked)."""
        row = self.row_of(partner_id)
        if row >= 0:
            self.setData(
                self.index(row),
                Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                Qt.ItemDataRole.CheckStateRole,
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        partner = self.partner_at(index.row()) if index.isValid() else None
        if partner is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{partner.name}\n{status_text(partner)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{partner.name}, " + status_text(partner).replace("\n", ", ")
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if _warn(partner)
                else QStyle.StandardPixmap.SP_DialogApplyButton
            )
            return QApplication.style().standardIcon(pixmap)
        if role == Qt.ItemDataRole.ToolTipRole:
            return status_text(partner) if _warn(partner) else partner.fingerprint
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable and partner.verified:
            return Qt.CheckState.Checked if partner.id in self._checked else Qt.CheckState.Unchecked
        if role == PARTNER_ROLE:
            return partner
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        partner = self.partner_at(index.row()) if index.isValid() else None
        if partner is None:
            return Qt.ItemFlag.NoItemFlags
        if self._checkable:
            if not partner.verified:
                return Qt.ItemFlag.NoItemFlags  # shown, greyed, with the reason in the text
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def setData(  # noqa: N802 - Qt's name
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        partner = self.partner_at(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.CheckStateRole or partner is None or not partner.verified:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(partner.id)
        else:
            self._checked.discard(partner.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
