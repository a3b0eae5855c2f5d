"""Attachments: streamed in and out, checked, destroyed on delete, orphans swept."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from crypto.filecrypt import sealed_size
from intake_app.core.errors import RecordNotFoundError, VaultCorruptError, VaultPart
from intake_app.core.vault import Session, unlock_vault
from tests.conftest import PASSPHRASE

MakeVault = Callable[..., Session]


class CountingReader(io.RawIOBase):
    """A source that produces ``size`` pseudo-random bytes and records its largest read."""

    def __init__(self, size: int) -> None:
        self.remaining = size
        self.largest_read = 0
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        n = self.remaining if n < 0 else min(n, self.remaining)
        self.largest_read = max(self.largest_read, n)
        block = os.urandom(n)
        self.remaining -= n
        self.digest.update(block)
        return block


def _case(s: Session) -> str:
    return s.cases.create(form_id="f", form_version="1", form_hash="h").id


def test_attachment_is_streamed_in_bounded_reads_and_read_back(make_vault: MakeVault) -> None:
    s = make_vault()
    source = CountingReader(3 * 1024 * 1024 + 17)
    rec = s.attachments.add(_case(s), source, "video.mp4", "video/mp4")
    assert source.largest_read <= 1024 * 1024  # never asks for the whole file at once
    assert rec.size == 3 * 1024 * 1024 + 17
    assert rec.sha256 == rec.original_sha256 == source.digest.hexdigest()
    out = io.BytesIO()
    assert s.attachments.read_into(rec.id, out) == rec.size
    assert hashlib.sha256(out.getvalue()).hexdigest() == rec.sha256
    assert max(len(c) for c in s.attachments.open(rec.id)) <= 64 * 1024


def test_stored_file_is_ciphertext_of_the_expected_size(make_vault: MakeVault) -> None:
    s = make_vault()
    data = b"plain text evidence " * 5000
    rec = s.attachments.add(_case(s), io.BytesIO(data), "a.txt", "text/plain")
    stored = (s.path / "attachments" / rec.storage_ref).read_bytes()
    assert len(stored) == sealed_size(len(data))
    assert b"plain text evidence" not in stored


def test_original_hash_and_removed_metadata_are_kept(make_vault: MakeVault) -> None:
    s = make_vault()
    rec = s.attachments.add(
        _case(s),
        io.BytesIO(b"cleaned"),
        "p.jpg",
        "image/jpeg",
        original_sha256="ab" * 32,
        metadata_removed=["GPS", "camera serial"],
    )
    again = s.attachments.get(rec.id)
    assert again.original_sha256 == "ab" * 32
    assert again.metadata_removed == ["GPS", "camera serial"]


def test_attachment_for_unknown_case_is_refused_without_leftovers(make_vault: MakeVault) -> None:
    s = make_vault()
    with pytest.raises(RecordNotFoundError):
        s.attachments.add("no-such-case", io.BytesIO(b"x"), "x", "x/y")
    assert list((s.path / "attachments").iterdir()) == []


def test_altered_attachment_file_is_reported_damaged(make_vault: MakeVault) -> None:
    s = make_vault()
    rec = s.attachments.add(_case(s), io.BytesIO(b"q" * 200_000), "q", "x/y")
    path = s.path / "attachments" / rec.storage_ref
    raw = bytearray(path.read_bytes())
    raw[100_000] ^= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(VaultCorruptError) as info:
        s.attachments.read_all(rec.id)
    assert info.value.part is VaultPart.ATTACHMENT
    assert s.check_integrity() == [f"attachment {rec.id} is damaged or missing"]


def test_truncated_or_missing_attachment_file_is_reported(make_vault: MakeVault) -> None:
    s = make_vault()
    a = s.attachments.add(_case(s), io.BytesIO(b"a" * 100_000), "a", "x/y")
    b = s.attachments.add(_case(s), io.BytesIO(b"b" * 10), "b", "x/y")
    (s.path / "attachments" / a.storage_ref).write_bytes(
        (s.path / "attachments" / a.storage_ref).read_bytes()[: 64 * 1024 + 24]
    )
    (s.path / "attachments" / b.storage_ref).unlink()
    assert sorted(s.check_integrity()) == sorted(
        [f"attachment {a.id} is damaged or missing", f"attachment {b.id} is damaged or missing"]
    )


def test_delete_removes_row_and_file(make_vault: MakeVault) -> None:
    s = make_vault()
    rec = s.attachments.add(_case(s), io.BytesIO(b"gone"), "g", "x/y")
    s.attachments.delete(rec.id)
    assert not (s.path / "attachments" / rec.storage_ref).exists()
    with pytest.raises(RecordNotFoundError):
        s.attachments.get(rec.id)


def test_orphaned_files_are_swept_on_unlock(make_vault: MakeVault) -> None:
    s = make_vault()
    kept = s.attachments.add(_case(s), io.BytesIO(b"keep"), "k", "x/y")
    s.close()
    folder: Path = s.path / "attachments"
    (folder / ("ab" * 16 + ".tmp")).write_bytes(b"interrupted write")
    (folder / ("cd" * 16)).write_bytes(b"row never committed")
    with unlock_vault(s.path, PASSPHRASE) as again:
        assert sorted(p.name for p in folder.iterdir()) == [kept.storage_ref]
        assert again.attachments.read_all(kept.id) == b"keep"


def test_deleting_a_case_deletes_its_attachment_rows(make_vault: MakeVault) -> None:
    s = make_vault()
    case = _case(s)
    s.attachments.add(case, io.BytesIO(b"x"), "x", "x/y")
    s.cases.delete(case)
    assert s.attachments.for_case(case) == []


def test_deleting_a_case_through_the_session_removes_its_files(make_vault: MakeVault) -> None:
    s = make_vault()
    case = _case(s)
    rec = s.attachments.add(case, io.BytesIO(b"x" * 1000), "x", "x/y")
    s.delete_case(case)
    assert not (s.path / "attachments" / rec.storage_ref).exists()
    with pytest.raises(RecordNotFoundError):
        s.delete_case(case)


def test_interrupted_backup_snapshot_is_removed_on_unlock(make_vault: MakeVault) -> None:
    s = make_vault()
    s.close()
    leftover = s.path / ".backup-0123456789abcdef.db"
    leftover.write_bytes(b"encrypted snapshot from a crash")
    unlock_vault(s.path, PASSPHRASE).close()
    assert not leftover.exists()


class _FailingSource(io.RawIOBase):
    """A self-checking source (like a bundle item) that fails after ``good`` bytes."""

    def __init__(self, good: int) -> None:
        self.remaining = good

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if self.remaining == 0:
            raise OSError("the item's hash did not match")
        n = self.remaining if n < 0 else min(n, self.remaining)
        self.remaining -= n
        return os.urandom(n)


def test_a_verified_hash_is_recorded_as_given_for_the_bytes_stored(make_vault: MakeVault) -> None:
    s = make_vault()
    data = os.urandom(2 * 1024 * 1024 + 5)
    digest = hashlib.sha256(data).hexdigest()
    rec = s.attachments.add(
        _case(s), io.BytesIO(data), "x.bin", "application/octet-stream", verified_sha256=digest
    )
    assert rec.sha256 == rec.original_sha256 == digest
    assert hashlib.sha256(s.attachments.read_all(rec.id)).hexdigest() == digest


def test_a_verified_source_that_fails_midway_leaves_no_file_and_no_row(
    make_vault: MakeVault,
) -> None:
    s = make_vault()
    case_id = _case(s)
    folder = s.path / "attachments"
    before = sorted(folder.iterdir())
    with pytest.raises(OSError):
        s.attachments.add(
            case_id, _FailingSource(3 * 1024 * 1024), "x.bin", "x/y", verified_sha256="ab" * 32
        )
    assert sorted(folder.iterdir()) == before
    assert s.attachments.for_case(case_id) == []
