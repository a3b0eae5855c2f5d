"""Cases: the reports written here or received, with their answers as JSON."""

from __future__ import annotations

import json
import uuid
from typing import Any

from intake_app.storage.database import Database, translate_errors
from intake_app.storage.errors import DuplicateError, NotFoundError
from intake_app.storage.records import CaseRecord, CaseStatus, Direction, to_json, utc_now

_COLUMNS = (
    "id, form_id, form_version, form_hash, title, answers, status, direction, created_at, "
    "updated_at, source_id, partner_id, bundle_id, sealed, parent_id"
)


def _record(row: Any) -> CaseRecord:
    return CaseRecord(
        id=row[0],
        form_id=row[1],
        form_version=row[2],
        form_hash=row[3],
        title=row[4],
        answers=json.loads(row[5]),
        status=CaseStatus(row[6]),
        direction=Direction(row[7]),
        created_at=row[8],
        updated_at=row[9],
        source_id=row[10],
        partner_id=row[11],
        bundle_id=row[12],
        sealed=bool(row[13]),
        parent_id=row[14],
    )


class CaseRepository:
    """Create, read, update and list cases. Every write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self,
        *,
        form_id: str,
        form_version: str,
        form_hash: str,
        title: str = "",
        answers: dict[str, Any] | None = None,
        status: CaseStatus = CaseStatus.DRAFT,
        direction: Direction = Direction.SENT,
        source_id: str | None = None,
        partner_id: str | None = None,
        bundle_id: str | None = None,
        sealed: bool = False,
        parent_id: str | None = None,
        case_id: str | None = None,
    ) -> CaseRecord:
        """Store a new case and return it. Raises ``DuplicateError`` for a reused bundle id."""
        now = utc_now()
        record = CaseRecord(
            id=case_id or str(uuid.uuid4()),
            form_id=form_id,
            form_version=form_version,
            form_hash=form_hash,
            title=title,
            answers=dict(answers or {}),
            status=status,
            direction=direction,
            created_at=now,
            updated_at=now,
            source_id=source_id,
            partner_id=partner_id,
            bundle_id=bundle_id,
            sealed=sealed,
            parent_id=parent_id,
        )
        try:
            with self._db.transaction() as conn:
                conn.execute(
                    f"INSERT INTO cases ({_COLUMNS}) VALUES "  # noqa: S608 - constant column list
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        record.id,
                        form_id,
                        form_version,
                        form_hash,
                        title,
                        to_json(record.answers),
                        status.value,
                        direction.value,
                        now,
                        now,
                        source_id,
                        partner_id,
                        bundle_id,
                        int(sealed),
                        parent_id,
                    ),
                )
        except Exception as exc:
            if "UNIQUE" in str(exc):
                raise DuplicateError from None
            raise
        return record

    def get(self, case_id: str) -> CaseRecord:
        """Return the case. Raises ``NotFoundError``."""
        rows = self._db.query(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,))  # noqa: S608 - constant column list
        if not rows:
            raise NotFoundError
        return _record(rows[0])

    def find_by_bundle(self, bundle_id: str) -> CaseRecord | None:
        """Return the case imported from ``bundle_id``, if any."""
        rows = self._db.query(f"SELECT {_COLUMNS} FROM cases WHERE bundle_id = ?", (bundle_id,))  # noqa: S608 - constant column list
        return _record(rows[0]) if rows else None

    def list(self, *, limit: int = 1000, offset: int = 0) -> list[CaseRecord]:
        """Return cases, most recently updated first."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM cases ORDER BY updated_at DESC, id LIMIT ? OFFSET ?",  # noqa: S608 - constant column list
            (limit, offset),
        )
        return [_record(r) for r in rows]

    def count(self) -> int:
        """Return how many cases the vault holds."""
        return int(self._db.query("SELECT count(*) FROM cases")[0][0])

    def save_answers(
        self, case_id: str, answers: dict[str, Any], *, title: str | None = None
    ) -> CaseRecord:
        """Replace the case's answers (and title, if given). Raises ``NotFoundError``.

        Refuses (``ValueError``) to change a sealed case: what was sent stays as sent.
        """
        current = self.get(case_id)
        if current.sealed:
            raise ValueError("a sealed case cannot be edited")
        now = utc_now()
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE cases SET answers = ?, title = ?, updated_at = ? WHERE id = ?",
                (to_json(answers), current.title if title is None else title, now, case_id),
            )
        return self.get(case_id)

    def set_status(self, case_id: str, status: CaseStatus, *, sealed: bool | None = None) -> None:
        """Change the case's status (and sealed flag, if given). Raises ``NotFoundError``."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                "UPDATE cases SET status = ?, sealed = COALESCE(?, sealed), updated_at = ? "
                "WHERE id = ?",
                (status.value, None if sealed is None else int(sealed), utc_now(), case_id),
            )
            if cur.rowcount != 1:
                raise NotFoundError

    def delete(self, case_id: str) -> None:
        """Delete the case row (attachment rows cascade; their files are the caller's job)."""
        with translate_errors(), self._db.transaction() as conn:
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
