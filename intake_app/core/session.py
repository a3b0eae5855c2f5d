"""An unlocked vault: the open database, the process lock and the repositories."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from crypto import vaultkey
from crypto.errors import CryptoError
from intake_app.core import keychain
from intake_app.core._translate import storage_errors, translating
from intake_app.core.attachments import AttachmentStore
from intake_app.core.errors import SessionClosedError, VaultCorruptError, VaultPart
from intake_app.core.form_registry import FormRegistry
from intake_app.core.fsutil import atomic_write
from intake_app.core.keychain import KeychainStatus
from intake_app.core.layout import attachments_path, key_path
from intake_app.core.lock import VaultLock
from intake_app.storage.attachment_rows import AttachmentRows
from intake_app.storage.case_lookup import CaseLookup
from intake_app.storage.cases import CaseRepository
from intake_app.storage.contacts import PartnerRepository, SourceRepository
from intake_app.storage.database import Database
from intake_app.storage.events import EventLog
from intake_app.storage.exchange_rows import FormDefinitionRows, ImportedBundleRows
from intake_app.storage.form_catalog import FormCatalogRows
from intake_app.storage.identity import IdentityRepository
from intake_app.storage.settings import SettingsRepository

ProgressFn = Callable[[int, int], None]


class Session:
    """One open vault. Use only from the thread that created it.

    Obtained from ``create_vault``, ``unlock_vault`` or ``unlock_from_keychain``; holds
    the vault's process lock until ``close``. After ``close`` every repository raises
    ``SessionClosedError``. The database key stays in memory while the session is open
    (SQLCipher needs it anyway) and is overwritten on close.
    """

    def __init__(self, path: Path, db: Database, db_key: bytearray, lock: VaultLock) -> None:
        self.path = path
        self._db: Database | None = db
        self._key = db_key
        self._lock = lock
        alive = self._is_open
        cases = CaseRepository(db)
        self.settings: SettingsRepository = translating(SettingsRepository(db), alive)
        self.cases: CaseRepository = translating(cases, alive)
        self.partners: PartnerRepository = translating(PartnerRepository(db), alive)
        self.sources: SourceRepository = translating(SourceRepository(db), alive)
        self.events: EventLog = translating(EventLog(db), alive)
        self.identity: IdentityRepository = translating(IdentityRepository(db), alive)
        self.form_definitions: FormDefinitionRows = translating(FormDefinitionRows(db), alive)
        self.imported_bundles: ImportedBundleRows = translating(ImportedBundleRows(db), alive)
        self.attachments: AttachmentStore = translating(
            AttachmentStore(AttachmentRows(db), cases, attachments_path(path)), alive
        )
        self.case_lookup: CaseLookup = translating(CaseLookup(db), alive)
        catalog: FormCatalogRows = translating(FormCatalogRows(db), alive)
        self.forms = FormRegistry(self.form_definitions, catalog, self.events, self.transaction)

    def __repr__(self) -> str:
        state = "open" if self._is_open() else "closed"
        return f"<Session {self.path} {state}>"

    def _is_open(self) -> bool:
        return self._db is not None

    def _require_db(self) -> Database:
        if self._db is None:
            raise SessionClosedError
        return self._db

    def close(self) -> None:
        """Close the database, wipe the key buffer and release the lock. Idempotent."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._key[:] = bytes(len(self._key))
        self._lock.release()

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group repository writes into one transaction: all are committed, or none.

        Writes inside the block join it (savepoints); an exception rolls everything
        back and propagates. Files written meanwhile (attachments) are the caller's to
        remove on failure. Storage errors surface as core errors.
        """
        db = self._require_db()
        with storage_errors(), db.transaction():
            yield

    @property
    def schema_version(self) -> int:
        """The database's schema version."""
        with storage_errors():
            return self._require_db().schema_version

    def change_passphrase(self, new: bytes | bytearray) -> None:
        """Re-wrap the database key under ``new``; only the key file is rewritten.

        Keeps the vault's Argon2id parameters. Atomic: a crash leaves the old or the new
        key file. The database is not touched, so this takes the same time for any size.
        Raises ``DiskFullError`` (the old passphrase still works) or ``VaultCorruptError``.
        """
        self._require_db()
        if not new:
            raise ValueError("the new passphrase is empty")
        kp = key_path(self.path)
        try:
            params = vaultkey.read_params(kp.read_bytes())
        except (OSError, CryptoError):
            raise VaultCorruptError(part=VaultPart.KEY_FILE) from None
        atomic_write(kp, vaultkey.wrap_key(self._key, new, params))

    def delete_case(self, case_id: str) -> None:
        """Delete the case, its attachments' rows (and keys) and then their files.

        Raises ``RecordNotFoundError`` if there is no such case.
        """
        self.cases.get(case_id)
        self.cases.delete(case_id)
        self.attachments.sweep_orphans()

    def keychain_status(self) -> KeychainStatus:
        """Whether "remember on this device" can be used here, and if not, why."""
        return keychain.status()

    def remember_on_device(self) -> None:
        """Keep the database key in the OS keychain. Raises ``KeychainUnavailableError``."""
        self._require_db()
        keychain.remember(self.path, self._key)

    def forget_on_device(self) -> None:
        """Remove the remembered key from the keychain (no error if none)."""
        keychain.forget(self.path)

    def is_remembered(self) -> bool:
        """Whether the keychain holds this vault's current key."""
        self._require_db()
        remembered = keychain.recall(self.path)
        return remembered is not None and remembered == self._key

    def check_integrity(self) -> list[str]:
        """Run every check; return one plain line per problem ([] means all is well).

        Checks the key file's format, SQLCipher's page HMACs (cipher_integrity_check),
        SQLite's structure (integrity_check, foreign keys) and every attachment file's
        authentication tags, size and hash.
        """
        db = self._require_db()
        problems: list[str] = []
        try:
            vaultkey.read_params(key_path(self.path).read_bytes())
        except (OSError, CryptoError):
            problems.append("the key file is damaged")
        problems += [f"database: {p}" for p in db.integrity_problems()]
        if not any(p.startswith("database") for p in problems):
            problems += self.attachments.problems()
        return problems

    def backup(self, dest: Path, progress: ProgressFn | None = None) -> None:
        """Write an encrypted backup of the whole vault to the new file ``dest``.

        The backup opens with the passphrase current at the time of writing. It is read
        back and checked before this returns. Raises ``BackupTargetError`` if ``dest``
        exists, ``DiskFullError`` if the disk fills (no partial file is left).
        """
        from intake_app.core.backup import write_backup

        db = self._require_db()
        write_backup(self.path, db, self._key, self.attachments, dest, progress)
