"""The evidence panel: what was removed is shown, previews stay in memory, large files
are not previewed, removal asks first, a sent report cannot change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from intake_app.core import cases as core_cases
from intake_app.ui import evidence_api
from intake_app.ui.controller import AppController
from intake_app.ui.errors import PreviewTooLargeError
from intake_app.ui.windows.evidence import EvidenceDialog
from tests.intake_app.evidence import samples

from .exchange_fixtures import make_case, run_db


def _panel(qtbot: QtBot, ctl: AppController, case_id: str) -> EvidenceDialog:
    dialog = ctl.exchange.open_evidence(case_id)
    qtbot.waitUntil(lambda: dialog._state is not None)
    return dialog


def test_attached_photo_says_location_and_camera_were_removed_and_is_previewed(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    case_id = make_case(qtbot, unlocked)
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(samples.jpeg())
    dialog = _panel(qtbot, unlocked, case_id)
    with (
        qtbot.waitSignal(dialog.preview_shown, check_params_cb=lambda k: k == "image"),
        qtbot.waitSignal(dialog.attachment_added),
    ):
        dialog.add_files([photo])
    summary = dialog.summary.text()
    assert "where it was made" in summary and "camera" in summary
    assert summary.startswith("Removed before storing")
    shown = dialog.image_label.pixmap()  # decoded in memory, scaled down to fit, never up
    assert not shown.isNull() and shown.width() <= 40
    assert abs(shown.width() / shown.height() - 40 / 30) < 0.1
    stored = run_db(qtbot, unlocked, lambda s: s.attachments.for_case(case_id))
    assert len(stored) == 1 and stored[0].metadata_removed
    assert photo.read_bytes() == samples.jpeg()  # the original is untouched


def test_pdf_is_previewed_with_qtpdf_from_memory(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    case_id = make_case(qtbot, unlocked)
    document = tmp_path / "decision.pdf"
    document.write_bytes(samples.pdf())
    dialog = _panel(qtbot, unlocked, case_id)
    with qtbot.waitSignal(dialog.preview_shown, check_params_cb=lambda k: k == "pdf"):
        dialog.add_files([document])
    assert dialog.pdf_document.pageCount() == 2
    assert "names of people" in dialog.summary.text()


def test_file_that_cannot_be_cleaned_gets_the_plain_warning(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    case_id = make_case(qtbot, unlocked)
    video = tmp_path / "clip.mp4"
    video.write_bytes(samples.phone_video())
    dialog = _panel(qtbot, unlocked, case_id)
    with qtbot.waitSignal(dialog.attachment_added):
        dialog.add_files([video])
    qtbot.waitUntil(lambda: "attached as it is" in dialog.summary.text())


def test_large_file_is_not_previewed(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: object
) -> None:
    case_id = make_case(qtbot, unlocked)
    photo = tmp_path / "big.jpg"
    photo.write_bytes(samples.jpeg())
    import intake_app.ui.windows.evidence as evidence_window

    # The bound is a module constant; a tiny one stands in for a real 40 MB picture.
    monkeypatch.setattr(evidence_window, "PREVIEW_MAX_BYTES", 100)  # type: ignore[attr-defined]
    dialog = _panel(qtbot, unlocked, case_id)
    with qtbot.waitSignal(dialog.preview_shown, check_params_cb=lambda k: k == "none"):
        dialog.add_files([photo])
    assert "too large to show" in dialog.preview_message.text()


def test_read_preview_refuses_above_the_bound_before_reading(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    case_id = make_case(qtbot, unlocked)
    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"x" * (evidence_api.PREVIEW_MAX_BYTES + 1))
    outcome = run_db(qtbot, unlocked, lambda s: core_cases.attach_file(s, case_id, blob))
    with pytest.raises(PreviewTooLargeError):
        run_db(qtbot, unlocked, lambda s: evidence_api.read_preview(s, outcome.record.id))


def test_remove_asks_first_then_destroys_the_attachment(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    case_id = make_case(qtbot, unlocked)
    note = tmp_path / "note.txt"
    note.write_bytes(b"what happened")
    dialog = _panel(qtbot, unlocked, case_id)
    with qtbot.waitSignal(dialog.attachment_added):
        dialog.add_files([note])
    qtbot.waitUntil(lambda: dialog.list.count() == 1 and dialog.remove_button.isEnabled())
    box = dialog.ask_remove_current()
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert run_db(qtbot, unlocked, lambda s: len(s.attachments.for_case(case_id))) == 1
    box = dialog.ask_remove_current()
    assert box is not None
    with qtbot.waitSignal(dialog.attachment_removed):
        next(b for b in box.buttons() if b.objectName() == "confirmRemoveButton").click()
    assert run_db(qtbot, unlocked, lambda s: s.attachments.for_case(case_id)) == []
    qtbot.waitUntil(lambda: dialog.list.count() == 0)


def test_files_dropped_on_the_panel_are_attached(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    case_id = make_case(qtbot, unlocked)
    note = tmp_path / "dropped.txt"
    note.write_bytes(b"dropped")
    dialog = _panel(qtbot, unlocked, case_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(dialog.attachment_added) as added:
        dialog.event(event)  # QApplication drops a Drop with no drag in progress
    assert added.args[0].name == "dropped.txt"


def test_lock_closes_the_panel_and_forgets_the_preview(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    case_id = make_case(qtbot, unlocked)
    photo = tmp_path / "p.jpg"
    photo.write_bytes(samples.jpeg())
    dialog = _panel(qtbot, unlocked, case_id)
    with qtbot.waitSignal(dialog.preview_shown, check_params_cb=lambda k: k == "image"):
        dialog.add_files([photo])
    label = dialog.image_label
    with qtbot.waitSignal(unlocked.locked):
        unlocked.lock()
    import shiboken6

    assert not shiboken6.isValid(label) or label.pixmap().isNull()


def test_file_dialogs_are_qts_own_with_no_history_and_no_settings_file(
    qtbot: QtBot, unlocked: AppController
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from intake_app.ui.widgets import file_dialogs

    dialog = file_dialogs._dialog(unlocked.main_window, "Add evidence", "openFilesDialog")
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # no "recent files"
    # Qt always lists the folder it shows; nothing from an earlier use of the dialog.
    assert dialog.history() in ([], [dialog.directory().absolutePath()])
    # Qt's own dialog saves its history and last folder in Qt's user settings when it is
    # destroyed; those settings now point where no file can be created.
    where = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
    assert where.startswith("/dev/null/")
    dialog.deleteLater()
