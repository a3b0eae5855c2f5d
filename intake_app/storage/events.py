"""The append-only event log (chain of custody): a trigger forbids UPDATE and DELETE."""

from __future__ import annotations

import json
from typing import Any

from intake_app.storage.database import Database
from intake_app.storage.records import EventRecord, to_json, utc_now


class EventLog:
    """Append events and read them back; there is no way to change or remove one."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def append(
        self, kind: str, subject: str | None = None, details: dict[str, Any] | None = None
    ) -> int:
        """Record an event and return its id. ``details`` must never hold case content."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO events (time, kind, subject, details) VALUES (?, ?, ?, ?)",
                (utc_now(), kind, subject, to_json(details or {})),
            )
            return int(cur.lastrowid)

    def list(self, *, subject: str | None = None, limit: int = 1000) -> list[EventRecord]:
        """Return events oldest first, optionally only those about ``subject``."""
        if subject is None:
            rows = self._db.query(
                "SELECT id, time, kind, subject, details FROM events ORDER BY id LIMIT ?",
                (limit,),
            )
        else:
            rows = self._db.query(
                "SELECT id, time, kind, subject, details FROM events WHERE subject = ? "
                "ORDER BY id LIMIT ?",
                (subject, limit),
            )
        return [EventRecord(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]
