"""Repositories on a real SQLCipher database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app.storage.cases import CaseRepository
from intake_app.storage.contacts import PartnerRepository, SourceRepository
from intake_app.storage.database import Database
from intake_app.storage.errors import DuplicateError, NotFoundError
from intake_app.storage.events import EventLog
from intake_app.storage.identity import IdentityRepository
from intake_app.storage.records import CaseStatus, Direction
from intake_app.storage.settings import SettingsRepository


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.create(tmp_path / "t.db", os.urandom(32))
    yield database
    database.close()


def test_events_cannot_be_changed_or_deleted(db: Database) -> None:
    log = EventLog(db)
    first = log.append("imported", "case-1", {"bundle": "b1"})
    with pytest.raises(Exception, match="append-only"), db.transaction() as conn:
        conn.execute("UPDATE events SET kind = 'forged' WHERE id = ?", (first,))
    with pytest.raises(Exception, match="append-only"), db.transaction() as conn:
        conn.execute("DELETE FROM events")
    assert [(e.kind, e.subject, e.details) for e in log.list()] == [
        ("imported", "case-1", {"bundle": "b1"})
    ]


def test_settings_have_defaults_types_and_bounds(db: Database) -> None:
    settings = SettingsRepository(db)
    assert settings.all() == {
        "autolock_minutes": 5,
        "language": "en",
        "neutral_title": False,
        "role": "reporter",
        "lock_on_minimize": True,
        "identity_name": "Intake Desk user",
    }
    settings.autolock_minutes = 15
    settings.neutral_title = True
    settings.language = "pt_BR"
    assert (settings.autolock_minutes, settings.neutral_title, settings.language) == (
        15,
        True,
        "pt_BR",
    )
    with pytest.raises(ValueError):
        settings.autolock_minutes = 0
    with pytest.raises(TypeError):
        settings.set("neutral_title", 1)
    with pytest.raises(KeyError):
        settings.set("passphrase", "never stored")
    with pytest.raises(ValueError):
        settings.language = "../../etc"
    assert settings.autolock_minutes == 15


def test_case_round_trip_and_list_order(db: Database) -> None:
    cases = CaseRepository(db)
    a = cases.create(form_id="f", form_version="2", form_hash="h", answers={"x": [1, "ü"]})
    b = cases.create(
        form_id="f",
        form_version="2",
        form_hash="h",
        direction=Direction.RECEIVED,
        status=CaseStatus.RECEIVED,
        bundle_id="bundle-1",
    )
    cases.save_answers(a.id, {"x": "changed"}, title="Border arrest")
    assert cases.get(a.id).answers == {"x": "changed"}
    assert cases.get(a.id).title == "Border arrest"
    assert [c.id for c in cases.list()] == [a.id, b.id]
    assert cases.find_by_bundle("bundle-1") == cases.get(b.id)
    assert cases.count() == 2
    assert "changed" not in repr(cases.get(a.id))


def test_replayed_bundle_id_is_a_duplicate(db: Database) -> None:
    cases = CaseRepository(db)
    cases.create(form_id="f", form_version="1", form_hash="h", bundle_id="same")
    with pytest.raises(DuplicateError):
        cases.create(form_id="f", form_version="1", form_hash="h", bundle_id="same")
    assert cases.count() == 1


def test_sealed_case_cannot_be_edited(db: Database) -> None:
    cases = CaseRepository(db)
    case = cases.create(form_id="f", form_version="1", form_hash="h", answers={"a": 1})
    cases.set_status(case.id, CaseStatus.EXPORTED, sealed=True)
    with pytest.raises(ValueError):
        cases.save_answers(case.id, {"a": 2})
    assert cases.get(case.id).answers == {"a": 1}
    with pytest.raises(NotFoundError):
        cases.set_status("missing", CaseStatus.CLOSED)


def test_partner_and_source_keys_are_unique(db: Database) -> None:
    partners, sources = PartnerRepository(db), SourceRepository(db)
    p = partners.add(display_name="NGO", card=b"card", signing_key=b"k" * 32, fingerprint="1")
    assert not p.verified
    partners.mark_verified(p.id)
    assert partners.get(p.id).verified
    with pytest.raises(DuplicateError):
        partners.add(display_name="Fake", card=b"c", signing_key=b"k" * 32, fingerprint="2")
    s = sources.add(signing_key=b"s" * 32, label="reporter 1")
    assert sources.find_by_key(b"s" * 32) == s
    with pytest.raises(DuplicateError):
        sources.add(signing_key=b"s" * 32)


def test_identity_is_stored_once(db: Database) -> None:
    identity = IdentityRepository(db)
    assert identity.load() is None
    identity.store(b"private identity bytes")
    assert identity.load() == b"private identity bytes"
    with pytest.raises(DuplicateError):
        identity.store(b"another")
