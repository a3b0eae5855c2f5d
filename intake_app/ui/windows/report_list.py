"""The reports panel: the list of reports (or its empty state) and the open report.

The main window's central widget. The list shows drafts and sent reports with their form,
name, last change and status; "New report" (Ctrl+N) asks for a form and opens the new
draft; Enter or a double-click opens a report; "Make a copy" duplicates it (a sent
report's copy is its new version, linked to it); "Delete" asks first and then deletes the
report and, through the core, its attachment files. Every vault call goes through
``DbOp``; results from before a lock are dropped (``forget``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forms import localized_text
from intake_app.core.session import Session
from intake_app.ui import reports_api
from intake_app.ui.messages import describe
from intake_app.ui.models.reports import ReportListModel
from intake_app.ui.reports_api import FormChoice, OpenedReport, ReportRow
from intake_app.ui.tasks import DbOp, TaskRunner
from intake_app.ui.windows.new_report import NewReportDialog
from intake_app.ui.windows.report_window import ReportEditor, ui_language

T = TypeVar("T")


class ReportsPanel(QStackedWidget):
    """The list page and, while a report is open, its editor. Signals (GUI thread):

    - ``problem(str)``: a sentence to show in the status bar (an operation failed);
    - ``report_opened(ReportEditor)``: the editor of a report is now shown;
    - ``reports_listed()``: the list was reloaded from the vault.
    """

    problem = Signal(str)
    report_opened = Signal(object)
    reports_listed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPanel")
        self._runner = runner
        self._epoch = 0  # bumped on lock: late results from the old session are dropped
        self.editor: ReportEditor | None = None
        self._select_next: str | None = None  # the report to select at the next listing
        # The first listing after an unlock puts the focus on the list, so the arrow keys,
        # Enter (open) and Delete work at once; Qt would leave it on "New report".
        self._focus_list = True
        self.save_delay_ms: int | None = None  # tests shorten the autosave pause

        self.list_page = QWidget(self)
        self.list_page.setObjectName("reportListPage")
        self.new_button = QPushButton(self.list_page)
        self.new_button.setObjectName("newReportButton")
        self.open_button = QPushButton(self.list_page)
        self.open_button.setObjectName("openReportButton")
        self.copy_button = QPushButton(self.list_page)
        self.copy_button.setObjectName("copyReportButton")
        self.delete_button = QPushButton(self.list_page)
        self.delete_button.setObjectName("deleteReportButton")
        toolbar = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.copy_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.delete_button)

        self.model = ReportListModel(self)
        self.table = QTableView(self.list_page)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.empty_state = QLabel(self.list_page)
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.stack = QStackedWidget(self.list_page)
        self.stack.setObjectName("centralStack")
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self.list_page)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)
        self.addWidget(self.list_page)

        self.new_button.clicked.connect(self.new_report)
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(self._activated)
        self.model.modelReset.connect(self._update_state)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self.list_page)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.new_report)
        delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_selected)
        self._update_state()
        self.retranslate()

    # -- public -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list from the vault (on the database thread)."""
        epoch = self._epoch

        def show(rows: list[ReportRow]) -> None:
            if epoch != self._epoch:
                return
            selected = self.selected()
            wanted = self._select_next or (selected.id if selected is not None else None)
            self._select_next = None
            self.model.set_reports(rows)
            row = self.model.row_of(wanted) if wanted is not None else -1
            if row < 0 and rows:
                row = 0
            if row >= 0:
                self.table.selectRow(row)
            if self._focus_list and rows and self.currentWidget() is self.list_page:
                self.table.setFocus()
            self._focus_list = False
            self.reports_listed.emit()

        self._db(reports_api.list_reports, show)

    def forget(self) -> None:
        """On lock: save what the open report has pending, then drop everything shown."""
        self._epoch += 1
        self._focus_list = True
        if self.editor is not None:
            self._select_next = self.editor.case.id  # selected again after the unlock
            self.editor.forget()
            self._drop_editor()
        self.model.clear()

    def selected(self) -> ReportRow | None:
        """The report selected in the list, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.report(rows[0].row()) if rows else None

    def new_report(self) -> None:
        """Ask which form to use, then create the draft and open it."""
        if self.currentWidget() is not self.list_page:
            return
        self._db(reports_api.available_forms, self._choose_form)

    def open_selected(self) -> None:
        """Open the selected report."""
        row = self.selected()
        if row is not None:
            self.open_report(row.id)

    def open_report(self, report_id: str) -> None:
        """Load the report and its form, then show the editor."""
        self._db(lambda s: reports_api.open_report(s, report_id), self._show_editor)

    def copy_selected(self) -> None:
        """Copy the selected report into a new draft and open it."""
        row = self.selected()
        if row is not None:
            self.make_copy(row.id, row.title, sealed=row.sealed)

    def make_copy(self, report_id: str, title: str, *, sealed: bool) -> None:
        """A new draft from ``report_id`` (a sent report's new version), opened at once."""
        name = title or self.tr("Report")
        if sealed:
            new_title = self.tr("%1 (new version)").replace("%1", name)
        else:
            new_title = self.tr("%1 (copy)").replace("%1", name)
        self._db(lambda s: reports_api.duplicate_report(s, report_id, new_title), self._show_editor)

    def delete_selected(self) -> None:
        """Ask, then delete the selected report and its attachments."""
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(self)
        box.setObjectName("deleteReportConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete report"))
        box.setText(
            self.tr("Delete “%1” for good?").replace("%1", row.title or self.tr("(no name)"))
        )
        box.setInformativeText(
            self.tr(
                "The report and the files attached to it will be removed from this "
                "computer. This cannot be undone."
            )
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDelete")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancelDelete")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        report_id = row.id

        def finished(_result: int) -> None:
            if box.clickedButton() is delete:
                self._db(lambda s: reports_api.delete_report(s, report_id), self._deleted)

        box.finished.connect(finished)
        box.open()  # window-modal, not blocking: locking can always close it

    # -- internals --------------------------------------------------------------------

    def _db(self, fn: Callable[[Session], T], on_success: Callable[[T], None]) -> None:
        epoch = self._epoch

        def success(result: T) -> None:
            if epoch == self._epoch:
                on_success(result)

        def failure(error: BaseException) -> None:
            if epoch == self._epoch:
                self.problem.emit(describe(error))

        DbOp(self._runner, fn, parent=self).success(success).failure(failure).run()

    def _choose_form(self, forms: list[FormChoice]) -> None:
        language = ui_language()
        dialog = NewReportDialog(forms, language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            form = dialog.chosen()
            if form is None:
                return
            title = localized_text(form.title, language, form.default_language)
            self._db(lambda s: reports_api.create_draft(s, form.hash, title), self._show_editor)

        dialog.accepted.connect(accepted)
        dialog.open()

    def _show_editor(self, opened: OpenedReport) -> None:
        if self.editor is not None:
            self.editor.forget()
            self._drop_editor()
        editor = ReportEditor(self._runner, opened, self, save_delay_ms=self.save_delay_ms)
        editor.closed.connect(self._editor_closed)
        editor.new_version_requested.connect(
            lambda report_id: self.make_copy(report_id, opened.case.title, sealed=True)
        )
        self.editor = editor
        self.addWidget(editor)
        self.setCurrentWidget(editor)
        first = next(editor.view.pages[editor.view.current].fields.walk_shown(), None)
        (first.focus_target() if first is not None else editor.title_edit).setFocus()
        self.report_opened.emit(editor)

    def _editor_closed(self) -> None:
        if self.editor is not None:
            self._select_next = self.editor.case.id
        self._drop_editor()
        self.refresh()
        self.table.setFocus()

    def _drop_editor(self) -> None:
        editor, self.editor = self.editor, None
        self.setCurrentWidget(self.list_page)
        if editor is not None:
            self.removeWidget(editor)
            editor.hide()
            editor.deleteLater()

    def _deleted(self, _result: object) -> None:
        self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        report = self.model.report(index.row())
        if report is not None:
            self.open_report(report.id)

    def _update_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty_state if empty else self.table)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.open_button, self.copy_button, self.delete_button):
            button.setEnabled(has)

    def retranslate(self) -> None:
        """Set every text in the interface language (called on language change)."""
        self.new_button.setText(self.tr("&New report"))
        self.new_button.setToolTip(self.tr("Start a new report (Ctrl+N)"))
        self.open_button.setText(self.tr("&Open"))
        self.copy_button.setText(self.tr("Make a &copy"))
        self.copy_button.setToolTip(
            self.tr("Copy the report into a new draft (for a sent report: its new version)")
        )
        self.delete_button.setText(self.tr("&Delete..."))
        self.table.setAccessibleName(self.tr("Reports"))
        self.empty_state.setAccessibleName(self.tr("No reports yet"))
        self.empty_state.setText(
            self.tr("No reports yet")
            + "\n\n"
            + self.tr("Press “New report” (Ctrl+N) to write down what happened.")
            + "\n\n"
            + self.tr("Ctrl+L locks the vault. Ctrl+Shift+Q hides everything and locks at once.")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
