"""Bundles whose signature is fine but whose answers or form the vault cannot keep exactly.

Written with the independent spec writer (tests/crypto/spec_writer.py) by a stranger:
each must be refused as hostile with the vault unchanged, never an internal error.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto.identity import VaultIdentity
from intake_app.core import importing
from intake_app.core.identity import own_card
from intake_app.core.importing import ImportRejection, ImportStatus
from intake_app.core.session import Session
from tests.crypto import spec_writer as sw
from tests.intake_app.exchange.conftest import MakeParty
from tests.intake_app.exchange.helpers import snapshot

FORM = b'{"id":"f","version":"1"}'


class _Recipient:
    """The receiving vault as the spec writer addresses it."""

    def __init__(self, session: Session) -> None:
        keys = own_card(session).public_keys
        self.fingerprint = own_card(session).fingerprint.digits
        self.age_x25519 = keys.age_x25519
        self.age_hybrid = keys.age_hybrid


def _stranger() -> sw.Party:
    keys = VaultIdentity.generate().public_keys
    return sw.Party(Ed25519PrivateKey.generate(), keys.age_x25519, keys.age_hybrid, "Stranger")


def _bundle(org: Session, answers: bytes, form: bytes = FORM, **kw: object) -> bytes:
    record = {
        "case_ref": "ab" * 16,
        "form": {"content_hash": hashlib.sha256(form).hexdigest(), "id": "f", "version": "1"},
    }
    items = [
        sw.Item("form.json", sw.FORM_TYPE, "form", form),
        sw.Item("answers.json", sw.ANSWERS_TYPE, "answers", answers),
    ]
    sender = kw.pop("sender", None) or _stranger()
    assert isinstance(sender, sw.Party)
    return sw.write_bundle(sender, [_Recipient(org)], "case", record, items).data  # type: ignore[list-item]


DEEP = b'{"a":' * 900 + b"1" + b"}" * 900


@pytest.mark.parametrize(
    ("answers", "form"),
    [
        (b'{"a":"\\ud800"}', FORM),  # a lone surrogate: no UTF-8 store can hold it
        (b'{"a":NaN}', FORM),
        (b'{"a":-Infinity}', FORM),
        (b'{"a":1e400}', FORM),  # no NaN/Infinity word, but read as infinity all the same
        (b'{"a":[-1E+999]}', FORM),
        (DEEP, FORM),
        (b'{"intake_desk_case":1,"title":"t","answers":' + DEEP + b',"attachments":[]}', FORM),
        (b'{"q":1}', DEEP),
    ],
    ids=[
        "lone-surrogate",
        "nan",
        "infinity",
        "overflow",
        "negative-overflow",
        "deep",
        "deep-in-envelope",
        "deep-form",
    ],
)
def test_answers_the_vault_cannot_keep_exactly_are_refused_and_change_nothing(
    make_party: MakeParty, tmp_path: Path, answers: bytes, form: bytes
) -> None:
    org = make_party("Org")
    path = tmp_path / "hostile.age"
    path.write_bytes(_bundle(org, answers, form))
    before = snapshot(org)
    outcome = importing.import_bundle(org, path)
    assert outcome.status is ImportStatus.REJECTED
    assert outcome.reason is ImportRejection.HOSTILE
    assert snapshot(org) == before


def _armored(binary: bytes) -> bytes:
    b64 = base64.b64encode(binary).decode("ascii")
    lines = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    text = "\n".join(
        ["-----BEGIN AGE ENCRYPTED FILE-----", *lines, "-----END AGE ENCRYPTED FILE-----"]
    )
    return (text + "\n").encode("ascii")


def test_the_same_bundle_armored_is_recognised_as_already_imported(
    make_party: MakeParty, tmp_path: Path
) -> None:
    org = make_party("Org")
    binary = _bundle(org, b'{"q":"yes"}')
    first, second = tmp_path / "b.age", tmp_path / "b.armored.age"
    first.write_bytes(binary)
    second.write_bytes(_armored(binary))
    assert importing.import_bundle(org, first).status is ImportStatus.IMPORTED
    before = snapshot(org)
    again = importing.import_bundle(org, second)
    assert again.status is ImportStatus.ALREADY_IMPORTED
    assert snapshot(org) == before
