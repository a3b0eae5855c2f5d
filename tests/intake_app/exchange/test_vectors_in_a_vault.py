"""Every bundle vector imported into a real vault: its reason class, and on refusal the
vault byte for byte as before (files and row counts)."""

from __future__ import annotations

from pathlib import Path

import pytest

import intake_app.core.identity as identity_module
from crypto.identity import VaultIdentity
from intake_app.core import importing
from intake_app.core.importing import ImportRejection, ImportStatus

from .conftest import MakeParty
from .helpers import snapshot

VECTORS = Path(__file__).resolve().parents[2] / "vectors" / "bundle"
KEYS = VECTORS / "keys"
REASONS = {
    "not a bundle": ImportRejection.NOT_A_BUNDLE,
    "unreadable": ImportRejection.UNREADABLE,
    "not addressed": ImportRejection.NOT_ADDRESSED,
    "hostile content": ImportRejection.HOSTILE,
}
# Valid at the format level, refused or recognised by the application:
APP_OUTCOMES = {
    "valid_case_sender_reopens": ImportStatus.ALREADY_IMPORTED,  # our own bundle
    "valid_reply": ImportStatus.REJECTED,  # replies: built with the caseworker's desk
    "valid_receipt": ImportStatus.REJECTED,
}


def _vector(path: Path) -> tuple[dict[str, str], bytes]:
    head, _, body = path.read_bytes().partition(b"\n\n")
    headers = dict(line.split(": ", 1) for line in head.decode().splitlines())
    return headers, body


def _fixture_identity(name: str) -> VaultIdentity:
    return VaultIdentity.from_bytes(bytes.fromhex((KEYS / f"{name}.identity").read_text().strip()))


@pytest.mark.parametrize("name", sorted(p.name for p in VECTORS.iterdir() if p.is_file()), ids=str)
def test_vector_imported_into_a_vault_gives_its_outcome(
    name: str, make_party: MakeParty, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers, body = _vector(VECTORS / name)
    fixed = _fixture_identity(headers["identity"])

    class FixedIdentity(VaultIdentity):
        @classmethod
        def generate(cls) -> VaultIdentity:
            return fixed

    monkeypatch.setattr(identity_module, "VaultIdentity", FixedIdentity)
    vault = make_party("Receiver")
    bundle = tmp_path / "incoming.age"
    bundle.write_bytes(body)
    before = snapshot(vault)
    outcome = importing.import_bundle(vault, bundle)
    expect = headers["expect"]
    if expect == "success" and name not in APP_OUTCOMES:
        assert outcome.status is ImportStatus.IMPORTED, outcome.message
        assert len(vault.attachments.for_case(outcome.case_id or "")) == int(headers["items"]) - 2
        assert outcome.bundle_id == headers["bundle id"]
        # the same file again: recognised, nothing more stored
        after_first = snapshot(vault)
        assert importing.import_bundle(vault, bundle).status is ImportStatus.ALREADY_IMPORTED
        assert snapshot(vault) == after_first
        return
    if expect == "success":
        assert outcome.status is APP_OUTCOMES[name], outcome.message
        if outcome.status is ImportStatus.REJECTED:
            assert outcome.reason is ImportRejection.NOT_SUPPORTED
    else:
        assert (outcome.status, outcome.reason) == (ImportStatus.REJECTED, REASONS[expect])
    assert snapshot(vault) == before
