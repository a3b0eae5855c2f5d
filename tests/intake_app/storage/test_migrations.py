"""Schema migrations: numbered, transactional, and upgrading keeps the data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from intake_app.storage.database import Database
from intake_app.storage.errors import DatabaseKeyError, SchemaTooNewError
from intake_app.storage.migrations import LATEST_VERSION

KEY = os.urandom(32)


def _schema(db: Database) -> list[tuple[str, str, str]]:
    rows = db.query(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [(r[0], r[1], " ".join(str(r[2]).split())) for r in rows]


def test_vault_at_v1_with_data_upgrades_and_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    db = Database.create(path, KEY, schema_version=1)
    assert db.schema_version == 1
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO cases (id, form_id, form_version, form_hash, title, answers, status, "
            "direction, created_at, updated_at) VALUES ('c1', 'f', '1', 'h', 'old case', "
            "'{\"q\": \"answer\"}', 'draft', 'sent', '2020-01-01', '2020-01-01')"
        )
        conn.execute("INSERT INTO settings (key, value) VALUES ('language', '\"tr\"')")
        conn.execute("INSERT INTO events (time, kind) VALUES ('2020-01-01', 'vault_created')")
    db.close()

    upgraded = Database.open(path, KEY)
    assert upgraded.schema_version == LATEST_VERSION
    assert upgraded.query("SELECT title, answers FROM cases") == [("old case", '{"q": "answer"}')]
    assert upgraded.query("SELECT value FROM settings") == [('"tr"',)]
    assert upgraded.query("SELECT kind FROM events") == [("vault_created",)]
    assert upgraded.query("SELECT count(*) FROM imported_bundles") == [(0,)]
    fresh = Database.create(tmp_path / "fresh.db", KEY)
    assert _schema(upgraded) == _schema(fresh)
    upgraded.close()
    fresh.close()


def test_v2_imported_bundles_keep_their_file_hash_and_new_rows_record_the_manifest(
    tmp_path: Path,
) -> None:
    from intake_app.storage.exchange_rows import ImportedBundleRows

    path = tmp_path / "v2.db"
    db = Database.create(path, KEY, schema_version=2)
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO imported_bundles (bundle_id, sha256, imported_at) "
            "VALUES ('b1', 'f' || hex(zeroblob(31)) || 'f', '2026-01-01T00:00:00Z')"
        )
    db.close()

    upgraded = Database.open(path, KEY)
    rows = ImportedBundleRows(upgraded)
    assert rows.get("b1") == (None, None)  # no manifest hash was ever known for it
    assert upgraded.query("SELECT file_sha256 FROM imported_bundles") == [("f" + "00" * 31 + "f",)]
    rows.record("b2", "ab" * 32, None)
    assert rows.get("b2") == ("ab" * 32, None)
    assert upgraded.query("SELECT file_sha256 FROM imported_bundles WHERE bundle_id = 'b2'") == [
        (None,)
    ]
    upgraded.close()


def test_open_without_upgrade_leaves_the_version(tmp_path: Path) -> None:
    Database.create(tmp_path / "v1.db", KEY, schema_version=1).close()
    db = Database.open(tmp_path / "v1.db", KEY, upgrade=False)
    assert db.schema_version == 1
    db.close()


def test_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    db = Database.create(tmp_path / "new.db", KEY)
    db.connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    db.close()
    with pytest.raises(SchemaTooNewError):
        Database.open(tmp_path / "new.db", KEY)


def test_failed_migration_step_rolls_back_entirely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.storage import migrations

    Database.create(tmp_path / "v1.db", KEY, schema_version=1).close()
    broken = (migrations.MIGRATIONS[0], "CREATE TABLE half_done (x);\nTHIS IS NOT SQL;")
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    with pytest.raises(Exception, match="syntax"):
        Database.open(tmp_path / "v1.db", KEY)
    monkeypatch.undo()
    db = Database.open(tmp_path / "v1.db", KEY, upgrade=False)
    assert db.schema_version == 1
    assert db.query("SELECT name FROM sqlite_master WHERE name = 'half_done'") == []
    db.close()


def test_wrong_key_is_refused(tmp_path: Path) -> None:
    Database.create(tmp_path / "a.db", KEY).close()
    with pytest.raises(DatabaseKeyError):
        Database.open(tmp_path / "a.db", os.urandom(32))


def test_database_file_is_encrypted_and_hardened(tmp_path: Path) -> None:
    db = Database.create(tmp_path / "a.db", KEY)
    assert db.query("PRAGMA auto_vacuum") == [(2,)]  # INCREMENTAL
    assert db.query("PRAGMA secure_delete") == [(1,)]
    assert db.query("PRAGMA temp_store") == [(2,)]  # MEMORY
    assert db.query("PRAGMA foreign_keys") == [(1,)]
    assert db.query("PRAGMA journal_mode") == [("delete",)]
    db.close()
    assert not (tmp_path / "a.db").read_bytes().startswith(b"SQLite format 3")
