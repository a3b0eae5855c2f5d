"""Which form definitions the vault holds: the catalogue queries the form registry needs.

The rows themselves are written by ``FormDefinitionRows`` (storage/exchange_rows.py):
definitions are stored once, by content hash, and never changed. Which of them were
added on purpose is read from the append-only event log (``form_added``), so no schema
change was needed and the record of who added what cannot be edited.
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

    def added(self) -> list[StoredForm]:
        """Return the definitions added to the vault on purpose (``intake forms add``).

        Those are the ones with a ``form_added`` event; definitions stored only as the
        copy a case was written with, or received inside a bundle, are left out: they
        render their cases but are not offered for new ones.
        """
        rows = self._db.query(
            "SELECT hash, form_id, version FROM form_definitions WHERE hash IN "
            "(SELECT subject FROM events WHERE kind = 'form_added') "
            "ORDER BY form_id, version, hash"
        )
        return [StoredForm(str(r[0]), str(r[1]), str(r[2])) for r in rows]
