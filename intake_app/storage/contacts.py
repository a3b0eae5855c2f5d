"""Partners (organisations we send to) and sources (people who sent to us)."""

from __future__ import annotations

import uuid
from typing import Any

from intake_app.storage.database import Database
from intake_app.storage.errors import DuplicateError, NotFoundError
from intake_app.storage.records import PartnerRecord, SourceRecord, utc_now

_P_COLS = "id, display_name, card, signing_key, fingerprint, verified_at, created_at"
_S_COLS = "id, signing_key, card, label, verified_at, created_at"


def _partner(r: Any) -> PartnerRecord:
    return PartnerRecord(r[0], r[1], bytes(r[2]), bytes(r[3]), r[4], r[5], r[6])


def _source(r: Any) -> SourceRecord:
    return SourceRecord(r[0], bytes(r[1]), None if r[2] is None else bytes(r[2]), r[3], r[4], r[5])


class PartnerRepository:
    """Partners by id or signing key; a signing key belongs to one partner only."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self, *, display_name: str, card: bytes, signing_key: bytes, fingerprint: str
    ) -> PartnerRecord:
        """Store a new, unverified partner. Raises ``DuplicateError`` for a known key."""
        if self.find_by_key(signing_key) is not None:
            raise DuplicateError
        pid, now = str(uuid.uuid4()), utc_now()
        with self._db.transaction() as conn:
            conn.execute(
                f"INSERT INTO partners ({_P_COLS}) VALUES (?, ?, ?, ?, ?, NULL, ?)",  # noqa: S608 - constant column list
                (pid, display_name, card, signing_key, fingerprint, now),
            )
        return self.get(pid)

    def get(self, partner_id: str) -> PartnerRecord:
        """Return the partner. Raises ``NotFoundError``."""
        rows = self._db.query(f"SELECT {_P_COLS} FROM partners WHERE id = ?", (partner_id,))  # noqa: S608 - constant column list
        if not rows:
            raise NotFoundError
        return _partner(rows[0])

    def find_by_key(self, signing_key: bytes) -> PartnerRecord | None:
        """Return the partner with this signing key, if any."""
        rows = self._db.query(
            f"SELECT {_P_COLS} FROM partners WHERE signing_key = ?",  # noqa: S608 - constant
            (signing_key,),
        )
        return _partner(rows[0]) if rows else None

    def list(self) -> list[PartnerRecord]:
        """Return all partners by name."""
        rows = self._db.query(f"SELECT {_P_COLS} FROM partners ORDER BY display_name, id")  # noqa: S608 - constant column list
        return [_partner(r) for r in rows]

    def mark_verified(self, partner_id: str) -> None:
        """Record that the fingerprint was confirmed out of band now."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                "UPDATE partners SET verified_at = ? WHERE id = ?", (utc_now(), partner_id)
            )
            if cur.rowcount != 1:
                raise NotFoundError

    def replace_keys(
        self,
        partner_id: str,
        *,
        display_name: str,
        card: bytes,
        signing_key: bytes,
        fingerprint: str,
    ) -> PartnerRecord:
        """Replace the partner's card and keys; verification is reset (must be redone).

        Raises ``NotFoundError``, or ``DuplicateError`` if another partner has the key.
        """
        other = self.find_by_key(signing_key)
        if other is not None and other.id != partner_id:
            raise DuplicateError
        with self._db.transaction() as conn:
            cur = conn.execute(
                "UPDATE partners SET display_name = ?, card = ?, signing_key = ?, "
                "fingerprint = ?, verified_at = NULL WHERE id = ?",
                (display_name, card, signing_key, fingerprint, partner_id),
            )
            if cur.rowcount != 1:
                raise NotFoundError
        return self.get(partner_id)


class SourceRepository:
    """Sources by id or signing key; a signing key belongs to one source only."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self, *, signing_key: bytes, card: bytes | None = None, label: str = ""
    ) -> SourceRecord:
        """Store a new source. Raises ``DuplicateError`` for a known key."""
        if self.find_by_key(signing_key) is not None:
            raise DuplicateError
        sid, now = str(uuid.uuid4()), utc_now()
        with self._db.transaction() as conn:
            conn.execute(
                f"INSERT INTO sources ({_S_COLS}) VALUES (?, ?, ?, ?, NULL, ?)",  # noqa: S608 - constant column list
                (sid, signing_key, card, label, now),
            )
        return self.get(sid)

    def get(self, source_id: str) -> SourceRecord:
        """Return the source. Raises ``NotFoundError``."""
        rows = self._db.query(f"SELECT {_S_COLS} FROM sources WHERE id = ?", (source_id,))  # noqa: S608 - constant column list
        if not rows:
            raise NotFoundError
        return _source(rows[0])

    def find_by_key(self, signing_key: bytes) -> SourceRecord | None:
        """Return the source with this signing key, if any."""
        rows = self._db.query(
            f"SELECT {_S_COLS} FROM sources WHERE signing_key = ?",  # noqa: S608 - constant
            (signing_key,),
        )
        return _source(rows[0]) if rows else None

    def list(self) -> list[SourceRecord]:
        """Return all sources, oldest first."""
        rows = self._db.query(f"SELECT {_S_COLS} FROM sources ORDER BY created_at, id")  # noqa: S608 - constant column list
        return [_source(r) for r in rows]
