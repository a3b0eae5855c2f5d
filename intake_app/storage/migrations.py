"""Numbered schema migrations, tracked in ``PRAGMA user_version``.

Each migration runs in its own transaction together with the version bump, so a crash
leaves the database at the previous version or the next, never between. Migrations are
append-only: once released, a step is never edited; a change is a new step.
"""

from __future__ import annotations

from typing import Any

from intake_app.storage.errors import SchemaTooNewError

# Version 1: the first schema (cases, forms, attachments, partners, sources, identity,
# settings and the append-only event log).
_V1 = """
CREATE TABLE form_definitions (
    hash        TEXT PRIMARY KEY,              -- SHA-256 of the canonical definition
    form_id     TEXT NOT NULL,
    version     TEXT NOT NULL,
    definition  TEXT NOT NULL                  -- JSON, so a case renders the same for years
);
CREATE TABLE partners (
    id            TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    card          BLOB NOT NULL,
    signing_key   BLOB NOT NULL UNIQUE,
    fingerprint   TEXT NOT NULL,
    verified_at   TEXT,
    created_at    TEXT NOT NULL
);
CREATE TABLE sources (
    id            TEXT PRIMARY KEY,
    signing_key   BLOB NOT NULL UNIQUE,
    card          BLOB,
    label         TEXT NOT NULL DEFAULT '',
    verified_at   TEXT,
    created_at    TEXT NOT NULL
);
CREATE TABLE cases (
    id            TEXT PRIMARY KEY,             -- UUID
    form_id       TEXT NOT NULL,
    form_version  TEXT NOT NULL,
    form_hash     TEXT NOT NULL,
    title         TEXT NOT NULL DEFAULT '',
    answers       TEXT NOT NULL DEFAULT '{}',   -- JSON object
    status        TEXT NOT NULL,
    direction     TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    source_id     TEXT REFERENCES sources(id) ON DELETE RESTRICT,
    partner_id    TEXT REFERENCES partners(id) ON DELETE RESTRICT,
    bundle_id     TEXT UNIQUE,                  -- replay detection for imported bundles
    sealed        INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
    parent_id     TEXT REFERENCES cases(id) ON DELETE RESTRICT
);
CREATE TABLE attachments (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    display_name       TEXT NOT NULL,
    media_type         TEXT NOT NULL,
    size               INTEGER NOT NULL CHECK (size >= 0),
    sha256             TEXT NOT NULL,            -- of the stored (plaintext) bytes
    original_sha256    TEXT NOT NULL,            -- before metadata removal
    metadata_removed   TEXT NOT NULL DEFAULT '[]',
    storage_ref        TEXT NOT NULL UNIQUE,     -- random file name under attachments/
    file_key           BLOB NOT NULL,            -- per-file key; deleting the row destroys it
    created_at         TEXT NOT NULL
);
CREATE INDEX attachments_by_case ON attachments(case_id);
CREATE TABLE identity (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    private     BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL                         -- JSON
);
CREATE TABLE events (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    time     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    subject  TEXT,
    details  TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
"""

# Version 2: record of imported bundles (replay detection across deleted cases) and the
# index the case list sorts by.
_V2 = """
CREATE TABLE imported_bundles (
    bundle_id    TEXT PRIMARY KEY,
    sha256       TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    case_id      TEXT REFERENCES cases(id) ON DELETE SET NULL
);
CREATE INDEX cases_by_updated ON cases(updated_at DESC);
"""

# Version 3: an imported bundle is recorded by the SHA-256 of its signed manifest, not
# of the file: the same bundle arrives binary or armored (different files, one
# bundle), and hashing every byte of the file cost a whole SHA-256 pass per import.
# Rows from version 2 keep the file's hash in file_sha256; new rows leave it NULL.
_V3 = """
CREATE TABLE imported_bundles_v3 (
    bundle_id        TEXT PRIMARY KEY,
    manifest_sha256  TEXT,                      -- of the signed manifest (from version 3)
    file_sha256      TEXT,                      -- of the whole file (version 2 rows only)
    imported_at      TEXT NOT NULL,
    case_id          TEXT REFERENCES cases(id) ON DELETE SET NULL,
    CHECK (manifest_sha256 IS NOT NULL OR file_sha256 IS NOT NULL)
);
INSERT INTO imported_bundles_v3 (bundle_id, file_sha256, imported_at, case_id)
    SELECT bundle_id, sha256, imported_at, case_id FROM imported_bundles;
DROP TABLE imported_bundles;
ALTER TABLE imported_bundles_v3 RENAME TO imported_bundles;
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)
LATEST_VERSION = len(MIGRATIONS)


def current_version(conn: Any) -> int:
    """Return the schema version recorded in the database."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: Any, target: int = LATEST_VERSION) -> int:
    """Apply every migration above the database's version up to ``target``.

    Each step runs in one transaction with its version bump. Returns the new version.
    Raises ``SchemaTooNewError`` if the database is newer than this code knows.
    """
    version = current_version(conn)
    if version > LATEST_VERSION:
        raise SchemaTooNewError
    for number in range(version + 1, target + 1):
        # The step, its version bump and the transaction around them run as one script;
        # executescript would commit a transaction opened outside it first.
        # ``number`` is our own integer, not input (PRAGMA takes no parameters).
        script = (
            f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
        )
        try:
            conn.executescript(script)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return max(version, target)
