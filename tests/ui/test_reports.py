"""The reporter's desktop, part 1, through the real controller, windows and vault: the report
list, a new INTERPOL-abuse report, autosave (checked by unlocking the vault afresh), lock
flushing a pending save, sent reports, delete, and the Russian interface."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crypto.vaultkey import KdfParams
from forms import builtin_forms
from intake_app.core.vault import unlock_vault
from intake_app.storage.records import CaseStatus
from intake_app.ui.controller import AppController
from intake_app.ui.forms_view.attachment_field import AttachmentField
from intake_app.ui.forms_view.choice_fields import YesNoUnknownField
from intake_app.ui.i18n import Language
from intake_app.ui.windows.new_report import NewReportDialog
from intake_app.ui.windows.report_list import ReportsPanel
from intake_app.ui.windows.report_window import ReportEditor

from .conftest import PASSPHRASE, _tear_down, make_controller

FAST_SAVE_MS = 20


def _read_case(vault: Path, case_id: str) -> tuple[dict[str, object], str, str | None]:
    """Unlock the vault afresh (as the next start would) and read one case."""
    with unlock_vault(vault, bytearray(PASSPHRASE.encode())) as session:
        case = session.cases.get(case_id)
        return case.answers, case.title, case.parent_id


def _seed(
    vault: Path, *, sealed: bool = False, title: str = "Istanbul airport", language: str = "en"
) -> str:
    """Store an INTERPOL-abuse report straight through the core; returns its id."""
    form = builtin_forms()["interpol_abuse"]
    with unlock_vault(vault, bytearray(PASSPHRASE.encode())) as session:
        session.settings.language = language  # the interface language lives in the vault
        case = session.cases.create(
            form_id=form.id,
            form_version=form.version,
            form_hash=form.hash,
            title=title,
            answers={"was_detained": "no", "stated_charges": "fraud"},
        )
        if sealed:
            session.cases.set_status(case.id, CaseStatus.EXPORTED, sealed=True)
        return case.id


def _unlock(qtbot: QtBot, controller: AppController) -> ReportsPanel:
    controller.start(first_run=False)
    controller.unlock_window.passphrase.setText(PASSPHRASE)
    panel = controller.main_window.reports
    panel.save_delay_ms = FAST_SAVE_MS
    with qtbot.waitSignals([controller.unlocked, panel.reports_listed]):
        controller.unlock_window.unlock_button.click()
    return panel


def _open_new_interpol_report(qtbot: QtBot, panel: ReportsPanel) -> ReportEditor:
    panel.new_button.click()
    qtbot.waitUntil(lambda: panel.findChild(NewReportDialog) is not None)
    dialog = panel.findChild(NewReportDialog)
    assert isinstance(dialog, NewReportDialog)
    titles = [dialog.form_list.item(i).text() for i in range(dialog.form_list.count())]
    assert any(t.startswith("Report abuse of INTERPOL") or "INTERPOL" in t for t in titles)
    row = next(i for i, t in enumerate(titles) if "INTERPOL" in t.split("\n")[0])
    dialog.form_list.setCurrentRow(row)
    with qtbot.waitSignal(panel.report_opened) as opened:
        dialog.ok_button.click()
    editor = opened.args[0]
    assert isinstance(editor, ReportEditor)
    return editor


@pytest.fixture
def panel(qtbot: QtBot, controller: AppController, existing_vault: Path) -> ReportsPanel:
    return _unlock(qtbot, controller)


def test_new_interpol_report_saves_what_was_typed_for_the_next_unlock(
    qtbot: QtBot, controller: AppController, panel: ReportsPanel, existing_vault: Path
) -> None:
    assert panel.stack.currentWidget() is panel.empty_state
    editor = _open_new_interpol_report(qtbot, panel)
    assert editor.form.id == "interpol_abuse"
    view = editor.view
    detained = view.field_widget("was_detained")
    assert isinstance(detained, YesNoUnknownField)
    detained.buttons["yes"].click()
    repeat = view.pages[2].fields.repeats["detentions"]
    view.show_page(2)
    qtbot.waitUntil(repeat.isVisible)
    repeat.add_button.click()
    place = view.field_widget("detentions[0].det_place")
    assert place is not None
    assert editor.saver is not None
    with qtbot.waitSignal(editor.saver.saved, timeout=10_000):
        qtbot.keyClicks(place.input, "Istanbul airport, passport control")
    assert editor.save_status.text() == "Saved"
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    answers, title, _parent = _read_case(existing_vault, editor.case.id)
    assert answers == {
        "was_detained": "yes",
        "detentions": [{"det_place": "Istanbul airport, passport control"}],
    }
    assert title == "Report abuse of an INTERPOL notice or alert" or title


def test_locking_saves_what_was_typed_a_moment_before(
    qtbot: QtBot, controller: AppController, existing_vault: Path
) -> None:
    case_id = _seed(existing_vault)
    panel = _unlock(qtbot, controller)
    panel.save_delay_ms = 60_000  # the pause never ends: only the lock can save this
    with qtbot.waitSignal(panel.report_opened) as opened:
        panel.open_report(case_id)
    editor = opened.args[0]
    story = editor.view.field_widget("stated_charges")
    assert story is not None
    story.input.setFocus()
    qtbot.keyClick(story.input, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(story.input, " and tax evasion")
    assert editor.saver is not None and editor.saver.dirty
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    answers, _title, _parent = _read_case(existing_vault, case_id)
    assert answers["stated_charges"] == "fraud and tax evasion"


def test_report_list_shows_form_name_and_status_and_opens_with_enter(
    qtbot: QtBot, controller: AppController, existing_vault: Path
) -> None:
    case_id = _seed(existing_vault)
    panel = _unlock(qtbot, controller)
    assert panel.stack.currentWidget() is panel.table
    model = panel.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Istanbul airport"
    assert "INTERPOL" in model.index(0, 1).data()
    assert model.index(0, 3).data() == "Draft"
    assert model.index(0, 2).data()  # a localised time, not empty
    panel.table.setFocus()
    panel.table.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(panel.report_opened) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    editor = opened.args[0]
    assert editor.case.id == case_id
    assert editor.view.answers()["stated_charges"] == "fraud"
    with qtbot.waitSignal(panel.reports_listed):
        editor.back_button.click()
    assert panel.currentWidget() is panel.list_page


def test_delete_asks_first_and_then_removes_the_report(
    qtbot: QtBot, controller: AppController, existing_vault: Path
) -> None:
    case_id = _seed(existing_vault)
    panel = _unlock(qtbot, controller)
    panel.table.selectRow(0)
    panel.delete_button.click()
    box = panel.findChild(QMessageBox, "deleteReportConfirm")
    assert isinstance(box, QMessageBox)
    assert "Istanbul airport" in box.text()
    cancel = box.findChild(QPushButton, "cancelDelete")
    assert isinstance(cancel, QPushButton)
    cancel.click()
    assert panel.model.rowCount() == 1  # cancelled: nothing happened
    panel.delete_button.click()
    box = next(b for b in panel.findChildren(QMessageBox, "deleteReportConfirm") if b.isVisible())
    confirm = box.findChild(QPushButton, "confirmDelete")
    assert isinstance(confirm, QPushButton)
    with qtbot.waitSignal(panel.reports_listed):
        confirm.click()
    assert panel.model.rowCount() == 0
    assert panel.stack.currentWidget() is panel.empty_state
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    with unlock_vault(existing_vault, bytearray(PASSPHRASE.encode())) as session:
        assert [c.id for c in session.cases.list()] == []
        assert case_id not in {c.id for c in session.cases.list()}


def test_a_sent_report_is_read_only_and_a_new_version_links_to_it(
    qtbot: QtBot, controller: AppController, existing_vault: Path
) -> None:
    sent_id = _seed(existing_vault, sealed=True)
    panel = _unlock(qtbot, controller)
    assert panel.model.index(0, 3).data() == "Sent"
    with qtbot.waitSignal(panel.report_opened) as opened:
        panel.open_report(sent_id)
    sent = opened.args[0]
    assert sent.read_only and sent.saver is None
    assert sent.banner.isVisible()
    assert sent.banner_text.text().startswith("This report was sent on ")
    assert "Editing creates a new version." in sent.banner_text.text()
    charges = sent.view.field_widget("stated_charges")
    assert charges is not None and not charges.input.isEnabled()
    with qtbot.waitSignal(panel.report_opened) as opened:
        sent.new_version_button.click()
    draft = opened.args[0]
    assert not draft.read_only
    assert draft.case.id != sent_id
    assert draft.view.answers()["stated_charges"] == "fraud"
    assert draft.title_edit.text() == "Istanbul airport (new version)"
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    _answers, _title, parent = _read_case(existing_vault, draft.case.id)
    assert parent == sent_id


def test_the_russian_interface_shows_the_form_in_russian(
    qtbot: QtBot, vault_dir: Path, fast_kdf: KdfParams, existing_vault: Path
) -> None:
    case_id = _seed(existing_vault, language="ru")
    controller = make_controller(vault_dir, fast_kdf, Language.RUSSIAN)
    try:
        panel = _unlock(qtbot, controller)
        assert panel.new_button.text() == "&Новый отчёт"
        assert panel.model.index(0, 3).data() == "Черновик"
        with qtbot.waitSignal(panel.report_opened) as opened:
            panel.open_report(case_id)
        editor = opened.args[0]
        form = builtin_forms()["interpol_abuse"]
        detained = editor.view.field_widget("was_detained")
        assert detained is not None
        assert detained.label_text == form.field("was_detained").label["ru"]  # type: ignore[union-attr]
        assert editor.view.next_button.text() == "Далее"
        assert editor.view.progress_label.text().startswith("Страница 1 из")
        assert editor.back_button.text() == "Все отчёты"
    finally:
        _tear_down(controller)


def test_focus_lands_in_the_form_when_a_report_opens(
    qtbot: QtBot, controller: AppController, existing_vault: Path
) -> None:
    case_id = _seed(existing_vault)
    panel = _unlock(qtbot, controller)
    controller.main_window.activateWindow()
    with qtbot.waitSignal(panel.report_opened) as opened:
        panel.open_report(case_id)
    editor = opened.args[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert focused is not None and editor.isAncestorOf(focused)


def test_attaching_a_photo_removes_its_location_and_names_it_in_the_answer(
    qtbot: QtBot, controller: AppController, existing_vault: Path, tmp_path: Path
) -> None:
    from tests.intake_app.evidence.samples import jpeg

    photo = tmp_path / "notice.jpg"
    photo.write_bytes(jpeg())
    case_id = _seed(existing_vault)
    panel = _unlock(qtbot, controller)
    with qtbot.waitSignal(panel.report_opened) as opened:
        panel.open_report(case_id)
    editor = opened.args[0]
    field = editor.view.field_widget("ev_notice")
    assert isinstance(field, AttachmentField)
    assert field.add_button.isEnabled()
    with qtbot.waitSignal(editor.attached) as attached:
        editor.attach_path(photo, field._attached)
    outcome = attached.args[0]
    assert outcome.removed
    assert editor.notice.text().startswith("“notice.jpg” was attached. Removed before storing:")
    assert "where it was made" in editor.notice.text()
    assert "CANARY" not in editor.notice.text()  # what was found is named, never shown
    assert field.files.item(0).text() == "notice.jpg"
    assert editor.view.answers()["ev_notice"] == [outcome.record.id]
    with qtbot.waitSignal(controller.locked):  # the lock saves what is pending
        controller.lock()
    with unlock_vault(existing_vault, bytearray(PASSPHRASE.encode())) as session:
        assert session.cases.get(case_id).answers["ev_notice"] == [outcome.record.id]
        stored = session.attachments.read_all(outcome.record.id)
    assert b"SERIAL CANARY" not in stored and b"MAKE CANARY" not in stored


def test_switching_the_language_with_a_report_open_keeps_the_answers(
    qtbot: QtBot, controller: AppController, existing_vault: Path
) -> None:
    case_id = _seed(existing_vault)
    panel = _unlock(qtbot, controller)
    with qtbot.waitSignal(panel.report_opened) as opened:
        panel.open_report(case_id)
    editor = opened.args[0]
    editor.view.show_page(4)
    charges = editor.view.field_widget("stated_charges")
    assert charges is not None
    charges.set_value("fraud, typed before the switch")
    editor.view.ctx.edited()
    try:
        old_view = editor.view
        controller.set_language(Language.RUSSIAN)
        qtbot.waitUntil(lambda: editor.view is not old_view)  # Qt posts LanguageChange
        view = editor.view
        detained = view.field_widget("was_detained")
        assert detained is not None
        question = builtin_forms()["interpol_abuse"].field("was_detained")
        assert question is not None
        assert detained.label_text == question.label["ru"]
        assert view.answers()["stated_charges"] == "fraud, typed before the switch"
        assert view.current == 4
        assert view.next_button.text() == "Далее"
    finally:
        controller.set_language(Language.ENGLISH)
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    answers, _title, _parent = _read_case(existing_vault, case_id)
    assert answers["stated_charges"] == "fraud, typed before the switch"


def _report_texts(qtbot: QtBot, panel: ReportsPanel, case_id: str) -> tuple[set[str], list[str]]:
    """Every visible text of the list, the new-report dialog and an open report, and the
    controls that lack an objectName or a spoken name."""
    from .test_accessibility import _problems
    from .test_translations import _texts

    texts = set(_texts(panel))
    problems = _problems(panel)
    panel.new_button.click()
    qtbot.waitUntil(lambda: panel.findChild(NewReportDialog) is not None)
    dialog = panel.findChild(NewReportDialog)
    assert isinstance(dialog, NewReportDialog)
    texts |= set(_texts(dialog))
    problems += _problems(dialog)
    dialog.reject()
    with qtbot.waitSignal(panel.report_opened) as opened:
        panel.open_report(case_id)
    editor = opened.args[0]
    assert isinstance(editor, ReportEditor)
    editor.view.go_next()
    editor.view.go_next()  # a message shown, in the interface language
    texts |= set(_texts(editor))
    problems += _problems(editor)
    return {t.replace("\n", " ").strip() for t in texts if t and t.strip()}, problems


def test_report_screens_are_named_for_screen_readers_and_fully_translated(
    qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    from .conftest import PASSPHRASE as PASS
    from .test_translations import SAME_EVERYWHERE

    texts: dict[Language, set[str]] = {}
    for language in (Language.ENGLISH, Language.RUSSIAN, Language.TURKISH):
        vault = tmp_path / language.value
        from intake_app.core.vault import create_vault

        create_vault(vault, PASS.encode(), kdf=fast_kdf).close()
        case_id = _seed(vault, language=language.value, title="Case 7")
        ctl = make_controller(vault, fast_kdf, language)
        try:
            panel = _unlock(qtbot, ctl)
            texts[language], problems = _report_texts(qtbot, panel, case_id)
            assert problems == []
        finally:
            _tear_down(ctl)
    english = texts[Language.ENGLISH]
    for language in (Language.RUSSIAN, Language.TURKISH):
        same = texts[language] & english
        left = sorted(
            t
            for t in same - SAME_EVERYWHERE - {"Case 7", "CCF"}
            if not t.replace(" ", "").isdigit()
        )
        assert left == [], language
