"""Create, unlock and restore vaults: the core's entry points (Qt-free).

A vault is a folder::

    vault.key      the database key wrapped under the passphrase (crypto/vaultkey.py)
    vault.db       the SQLCipher database (raw 256-bit key)
    attachments/   one encrypted file per attachment (intake_app/core/attachments.py)
    vault.lock     the process lock file (empty; never holds data)

Every entry point takes the process lock before reading anything, so a second window
or program gets ``VaultInUseError`` instead of a half-open vault. A wrong passphrase is
detected from the key file alone, before the database is opened: it changes no byte.
"""

from __future__ import annotations

import contextlib
import shutil
from enum import Enum
from pathlib import Path

from crypto import vaultkey
from crypto.vaultkey import KdfParams, KeyFileFormatError, KeyUnwrapError, calibrate
from intake_app.core._translate import storage_errors
from intake_app.core.errors import (
    FolderNotEmptyError,
    NotAVaultError,
    VaultCorruptError,
    VaultExistsError,
    VaultMissingError,
    VaultPart,
    WrongPassphraseError,
)
from intake_app.core.fsutil import atomic_write, disk_full_as_error, fsync_dir
from intake_app.core.identity import ensure_identity
from intake_app.core.keychain import KeychainStatus
from intake_app.core.keychain import recall as _recall
from intake_app.core.layout import (
    ATTACHMENTS_DIR,
    DB_FILE,
    KEY_FILE,
    LOCK_FILE,
    attachments_path,
    db_path,
    key_path,
    lock_path,
)
from intake_app.core.lock import VaultLock
from intake_app.core.session import Session
from intake_app.storage.database import Database

__all__ = [
    "KdfParams",
    "KeychainStatus",
    "Session",
    "VaultState",
    "create_vault",
    "restore_backup",
    "unlock_from_keychain",
    "unlock_vault",
    "vault_state",
]


class VaultState(Enum):
    """What a folder holds, as far as we can tell without a passphrase."""

    MISSING = "missing"  # no folder, or an empty one: a vault can be created there
    VAULT = "vault"  # a vault (it may still turn out damaged on unlock)
    NOT_A_VAULT = "not_a_vault"  # something else: never touched


def vault_state(path: Path) -> VaultState:
    """Return what ``path`` holds. Reads only directory entries; never raises for I/O."""
    try:
        if not path.exists():
            return VaultState.MISSING
        if not path.is_dir():
            return VaultState.NOT_A_VAULT
        if (path / KEY_FILE).is_file():
            return VaultState.VAULT
        if not any(path.iterdir()):
            return VaultState.MISSING
    except OSError:
        return VaultState.NOT_A_VAULT
    return VaultState.NOT_A_VAULT


def _require_vault(path: Path) -> None:
    state = vault_state(path)
    if state is VaultState.MISSING:
        raise VaultMissingError
    if state is VaultState.NOT_A_VAULT:
        raise NotAVaultError


def create_vault(
    path: Path,
    passphrase: bytes | bytearray,
    *,
    kdf: KdfParams | None = None,
    name: str | None = None,
) -> Session:
    """Create a new vault in ``path`` (absent or an empty folder) and return it unlocked.

    ``kdf=None`` calibrates Argon2id to about half a second on this machine. Raises
    ``VaultExistsError`` if a vault is already there, ``FolderNotEmptyError`` for any
    other non-empty folder, ``NotAVaultError`` if ``path`` is a file, ``DiskFullError``
    when out of room. On failure nothing created is left behind. The vault gets its
    identity (signing and age keys) now, with ``name`` on its contact card (default:
    a neutral placeholder; ``InvalidDisplayNameError`` for an unusable name).
    """
    if not passphrase:
        raise ValueError("the passphrase is empty")
    state = vault_state(path)
    if state is VaultState.VAULT:
        raise VaultExistsError
    if state is VaultState.NOT_A_VAULT:
        raise NotAVaultError if path.exists() and not path.is_dir() else FolderNotEmptyError
    params = kdf if kdf is not None else calibrate()
    made_folder = not path.exists()
    lock = VaultLock(lock_path(path))
    db: Database | None = None
    key = vaultkey.new_database_key()
    try:
        with disk_full_as_error():
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            # An existing empty folder keeps its mode otherwise; the vault is the owner's.
            path.chmod(0o700)
            lock.acquire()
            attachments_path(path).mkdir(mode=0o700)
            with storage_errors():
                db = Database.create(db_path(path), key)
            db_path(path).chmod(0o600)  # SQLite gives its journal the database's mode
            # The key file is written last: until it exists the folder is not a vault, so
            # a crash halfway leaves nothing that looks like one.
            atomic_write(key_path(path), vaultkey.wrap_key(key, passphrase, params))
            fsync_dir(path)
        session = Session(path, db, key, lock)
        session.events.append("vault_created")
        ensure_identity(session, name, at_creation=True)
        return session
    except BaseException:
        if db is not None:
            db.close()
        _remove_created(path, made_folder)
        lock.release()
        key[:] = bytes(len(key))
        raise


def _remove_created(path: Path, made_folder: bool) -> None:
    """Undo a failed creation: remove exactly the names a vault consists of."""
    for name in (KEY_FILE, DB_FILE, DB_FILE + "-journal", LOCK_FILE):
        with contextlib.suppress(FileNotFoundError):
            (path / name).unlink()
    shutil.rmtree(path / ATTACHMENTS_DIR, ignore_errors=True)
    if made_folder:
        with contextlib.suppress(OSError):
            path.rmdir()


def _open(path: Path, key: bytearray, lock: VaultLock) -> Session:
    """Open the database with ``key`` under the held ``lock``; sweep orphans."""
    if not db_path(path).is_file() or not attachments_path(path).is_dir():
        raise VaultCorruptError(part=VaultPart.FOLDER)
    with storage_errors():  # a key that does not open it: page 1 is damaged
        db = Database.open(db_path(path), key)
    session = Session(path, db, key, lock)
    try:
        session.attachments.sweep_orphans()
        _remove_interrupted_writes(path)
    except BaseException:
        session.close()
        raise
    return session


def _remove_interrupted_writes(path: Path) -> None:
    """Remove what an interrupted backup or key-file write left in the vault folder.

    Both are encrypted (a keyed snapshot, a wrapped key), so this is tidying; they are
    removed only under the process lock, when no write of ours can be in progress.
    """
    for pattern in (".backup-*.db", ".backup-*.db-journal", f".{KEY_FILE}.*.tmp"):
        for leftover in path.glob(pattern):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def unlock_vault(path: Path, passphrase: bytes | bytearray) -> Session:
    """Unlock the vault in ``path`` with ``passphrase``; return the open session.

    Raises ``VaultMissingError``, ``NotAVaultError``, ``VaultInUseError``,
    ``WrongPassphraseError`` (no file is changed), ``VaultCorruptError`` with ``part``
    (key file damaged, database damaged, folder incomplete) or ``VaultTooNewError``.
    """
    _require_vault(path)
    lock = VaultLock(lock_path(path))
    lock.acquire()
    try:
        try:
            blob = key_path(path).read_bytes()
        except OSError:
            raise VaultCorruptError(part=VaultPart.KEY_FILE) from None
        try:
            key = vaultkey.unwrap_key(blob, passphrase)
        except KeyFileFormatError:
            raise VaultCorruptError(part=VaultPart.KEY_FILE) from None
        except KeyUnwrapError:
            raise WrongPassphraseError from None
        try:
            return _open(path, key, lock)
        except BaseException:
            key[:] = bytes(len(key))
            raise
    except BaseException:
        lock.release()
        raise


def unlock_from_keychain(path: Path) -> Session | None:
    """Unlock with the key remembered in the OS keychain; None if none is (or it is stale).

    Raises the same errors as ``unlock_vault`` except ``WrongPassphraseError``.
    """
    _require_vault(path)
    lock = VaultLock(lock_path(path))
    lock.acquire()
    try:
        key = _recall(path)
        if key is None:
            lock.release()
            return None
        try:
            return _open(path, key, lock)
        except VaultCorruptError as exc:
            key[:] = bytes(len(key))
            if exc.part is VaultPart.DATABASE:
                lock.release()
                return None  # a stale entry (vault replaced); ask for the passphrase
            raise
    except BaseException:
        lock.release()
        raise


def restore_backup(backup: Path, dest: Path, passphrase: bytes | bytearray) -> None:
    """Restore the backup file ``backup`` into ``dest`` (absent or an empty folder).

    Checks everything before ``dest`` appears. Raises ``WrongPassphraseError``,
    ``BackupCorruptError`` (altered, truncated, not a backup), ``FolderNotEmptyError``,
    ``VaultExistsError`` or ``DiskFullError``; on any failure nothing is left behind.
    """
    from intake_app.core.backup import restore

    restore(backup, dest, passphrase)
