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
from forms import builtin_forms, canonical_json
from intake_app.cli import main
from intake_app.core import importing
from intake_app.core.identity import own_card
from intake_app.core.importing import ImportRejection, ImportStatus
from intake_app.core.session import Session
from tests.crypto import spec_writer as sw
from tests.intake_app.exchange.conftest import MakeParty
from tests.intake_app.exchange.helpers import snapshot


class _Recipient:
    """The receiving vault as the spec writer addresses it."""

    def __init__(self, session: Session) -> None:
        card = own_card(session)
        self.fingerprint = card.fingerprint.digits
        self.age_x25519 = card.public_keys.age_x25519
        self.age_hybrid = card.public_keys.age_hybrid


def _case_bundle(
    org: Session,
    form: bytes,
    answers: dict[str, object],
    attachments: tuple[tuple[dict[str, object], bytes], ...] = (),
    *,
    form_id: str = "f",
    version: str = "1",
) -> bytes:
    """A case from a stranger; ``attachments`` holds (envelope entry, bytes) pairs."""
    keys = VaultIdentity.generate().public_keys
    sender = sw.Party(Ed25519PrivateKey.generate(), keys.age_x25519, keys.age_hybrid, "Sender")
    envelope = {
        "intake_desk_case": 1,
        "title": "From outside",
        "answers": answers,
        "attachments": [entry for entry, _ in attachments],
    }
    record = {
        "case_ref": "cd" * 16,
        "form": {
            "content_hash": hashlib.sha256(form).hexdigest(),
            "id": form_id,
            "version": version,
        },
    }
    items = [
        sw.Item("form.json", sw.FORM_TYPE, "form", form),
        sw.Item("answers.json", sw.ANSWERS_TYPE, "answers", json.dumps(envelope).encode()),
        *(
            sw.Item(f"{i}.jpg", "image/jpeg", "attachment", b)
            for i, (_, b) in enumerate(attachments)
        ),
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


@pytest.mark.parametrize(
    "original",
    [
        "\x1b[2J\nFORGED: checked by the organisation".ljust(64, "x"),  # 64 characters
        "A" * 64,  # not lowercase hex either
    ],
    ids=["escape-and-line-break", "upper-case"],
)
def test_an_original_file_hash_that_is_not_64_hex_digits_is_hostile(
    make_party: MakeParty, tmp_path: Path, original: str
) -> None:
    """Only its length was checked: 64 characters of line breaks and escape sequences
    were stored and printed by 'intake case show' as the original's SHA-256."""
    org = make_party("Org")
    entry: dict[str, object] = {"id": "a1", "original_sha256": original, "metadata_removed": []}
    path = tmp_path / "b.idb"
    path.write_bytes(_case_bundle(org, b'{"id":"f","version":"1"}', {}, ((entry, b"photo"),)))
    before = snapshot(org)
    outcome = importing.import_bundle(org, path)
    assert outcome.status is ImportStatus.REJECTED
    assert outcome.reason is ImportRejection.HOSTILE
    assert snapshot(org) == before


def test_an_answer_naming_an_attachment_the_bundle_does_not_carry_is_shown_as_missing(
    make_party: MakeParty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, 'intake case show' printed the unknown id as it was, so a case could seem
    to carry a document ("passport.pdf") that never arrived."""
    form = builtin_forms()["whistleblower"]
    org = make_party("Org")
    path = tmp_path / "b.idb"
    path.write_bytes(
        _case_bundle(
            org,
            canonical_json(form.source),
            {"ev_documents": ["passport.pdf"]},
            form_id=form.id,
            version=form.version,
        )
    )
    outcome = importing.import_bundle(org, path)
    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    assert outcome.case_id is not None
    vault = org.path
    org.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    capsys.readouterr()
    assert (
        main(["--vault", str(vault), "--passphrase-file", str(pw), "case", "show", outcome.case_id])
        == 0
    )
    out = capsys.readouterr().out
    assert "(missing attachment: passport.pdf)" in out
    assert "No attachments." in out
