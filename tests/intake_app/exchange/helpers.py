"""Helpers for the exchange tests: a case with evidence, partners, vault snapshots."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from forms import builtin_forms, canonical_json, form_hash
from intake_app.core import identity, partners
from intake_app.core.session import Session
from intake_app.storage.records import CaseRecord, PartnerRecord


@dataclass(frozen=True)
class Evidence:
    name: str
    data: bytes
    media_type: str = "image/jpeg"


def make_case(session: Session, evidence: list[Evidence] | None = None) -> CaseRecord:
    """A case on the built-in whistleblower form, its definition stored by hash, with
    attachments whose ids the answers refer to."""
    form = builtin_forms()["whistleblower"]
    digest = form_hash(form)
    session.form_definitions.put(
        digest, form.id, form.version, canonical_json(form.source).decode()
    )
    case = session.cases.create(
        form_id=form.id, form_version=form.version, form_hash=digest, title="My report"
    )
    ids = [
        session.attachments.add(case.id, io.BytesIO(e.data), e.name, e.media_type).id
        for e in evidence or []
    ]
    return session.cases.save_answers(case.id, {"summary": "Они пришли ночью", "files": ids})


def befriend(sender: Session, receiver: Session, *, verify: bool = True) -> PartnerRecord:
    """``sender`` adds ``receiver``'s card (and verifies its fingerprint)."""
    card = identity.own_card(receiver)
    partner = partners.add_partner(sender, card.to_text()).partner
    if verify:
        partner = partners.verify_partner(sender, partner, str(card.fingerprint))
    return partner


def folder_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def snapshot(session: Session) -> tuple[dict[str, str], dict[str, int]]:
    """Every file's hash in the vault folder, and the row count of every table."""
    counts = {
        "cases": session.cases.count(),
        "partners": len(session.partners.list()),
        "sources": len(session.sources.list()),
        "events": len(session.events.list(limit=1_000_000)),
        "forms": session.form_definitions.count(),
        "bundles": session.imported_bundles.count(),
        "attachments": len(session.attachments.file_paths()),
    }
    return folder_hashes(session.path), counts


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
