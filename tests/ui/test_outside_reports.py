"""The report list with a received case whose form definition this version cannot load.

Found from outside: one such bundle (a stranger needs only the organisation's public
card to send it) made ``list_reports`` raise, so the desktop could not show any report.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto.identity import VaultIdentity
from crypto.vaultkey import KdfParams
from intake_app.core import importing
from intake_app.core.identity import own_card
from intake_app.core.importing import ImportStatus
from intake_app.core.vault import create_vault
from intake_app.ui import reports_api
from intake_app.ui.errors import ReportFormMissingError
from tests.crypto import spec_writer as sw


class _Recipient:
    def __init__(self, fingerprint: str, age_x25519: str, age_hybrid: str | None) -> None:
        self.fingerprint, self.age_x25519, self.age_hybrid = fingerprint, age_x25519, age_hybrid


def test_a_case_whose_form_cannot_be_loaded_does_not_stop_the_report_list(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    with create_vault(tmp_path / "org", b"pw", kdf=fast_kdf, name="Org") as org:
        card = own_card(org)
        to = _Recipient(
            card.fingerprint.digits, card.public_keys.age_x25519, card.public_keys.age_hybrid
        )
        keys = VaultIdentity.generate().public_keys
        sender = sw.Party(
            Ed25519PrivateKey.generate(), keys.age_x25519, keys.age_hybrid, "Stranger"
        )
        form = b'{"id":"f","version":"1"}'  # JSON, but not a form this version can load
        answers = json.dumps({"q1": "yes"}).encode()
        record = {
            "case_ref": "ef" * 16,
            "form": {"content_hash": hashlib.sha256(form).hexdigest(), "id": "f", "version": "1"},
        }
        items = [
            sw.Item("form.json", sw.FORM_TYPE, "form", form),
            sw.Item("answers.json", sw.ANSWERS_TYPE, "answers", answers),
        ]
        path = tmp_path / "b.idb"
        path.write_bytes(sw.write_bundle(sender, [to], "case", record, items).data)  # type: ignore[list-item]
        outcome = importing.import_bundle(org, path)
        assert outcome.status is ImportStatus.IMPORTED, outcome.message

        rows = reports_api.list_reports(org)
        assert [r.id for r in rows] == [outcome.case_id]
        with pytest.raises(ReportFormMissingError):
            reports_api.form_by_hash(org, hashlib.sha256(form).hexdigest())
