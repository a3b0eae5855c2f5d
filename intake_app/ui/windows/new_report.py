"""The "New report" dialog: choose the form to fill in.

Lists the built-in forms and the forms added to this vault by their titles in the
interface language; the selected form's description is shown under the list. Enter or a
double-click starts the report.
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
        self.form_list.setSpacing(3)
        # The selected form's description, in full, under the list.
        self.description = QLabel(self)
        self.description.setObjectName("formDescription")
        self.description.setTextFormat(Qt.TextFormat.PlainText)  # forms may come from others
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(72)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self._descriptions: dict[str, str] = {}
        for form in forms:
            title = localized_text(form.title, language, form.default_language)
            description = localized_text(form.description, language, form.default_language)
            self._descriptions[form.hash] = description.strip()
            item = QListWidgetItem(title)
            item.setData(_HashRole, form.hash)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, _first_line(description))
            item.setToolTip(_first_line(description))
            self.form_list.addItem(item)
        self.form_list.currentItemChanged.connect(lambda *_a: self._show_description())
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
        layout.addWidget(self.description)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New report"))
        self.intro.setText(self.tr("Which &form do you want to fill in?"))
        self.form_list.setAccessibleName(self.tr("Forms"))
        self.ok_button.setText(self.tr("&Start"))
        self.resize(520, 360)

    def _show_description(self) -> None:
        chosen = self.chosen()
        text = self._descriptions.get(chosen.hash, "") if chosen is not None else ""
        self.description.setText(text)
        self.description.setAccessibleName(text)

    def chosen(self) -> FormChoice | None:
        """The form selected now, or None."""
        item = self.form_list.currentItem()
        return None if item is None else self._forms.get(item.data(_HashRole))
