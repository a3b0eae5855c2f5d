"""Wiring the partners, identity, evidence and export screens into the shell.

``ExchangeScreens`` adds two menus to the main window - "Partners" (partner
organisations, my contact card) and "Report" (evidence, send) - and opens each screen as
a window-modal dialog parented to the main window, with ``open()`` (never ``exec()``), so
the controller's lock, auto-lock and panic close them like every other dialog; a running
export is cancelled by the lock itself (the runner cancels long work before closing the
session). The controller creates one instance; nothing else in the shell changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QDialog, QMenu, QPushButton, QWidget

from intake_app.ui.widgets.file_dialogs import forget_qt_file_dialog_history
from intake_app.ui.windows.evidence import EvidenceDialog
from intake_app.ui.windows.export_wizard import ExportWizard
from intake_app.ui.windows.identity import IdentityDialog
from intake_app.ui.windows.partners import PartnersDialog

if TYPE_CHECKING:
    from intake_app.ui.controller import AppController


class ExchangeScreens(QObject):
    """Menus and launchers for the screens of this module; owned by the controller.

    Signals: ``screen_opened(QDialog)`` after any of its screens was shown.
    """

    screen_opened = Signal(object)

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        # For every file dialog of the app (backup, report editor, these screens): Qt's
        # own dialogs must not save their folder history in Qt's settings file.
        forget_qt_file_dialog_history()
        self._controller = controller
        main = controller.main_window
        self._main = main

        def action(name: str, slot: Callable[[], object], keys: str | None = None) -> QAction:
            act = QAction(main)
            act.setObjectName(name)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(lambda _checked=False: slot())
            main.addAction(act)
            return act

        self.partners_action = action("partnersAction", self.open_partners, "Ctrl+Shift+P")
        self.identity_action = action("identityAction", self.open_identity, "Ctrl+Shift+I")
        self.evidence_action = action("evidenceAction", self._evidence_for_selected, "Ctrl+E")
        self.export_action = action("exportAction", self._export_selected, "Ctrl+Shift+E")
        bar = main.menuBar()
        before = main.help_menu.menuAction()
        self.report_menu = QMenu(main)
        self.report_menu.setObjectName("reportMenu")
        self.report_menu.addAction(self.evidence_action)
        self.report_menu.addAction(self.export_action)
        self.partners_menu = QMenu(main)
        self.partners_menu.setObjectName("partnersMenu")
        self.partners_menu.addAction(self.partners_action)
        self.partners_menu.addAction(self.identity_action)
        bar.insertMenu(before, self.report_menu)
        bar.insertMenu(before, self.partners_menu)
        self._last_case_id: str | None = None
        main.case_table.selectionModel().currentChanged.connect(lambda *_: self._remember())
        main.case_model.modelReset.connect(self._restore_selection)
        main.reports.report_opened.connect(self._add_editor_buttons)
        # The same actions as buttons where people look for them: the list's toolbar.
        self.evidence_button = QPushButton(main.reports.list_page)
        self.evidence_button.setObjectName("listEvidenceButton")
        self.evidence_button.clicked.connect(self.evidence_action.trigger)
        self.send_button = QPushButton(main.reports.list_page)
        self.send_button.setObjectName("listSendButton")
        self.send_button.clicked.connect(self.export_action.trigger)
        toolbar = _first_layout(main.reports.list_page)
        if toolbar is not None:  # after New / Open / Make a copy, before the stretch
            toolbar.insertWidget(3, self.evidence_button)
            toolbar.insertWidget(4, self.send_button)
        self._editor_buttons: list[QPushButton] = []
        main.installEventFilter(self)
        self._retranslate()
        self._update()
        controller.locked.connect(self._forget)

    # -- launchers --------------------------------------------------------------------

    def open_partners(self) -> PartnersDialog:
        """Show the partners screen."""
        dialog = PartnersDialog(self._controller.runner, self._main)
        self._open(dialog)
        return dialog

    def open_identity(self) -> IdentityDialog:
        """Show this vault's contact card."""
        dialog = IdentityDialog(self._controller.runner, self._controller.clipboard, self._main)
        self._open(dialog)
        return dialog

    def open_evidence(self, case_id: str) -> EvidenceDialog:
        """Show the evidence panel of the report ``case_id``."""
        self._flush_editor()
        dialog = EvidenceDialog(self._controller.runner, case_id, self._main)
        dialog.attachment_added.connect(lambda _v: self._main.refresh_cases())
        dialog.attachment_removed.connect(lambda _i: self._main.refresh_cases())
        self._open(dialog)
        return dialog

    def open_export(self, case_id: str) -> ExportWizard:
        """Start the export wizard for the report ``case_id``.

        What is typed and not yet saved is queued first: the database thread runs
        operations in order, so the wizard reads (and sends) the report as it is on screen.
        """
        self._flush_editor()
        wizard = ExportWizard(self._controller.runner, case_id, self._main)
        wizard.exported.connect(lambda _r: self._after_export(case_id))
        wizard.manage_partners_requested.connect(lambda: self._partners_over(wizard))
        self._open(wizard)
        return wizard

    def selected_case_id(self) -> str | None:
        """The report open in the editor, else the one selected in the list, if any."""
        editor = self._main.reports.editor
        if editor is not None:
            return editor.case.id
        index = self._main.case_table.currentIndex()
        record = self._main.case_model.report(index.row()) if index.isValid() else None
        return record.id if record is not None else None

    # -- internals --------------------------------------------------------------------

    def _flush_editor(self) -> None:
        editor = self._main.reports.editor
        if editor is not None:
            editor.flush()

    def _after_export(self, case_id: str) -> None:
        # The report is sealed now: an open editor reloads it read-only, with its banner.
        editor = self._main.reports.editor
        if editor is not None and editor.case.id == case_id:
            self._main.reports.open_report(case_id)
        else:
            self._main.refresh_cases()

    def _partners_over(self, wizard: ExportWizard) -> None:
        dialog = PartnersDialog(self._controller.runner, wizard)
        dialog.partners_changed.connect(wizard.reload)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        self.screen_opened.emit(dialog)

    def _evidence_for_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_evidence(case_id)

    def _export_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_export(case_id)

    def _add_editor_buttons(self, editor: QWidget) -> None:
        """Put "Evidence..." and "Send..." in the open report's header row."""
        header = _first_layout(editor)
        self._editor_buttons = []
        if header is not None:
            for name, action in (
                ("editorEvidenceButton", self.evidence_action),
                ("editorSendButton", self.export_action),
            ):
                button = QPushButton(editor)
                button.setObjectName(name)
                button.clicked.connect(action.trigger)
                header.insertWidget(max(0, header.count() - 1), button)
                self._editor_buttons.append(button)
        self._retranslate()
        self._update()

    def _forget(self) -> None:
        self._last_case_id = None

    def _remember(self) -> None:
        self._last_case_id = self.selected_case_id()
        self._update()

    def _restore_selection(self) -> None:
        # A refresh (after attaching or sending) resets the list; keep the report chosen.
        model = self._main.case_model
        wanted = self._last_case_id
        for row in range(model.rowCount()):
            record = model.report(row)
            if wanted is not None and record is not None and record.id == wanted:
                self._main.case_table.selectionModel().setCurrentIndex(
                    model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                break
        self._update()

    def _update(self) -> None:
        selected = self.selected_case_id() is not None
        self.evidence_action.setEnabled(selected)
        self.export_action.setEnabled(selected)
        for button in (self.evidence_button, self.send_button):
            button.setEnabled(selected)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._main and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.report_menu.setTitle(self.tr("&Report"))
        self.partners_menu.setTitle(self.tr("&Partners"))
        self.partners_action.setText(self.tr("Partner &organisations..."))
        self.identity_action.setText(self.tr("My contact &card..."))
        self.evidence_action.setText(self.tr("&Evidence..."))
        self.export_action.setText(self.tr("&Send to an organisation..."))
        self.evidence_button.setText(self.tr("&Evidence..."))
        self.send_button.setText(self.tr("&Send..."))
        self.send_button.setToolTip(self.tr("Send this report to an organisation (Ctrl+Shift+E)"))
        for button in self._editor_buttons:
            if shiboken6.isValid(button):
                evidence = button.objectName() == "editorEvidenceButton"
                button.setText(self.tr("&Evidence...") if evidence else self.tr("&Send..."))


def _first_layout(widget: QWidget) -> QBoxLayout | None:
    """The first row of ``widget``'s layout (the report list's toolbar, the editor's header)."""
    outer = widget.layout()
    item = outer.itemAt(0) if outer is not None and outer.count() else None
    inner = item.layout() if item is not None else None
    return inner if isinstance(inner, QBoxLayout) else None
