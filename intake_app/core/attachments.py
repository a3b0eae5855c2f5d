"""Attachments: each one an encrypted file in the vault, its key in the database row.

Why files and not BLOBs: SQLCipher writes BLOBs at roughly 150-270 MiB/s and needs the
whole value in memory to bind it, while streaming ChaCha20-Poly1305 runs at 1-3 GiB/s in
64 KiB chunks (docs/vault.md has this machine's figures). So each attachment is sealed
with crypto.filecrypt under a fresh random key, written to a temp name inside the vault,
fsynced and renamed; only then is the row (metadata + key) committed. A crash before the
commit leaves an orphan file nobody can read (its key never reached the database); the
next unlock sweeps it. Deleting the row first (secure_delete zeroes the key's page) and
then unlinking the file destroys the attachment even if the unlink never happens.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from crypto.filecrypt import FileCryptError, Readable, new_file_key, open_sealed, seal
from intake_app.core._translate import storage_errors
from intake_app.core.errors import VaultCorruptError, VaultPart
from intake_app.core.exchange_io import WriteBehind
from intake_app.core.fsutil import create_private, disk_full_as_error, fsync_dir
from intake_app.storage.attachment_rows import AttachmentRows
from intake_app.storage.cases import CaseRepository
from intake_app.storage.records import AttachmentRecord, utc_now

_TMP_SUFFIX = ".tmp"
#: The names ``add`` writes: a 32-hex-digit storage ref, or it with ``_TMP_SUFFIX``.
_OUR_NAME = re.compile(r"[0-9a-f]{32}(\.tmp)?")


class AttachmentStore:
    """Add, read and delete attachments with memory bounded whatever their size."""

    def __init__(self, rows: AttachmentRows, cases: CaseRepository, folder: Path) -> None:
        self._rows = rows
        self._cases = cases
        self._folder = folder

    def add(
        self,
        case_id: str,
        src: Readable,
        display_name: str,
        media_type: str,
        *,
        original_sha256: str | None = None,
        metadata_removed: Sequence[str] = (),
        verified_sha256: str | None = None,
    ) -> AttachmentRecord:
        """Stream ``src`` into the vault as a new attachment of ``case_id``; return its record.

        Size and SHA-256 are computed while streaming (``original_sha256`` defaults to it:
        pass the pre-cleaning hash when metadata was removed). ``verified_sha256`` is for
        a source that checks its own bytes (a bundle item: the reader hashes every byte
        and raises before its end on a mismatch): the store records it instead of hashing
        the same bytes a second time. Raises ``RecordNotFoundError`` for an unknown case
        and ``DiskFullError`` when the disk fills; in every failure (the source's own
        error included) the vault is as before (no file, no row).
        """
        with storage_errors():
            self._cases.get(case_id)
        ref = secrets.token_hex(16)
        tmp = self._folder / (ref + _TMP_SUFFIX)
        final = self._folder / ref
        key = new_file_key()
        digest = hashlib.sha256()
        observe = digest.update if verified_sha256 is None else None
        try:
            with disk_full_as_error():
                # The file is written on a helper thread while this one encrypts.
                with create_private(tmp) as raw, contextlib.closing(WriteBehind(raw)) as out:
                    size = seal(key, src, out, observe=observe)
                    out.flush()
                    os.fsync(raw.fileno())  # once, at the end: the data, then the rename
                tmp.replace(final)
                fsync_dir(self._folder)
            sha = verified_sha256 or digest.hexdigest()
            record = AttachmentRecord(
                id=str(uuid.uuid4()),
                case_id=case_id,
                display_name=display_name,
                media_type=media_type,
                size=size,
                sha256=sha,
                original_sha256=original_sha256 or sha,
                metadata_removed=list(metadata_removed),
                storage_ref=ref,
                created_at=utc_now(),
                file_key=key,
            )
            with storage_errors():
                self._rows.insert(record)
        except BaseException:
            for leftover in (tmp, final):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise
        return record

    def get(self, att_id: str) -> AttachmentRecord:
        """Return the attachment's record. Raises ``RecordNotFoundError``."""
        with storage_errors():
            return self._rows.get(att_id)

    def for_case(self, case_id: str) -> list[AttachmentRecord]:
        """Return the case's attachments, oldest first."""
        with storage_errors():
            return self._rows.for_case(case_id)

    def open(self, att_id: str) -> Iterator[bytes]:
        """Yield the attachment's plaintext in chunks of at most 64 KiB.

        Every chunk is authenticated and the size is checked at the end. Raises
        ``VaultCorruptError(part=ATTACHMENT)`` for a missing or altered file, possibly
        after some chunks: the output is whole only when iteration ends without error.
        """
        rec = self.get(att_id)
        return self._stream(rec)

    def _stream(self, rec: AttachmentRecord) -> Iterator[bytes]:
        # No SHA-256 on the way out: the file key is random, used for this file only and
        # kept only in its row, and STREAM authenticates every chunk, its position and the
        # end. A file that opens is exactly the file written; re-hashing would add
        # nothing but halve the read speed.
        size = 0
        try:
            with open(self._folder / rec.storage_ref, "rb") as src:  # noqa: PTH123
                for chunk in open_sealed(rec.file_key, src):
                    size += len(chunk)
                    yield chunk
        except (FileNotFoundError, FileCryptError):
            raise VaultCorruptError(part=VaultPart.ATTACHMENT) from None
        if size != rec.size:
            raise VaultCorruptError(part=VaultPart.ATTACHMENT)

    def read_into(self, att_id: str, dst: BinaryIO) -> int:
        """Write the attachment's plaintext to ``dst``; return the byte count.

        ``dst`` may hold a partial copy if ``VaultCorruptError`` is raised: the caller
        owns it and must discard it.
        """
        total = 0
        for chunk in self.open(att_id):
            dst.write(chunk)
            total += len(chunk)
        return total

    def read_all(self, att_id: str) -> bytes:
        """Return the whole plaintext (for small files; prefer ``open`` for large ones)."""
        return b"".join(self.open(att_id))

    def delete(self, att_id: str) -> None:
        """Destroy the attachment: the row (and its key) first, then the file."""
        with storage_errors():
            ref = self._rows.delete(att_id)
        with contextlib.suppress(FileNotFoundError):
            (self._folder / ref).unlink()

    def sweep_orphans(self) -> int:
        """Remove files no row refers to (interrupted writes, deleted rows); return count.

        They are unreadable (their keys never reached, or left, the database), so this is
        tidying, not a security step. Only names this store writes are considered: a file
        someone else put in the folder is not ours to delete.
        """
        with storage_errors():
            known = self._rows.all_refs()
        removed = 0
        for entry in self._folder.iterdir():
            if _OUR_NAME.fullmatch(entry.name) and entry.is_file() and entry.name not in known:
                with contextlib.suppress(FileNotFoundError):
                    entry.unlink()
                    removed += 1
        return removed

    def problems(self) -> list[str]:
        """Read back and check every attachment; return one line per damaged or missing one."""
        out: list[str] = []
        with storage_errors():
            records = self._rows.all()
        for rec in records:
            try:
                for _ in self._stream(rec):
                    pass
            except VaultCorruptError:
                out.append(f"attachment {rec.id} is damaged or missing")
        return out

    def file_paths(self) -> list[tuple[str, Path]]:
        """Return (storage ref, path) for every attachment the database knows."""
        with storage_errors():
            refs = sorted(self._rows.all_refs())
        return [(ref, self._folder / ref) for ref in refs]
