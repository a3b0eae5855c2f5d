"""The SQLCipher database: opening with a raw key, hardening pragmas, transactions.

Keying. SQLCipher is opened with a raw 256-bit key (``x'<64 hex>'``), so no
passphrase-derived key derivation runs inside SQLCipher and no passphrase ever reaches
it. ``sqlcipher3`` exposes ``Connection.set_key``, which calls ``sqlite3_key`` with a
buffer: the key never appears in SQL text, so it cannot leak through a trace callback,
an error message or a statement log. What remains is that Python builds the hex form
in memory, and Python cannot reliably wipe memory (see docs/vault.md); the buffer we
build is a ``bytearray`` and is zeroed right after use, which narrows but does not
close that window.

Journal. ``journal_mode=DELETE`` with ``synchronous=FULL``: SQLCipher encrypts the
rollback journal like the database (page by page, with the same key), a crash rolls
back cleanly on next open, and at rest the vault is a single database file. WAL would
be encrypted too, but leaves two more files beside the database and needs a checkpoint
before a file-level snapshot.

Never ``ATTACH``: every other database we touch is opened as its own keyed connection.
"""

from __future__ import annotations

import binascii
import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from intake_app.storage.errors import (
    DatabaseCorruptError,
    DatabaseKeyError,
    StorageFullError,
    StorageIOError,
)
from intake_app.storage.migrations import LATEST_VERSION, current_version, migrate

DbError = sqlcipher3.DatabaseError


def _raw_key(key: bytes | bytearray) -> bytearray:
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    out = bytearray(b"x'")
    out += binascii.hexlify(key)
    out += b"'"
    return out


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn sqlcipher3 and OS errors about the medium into storage errors."""
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "")
        if name == "SQLITE_FULL":
            raise StorageFullError from None
        if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in str(exc):
            raise DatabaseCorruptError from None
        if name.startswith("SQLITE_IOERR"):
            # e.g. EFBIG (a file size limit) or a failing disk: SQLite reports only ENOSPC
            # as SQLITE_FULL. The transaction was rolled back either way.
            raise StorageIOError from None
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFullError from None
        raise


class Database:
    """One open, keyed SQLCipher connection. Use only from the thread that opened it."""

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0  # open transaction() blocks (0: none, 1: outermost)

    @classmethod
    def create(
        cls, path: Path, key: bytes | bytearray, *, schema_version: int = LATEST_VERSION
    ) -> Database:
        """Create a new database at ``path`` (which must not exist), migrated to the latest.

        ``schema_version`` stops at an earlier step (for upgrade tests). Raises
        ``FileExistsError`` if ``path`` exists.
        """
        if path.exists():
            raise FileExistsError(path)
        db = cls._connect(path, key, mode="rwc")
        with translate_errors():
            # Must precede the first table; a full VACUUM needs the whole db in memory.
            db._conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            db._conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            migrate(db._conn, schema_version)
        return db

    @classmethod
    def open(cls, path: Path, key: bytes | bytearray, *, upgrade: bool = True) -> Database:
        """Open the existing database at ``path`` with ``key``.

        Applies pending migrations when ``upgrade`` is true. Raises ``DatabaseKeyError``
        when the key does not open it (or its first page is damaged),
        ``FileNotFoundError`` when it is missing, ``SchemaTooNewError`` for a newer schema.
        Reading never modifies the file; only a migration does.
        """
        if not path.is_file():
            raise FileNotFoundError(path)
        db = cls._connect(path, key, mode="rw")
        try:
            with translate_errors():
                db._conn.execute("PRAGMA journal_mode = DELETE").fetchone()
                if upgrade and current_version(db._conn) < LATEST_VERSION:
                    migrate(db._conn)
                elif current_version(db._conn) > LATEST_VERSION:
                    migrate(db._conn)  # raises SchemaTooNewError
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def _connect(cls, path: Path, key: bytes | bytearray, *, mode: str) -> Database:
        uri = f"{path.resolve().as_uri()}?mode={mode}"
        with translate_errors():
            conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
        raw = _raw_key(key)
        try:
            # SQLCipher logs decryption failures to stderr by default; the CLI and the app
            # report errors themselves, in one sentence.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.set_key(raw)
        finally:
            raw[:] = bytes(len(raw))
        try:
            # The first statement that reads page 1 proves the key (SQLCipher checks the
            # page's HMAC); a failure means a wrong key or a damaged first page.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in (
                "PRAGMA cipher_memory_security = ON",  # SQLCipher wipes its own buffers
                "PRAGMA temp_store = MEMORY",  # no temporary files, encrypted or not
                "PRAGMA secure_delete = ON",  # freed pages are zeroed before reuse
                "PRAGMA foreign_keys = ON",
                "PRAGMA synchronous = FULL",
            ):
                conn.execute(pragma)
        except sqlcipher3.DatabaseError:
            with contextlib.suppress(sqlcipher3.Error):
                conn.close()
            raise DatabaseKeyError from None
        db = cls(conn, path)
        return db

    @property
    def connection(self) -> Any:
        """The raw connection, for repositories in this package only."""
        return self._conn

    @property
    def schema_version(self) -> int:
        """Return the schema version (``PRAGMA user_version``)."""
        return current_version(self._conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """Run the block in one immediate transaction; commit on success, roll back on error.

        Nested use (a repository's write inside a use case's transaction, e.g. a bundle
        import that stores a case, its attachments and its form definition) becomes a
        savepoint: an error rolls back the inner block only, and nothing is durable
        until the outermost block commits. Storage failures surface as storage errors.
        """
        with translate_errors():
            depth = self._depth
            if depth == 0:
                self._conn.execute("BEGIN IMMEDIATE")
            else:
                self._conn.execute(f"SAVEPOINT nested_{depth}")  # our own integer
            self._depth = depth + 1
            try:
                yield self._conn
            except BaseException:
                self._depth = depth
                if depth == 0:
                    self._conn.execute("ROLLBACK")
                else:
                    self._conn.execute(f"ROLLBACK TO nested_{depth}")
                    self._conn.execute(f"RELEASE nested_{depth}")
                raise
            self._depth = depth
            try:
                self._conn.execute("COMMIT" if depth == 0 else f"RELEASE nested_{depth}")
            except BaseException:
                # A failed COMMIT (disk full) can leave the transaction open: end it.
                if depth == 0 and self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        """Run a read-only statement and return all rows."""
        with translate_errors():
            return list(self._conn.execute(sql, params).fetchall())

    def integrity_problems(self) -> list[str]:
        """Return what SQLCipher's and SQLite's integrity checks report; [] when both pass.

        ``cipher_integrity_check`` verifies every page's HMAC (it catches flipped bytes in
        any page); ``integrity_check`` verifies the b-tree structure and constraints.
        """
        problems: list[str] = []
        try:
            rows = self._conn.execute("PRAGMA cipher_integrity_check").fetchall()
            problems += [str(r[0]) for r in rows]
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"cipher integrity check failed: {exc}")
        try:
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
            problems += [str(r[0]) for r in rows if str(r[0]) != "ok"]
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"integrity check failed: {exc}")
        try:
            rows = self._conn.execute("PRAGMA foreign_key_check").fetchall()
            problems += [f"broken reference in {r[0]}" for r in rows]
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"reference check failed: {exc}")
        return problems

    def snapshot_to(self, dest: Path, key: bytes | bytearray) -> None:
        """Write a consistent copy of the database to ``dest`` (must not exist), keyed.

        Uses SQLite's online backup API between two keyed connections, so the copy is
        encrypted page by page exactly like the source and no plaintext page is written.
        """
        if dest.exists():
            raise FileExistsError(dest)
        target = Database._connect(dest, key, mode="rwc")
        try:
            with translate_errors():
                self._conn.backup(target._conn)
        finally:
            target.close()

    def close(self) -> None:
        """Close the connection. Idempotent."""
        if self._conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.close()
            self._conn = None
