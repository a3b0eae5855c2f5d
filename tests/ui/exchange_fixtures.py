"""Helpers for the partners, identity, evidence and export tests (real vaults, real Qt)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from crypto.cards import ContactCard
from crypto.identity import VaultIdentity
from intake_app.core import cases as core_cases
from intake_app.core.session import Session
from intake_app.ui.controller import AppController
from intake_app.ui.tasks import DbOp, TaskOutcome

#: A complete, short INTERPOL-abuse report (no follow-up questions).
SIMPLE_INTERPOL: dict[str, Any] = {
    "request_types": ["red_notice"],
    "requesting_country": "TJ",
    "was_detained": "no",
    "consequences": ["none"],
    "protection_status": "none",
    "ccf_stage": "not_started",
    "has_lawyer": "no",
}


def run_db(qtbot: QtBot, ctl: AppController, fn: Callable[[Session], Any]) -> Any:
    """Run ``fn`` on the database thread and return its result (raise its error)."""
    op: DbOp[Any] = DbOp(ctl.runner, fn)
    with qtbot.waitSignal(op.finished, timeout=20_000) as blocker:
        op.run()
    outcome = blocker.args[0]
    assert isinstance(outcome, TaskOutcome)
    if outcome.error is not None:
        raise outcome.error
    return outcome.result


def make_case(qtbot: QtBot, ctl: AppController, answers: dict[str, Any] | None = None) -> str:
    """A new draft INTERPOL-abuse report in the unlocked vault; returns its id."""
    chosen = dict(SIMPLE_INTERPOL if answers is None else answers)

    def create(session: Session) -> str:
        form = session.forms.get("interpol_abuse")
        return core_cases.new_case(session, form, chosen, language="en").case.id

    case_id = run_db(qtbot, ctl, create)
    assert isinstance(case_id, str)
    return case_id


def organisation(name: str = "Fair Trials Desk") -> tuple[VaultIdentity, ContactCard]:
    """A partner organisation's identity (kept by the test to open bundles) and card."""
    identity = VaultIdentity.generate()
    return identity, identity.make_card(name)
