"""Which form definitions the vault holds: the catalogue queries the form registry needs.

The rows themselves are written by ``FormDefinitionRows`` (storage/exchange_rows.py):
definitions are stored once, by content hash, and never changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.storage.database import Database


@dataclass(frozen=True)
class StoredForm:
    """One stored definition: its content hash, form id and version (not its text)."""

    hash: str
    form_id: str
    version: str


class FormCatalogRows:
    """Read-only queries over ``form_definitions``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[StoredForm]:
        """Return every stored definition, ordered by form id, then version, then hash."""
        rows = self._db.query(
            "SELECT hash, form_id, version FROM form_definitions ORDER BY form_id, version, hash"
        )
        return [StoredForm(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    def for_form(self, form_id: str) -> list[StoredForm]:
        """Return the stored definitions of ``form_id`` (every version)."""
        rows = self._db.query(
            "SELECT hash, form_id, version FROM form_definitions WHERE form_id = ? "
            "ORDER BY version, hash",
            (form_id,),
        )
        return [StoredForm(str(r[0]), str(r[1]), str(r[2])) for r in rows]
