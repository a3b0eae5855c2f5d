"""Rows the bundle exchange needs: form definitions by content hash, imported bundles.

``form_definitions`` is shared with the forms registry (a case renders with the exact
definition it was written in); ``imported_bundles`` remembers every bundle id ever
imported, even after its case is deleted, so a replay is recognised for good.
"""

from __future__ import annotations

from intake_app.storage.database import Database
from intake_app.storage.records import utc_now


class FormDefinitionRows:
    """Form definitions keyed by the forms layer's content hash (write once)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, content_hash: str) -> str | None:
        """Return the stored definition JSON text for ``content_hash``, or None."""
        rows = self._db.query(
            "SELECT definition FROM form_definitions WHERE hash = ?", (content_hash,)
        )
        return str(rows[0][0]) if rows else None

    def put(self, content_hash: str, form_id: str, version: str, definition: str) -> bool:
        """Store a definition unless its hash is already there; True if it was added.

        The caller guarantees that ``content_hash`` is the hash of ``definition``.
        """
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO form_definitions (hash, form_id, version, definition) "
                "VALUES (?, ?, ?, ?)",
                (content_hash, form_id, version, definition),
            )
            return bool(cur.rowcount == 1)

    def count(self) -> int:
        """Return how many definitions are stored."""
        return int(self._db.query("SELECT count(*) FROM form_definitions")[0][0])


class ImportedBundleRows:
    """The ids of bundles this vault has imported (replay detection)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def seen(self, bundle_id: str) -> bool:
        """True if ``bundle_id`` was imported before."""
        rows = self._db.query("SELECT 1 FROM imported_bundles WHERE bundle_id = ?", (bundle_id,))
        return bool(rows)

    def get(self, bundle_id: str) -> tuple[str | None, str | None] | None:
        """Return (manifest sha256, case id) of an imported bundle, or None.

        The manifest hash is None for a bundle imported before schema version 3 (those
        rows kept the file's hash instead, which nothing compares any more).
        """
        rows = self._db.query(
            "SELECT manifest_sha256, case_id FROM imported_bundles WHERE bundle_id = ?",
            (bundle_id,),
        )
        return (rows[0][0], rows[0][1]) if rows else None

    def record(self, bundle_id: str, manifest_sha256: str, case_id: str | None) -> None:
        """Remember an imported bundle by its signed manifest's SHA-256. Raises the
        database's error for a known id."""
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO imported_bundles (bundle_id, manifest_sha256, imported_at, case_id) "
                "VALUES (?, ?, ?, ?)",
                (bundle_id, manifest_sha256, utc_now(), case_id),
            )

    def count(self) -> int:
        """Return how many bundles were imported."""
        return int(self._db.query("SELECT count(*) FROM imported_bundles")[0][0])
