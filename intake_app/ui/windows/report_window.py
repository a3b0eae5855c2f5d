"""One report open for writing (or, once sent, for reading): the main window's editor page.

Top: "All reports", the report's name (only the person sees it) and the save status
("Saving..." / "Saved"). A sent report shows a banner - "This report was sent on DATE.
Editing creates a new version." - with a button that copies it into a new draft linked to
it, and the form below is read-only. Below: the form view.

Drafts save themselves (``DraftSaver``): shortly after every change, on page change, when
the report is closed and when the vault locks (``flush`` before the session closes).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.core.cases import AttachOutcome
from intake_app.storage.records import Direction
from intake_app.ui import reports_api
from intake_app.ui.dates import local_time
from intake_app.ui.forms_view import FormView
from intake_app.ui.forms_view.autosave import DraftSaver, SaveState
from intake_app.ui.forms_view.base import plain_label
from intake_app.ui.messages import describe
from intake_app.ui.metadata_words import attach_summary
from intake_app.ui.reports_api import MAX_TITLE, OpenedReport, draft_answers
from intake_app.ui.tasks import DbOp, TaskRunner

# Called with the stored attachment's id and display name.
AttachDone = Callable[[str, str], None]


def ui_language() -> str:
    """The interface language's code (the language switcher sets Qt's default locale)."""
    return QLocale().name().split("_")[0] or "en"


class ReportEditor(QWidget):
    """Shows one report. Signals (GUI thread):

    - ``closed()``: the person went back to the list (pending changes were queued);
    - ``new_version_requested(str)``: copy the sent report with this id into a new draft;
    - ``attached(AttachOutcome)``: a file was cleaned and stored with this report.
    """

    closed = Signal()
    new_version_requested = Signal(str)
    attached = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        opened: OpenedReport,
        parent: QWidget | None = None,
        *,
        save_delay_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportEditor")
        self._runner = runner
        self.case = opened.case
        self.form = opened.form
        # A report that arrived from someone else stays as it came: read-only, and no new
        # version of it is made here.
        self.received = opened.case.direction is Direction.RECEIVED
        self.read_only = opened.case.sealed or self.received
        self._language = ui_language()

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToReports")
        self.back_button.clicked.connect(self.close_report)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("reportTitle")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setText(self.case.title)
        self.title_edit.setReadOnly(self.read_only)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("reportTitleLabel")
        self.title_label.setBuddy(self.title_edit)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title_label)
        header.addWidget(self.title_edit, 1)
        header.addWidget(self.save_status)

        self.banner = QFrame(self)
        self.banner.setObjectName("sealedBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = plain_label("", self.banner, "sealedBannerText")
        self.new_version_button = QPushButton(self.banner)
        self.new_version_button.setObjectName("newVersionButton")
        self.new_version_button.clicked.connect(
            lambda: self.new_version_requested.emit(self.case.id)
        )
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.new_version_button)
        self.banner.setVisible(self.read_only)
        self.new_version_button.setVisible(not self.received)

        self.saver: DraftSaver | None = None
        if not self.read_only:
            kwargs = {} if save_delay_ms is None else {"delay_ms": save_delay_ms}
            self.saver = DraftSaver(runner, self.case.id, self._collect, self, **kwargs)
            self.saver.state_changed.connect(self._show_save_state)
            self.saver.failed.connect(self._show_save_error)
            self.title_edit.textEdited.connect(lambda _text: self._schedule())

        self._layout = QVBoxLayout(self)
        self._layout.addLayout(header)
        self._layout.addWidget(self.banner)
        self._attachment_names = dict(opened.attachments)
        self.notice = plain_label("", self, "attachNotice")
        self.notice.setVisible(False)
        self._layout.addWidget(self.notice)
        self.view = self._build_view()
        self._layout.addWidget(self.view, 1)
        self._retranslate()

    # -- public -----------------------------------------------------------------------

    def flush(self) -> None:
        """Queue the save of anything typed and not yet saved (before lock or close)."""
        if self.saver is not None:
            self.saver.flush()

    def close_report(self) -> None:
        """Save what is pending and go back to the list."""
        self.flush()
        self.view.dispose()
        self.closed.emit()

    def forget(self) -> None:
        """On lock: save what is pending, then drop everything shown."""
        self.flush()
        self.view.dispose()

    # -- internals --------------------------------------------------------------------

    def _build_view(self, answers: dict[str, Any] | None = None) -> FormView:
        view = FormView(
            self.form,
            self._language,
            on_edit=self._schedule,
            attach=None if self.read_only else self._choose_file,
            attachment_names=self._attachment_names,
            parent=self,
        )
        view.set_answers(self.case.answers if answers is None else answers)
        view.set_read_only(self.read_only)
        view.page_changed.connect(lambda _index: self.flush())
        return view

    # -- attachments ------------------------------------------------------------------

    def _choose_file(self, field_path: str, done: AttachDone) -> None:
        dialog = QFileDialog(self, self.tr("Choose a file to attach"))
        dialog.setObjectName("attachFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        # Qt's own dialog: the desktop's native one records "recent files" of its own.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.attach_path(Path(chosen), done))
        dialog.open()

    def attach_path(self, path: Path, done: AttachDone) -> None:
        """Clean and store ``path`` with this report (database thread), then ``done``.

        Shows what identifying details were removed, or why the file could not be
        cleaned; a failure is shown in the same place and changes nothing.
        """
        case_id = self.case.id
        self._show_notice(self.tr("Attaching and cleaning the file..."))

        def attached(outcome: AttachOutcome) -> None:
            record = outcome.record
            self._attachment_names[record.id] = record.display_name
            self._show_notice(
                attach_summary(record.display_name, outcome.found, outcome.removed, outcome.warning)
            )
            done(record.id, record.display_name)
            self.attached.emit(outcome)

        DbOp(self._runner, lambda s: reports_api.attach(s, case_id, path), parent=self).success(
            attached
        ).failure(lambda error: self._show_notice(describe(error))).run()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _schedule(self) -> None:
        if self.saver is not None:
            self.saver.schedule()

    def _collect(self) -> tuple[dict[str, object], str]:
        return draft_answers(self.form, self.view.answers()), self.title_edit.text()

    def _show_save_state(self, state: SaveState) -> None:
        if state is SaveState.PENDING:
            self.save_status.setText(self.tr("Saving..."))
        elif state is SaveState.SAVED:
            self.save_status.setText(self.tr("Saved"))
        self.save_status.setAccessibleName(self.save_status.text())

    def _show_save_error(self, error: BaseException) -> None:
        self.save_status.setText(self.tr("Not saved: %1").replace("%1", describe(error)))
        self.save_status.setAccessibleName(self.save_status.text())

    def _rebuild_view(self) -> None:
        """Show the form in the new interface language, keeping answers and page."""
        answers, page = self.view.answers(), self.view.current
        self.view.dispose()
        old = self.view
        self.view = self._build_view(answers)
        self.view.show_page(page)
        self._layout.replaceWidget(old, self.view)
        old.hide()
        old.deleteLater()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            language = ui_language()
            if language != self._language:
                self._language = language
                self._rebuild_view()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.back_button.setText(self.tr("All reports"))
        self.back_button.setToolTip(self.tr("Back to the list of reports (your changes are saved)"))
        self.title_label.setText(self.tr("&Name:"))
        self.title_edit.setPlaceholderText(self.tr("A name only you will see"))
        self.title_edit.setAccessibleName(self.tr("Name of the report (only you see it)"))
        self.new_version_button.setText(self.tr("Make a new version to edit"))
        when = local_time(self.case.updated_at)
        if self.received:
            self.banner_text.setText(
                self.tr("This report was received on %1 and is kept exactly as it arrived.")
                .replace("%1", when)
            )  # fmt: skip
        else:
            self.banner_text.setText(
                self.tr("This report was sent on %1. Editing creates a new version.").replace(
                    "%1", when
                )
            )
        if self.saver is None:
            self.save_status.setText(
                self.tr("Received (read-only)") if self.received else self.tr("Sent (read-only)")
            )
        elif self.saver.state is SaveState.SAVED:
            self.save_status.setText(self.tr("Saved"))
        self.save_status.setAccessibleName(self.save_status.text())
