"""Encrypted backups: the whole vault in one authenticated file.

Format (version 1)::

    b"IDBACKUP" | version (1 byte) | the vault's key file (129 bytes) | salt (16 bytes)
    STREAM payload (crypto/filecrypt.py's chunked ChaCha20-Poly1305) under
        HKDF-SHA256(database key, salt, info=b"intake-desk backup v1")

The payload is a sequence of frames ``kind (1) | name length (2) | name | size (8) |
bytes``: first the SHA-256 of the outer header (binding the key file and salt to the
payload), then the database snapshot, then each attachment file as stored (already
encrypted under its own key), then an end frame with the number of frames. Restoring
needs only the passphrase that was current when the backup was written: it unwraps the
embedded key file. Names are checked (fixed database name, 32 hex digits for
attachments) so a backup can never write outside the new vault folder.

The database snapshot is taken with SQLite's online backup API into a keyed database
inside the vault folder, so no unencrypted page is ever written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto import vaultkey
from crypto.filecrypt import FileCryptError, open_sealed, seal
from intake_app.core._translate import storage_errors
from intake_app.core.attachments import AttachmentStore
from intake_app.core.errors import (
    BackupCorruptError,
    BackupTargetError,
    FolderNotEmptyError,
    NotAVaultError,
    VaultExistsError,
    WrongPassphraseError,
)
from intake_app.core.fsutil import atomic_write, create_private, disk_full_as_error, fsync_dir
from intake_app.core.layout import ATTACHMENTS_DIR, DB_FILE, KEY_FILE, LOCK_FILE
from intake_app.storage.database import Database

MAGIC = b"IDBACKUP"
VERSION = 1
SALT_SIZE = 16
_HEADER_SIZE = len(MAGIC) + 1 + vaultkey.KEY_FILE_SIZE + SALT_SIZE
_FRAME = struct.Struct(">BH")
_SIZE = struct.Struct(">Q")
_HEADER_HASH, _DATABASE, _ATTACHMENT, _END = 1, 2, 3, 255
_ATTACHMENT_NAME = re.compile(r"[0-9a-f]{32}")
_COPY = 1024 * 1024

ProgressFn = Callable[[int, int], None]


def _backup_key(db_key: bytes | bytearray, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"intake-desk backup v1"
    ).derive(bytes(db_key))


def write_backup(
    vault: Path,
    db: Database,
    db_key: bytes | bytearray,
    attachments: AttachmentStore,
    dest: Path,
    progress: ProgressFn | None,
) -> None:
    """Write and verify a backup of ``vault`` at ``dest`` (see the module docstring)."""
    if dest.exists():
        raise BackupTargetError
    snapshot = vault / f".backup-{secrets.token_hex(8)}.db"
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(8)}.tmp")
    try:
        with storage_errors():
            db.snapshot_to(snapshot, db_key)
        files = [(_DATABASE, DB_FILE, snapshot)]
        files += [(_ATTACHMENT, ref, path) for ref, path in attachments.file_paths()]
        total = sum(p.stat().st_size for _, _, p in files)
        salt = os.urandom(SALT_SIZE)
        header = MAGIC + bytes([VERSION]) + (vault / KEY_FILE).read_bytes() + salt
        if len(header) != _HEADER_SIZE:
            raise BackupCorruptError  # the vault's own key file is damaged
        key = _backup_key(db_key, salt)
        with disk_full_as_error():
            with create_private(tmp) as out:
                out.write(header)
                expected = seal(key, _FrameSource(header, files, progress, total), out)
                out.flush()
                os.fsync(out.fileno())
            # Read back and check every frame before the backup takes its final name.
            _verify(tmp, key, expected_payload=expected)
            tmp.replace(dest)
            fsync_dir(dest.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            snapshot.unlink()


class _FrameSource:
    """A read()-able stream of payload frames, produced lazily from the files."""

    def __init__(
        self,
        header: bytes,
        files: list[tuple[int, str, Path]],
        progress: ProgressFn | None,
        total: int,
    ) -> None:
        self._parts = self._generate(header, files)
        self._pending = b""
        self._pos = 0
        self._progress = progress
        self._done = 0
        self._total = total

    def _generate(self, header: bytes, files: list[tuple[int, str, Path]]) -> Iterator[bytes]:
        digest = hashlib.sha256(header).digest()
        yield _frame_head(_HEADER_HASH, "", len(digest)) + digest
        for kind, name, path in files:
            with open(path, "rb") as src:  # noqa: PTH123
                size = os.fstat(src.fileno()).st_size
                yield _frame_head(kind, name, size)
                remaining = size
                while remaining:
                    block = src.read(min(_COPY, remaining))
                    if not block:
                        raise OSError("a vault file shrank while it was backed up")
                    remaining -= len(block)
                    self._done += len(block)
                    if self._progress is not None:
                        self._progress(self._done, self._total)
                    yield block
        count = (len(files) + 1).to_bytes(8, "big")
        yield _frame_head(_END, "", len(count)) + count

    def read(self, n: int = -1) -> bytes:
        """Return up to ``n`` bytes (fewer at a part boundary; b"" only at the end)."""
        while self._pos >= len(self._pending):
            part = next(self._parts, None)
            if part is None:
                return b""
            self._pending, self._pos = part, 0
        end = len(self._pending) if n < 0 else self._pos + n
        out = self._pending[self._pos : end]
        self._pos += len(out)
        return out


def _frame_head(kind: int, name: str, size: int) -> bytes:
    raw = name.encode("ascii")
    return _FRAME.pack(kind, len(raw)) + raw + _SIZE.pack(size)


class _Reader:
    """Exact reads over the authenticated chunks of a payload."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""

    def read_exact(self, n: int) -> bytes:
        while len(self._buf) < n:
            chunk = next(self._chunks, None)
            if chunk is None:
                raise BackupCorruptError
            self._buf += chunk
        out, self._buf = self._buf[:n], self._buf[n:]
        return out

    def copy_to(self, n: int, sink: BinaryIO | None) -> None:
        while n:
            block = self.read_exact(min(n, _COPY))
            if sink is not None:
                sink.write(block)
            n -= len(block)

    def at_end(self) -> bool:
        if self._buf:
            return False
        return next(self._chunks, None) is None


def _frames(src: BinaryIO, key: bytes, header: bytes, into: Path | None) -> None:
    """Decrypt and check every frame; write the files under ``into`` when given.

    Raises ``BackupCorruptError`` for any alteration, truncation or unexpected frame.
    """
    reader = _Reader(open_sealed(key, src))
    kind, name_len = _FRAME.unpack(reader.read_exact(_FRAME.size))
    reader.read_exact(name_len)
    (size,) = _SIZE.unpack(reader.read_exact(_SIZE.size))
    if kind != _HEADER_HASH or size != 32:
        raise BackupCorruptError
    if reader.read_exact(32) != hashlib.sha256(header).digest():
        raise BackupCorruptError
    count, seen_db = 1, False
    while True:
        kind, name_len = _FRAME.unpack(reader.read_exact(_FRAME.size))
        name = reader.read_exact(name_len).decode("ascii", errors="replace")
        (size,) = _SIZE.unpack(reader.read_exact(_SIZE.size))
        if kind == _END:
            if size != 8 or int.from_bytes(reader.read_exact(8), "big") != count:
                raise BackupCorruptError
            break
        if kind == _DATABASE and name == DB_FILE and not seen_db:
            target = None if into is None else into / DB_FILE
            seen_db = True
        elif kind == _ATTACHMENT and _ATTACHMENT_NAME.fullmatch(name) and seen_db:
            target = None if into is None else into / ATTACHMENTS_DIR / name
        else:
            raise BackupCorruptError
        if target is None:
            reader.copy_to(size, None)
        else:
            with create_private(target) as out:  # a repeated name fails here
                reader.copy_to(size, out)
                out.flush()
                os.fsync(out.fileno())
        count += 1
    if not seen_db or not reader.at_end():
        raise BackupCorruptError


def _read_header(src: BinaryIO) -> bytes:
    header = src.read(_HEADER_SIZE)
    if len(header) != _HEADER_SIZE or header[: len(MAGIC)] != MAGIC:
        raise BackupCorruptError
    if header[len(MAGIC)] != VERSION:
        raise BackupCorruptError
    return header


def _verify(path: Path, key: bytes, *, expected_payload: int) -> None:
    try:
        with open(path, "rb") as src:  # noqa: PTH123
            header = _read_header(src)
            _frames(src, key, header, None)
    except FileCryptError:
        raise BackupCorruptError from None
    del expected_payload  # the frames' own sizes and the end count are the check


def restore(backup: Path, dest: Path, passphrase: bytes | bytearray) -> None:
    """Restore ``backup`` into ``dest``; see ``intake_app.core.vault.restore_backup``."""
    if dest.exists():
        if not dest.is_dir():
            raise NotAVaultError
        if (dest / KEY_FILE).exists():
            raise VaultExistsError
        if any(dest.iterdir()):
            raise FolderNotEmptyError
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = dest.parent / f".{dest.name}.restore-{secrets.token_hex(8)}"
    try:
        with open(backup, "rb") as src:  # noqa: PTH123
            header = _read_header(src)
            key_file = header[len(MAGIC) + 1 : len(MAGIC) + 1 + vaultkey.KEY_FILE_SIZE]
            salt = header[len(MAGIC) + 1 + vaultkey.KEY_FILE_SIZE :]
            try:
                db_key = vaultkey.unwrap_key(key_file, passphrase)
            except vaultkey.KeyFileFormatError:
                raise BackupCorruptError from None
            except vaultkey.KeyUnwrapError:
                raise WrongPassphraseError from None
            with disk_full_as_error():
                work.mkdir(mode=0o700)
                (work / ATTACHMENTS_DIR).mkdir(mode=0o700)
                try:
                    _frames(src, _backup_key(db_key, salt), header, work)
                except FileCryptError:
                    raise BackupCorruptError from None
                atomic_write(work / KEY_FILE, key_file)
                (work / LOCK_FILE).touch(mode=0o600)
                (work / DB_FILE).chmod(0o600)
        # The frames authenticate; opening the database proves the key and the snapshot
        # agree before the vault appears under its name.
        try:
            with storage_errors():
                Database.open(work / DB_FILE, db_key, upgrade=False).close()
        except Exception:
            raise BackupCorruptError from None
        finally:
            db_key[:] = bytes(len(db_key))
        with disk_full_as_error():
            if dest.exists():
                dest.rmdir()
            work.rename(dest)
            fsync_dir(dest.parent)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
