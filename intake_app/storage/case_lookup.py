"""Case queries the command line needs besides the repository: id prefixes, replies."""

from __future__ import annotations

from intake_app.storage.database import Database


class CaseLookup:
    """Read-only lookups over ``cases`` that never load answers."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def ids_with_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        """Return up to ``limit`` case ids starting with ``prefix`` (compared exactly).

        Uses a range on the primary key, so it stays fast with many cases; ``prefix`` is
        a bound parameter (no LIKE, so ``%`` and ``_`` have no special meaning).
        """
        upper = prefix + "\U0010ffff"
        rows = self._db.query(
            "SELECT id FROM cases WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
            (prefix, upper, limit),
        )
        return [str(r[0]) for r in rows if str(r[0]).startswith(prefix)]

    def reply_count(self, case_id: str) -> int:
        """Return how many cases name ``case_id`` as their parent (replies, receipts)."""
        rows = self._db.query("SELECT count(*) FROM cases WHERE parent_id = ?", (case_id,))
        return int(rows[0][0])
