"""An attachment question: the files given for it, and a button to add one.

Attaching itself (reading the file, removing identifying metadata, storing it encrypted)
is the report window's job, on the database thread; this widget only asks for it and
shows the names of the files the answer holds. The full evidence screen (previews,
removal) comes later.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget, QPushButton, QVBoxLayout, QWidget

from intake_app.ui.forms_view.base import FieldWidget, object_name


class AttachmentField(FieldWidget):
    """Files for this question; the answer is the list of their attachment ids."""

    def build_input(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        name = object_name(self.path)
        self._ids: list[str] = []
        self.files = QListWidget(box)
        self.files.setObjectName(f"{name}_files")
        self.files.setAccessibleName(
            f"{self.label_text}: " + QCoreApplication.translate("AttachmentField", "Files")
        )
        self.files.setMaximumHeight(80)
        self.add_button = QPushButton(
            QCoreApplication.translate("AttachmentField", "Add a file..."), box
        )
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.setAccessibleName(
            f"{self.label_text}: " + QCoreApplication.translate("AttachmentField", "Add a file...")
        )
        self.add_button.clicked.connect(self._add)
        self.add_button.setEnabled(self.ctx.attach is not None)
        layout.addWidget(self.files)
        layout.addWidget(self.add_button)
        return box

    def focus_target(self) -> QWidget:
        return self.add_button

    def value(self) -> Any:
        return list(self._ids) or None

    def show_value(self, value: Any) -> None:
        ids = [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
        self._show([(att_id, self.ctx.attachment_names.get(att_id, "")) for att_id in ids])

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only and self.ctx.attach is not None)

    def _add(self) -> None:
        if self.ctx.attach is not None:
            self.ctx.attach(self.path, self._attached)

    def _attached(self, att_id: str, display_name: str) -> None:
        if not shiboken6.isValid(self) or att_id in self._ids:
            return  # the form was closed or rebuilt meanwhile; the file is still stored
        names = self.ctx.attachment_names
        self._show([(i, names.get(i, "")) for i in self._ids] + [(att_id, display_name)])
        self.changed()

    def _show(self, files: list[tuple[str, str]]) -> None:
        self._ids = [att_id for att_id, _name in files]
        self.files.clear()
        for att_id, display_name in files:
            self.ctx.attachment_names[att_id] = display_name
            self.files.addItem(
                display_name or QCoreApplication.translate("AttachmentField", "(file)")
            )
