"""The "New report" dialog: choose the form to fill in.

Lists the built-in forms and the forms stored in this vault with their titles in the
interface language and a one-line description; Enter or a double-click starts the report.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forms import localized_text
from intake_app.ui.reports_api import FormChoice

_HashRole = Qt.ItemDataRole.UserRole + 1


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= 160 else line[:157].rstrip() + "..."


class NewReportDialog(QDialog):
    """Pick a form. ``chosen()`` is the picked form after ``accepted``."""

    def __init__(self, forms: list[FormChoice], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newReportDialog")
        self._forms = {form.hash: form for form in forms}
        self.intro = QLabel(self)
        self.intro.setObjectName("newReportIntro")
        self.intro.setWordWrap(True)
        self.form_list = QListWidget(self)
        self.form_list.setObjectName("formList")
        self.form_list.setWordWrap(True)
        self.intro.setBuddy(self.form_list)
        for form in forms:
            title = localized_text(form.title, language, form.default_language)
            description = _first_line(
                localized_text(form.description, language, form.default_language)
            )
            item = QListWidgetItem(f"{title}\n{description}" if description else title)
            item.setData(_HashRole, form.hash)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            self.form_list.addItem(item)
        if forms:
            self.form_list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("newReportButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("newReportStart")
        self.ok_button.setEnabled(bool(forms))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("newReportCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form_list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form_list, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New report"))
        self.intro.setText(self.tr("Which &form do you want to fill in?"))
        self.form_list.setAccessibleName(self.tr("Forms"))
        self.ok_button.setText(self.tr("&Start"))
        self.resize(520, 360)

    def chosen(self) -> FormChoice | None:
        """The form selected now, or None."""
        item = self.form_list.currentItem()
        return None if item is None else self._forms.get(item.data(_HashRole))
