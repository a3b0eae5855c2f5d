"""The evidence panel of one report: add files, see what was removed, preview, remove.

Files come from Qt's own file dialog (no recent-files entry, see widgets/file_dialogs.py)
or by drag and drop. Each is cleaned by the core before it is stored, and the panel
says what identifying details were found and removed, or plainly why not.

Previews never touch the disk: the decrypted bytes are read into memory on the database
thread, images are decoded on the thread pool (``QImage`` from the bytes; Qt keeps no
image cache file) and shown in a ``QLabel``; PDFs are opened by QtPdf from a ``QBuffer``
over the bytes and shown in a ``QPdfView``. Files above ``PREVIEW_MAX_BYTES`` are not
previewed. Everything shown is dropped when the panel closes (and lock closes it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QImageReader,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.core.session import Session
from intake_app.ui import evidence_api
from intake_app.ui.cpu_ops import CpuOp
from intake_app.ui.evidence_api import PREVIEW_MAX_BYTES, AttachmentView, EvidenceState
from intake_app.ui.messages import describe
from intake_app.ui.tasks import DbOp, TaskRunner
from intake_app.ui.widgets.buttons import name_standard_buttons
from intake_app.ui.widgets.file_dialogs import choose_files_to_open
from intake_app.ui.windows.evidence_words import cleaning_summary, size_text

_IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff")
#: Decoded pictures are bounded too (a small file can claim a gigantic canvas).
_IMAGE_ALLOCATION_LIMIT_MB = 256


def decode_image(data: bytes) -> QImage:
    """Decode ``data`` into a QImage (safe off the GUI thread); null if it is not one."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(_IMAGE_ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)
    return reader.read()


def _attacher(case_id: str, path: Path) -> Callable[[Session], AttachmentView]:
    return lambda session: evidence_api.attach(session, case_id, path)


class EvidenceDialog(QDialog):
    """Attachments of one report.

    Signals: ``attachment_added(AttachmentView)``, ``attachment_removed(str)`` (its id),
    ``preview_shown(str)`` (the kind shown: "image", "pdf" or "none").
    """

    attachment_added = Signal(object)
    attachment_removed = Signal(str)
    preview_shown = Signal(str)

    def __init__(self, runner: TaskRunner, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.setAcceptDrops(True)
        self._runner = runner
        self._case_id = case_id
        self._state: EvidenceState | None = None
        self._fresh: dict[str, AttachmentView] = {}
        self._pending = 0
        self._pdf_buffer: QBuffer | None = None
        self._image: QImage | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("evidenceHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        self.heading.setFont(heading_font)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addEvidenceButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeEvidenceButton")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("evidenceBusy")
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("cleaningSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("QLabel#cleaningSummary { font-weight: bold; }")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("evidenceError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)

        self.preview_message = QLabel(self)
        self.preview_message.setObjectName("previewMessage")
        self.preview_message.setWordWrap(True)
        self.preview_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label = QLabel()
        self.image_label.setObjectName("imagePreview")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea(self)
        self.image_area.setObjectName("imagePreviewArea")
        self.image_area.setWidget(self.image_label)
        self.image_area.setWidgetResizable(True)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("pdfPreview")
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview = QStackedWidget(self)
        self.preview.setObjectName("preview")
        for widget in (self.preview_message, self.image_area, self.pdf_view):
            self.preview.addWidget(widget)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        name_standard_buttons(self.buttons, "evidence")

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        left.addWidget(self.busy)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.preview, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self.ask_remove_current)
        self.list.currentRowChanged.connect(lambda _r: self._show_current())
        self._retranslate()
        self._update_buttons()
        self.resize(900, 600)
        self.reload()

    # -- public -----------------------------------------------------------------------

    def reload(self) -> None:
        """Load the report's attachments from the vault."""
        case_id = self._case_id
        DbOp(self._runner, lambda s: evidence_api.evidence_state(s, case_id), parent=self).success(
            self._on_loaded
        ).failure(self._show_error).run()

    def add_files(self, paths: list[Path]) -> None:
        """Clean and attach ``paths`` one after another (database thread)."""
        case_id = self._case_id
        self.error_label.setVisible(False)
        for path in paths:
            self._pending += 1
            DbOp(self._runner, _attacher(case_id, path), parent=self).success(
                self._on_attached
            ).failure(self._on_attach_failed).run()
        self._update_buttons()

    def current_attachment(self) -> AttachmentView | None:
        """The attachment selected in the list, if any."""
        item = self.list.currentItem()
        if item is None or self._state is None:
            return None
        att_id = item.data(Qt.ItemDataRole.UserRole)
        return self._fresh.get(att_id) or next(
            (a for a in self._state.attachments if a.id == att_id), None
        )

    def ask_remove_current(self) -> QMessageBox | None:
        """Ask for confirmation (non-blocking), then remove the selected attachment."""
        view = self.current_attachment()
        if view is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove this file?"),
            self.tr(
                "Remove \u201c%1\u201d from this report? It will be destroyed in the vault."
            ).replace("%1", view.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmRemoveEvidence")
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemoveButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: self._remove(view.id) if b is remove else None)
        box.open()
        return box

    # -- loading and attaching --------------------------------------------------------

    def _on_loaded(self, state: EvidenceState) -> None:
        current = self.current_attachment()
        self._state = state
        self.heading.setText(state.title)
        self.list.clear()
        for view in state.attachments:
            shown = self._fresh.get(view.id, view)
            item = QListWidgetItem(f"{shown.name}  ({size_text(shown.size)})")
            item.setData(Qt.ItemDataRole.UserRole, shown.id)
            self.list.addItem(item)
        wanted = current.id if current else None
        rows = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        if wanted in rows:
            self.list.setCurrentRow(rows.index(wanted))
        elif rows:
            self.list.setCurrentRow(len(rows) - 1)
        self._show_current()
        self._update_buttons()

    def _on_attached(self, view: AttachmentView) -> None:
        self._pending -= 1
        self._fresh[view.id] = view
        self.attachment_added.emit(view)
        self._select_after_reload(view.id)

    def _select_after_reload(self, att_id: str) -> None:
        case_id = self._case_id

        def select(state: EvidenceState) -> None:
            self._on_loaded(state)
            for i in range(self.list.count()):
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) == att_id:
                    self.list.setCurrentRow(i)

        DbOp(self._runner, lambda s: evidence_api.evidence_state(s, case_id), parent=self).success(
            select
        ).failure(self._show_error).run()

    def _on_attach_failed(self, error: BaseException) -> None:
        self._pending -= 1
        self._show_error(error)
        self._update_buttons()

    def _choose_files(self) -> None:
        paths = choose_files_to_open(self, self.tr("Add evidence"))
        if paths:
            self.add_files(paths)

    def _remove(self, att_id: str) -> None:
        case_id = self._case_id
        self._pending += 1
        self._update_buttons()

        def removed(_r: object) -> None:
            self._pending -= 1
            self._fresh.pop(att_id, None)
            self.attachment_removed.emit(att_id)
            self.reload()

        def failed(error: BaseException) -> None:
            self._pending -= 1
            self._show_error(error)
            self._update_buttons()

        DbOp(
            self._runner,
            lambda s: evidence_api.remove_attachment(s, case_id, att_id),
            parent=self,
        ).success(removed).failure(failed).run()

    # -- preview ----------------------------------------------------------------------

    def _show_current(self) -> None:
        view = self.current_attachment()
        self._clear_preview()
        self._update_buttons()
        if view is None:
            self.summary.setText("")
            self._preview_message(self.tr("Choose a file to see it here."))
            return
        self.summary.setText(cleaning_summary(view))
        if view.size > PREVIEW_MAX_BYTES:
            self._preview_message(
                self.tr("This file is too large to show here (more than %1).").replace(
                    "%1", size_text(PREVIEW_MAX_BYTES)
                )
            )
            return
        if view.media_type not in _IMAGE_TYPES and view.media_type != "application/pdf":
            self._preview_message(self.tr("This kind of file cannot be shown here."))
            return
        att_id = view.id
        DbOp(self._runner, lambda s: evidence_api.read_preview(s, att_id), parent=self).success(
            lambda data: self._show_bytes(att_id, view.media_type, data)
        ).failure(lambda e: self._preview_message(describe(e))).run()

    def _show_bytes(self, att_id: str, media_type: str, data: bytes) -> None:
        current = self.current_attachment()
        if current is None or current.id != att_id:
            return  # the person moved on meanwhile
        if media_type == "application/pdf":
            self._show_pdf(data)
            return
        CpuOp(self._runner, lambda _ctx: decode_image(data), parent=self).success(
            lambda image: self._show_image(att_id, image)
        ).failure(lambda e: self._preview_message(describe(e))).run()

    def _show_image(self, att_id: str, image: QImage) -> None:
        current = self.current_attachment()
        if current is None or current.id != att_id:
            return
        if image.isNull():
            self._preview_message(self.tr("This picture cannot be shown."))
            return
        self._image = image
        self._fit_image()
        self.image_label.setAccessibleName(self.tr("Preview of %1").replace("%1", current.name))
        self.preview.setCurrentWidget(self.image_area)
        self.preview_shown.emit("image")

    def _fit_image(self) -> None:
        # Shown whole, scaled down to the panel (never up: small pictures stay sharp).
        if self._image is None:
            return
        room = self.image_area.viewport().size()
        pixmap = QPixmap.fromImage(self._image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image_label.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_image()

    def _show_pdf(self, data: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf_buffer = buffer
        self.pdf_document.load(buffer)
        if self.pdf_document.status() == QPdfDocument.Status.Error:
            self._preview_message(self.tr("This document cannot be shown."))
            return
        self.preview.setCurrentWidget(self.pdf_view)
        self.preview_shown.emit("pdf")

    def _preview_message(self, text: str) -> None:
        self.preview_message.setText(text)
        self.preview.setCurrentWidget(self.preview_message)
        self.preview_shown.emit("none")

    def _clear_preview(self) -> None:
        self._image = None
        self.image_label.clear()
        self.pdf_document.close()
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer.setData(QByteArray())
            self._pdf_buffer.deleteLater()
            self._pdf_buffer = None

    # -- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._can_change() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files and self._can_change():
            event.acceptProposedAction()
            self.add_files(files)

    # -- state ------------------------------------------------------------------------

    def _can_change(self) -> bool:
        return self._state is not None and not self._state.sealed

    def _update_buttons(self) -> None:
        self.busy.setVisible(self._pending > 0)
        self.add_button.setEnabled(self._can_change())
        self.remove_button.setEnabled(
            self._can_change() and self._pending == 0 and self.list.currentItem() is not None
        )
        if self._state is not None and self._state.sealed:
            self.hint.setText(
                self.tr(
                    "This report was sent. It is kept exactly as it was sent, so files "
                    "cannot be added or removed."
                )
            )

    def _show_error(self, error: BaseException) -> None:
        self.error_label.setText(describe(error))
        self.error_label.setVisible(True)

    def done(self, result: int) -> None:
        """Close, dropping every preview from memory first."""
        self._clear_preview()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evidence"))
        self.hint.setText(
            self.tr(
                "Add photos, scans and documents, or drag them here. Hidden details that "
                "could identify you (location, camera, author names) are removed before "
                "they are stored. Your original files are not changed."
            )
        )
        self.list.setAccessibleName(self.tr("Attached files"))
        self.add_button.setText(self.tr("&Add files..."))
        self.remove_button.setText(self.tr("&Remove..."))
        self.busy.setAccessibleName(self.tr("Adding files"))
        self.pdf_view.setAccessibleName(self.tr("Document preview"))
        self.image_area.setAccessibleName(self.tr("Picture preview"))
        self._update_buttons()
