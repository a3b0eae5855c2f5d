"""Regressions found by checking the vault from outside, as a hostile tester would.

Each test names the damage or misuse and asserts the vault is refused or kept as it was.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from crypto.vaultkey import KdfParams
from intake_app.core.errors import InsideVaultError, VaultCorruptError, VaultPart
from intake_app.core.vault import Session, create_vault, restore_backup, unlock_vault
from tests.conftest import PASSPHRASE
from tests.intake_app.core.helpers import folder_hashes, python_child

MakeVault = Callable[..., Session]


def _vault_with_attachment(make_vault: MakeVault) -> Path:
    s = make_vault()
    case = s.cases.create(form_id="f", form_version="1", form_hash="h", answers={"a": "x"})
    s.attachments.add(case.id, io.BytesIO(b"evidence" * 1000), "e.bin", "x/y")
    s.close()
    return s.path


def test_emptied_database_file_is_damage_not_a_new_empty_vault(make_vault: MakeVault) -> None:
    # A crash, a sync tool or a full disk can leave vault.db at 0 bytes. SQLite would take
    # it for a new database; the vault must say it is damaged and keep the attachment
    # files (the unlock would otherwise sweep them all away as orphans).
    vault = _vault_with_attachment(make_vault)
    (vault / "vault.db").write_bytes(b"")
    before = folder_hashes(vault)
    with pytest.raises(VaultCorruptError) as info:
        unlock_vault(vault, PASSPHRASE)
    assert info.value.part is VaultPart.DATABASE
    assert folder_hashes(vault) == before
    assert len(list((vault / "attachments").iterdir())) == 1


def test_unlock_leaves_files_it_did_not_write_in_the_attachments_folder(
    make_vault: MakeVault,
) -> None:
    # The sweep removes only what an interrupted write of ours can leave (32 hex digits,
    # optionally ".tmp"); a file a person put there is theirs.
    vault = _vault_with_attachment(make_vault)
    folder = vault / "attachments"
    stray = folder / "my photo.jpg"
    stray.write_bytes(b"not ours")
    orphan = folder / ("ab" * 16)
    orphan.write_bytes(b"sealed bytes nobody has a key for")
    interrupted = folder / (("cd" * 16) + ".tmp")
    interrupted.write_bytes(b"half written")
    unlock_vault(vault, PASSPHRASE).close()
    assert stray.read_bytes() == b"not ours"
    assert not orphan.exists()
    assert not interrupted.exists()


# The backup's database snapshot is written inside the vault folder through SQLite's
# online backup API, whose errors carry no SQLite error code. The child limits file
# sizes (RLIMIT_FSIZE, SIGXFSZ ignored) so the snapshot meets a real refusal.
_LIMITED_BACKUP = """
import resource, signal, sys
from pathlib import Path
from intake_app.core.errors import DiskWriteError
from intake_app.core.vault import unlock_vault
vault, dest = Path(sys.argv[1]), Path(sys.argv[2])
session = unlock_vault(vault, sys.argv[3].encode())
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (32 * 1024, 32 * 1024))
try:
    session.backup(dest)
except DiskWriteError as exc:
    print(type(exc).__name__)
else:
    print("written")
session.close()
"""


def test_backup_refused_by_the_disk_is_a_disk_error_and_leaves_nothing(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    vault = _vault_with_attachment(make_vault)
    before = folder_hashes(vault)
    dest = tmp_path / "out" / "vault.backup"
    dest.parent.mkdir()
    child = python_child(_LIMITED_BACKUP, str(vault), str(dest), PASSPHRASE.decode())
    out, err = child.communicate(timeout=60)
    assert err == ""
    assert out.strip() == "DiskWriteError"
    assert folder_hashes(vault) == before  # no snapshot left behind
    assert list(dest.parent.iterdir()) == []


@pytest.mark.parametrize("inner", ["inner", "attachments/../deeper/inner"])
def test_no_vault_is_created_inside_another_vault(
    make_vault: MakeVault, fast_kdf: KdfParams, inner: str
) -> None:
    # Its files would sit among the outer vault's, and the outer vault's backups would
    # silently leave it out.
    outer = _vault_with_attachment(make_vault)
    before = folder_hashes(outer)
    with pytest.raises(InsideVaultError) as info:
        create_vault(outer / inner, PASSPHRASE, kdf=fast_kdf)
    assert str(info.value) == "This folder is inside another vault; choose a folder outside it."
    assert folder_hashes(outer) == before
    assert sorted(p.name for p in outer.iterdir()) == [
        "attachments",
        "vault.db",
        "vault.key",
        "vault.lock",
    ]


def test_no_backup_is_restored_inside_another_vault(make_vault: MakeVault, tmp_path: Path) -> None:
    outer = _vault_with_attachment(make_vault)
    backup = tmp_path / "b.backup"
    with unlock_vault(outer, PASSPHRASE) as session:
        session.backup(backup)
    before = folder_hashes(outer)
    with pytest.raises(InsideVaultError):
        restore_backup(backup, outer / "restored", PASSPHRASE)
    assert folder_hashes(outer) == before
    assert not (outer / "restored").exists()


# SQLite rolls the whole transaction back by itself when a write fails for lack of room
# (SQLITE_FULL, SQLITE_IOERR); rolling back to a savepoint that no longer exists must not
# hide the real error behind "no such savepoint".
_LIMITED_NESTED_WRITE = """
import resource, signal, sys
from pathlib import Path
from intake_app.core.errors import DiskWriteError
from intake_app.core.vault import unlock_vault
vault, limit = Path(sys.argv[1]), int(sys.argv[2])
session = unlock_vault(vault, sys.argv[3].encode())
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    with session.transaction():
        session.cases.create(
            form_id="f", form_version="1", form_hash="h", answers={"long": "y" * (4 * limit)}
        )
except DiskWriteError as exc:
    print(type(exc).__name__)
else:
    print("written")
session.close()
"""


def test_write_refused_inside_a_transaction_is_a_disk_error_and_keeps_the_vault(
    make_vault: MakeVault,
) -> None:
    vault = _vault_with_attachment(make_vault)
    with unlock_vault(vault, PASSPHRASE) as s:
        cases_before = [c.id for c in s.cases.list()]
    # Small enough that the rollback journal cannot take the pages the insert changes:
    # the write fails inside the statement, not at COMMIT.
    limit = 8 * 1024
    child = python_child(_LIMITED_NESTED_WRITE, str(vault), str(limit), PASSPHRASE.decode())
    out, err = child.communicate(timeout=60)
    assert err == ""
    assert out.strip() == "DiskWriteError"
    with unlock_vault(vault, PASSPHRASE) as s:
        assert [c.id for c in s.cases.list()] == cases_before
        assert s.check_integrity() == []
