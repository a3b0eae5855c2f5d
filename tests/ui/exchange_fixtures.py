"""Helpers for the partners, identity, evidence and export tests (real vaults, real Qt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from crypto.bundle import ItemInfo, open_bundle
from crypto.cards import ContactCard
from crypto.identity import VaultIdentity
from intake_app.core import cases as core_cases
from intake_app.core import partners as core_partners
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


def make_case(
    qtbot: QtBot, ctl: AppController, answers: dict[str, Any] | None = None, language: str = "en"
) -> str:
    """A new draft INTERPOL-abuse report in the unlocked vault; returns its id."""
    chosen = dict(SIMPLE_INTERPOL if answers is None else answers)

    def create(session: Session) -> str:
        form = session.forms.get("interpol_abuse")
        return core_cases.new_case(session, form, chosen, language=language).case.id

    case_id = run_db(qtbot, ctl, create)
    assert isinstance(case_id, str)
    return case_id


def organisation(name: str = "Fair Trials Desk") -> tuple[VaultIdentity, ContactCard]:
    """A partner organisation's identity (kept by the test to open bundles) and card."""
    identity = VaultIdentity.generate()
    return identity, identity.make_card(name)


def add_partner(
    qtbot: QtBot, ctl: AppController, card: ContactCard, *, verified: bool = True
) -> str:
    """Add ``card`` as a partner through the core (verified unless told); returns its id."""

    def add(session: Session) -> str:
        partner = core_partners.add_partner(session, card.to_text()).partner
        if verified:
            core_partners.verify_partner(session, partner, card.fingerprint.digits)
        return partner.id

    partner_id = run_db(qtbot, ctl, add)
    assert isinstance(partner_id, str)
    return partner_id


def attach_path(qtbot: QtBot, ctl: AppController, case_id: str, path: Path) -> None:
    """Attach ``path`` to the case through the core."""
    run_db(qtbot, ctl, lambda s: core_cases.attach_file(s, case_id, path))


def open_with(identity: VaultIdentity, bundle: Path) -> list[tuple[ItemInfo, bytes]]:
    """Open ``bundle`` as the organisation would (crypto package only); every item."""
    with bundle.open("rb") as src:
        reader = open_bundle(identity, src)
        return [(info, b"".join(pieces)) for info, pieces in reader.items()]


def stray_files(folder: Path, keep: set[str]) -> list[str]:
    """Names in ``folder`` other than ``keep`` (partial bundles must not stay behind)."""
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)
