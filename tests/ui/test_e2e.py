"""End to end through the real widgets (the issue's flow): first launch, a new
INTERPOL-abuse report typed into the form view, answers that open conditional questions, an
invalid answer shown inline and corrected, a photo attached with its metadata removed, a
partner added from its card and verified, export through the wizard - and the organisation
opening the bundle with its own identity through the crypto package, finding exactly what
was typed."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from crypto.bundle import ItemRole
from intake_app.storage.records import CaseStatus
from intake_app.ui.controller import AppController
from intake_app.ui.forms_view.choice_fields import RadioChoiceField, YesNoUnknownField
from intake_app.ui.forms_view.date_fields import DateField
from intake_app.ui.windows.evidence import EvidenceDialog
from intake_app.ui.windows.export_wizard import ExportWizard
from intake_app.ui.windows.new_report import NewReportDialog
from intake_app.ui.windows.report_window import ReportEditor
from tests.intake_app.evidence import samples

from .exchange_fixtures import open_with, organisation, run_db

STRONG = "plum kettle orbit seventeen"
PLACE = "Warsaw airport, passport control"


def _first_launch(qtbot: QtBot, controller: AppController) -> None:
    controller.start(first_run=True)
    wizard = controller.wizard
    assert wizard is not None
    wizard.next()
    pair = wizard.passphrase_page.pair
    pair.first.setText(STRONG)
    pair.second.setText(STRONG)
    qtbot.waitUntil(lambda: pair._estimate is not None)
    wizard.next()
    with qtbot.waitSignal(controller.unlocked, timeout=15_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()


def _new_interpol_report(qtbot: QtBot, controller: AppController) -> ReportEditor:
    panel = controller.main_window.reports
    panel.save_delay_ms = 20
    panel.new_button.click()
    qtbot.waitUntil(lambda: panel.findChild(NewReportDialog) is not None)
    dialog = panel.findChild(NewReportDialog)
    assert isinstance(dialog, NewReportDialog)
    titles = [dialog.form_list.item(i).text() for i in range(dialog.form_list.count())]
    dialog.form_list.setCurrentRow(next(i for i, t in enumerate(titles) if "INTERPOL" in t))
    with qtbot.waitSignal(panel.report_opened) as opened:
        dialog.ok_button.click()
    editor = opened.args[0]
    assert isinstance(editor, ReportEditor) and editor.form.id == "interpol_abuse"
    return editor


def _fill_the_form(qtbot: QtBot, editor: ReportEditor) -> None:
    view = editor.view
    # "Were you detained?" - yes: the detention questions appear.
    fields = view.pages[2].fields
    assert not fields.is_shown("detentions")
    detained = view.field_widget("was_detained")
    assert isinstance(detained, YesNoUnknownField)
    detained.buttons["yes"].click()
    assert fields.is_shown("detentions")
    view.show_page(2)
    repeat = fields.repeats["detentions"]
    qtbot.waitUntil(repeat.isVisible)
    repeat.add_button.click()
    place = view.field_widget("detentions[0].det_place")
    assert place is not None
    qtbot.keyClicks(place.input, PLACE)
    # A complaint to the CCF dated tomorrow: refused inline, then corrected.
    stage = view.field_widget("ccf_stage")
    assert isinstance(stage, RadioChoiceField)
    stage.buttons["submitted"].click()
    view.show_page(view.form.pages.index(next(p for p in view.form.pages if p.name == "ccf_page")))
    submitted = view.field_widget("ccf_submitted_on")
    assert isinstance(submitted, DateField)
    qtbot.waitUntil(submitted.isVisible)
    submitted.input.setFocus()
    qtbot.waitUntil(submitted.input.hasFocus)
    submitted.input.setDate(QDate.currentDate().addDays(1))
    reference = view.field_widget("ccf_reference")
    assert reference is not None
    reference.input.setFocus()
    qtbot.waitUntil(submitted.issue_label.isVisible)
    assert "in the future" in (submitted.issue or "")
    submitted.input.setFocus()
    submitted.input.setDate(QDate(2024, 5, 17))
    reference.input.setFocus()
    qtbot.waitUntil(lambda: not submitted.issue_label.isVisible())


def test_first_launch_to_a_bundle_the_organisation_opens(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    _first_launch(qtbot, controller)
    editor = _new_interpol_report(qtbot, controller)
    main = controller.main_window
    main.activateWindow()  # inline messages follow keyboard focus, which needs it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    _fill_the_form(qtbot, editor)
    typed = editor.view.answers()
    case_id = editor.case.id
    assert controller.exchange.selected_case_id() == case_id

    # Evidence: a phone photo with GPS position, camera and owner inside (Report > Evidence).
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(samples.jpeg())
    with qtbot.waitSignal(controller.exchange.screen_opened) as opened:
        controller.exchange.evidence_action.trigger()
    panel = opened.args[0]
    assert isinstance(panel, EvidenceDialog)
    qtbot.waitUntil(lambda: panel._state is not None)
    with qtbot.waitSignal(panel.attachment_added):
        panel.add_files([photo])
    qtbot.waitUntil(lambda: "where it was made" in panel.summary.text())
    panel.reject()

    # The organisation's card is pasted, and its digits compared on the phone.
    org_identity, card = organisation("Fair Trials Desk")
    partners = controller.exchange.open_partners()
    add = partners.open_add_dialog()
    add.card_text.setPlainText(card.to_text())
    with qtbot.waitSignal(add.partner_added):
        add.add_button.click()
    qtbot.waitUntil(lambda: partners.current_partner() is not None)
    partners.digits.setText(str(card.fingerprint))
    with qtbot.waitSignal(partners.partners_changed):
        partners.verify_button.click()
    qtbot.waitUntil(lambda: getattr(partners.current_partner(), "verified", False))
    partners.reject()

    # Report > Send to an organisation...
    with qtbot.waitSignal(controller.exchange.screen_opened) as opened:
        controller.exchange.export_action.trigger()
    wizard = opened.args[0]
    assert isinstance(wizard, ExportWizard)
    model = wizard.partners_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    model.setData(model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    wizard.next()
    review = wizard.review_page.browser.toPlainText()
    assert wizard.review_page.incomplete.isVisibleTo(wizard)  # a draft with open questions
    assert PLACE in review and "IMG_2041.jpg" in review and str(card.fingerprint) in review
    wizard.next()
    dest = tmp_path / "usb" / "report.age"
    dest.parent.mkdir()
    wizard.destination_page.path_edit.setText(str(dest))
    with qtbot.waitSignal(wizard.exported, timeout=30_000):
        wizard.next()

    # The organisation opens it with its own identity and finds exactly what was typed.
    items = open_with(org_identity, dest)
    assert [info.role for info, _ in items] == [
        ItemRole.FORM,
        ItemRole.ANSWERS,
        ItemRole.ATTACHMENT,
    ]
    sent = json.loads(items[1][1])["answers"]
    assert sent == typed
    assert sent["was_detained"] == "yes"
    assert sent["detentions"] == [{"det_place": PLACE}]
    assert sent["ccf_submitted_on"] == "2024-05-17"
    assert items[2][0].name == "IMG_2041.jpg"
    picture = items[2][1]
    for canary in (b"MAKE CANARY", b"SERIAL CANARY", b"OWNER CANARY", b"ARTIST CANARY"):
        assert canary not in picture
    assert picture[:2] == b"\xff\xd8"  # still a JPEG

    # The report is now sent and sealed; the open report shows it read-only.
    case = run_db(qtbot, controller, lambda s: s.cases.get(case_id))
    assert case.status is CaseStatus.EXPORTED and case.sealed
    reports = controller.main_window.reports
    qtbot.waitUntil(lambda: reports.editor is not None and reports.editor.read_only)
    assert reports.editor is not None and reports.editor.banner.isVisibleTo(reports.editor)
