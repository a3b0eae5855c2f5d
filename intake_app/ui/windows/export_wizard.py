"""The export wizard: choose verified partners, review, choose where, write, done.

Writing runs on the database thread through the task runner (the core streams the
attachments out of the vault), with a progress bar and Cancel. Cancelling - by the
button, by closing the wizard, or by lock, auto-lock and panic, which cancel every task
and close every dialog - stops the core at its next chunk; the core then deletes the
partial file, and the vault's session is closed only after that (it is queued behind the
export). After a successful export the core marks the report sent and seals it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from intake_app.core.case_view import question_prefix
from intake_app.core.export import ExportResult
from intake_app.core.session import Session
from intake_app.ui import exchange_api
from intake_app.ui.export_review import ExportReview, export_review
from intake_app.ui.messages import describe
from intake_app.ui.models.partners import PartnerListModel
from intake_app.ui.tasks import DbOp, TaskContext, TaskProgress, TaskRunner
from intake_app.ui.widgets.file_dialogs import choose_file_to_save, start_folder
from intake_app.ui.windows.evidence_words import size_text


class PartnersPage(QWizardPage):
    """Check one or more verified partners; unverified ones are shown disabled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPartnersPage")
        self.model = PartnerListModel(self, checkable=True)
        self.list = QListView(self)
        self.list.setObjectName("exportPartnerList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.none_verified = QLabel(self)
        self.none_verified.setObjectName("noVerifiedPartners")
        self.none_verified.setWordWrap(True)
        self.none_verified.setVisible(False)
        self.manage_button = QPushButton(self)
        self.manage_button.setObjectName("managePartnersButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.none_verified)
        layout.addWidget(self.manage_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.model.dataChanged.connect(lambda *_: self.completeChanged.emit())
        self.model.modelReset.connect(self._on_reset)
        self.retranslate()

    def _on_reset(self) -> None:
        verified = any(
            p.verified for r in range(self.model.rowCount()) if (p := self.model.partner_at(r))
        )
        self.none_verified.setVisible(not verified)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.model.checked_ids())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who should receive this report?"))
        self.explain.setText(
            self.tr(
                "Only the organisations you tick can open the file. An organisation can be "
                "chosen once you have compared its digits with it."
            )
        )
        self.list.setAccessibleName(self.tr("Partner organisations"))
        self.none_verified.setText(
            self.tr(
                "You have no verified partner yet. Open the partners screen, add the "
                "organisation's card and compare the digits with them."
            )
        )
        self.manage_button.setText(self.tr("Open &partners..."))


class ReviewPage(QWizardPage):
    """What will be sent: answers, files and recipients."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportReviewPage")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("exportReview")
        self.browser.setOpenLinks(False)
        self.incomplete = QLabel(self)
        self.incomplete.setObjectName("exportIncomplete")
        self.incomplete.setWordWrap(True)
        self.incomplete.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.incomplete.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.incomplete)
        layout.addWidget(self.browser)
        self.retranslate()

    def show_review(self, review: ExportReview, partner_ids: list[str]) -> None:
        """Render the summary (every value escaped: it is the person's own text)."""
        self.incomplete.setVisible(review.open_issues > 0)
        self.incomplete.setText(
            "\u26a0 "
            + self.tr(
                "Some questions are not answered yet or need checking (%1). You can send "
                "the report as it is, or cancel and complete it first."
            ).replace("%1", QLocale().toString(review.open_issues))
        )
        e = html.escape
        answers_heading = self.tr("Your answers")
        no_answers = self.tr("No answers yet.")
        files_heading = self.tr("Attached files")
        no_files = self.tr("No files.")
        recipients_heading = self.tr("Recipients")
        out = [f"<h2>{e(review.title)}</h2>", f"<h3>{e(answers_heading)}</h3>"]
        if not review.lines:
            out.append(f"<p>{e(no_answers)}</p>")
        for line in review.lines:
            indent = line.depth * 18
            if line.value is None:
                out.append(f'<p style="margin-left:{indent}px"><b>{e(line.label)}</b></p>')
            else:
                out.append(
                    f'<p style="margin-left:{indent}px">{e(question_prefix(line.label))} '
                    f"<b>{e(line.value)}</b></p>"
                )
        out.append(f"<h3>{e(files_heading)}</h3>")
        if not review.attachments:
            out.append(f"<p>{e(no_files)}</p>")
        out += [f"<p>{e(name)} ({e(size_text(size))})</p>" for name, size in review.attachments]
        out.append(f"<h3>{e(recipients_heading)}</h3>")
        chosen = [p for p in review.partners if p.id in partner_ids]
        out += [f"<p>{e(p.name)}<br><tt>{e(p.fingerprint)}</tt></p>" for p in chosen]
        self.browser.setHtml("\n".join(out))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check what will be sent"))
        self.setSubTitle(
            self.tr("This is everything the file will contain. Go back to change the choice.")
        )
        self.browser.setAccessibleName(self.tr("What will be sent"))


class DestinationPage(QWizardPage):
    """Where to write the file: a neutral name from the core, a folder of the person's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDestinationPage")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseExportPathButton")
        self.problem = QLabel(self)
        self.problem.setObjectName("exportPathProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.path_edit.textChanged.connect(lambda _t: self._check())
        self.choose_button.clicked.connect(self._choose)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if not self.path_edit.text():
            name = exchange_api.default_bundle_name()
            self.path_edit.setText(str(Path(start_folder()) / name))

    def destination(self) -> Path:
        """The chosen file."""
        return Path(self.path_edit.text().strip()).expanduser()

    def _choose(self) -> None:
        current = self.destination()
        chosen = choose_file_to_save(self, self.tr("Save the report file"), current.name)
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def _check(self) -> str:
        text = self.path_edit.text().strip()
        problem = ""
        if text:
            dest = self.destination()
            if not dest.parent.is_dir():
                problem = self.tr("This folder does not exist. Choose another place.")
            elif dest.exists():
                problem = self.tr("A file with this name is already there. Choose a new name.")
        self.problem.setText(problem)
        self.completeChanged.emit()
        return problem

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.path_edit.text().strip()) and not self.problem.text()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where should the file go?"))
        self.explain.setText(
            self.tr(
                "Choose a USB stick or a folder you can send from. The file name says "
                "nothing about the report, and only the chosen organisations can open it."
            )
        )
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.choose_button.setText(self.tr("C&hoose..."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Write the file"))


class WritePage(QWizardPage):
    """Progress while the file is written; Cancel stops and removes the partial file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportWritePage")
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, exchange_api.PROGRESS_STEPS)
        self.error = QLabel(self)
        self.error.setObjectName("exportError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.result: ExportResult | None = None
        self.retranslate()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.result is not None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Writing the file"))
        self.status.setText(self.tr("Encrypting and signing. You can cancel at any time."))
        self.progress.setAccessibleName(self.tr("Progress of writing the file"))


class DonePage(QWizardPage):
    """Where the file is and what to do with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDonePage")
        self.saved_label = QLabel(self)
        self.where = QLabel(self)
        self.where.setObjectName("exportDoneWhere")
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where_font = self.where.font()
        where_font.setBold(True)
        where_font.setPointSizeF(where_font.pointSizeF() * 1.15)
        self.where.setFont(where_font)
        self.next_steps = QLabel(self)
        self.next_steps.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.where)
        layout.addSpacing(12)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        self.retranslate()

    def show_result(self, result: ExportResult) -> None:
        self.where.setText(f"{result.path}\n({size_text(result.size)})")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Done: the report is ready to hand over"))
        self.saved_label.setText(self.tr("The file was saved here:"))
        self.next_steps.setText(
            self.tr(
                "Give this file to the organisation: copy it to a USB stick or send it with "
                "a messenger. Nobody else can read it. Your report is now kept as it was "
                "sent; if you change it later, a new version is started."
            )
        )


class ExportWizard(QWizard):
    """Send one report. Signals: ``exported(ExportResult)``, ``manage_partners_requested()``."""

    exported = Signal(object)
    manage_partners_requested = Signal()

    def __init__(self, runner: TaskRunner, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportWizard")
        self._runner = runner
        self._case_id = case_id
        self._review: ExportReview | None = None
        self._op: DbOp[ExportResult] | None = None
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.partners_page = PartnersPage(self)
        self.review_page = ReviewPage(self)
        self.destination_page = DestinationPage(self)
        self.write_page = WritePage(self)
        self.done_page = DonePage(self)
        for page in (self.partners_page, self.review_page, self.destination_page,
                     self.write_page, self.done_page):  # fmt: skip
            self.addPage(page)
        self.partners_page.manage_button.clicked.connect(self.manage_partners_requested.emit)
        self.currentIdChanged.connect(self._on_page)
        self._retranslate()
        self.resize(720, 560)
        self.reload()

    @property
    def writing(self) -> bool:
        """True while the file is being written."""
        return self._op is not None

    def reload(self) -> None:
        """(Re)load partners and the summary, keeping the partners already ticked."""
        case_id = self._case_id
        language = QLocale().name().split("_")[0]
        DbOp(self._runner, lambda s: export_review(s, case_id, language), parent=self).success(
            self._on_loaded
        ).failure(lambda e: self.partners_page.none_verified.setText(describe(e))).run()

    def _on_loaded(self, review: ExportReview) -> None:
        self._review = review
        self.partners_page.model.set_partners(review.partners)
        if self.currentPage() is self.review_page:
            self.review_page.show_review(review, self.partners_page.model.checked_ids())

    def _on_page(self, _page_id: int) -> None:
        page = self.currentPage()
        if page is self.review_page and self._review is not None:
            self.review_page.show_review(self._review, self.partners_page.model.checked_ids())
        elif page is self.write_page:
            self._start_writing()

    def _start_writing(self) -> None:
        case_id = self._case_id
        partner_ids = self.partners_page.model.checked_ids()
        dest = self.destination_page.destination()
        self.write_page.error.setText("")
        self.write_page.progress.setValue(0)

        def write(session: Session, context: TaskContext) -> ExportResult:
            return exchange_api.export_case(session, context, case_id, partner_ids, dest)

        op: DbOp[ExportResult] = DbOp.tracked(self._runner, write, parent=self)
        op.on_progress(self._on_progress).success(self._on_written).failure(self._on_failed)
        self._op = op
        op.run()

    def _on_progress(self, progress: TaskProgress) -> None:
        self.write_page.progress.setValue(progress.done)

    def _on_written(self, result: ExportResult) -> None:
        self._op = None
        self.write_page.result = result
        self.write_page.progress.setValue(exchange_api.PROGRESS_STEPS)
        self.done_page.show_result(result)
        self.exported.emit(result)
        self.next()

    def _on_failed(self, error: BaseException) -> None:
        self._op = None
        self.write_page.status.setText("")
        self.write_page.error.setText(describe(error))

    def reject(self) -> None:
        """Cancel: stop a running export first (the core removes the partial file)."""
        if self._op is not None:
            self._op.cancel()
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send a report"))
        for page in (self.partners_page, self.review_page, self.destination_page,
                     self.write_page, self.done_page):  # fmt: skip
            page.retranslate()
