"""Attachment rows: metadata and per-file keys (the encrypted bytes are files)."""

from __future__ import annotations

import json
from typing import Any

from intake_app.storage.database import Database
from intake_app.storage.errors import NotFoundError
from intake_app.storage.records import AttachmentRecord, to_json

_COLS = (
    "id, case_id, display_name, media_type, size, sha256, original_sha256, "
    "metadata_removed, storage_ref, created_at, file_key"
)


def _record(r: Any) -> AttachmentRecord:
    return AttachmentRecord(
        id=r[0],
        case_id=r[1],
        display_name=r[2],
        media_type=r[3],
        size=int(r[4]),
        sha256=r[5],
        original_sha256=r[6],
        metadata_removed=list(json.loads(r[7])),
        storage_ref=r[8],
        created_at=r[9],
        file_key=bytes(r[10]),
    )


class AttachmentRows:
    """The database half of the attachment store (intake_app/core/attachments.py)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(self, rec: AttachmentRecord) -> None:
        """Store the row in one transaction (after its file is durably in place)."""
        with self._db.transaction() as conn:
            conn.execute(
                f"INSERT INTO attachments ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 - constant column list
                (
                    rec.id,
                    rec.case_id,
                    rec.display_name,
                    rec.media_type,
                    rec.size,
                    rec.sha256,
                    rec.original_sha256,
                    to_json(rec.metadata_removed),
                    rec.storage_ref,
                    rec.created_at,
                    rec.file_key,
                ),
            )

    def get(self, att_id: str) -> AttachmentRecord:
        """Return the row. Raises ``NotFoundError``."""
        rows = self._db.query(f"SELECT {_COLS} FROM attachments WHERE id = ?", (att_id,))  # noqa: S608 - constant column list
        if not rows:
            raise NotFoundError
        return _record(rows[0])

    def for_case(self, case_id: str) -> list[AttachmentRecord]:
        """Return the case's attachments, oldest first."""
        rows = self._db.query(
            f"SELECT {_COLS} FROM attachments WHERE case_id = ? ORDER BY created_at, id",  # noqa: S608 - constant column list
            (case_id,),
        )
        return [_record(r) for r in rows]

    def all_refs(self) -> set[str]:
        """Return every storage reference the database knows."""
        return {r[0] for r in self._db.query("SELECT storage_ref FROM attachments")}

    def all(self) -> list[AttachmentRecord]:
        """Return every attachment row."""
        return [_record(r) for r in self._db.query(f"SELECT {_COLS} FROM attachments")]  # noqa: S608 - constant column list

    def delete(self, att_id: str) -> str:
        """Delete the row (secure_delete zeroes its key) and return its storage reference."""
        rec = self.get(att_id)
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM attachments WHERE id = ?", (att_id,))
        return rec.storage_ref
