"""The export wizard: verified partners only, review, write with progress, cancel, lock
and panic during an export (partial file gone, vault locked), sealed afterwards."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crypto.bundle import ItemRole
from intake_app.storage.records import CaseStatus
from intake_app.ui.controller import AppController, ShellState
from intake_app.ui.windows.export_wizard import ExportWizard

from .exchange_fixtures import (
    SIMPLE_INTERPOL,
    add_partner,
    attach_path,
    make_case,
    open_with,
    organisation,
    run_db,
    stray_files,
)


def _wizard_at_destination(
    qtbot: QtBot, ctl: AppController, case_id: str, partner_id: str, dest: Path
) -> ExportWizard:
    wizard = ctl.exchange.open_export(case_id)
    model = wizard.partners_page.model
    qtbot.waitUntil(lambda: model.row_of(partner_id) >= 0)
    model.set_checked(partner_id, True)
    assert wizard.partners_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    wizard.next()
    assert wizard.currentPage() is wizard.destination_page
    assert wizard.destination_page.destination().suffix == ".age"
    wizard.destination_page.path_edit.setText(str(dest))
    assert wizard.destination_page.isComplete()
    return wizard


def test_only_verified_partners_can_be_chosen_and_the_reason_is_shown(
    qtbot: QtBot, unlocked: AppController
) -> None:
    case_id = make_case(qtbot, unlocked)
    _i, verified_card = organisation("Verified NGO")
    _j, unverified_card = organisation("Unverified NGO")
    verified = add_partner(qtbot, unlocked, verified_card)
    unverified = add_partner(qtbot, unlocked, unverified_card, verified=False)
    wizard = unlocked.exchange.open_export(case_id)
    model = wizard.partners_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    bad = model.index(model.row_of(unverified))
    assert model.flags(bad) == Qt.ItemFlag.NoItemFlags
    assert "not verified" in model.data(bad)
    model.set_checked(unverified, True)
    assert model.checked_ids() == [] and not wizard.partners_page.isComplete()
    model.set_checked(verified, True)
    assert model.checked_ids() == [verified] and wizard.partners_page.isComplete()


def test_review_lists_answers_with_labels_files_and_recipients(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    case_id = make_case(qtbot, unlocked)
    evidence = tmp_path / "notice.txt"
    evidence.write_bytes(b"the notice")
    attach_path(qtbot, unlocked, case_id, evidence)
    _i, card = organisation()
    partner_id = add_partner(qtbot, unlocked, card)
    wizard = unlocked.exchange.open_export(case_id)
    qtbot.waitUntil(lambda: wizard.partners_page.model.row_of(partner_id) >= 0)
    wizard.partners_page.model.set_checked(partner_id, True)
    wizard.next()
    text = wizard.review_page.browser.toPlainText()
    assert "Tajikistan" in text  # the country's name, not its code
    assert "notice.txt" in text
    assert card.name in text and str(card.fingerprint) in text


def test_export_writes_a_bundle_the_partner_opens_and_seals_the_report(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    case_id = make_case(qtbot, unlocked)
    identity, card = organisation()
    partner_id = add_partner(qtbot, unlocked, card)
    dest = tmp_path / "out" / "report.age"
    dest.parent.mkdir()
    wizard = _wizard_at_destination(qtbot, unlocked, case_id, partner_id, dest)
    with qtbot.waitSignal(wizard.exported, timeout=30_000) as done:
        wizard.next()
    assert done.args[0].path == dest
    assert wizard.currentPage() is wizard.done_page
    assert str(dest) in wizard.done_page.where.text()
    items = open_with(identity, dest)
    answers = next(data for info, data in items if info.role is ItemRole.ANSWERS)
    assert json.loads(answers)["answers"] == SIMPLE_INTERPOL
    case = run_db(qtbot, unlocked, lambda s: s.cases.get(case_id))
    assert case.status is CaseStatus.EXPORTED and case.sealed
    assert stray_files(dest.parent, {"report.age"}) == []


def _start_big_export(
    qtbot: QtBot, ctl: AppController, tmp_path: Path
) -> tuple[ExportWizard, Path, str]:
    case_id = make_case(qtbot, ctl)
    big = tmp_path / "recording.bin"
    big.write_bytes(os.urandom(48 * 1024 * 1024))  # long enough to interrupt mid-way
    attach_path(qtbot, ctl, case_id, big)
    big.unlink()
    _identity, card = organisation()
    partner_id = add_partner(qtbot, ctl, card)
    out = tmp_path / "stick"
    out.mkdir()
    wizard = _wizard_at_destination(qtbot, ctl, case_id, partner_id, out / "r.age")
    return wizard, out, case_id


def _on_first_progress(wizard: ExportWizard, action: Callable[[], object]) -> list[int]:
    fired: list[int] = []

    def on_progress(value: int) -> None:
        if value > 0 and not fired:  # the core has started writing the file
            fired.append(1)
            action()

    wizard.write_page.progress.valueChanged.connect(on_progress)
    return fired


def test_lock_during_export_cancels_it_deletes_the_partial_file_and_locks(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    wizard, out, _case_id = _start_big_export(qtbot, unlocked, tmp_path)
    fired = _on_first_progress(wizard, unlocked.lock)
    with qtbot.waitSignal(unlocked.locked, timeout=30_000):
        wizard.next()
    assert fired == [1]  # interrupted after the core began writing
    assert stray_files(out, set()) == []
    assert unlocked.state is ShellState.LOCKED and not unlocked.runner.has_session
    assert not any(
        shiboken6.isValid(w) and w.isVisible()
        for w in unlocked.main_window.findChildren(ExportWizard)
    )


def test_panic_during_export_cancels_it_deletes_the_partial_file_and_hides(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    wizard, out, _case_id = _start_big_export(qtbot, unlocked, tmp_path)
    fired = _on_first_progress(wizard, unlocked.panic)
    with qtbot.waitSignal(unlocked.locked, timeout=30_000):
        wizard.next()
    assert fired == [1]  # interrupted after the core began writing
    assert stray_files(out, set()) == []
    assert not unlocked.runner.has_session
    assert unlocked.unlock_window.isMinimized()
    assert not unlocked.main_window.isVisible()


def test_cancel_during_export_deletes_the_partial_file_and_leaves_a_draft(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    wizard, out, case_id = _start_big_export(qtbot, unlocked, tmp_path)
    fired = _on_first_progress(wizard, wizard.reject)
    wizard.next()
    qtbot.waitUntil(lambda: unlocked.runner.is_idle, timeout=30_000)
    assert fired == [1]
    assert stray_files(out, set()) == []
    case = run_db(qtbot, unlocked, lambda s: s.cases.get(case_id))
    assert case.status is CaseStatus.DRAFT and not case.sealed
