"""The vault's own identity: one row holding the serialized private identity."""

from __future__ import annotations

from intake_app.storage.database import Database
from intake_app.storage.errors import DuplicateError
from intake_app.storage.records import utc_now


class IdentityRepository:
    """Store and load the vault's private identity (created once, never replaced)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> bytes | None:
        """Return the serialized private identity, or None if the vault has none yet."""
        rows = self._db.query("SELECT private FROM identity WHERE singleton = 1")
        return bytes(rows[0][0]) if rows else None

    def store(self, private: bytes) -> None:
        """Store the identity. Raises ``DuplicateError`` if one exists: keys are not replaced."""
        if self.load() is not None:
            raise DuplicateError
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO identity (singleton, private, created_at) VALUES (1, ?, ?)",
                (private, utc_now()),
            )

    def created_at(self) -> str | None:
        """Return when the identity was stored (ISO 8601 UTC), or None if there is none."""
        rows = self._db.query("SELECT created_at FROM identity WHERE singleton = 1")
        return str(rows[0][0]) if rows else None
