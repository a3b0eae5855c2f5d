"""Bundles crafted from outside with the independent spec writer whose signature and
format are fine but whose content is odd: what the vault keeps, and what the command
line then shows of it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto.identity import VaultIdentity
from intake_app.cli import main
from intake_app.core import importing
from intake_app.core.identity import own_card
from intake_app.core.importing import ImportStatus
from intake_app.core.session import Session
from tests.crypto import spec_writer as sw
from tests.intake_app.exchange.conftest import MakeParty


class _Recipient:
    """The receiving vault as the spec writer addresses it."""

    def __init__(self, session: Session) -> None:
        card = own_card(session)
        self.fingerprint = card.fingerprint.digits
        self.age_x25519 = card.public_keys.age_x25519
        self.age_hybrid = card.public_keys.age_hybrid


def _case_bundle(org: Session, form: bytes, answers: dict[str, object]) -> bytes:
    keys = VaultIdentity.generate().public_keys
    sender = sw.Party(Ed25519PrivateKey.generate(), keys.age_x25519, keys.age_hybrid, "Sender")
    envelope = {
        "intake_desk_case": 1,
        "title": "From outside",
        "answers": answers,
        "attachments": [],
    }
    record = {
        "case_ref": "cd" * 16,
        "form": {"content_hash": hashlib.sha256(form).hexdigest(), "id": "f", "version": "1"},
    }
    items = [
        sw.Item("form.json", sw.FORM_TYPE, "form", form),
        sw.Item("answers.json", sw.ANSWERS_TYPE, "answers", json.dumps(envelope).encode()),
    ]
    recipient = _Recipient(org)
    return sw.write_bundle(sender, [recipient], "case", record, items).data  # type: ignore[list-item]


def test_a_received_case_whose_form_this_version_cannot_load_still_shows_its_answers(
    make_party: MakeParty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The import keeps a case whose form definition does not load (a newer sender's
    form, or a broken one); 'intake case show' then failed with "The form definition
    has N problems" and showed nothing of the case, not even with --json."""
    org = make_party("Org")
    path = tmp_path / "newer-form.idb"
    path.write_bytes(_case_bundle(org, b'{"id":"f","version":"1"}', {"q1": "they came at night"}))
    outcome = importing.import_bundle(org, path)
    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    assert outcome.case_id is not None
    vault = org.path
    org.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    base = ["--vault", str(vault), "--passphrase-file", str(pw), "case", "show", outcome.case_id]

    capsys.readouterr()
    assert main(base) == 0
    out = capsys.readouterr().out
    assert "this version cannot read it; showing the answers as stored." in out
    assert "  q1: they came at night" in out

    assert main([*base, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["rendered"] is None
    assert shown["answers"] == {"q1": "they came at night"}
