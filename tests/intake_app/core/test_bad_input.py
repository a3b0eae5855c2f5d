"""Bad input gets one clear error and loses nothing (issue 2, "Bad input")."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crypto.vaultkey import KdfParams
from intake_app.cli import main
from intake_app.core.errors import (
    DiskFullError,
    NotAVaultError,
    VaultCorruptError,
    VaultInUseError,
    VaultPart,
    WrongPassphraseError,
)
from intake_app.core.vault import Session, create_vault, restore_backup, unlock_vault
from tests.conftest import PASSPHRASE
from tests.intake_app.core.helpers import folder_hashes, python_child, vault_content

MakeVault = Callable[..., Session]
PAGE = 4096  # SQLCipher 4's default page size


def _vault_with_data(make_vault: MakeVault) -> Path:
    s = make_vault()
    case = s.cases.create(form_id="f", form_version="1", form_hash="h", answers={"a": "x" * 9000})
    s.attachments.add(case.id, io.BytesIO(b"photo" * 5000), "p.jpg", "image/jpeg")
    for i in range(5):
        s.cases.create(form_id="f", form_version="1", form_hash="h", title=f"case {i}")
    s.close()
    return s.path


def test_wrong_passphrase_changes_no_byte_of_any_file(make_vault: MakeVault) -> None:
    vault = _vault_with_data(make_vault)
    before = folder_hashes(vault)
    with pytest.raises(WrongPassphraseError):
        unlock_vault(vault, b"wrong")
    assert folder_hashes(vault) == before


def test_truncated_key_file_is_reported_as_damaged_key_file(make_vault: MakeVault) -> None:
    vault = _vault_with_data(make_vault)
    key = vault / "vault.key"
    key.write_bytes(key.read_bytes()[:-10])
    before = folder_hashes(vault)
    with pytest.raises(VaultCorruptError) as info:
        unlock_vault(vault, PASSPHRASE)
    assert info.value.part is VaultPart.KEY_FILE
    assert folder_hashes(vault) == before


def test_edited_key_file_is_reported_as_damaged_key_file(make_vault: MakeVault) -> None:
    vault = _vault_with_data(make_vault)
    key = vault / "vault.key"
    raw = bytearray(key.read_bytes())
    raw[40] ^= 0x04
    key.write_bytes(bytes(raw))
    with pytest.raises(VaultCorruptError) as info:
        unlock_vault(vault, PASSPHRASE)
    assert info.value.part is VaultPart.KEY_FILE


def test_missing_key_file_makes_folder_not_a_vault(make_vault: MakeVault) -> None:
    vault = _vault_with_data(make_vault)
    (vault / "vault.key").unlink()
    with pytest.raises(NotAVaultError):
        unlock_vault(vault, PASSPHRASE)


def _flip(path: Path, offset: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0xFF
    path.write_bytes(bytes(raw))


def test_corrupted_database_page_is_found_by_check(
    make_vault: MakeVault, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    vault = _vault_with_data(make_vault)
    _flip(vault / "vault.db", 2 * PAGE + 200)  # inside page 3
    with unlock_vault(vault, PASSPHRASE) as session:
        problems = session.check_integrity()
    assert any("page 3" in p for p in problems)
    pw = tmp_path / "pw"
    pw.write_bytes(PASSPHRASE)
    capsys.readouterr()
    assert main(["check", "--vault", str(vault), "--passphrase-file", str(pw)]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        f"The vault is damaged ({len(problems)} problem(s) found); restore it from a backup."
    )
    assert "page 3" in captured.out


def test_corrupted_first_page_refuses_unlock_as_damaged_database(make_vault: MakeVault) -> None:
    vault = _vault_with_data(make_vault)
    _flip(vault / "vault.db", 100)
    before = folder_hashes(vault)
    with pytest.raises(VaultCorruptError) as info:
        unlock_vault(vault, PASSPHRASE)
    assert info.value.part is VaultPart.DATABASE
    assert folder_hashes(vault) == before


def test_missing_database_is_an_incomplete_vault(make_vault: MakeVault) -> None:
    vault = _vault_with_data(make_vault)
    (vault / "vault.db").unlink()
    with pytest.raises(VaultCorruptError) as info:
        unlock_vault(vault, PASSPHRASE)
    assert info.value.part is VaultPart.FOLDER
    assert not (vault / "vault.db").exists()


_HOLD_OPEN = """
import sys
from pathlib import Path
from intake_app.core.vault import unlock_vault
with unlock_vault(Path(sys.argv[1]), sys.argv[2].encode()):
    print("open", flush=True)
    sys.stdin.readline()
"""


def test_vault_open_in_another_process_is_refused_and_untouched(make_vault: MakeVault) -> None:
    vault = _vault_with_data(make_vault)
    child = python_child(_HOLD_OPEN, str(vault), PASSPHRASE.decode())
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        before = folder_hashes(vault)
        with pytest.raises(VaultInUseError) as info:
            unlock_vault(vault, PASSPHRASE)
        assert str(info.value) == "This vault is open in another window or program."
        assert folder_hashes(vault) == before
    finally:
        child.communicate("\n", timeout=30)
    assert child.returncode == 0
    unlock_vault(vault, PASSPHRASE).close()  # the lock went with the other process


# The child limits the size any file may reach (RLIMIT_FSIZE) and ignores SIGXFSZ, so
# the kernel refuses writes past the limit with EFBIG (what a FAT32 stick does at 4 GiB):
# the real write path meets a real refusal, without privileges.
_LIMITED_WRITE = """
import io, resource, signal, sys
from pathlib import Path
from intake_app.core.errors import DiskWriteError
from intake_app.core.vault import unlock_vault
vault, limit, what = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
session = unlock_vault(vault, sys.argv[4].encode())
case = session.cases.list()[0]
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    if what == "attachment":
        session.attachments.add(case.id, io.BytesIO(b"z" * (4 * limit)), "big.bin", "x/y")
    else:
        session.cases.save_answers(case.id, {"long": "y" * (4 * limit)})
except DiskWriteError as exc:
    print(type(exc).__name__, exc)
else:
    print("written")
session.close()
"""


@pytest.mark.parametrize("what", ["attachment", "answers"])
def test_write_refused_by_the_disk_is_reported_and_the_vault_kept(
    make_vault: MakeVault, what: str
) -> None:
    vault = _vault_with_data(make_vault)
    before, content = folder_hashes(vault), vault_content(vault, PASSPHRASE)
    limit = max(p.stat().st_size for p in vault.rglob("*") if p.is_file()) + 64 * 1024
    child = python_child(_LIMITED_WRITE, str(vault), str(limit), what, PASSPHRASE.decode())
    out, err = child.communicate(timeout=60)
    assert err == ""
    assert out.strip() == (
        "DiskWriteError The disk refused to save (it may be full or failing); nothing was changed."
    )
    _assert_kept(vault, before, content)


def _assert_kept(vault: Path, before: dict[str, str], content: list[object]) -> None:
    """The vault is as it was: same content, and every file but the database byte-identical.

    A rolled-back SQLCipher transaction rewrites the pages it had written from the
    journal, re-encrypted under fresh IVs: same content, different bytes. So the database
    is compared by content (and integrity), every other file by its bytes.
    """
    after = folder_hashes(vault)
    assert {k: v for k, v in after.items() if k != "vault.db"} == {
        k: v for k, v in before.items() if k != "vault.db"
    }
    assert vault_content(vault, PASSPHRASE) == content


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB tmpfs: a real disk that really fills. Needs root with mount rights."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mnt)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("mounting a small tmpfs is not permitted here")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.mark.parametrize("what", ["attachment", "answers"])
def test_full_disk_is_reported_as_full_and_the_vault_kept(
    small_disk: Path, fast_kdf: KdfParams, what: str
) -> None:
    vault = small_disk / "vault"
    with create_vault(vault, PASSPHRASE, kdf=fast_kdf) as s:
        case = s.cases.create(form_id="f", form_version="1", form_hash="h", title="kept")
    # Fill the disk up to about 40 KiB, so the next write runs out of room.
    filler = small_disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as out:
        while True:
            out.write(b"\0" * 4096)
            out.flush()
    filler.write_bytes(filler.read_bytes()[: -40 * 1024])
    before, content = folder_hashes(vault), vault_content(vault, PASSPHRASE)
    with unlock_vault(vault, PASSPHRASE) as s, pytest.raises(DiskFullError):
        if what == "attachment":
            s.attachments.add(case.id, io.BytesIO(b"z" * 200_000), "big.bin", "x/y")
        else:
            s.cases.save_answers(case.id, {"long": "y" * 200_000})
    _assert_kept(vault, before, content)


def test_backup_to_a_full_disk_fails_and_leaves_no_partial_file(
    small_disk: Path, make_vault: MakeVault
) -> None:
    s = make_vault()
    case = s.cases.create(form_id="f", form_version="1", form_hash="h")
    s.attachments.add(case.id, io.BytesIO(os.urandom(4 * 1024 * 1024)), "big", "x/y")
    with pytest.raises(DiskFullError):
        s.backup(small_disk / "vault.backup")
    assert list(small_disk.iterdir()) == []
    assert sorted(p.name for p in s.path.iterdir()) == [
        "attachments",
        "vault.db",
        "vault.key",
        "vault.lock",
    ]


def test_restore_to_a_full_disk_fails_and_leaves_nothing(
    small_disk: Path, make_vault: MakeVault, tmp_path: Path
) -> None:
    s = make_vault()
    case = s.cases.create(form_id="f", form_version="1", form_hash="h")
    s.attachments.add(case.id, io.BytesIO(os.urandom(4 * 1024 * 1024)), "big", "x/y")
    s.backup(tmp_path / "vault.backup")
    with pytest.raises(DiskFullError):
        restore_backup(tmp_path / "vault.backup", small_disk / "restored", PASSPHRASE)
    assert list(small_disk.iterdir()) == []


def test_vault_creation_on_a_full_disk_leaves_nothing(
    small_disk: Path, fast_kdf: KdfParams
) -> None:
    filler = small_disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as out:
        while True:
            out.write(b"\0" * 4096)
            out.flush()
    with pytest.raises(DiskFullError):
        create_vault(small_disk / "new" / "vault", PASSPHRASE, kdf=fast_kdf)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_key_file_replaced_by_a_huge_file_is_damaged_not_read(make_vault: MakeVault) -> None:
    vault = _vault_with_data(make_vault)
    with (vault / "vault.key").open("r+b") as fh:
        fh.truncate(8 * 1024**3)  # sparse: 8 GiB that would not fit in memory
    with pytest.raises(VaultCorruptError) as info:
        unlock_vault(vault, PASSPHRASE)
    assert info.value.part is VaultPart.KEY_FILE
