"""End to end through the real widgets: first launch, a report, evidence with metadata
removed, a partner added from its card and verified, export, and the organisation opening
the bundle with its own identity through the crypto package.

The report itself is written through the core here: the form view is built on the
``reportui`` branch and joins this flow when it is merged (see the report to the lead).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from crypto.bundle import ItemRole
from intake_app.storage.records import CaseStatus
from intake_app.ui.controller import AppController
from intake_app.ui.windows.evidence import EvidenceDialog
from intake_app.ui.windows.export_wizard import ExportWizard
from tests.intake_app.evidence import samples

from .exchange_fixtures import make_case, open_with, organisation, run_db

STRONG = "plum kettle orbit seventeen"

#: A detained person's report: answering "yes" opens the detention questions.
DETAINED: dict[str, Any] = {
    "request_types": ["red_notice"],
    "requesting_country": "TJ",
    "was_detained": "yes",
    "detentions": [
        {
            "det_country": "PL",
            "det_place": "Warsaw airport, passport control",
            "det_length": "About six hours",
            "det_authority": "border_police",
            "det_conditions": ["no_conditions"],
        }
    ],
    "consequences": ["none"],
    "protection_status": "none",
    "ccf_stage": "not_started",
    "has_lawyer": "no",
}


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


def _select_report(qtbot: QtBot, controller: AppController, case_id: str) -> None:
    main = controller.main_window
    main.refresh_cases()
    qtbot.waitUntil(lambda: main.case_model.rowCount() == 1)
    main.case_table.selectionModel().setCurrentIndex(
        main.case_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert controller.exchange.selected_case_id() == case_id
    assert controller.exchange.export_action.isEnabled()


def test_first_launch_to_a_bundle_the_organisation_opens(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    _first_launch(qtbot, controller)
    case_id = make_case(qtbot, controller, DETAINED)
    _select_report(qtbot, controller, case_id)

    # Evidence: a phone photo with GPS position, camera and owner inside.
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(samples.jpeg())
    with qtbot.waitSignal(controller.exchange.screen_opened) as opened:
        controller.exchange.evidence_action.trigger()  # Report > Evidence... (Ctrl+E)
    panel = opened.args[0]
    assert isinstance(panel, EvidenceDialog)
    qtbot.waitUntil(lambda: panel._state is not None)
    with qtbot.waitSignal(panel.attachment_added):
        panel.add_files([photo])
    qtbot.waitUntil(lambda: "where it was made" in panel.summary.text())
    panel.reject()

    # The organisation hands over its card; the person pastes it and compares the digits.
    org_identity, card = organisation("Fair Trials Desk")
    partners = controller.exchange.open_partners()
    add = partners.open_add_dialog()
    add.card_text.setPlainText(card.to_text())
    with qtbot.waitSignal(add.partner_added):
        add.add_button.click()
    qtbot.waitUntil(lambda: partners.current_partner() is not None)
    partners.digits.setText(str(card.fingerprint))  # read out on the phone
    with qtbot.waitSignal(partners.partners_changed):
        partners.verify_button.click()
    qtbot.waitUntil(lambda: getattr(partners.current_partner(), "verified", False))
    partners.reject()

    # Send it.
    with qtbot.waitSignal(controller.exchange.screen_opened) as opened:
        controller.exchange.export_action.trigger()  # Report > Send to an organisation...
    wizard = opened.args[0]
    assert isinstance(wizard, ExportWizard)
    model = wizard.partners_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    model.setData(model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    wizard.next()
    review = wizard.review_page.browser.toPlainText()
    assert "Warsaw airport, passport control" in review and "IMG_2041.jpg" in review
    wizard.next()
    dest = tmp_path / "usb" / "report.age"
    dest.parent.mkdir()
    wizard.destination_page.path_edit.setText(str(dest))
    with qtbot.waitSignal(wizard.exported, timeout=30_000):
        wizard.next()

    # The organisation opens it with its own identity and finds exactly what was typed.
    items = open_with(org_identity, dest)
    roles = [info.role for info, _ in items]
    assert roles == [ItemRole.FORM, ItemRole.ANSWERS, ItemRole.ATTACHMENT]
    answers = json.loads(items[1][1])
    assert answers["answers"]["detentions"] == DETAINED["detentions"]
    assert {k: v for k, v in answers["answers"].items() if k in DETAINED} == DETAINED
    picture = items[2][1]
    assert items[2][0].name == "IMG_2041.jpg"
    for canary in (b"MAKE CANARY", b"SERIAL CANARY", b"OWNER CANARY", b"ARTIST CANARY"):
        assert canary not in picture
    assert picture[:2] == b"\xff\xd8"  # still a JPEG
    case = run_db(qtbot, controller, lambda s: s.cases.get(case_id))
    assert case.status is CaseStatus.EXPORTED and case.sealed
