"""Creating, unlocking and closing vaults through the core API."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from crypto.vaultkey import KdfParams
from intake_app.core.errors import (
    FolderNotEmptyError,
    NotAVaultError,
    SessionClosedError,
    VaultExistsError,
    VaultInUseError,
    VaultMissingError,
    WrongPassphraseError,
)
from intake_app.core.vault import Session, VaultState, create_vault, unlock_vault, vault_state
from tests.conftest import PASSPHRASE

MakeVault = Callable[..., Session]


def test_state_of_absent_and_empty_folders_is_missing(tmp_path: Path) -> None:
    assert vault_state(tmp_path / "nope") is VaultState.MISSING
    (tmp_path / "empty").mkdir()
    assert vault_state(tmp_path / "empty") is VaultState.MISSING


def test_state_of_other_folder_or_file_is_not_a_vault(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    assert vault_state(tmp_path) is VaultState.NOT_A_VAULT
    assert vault_state(tmp_path / "notes.txt") is VaultState.NOT_A_VAULT


def test_created_vault_reopens_with_its_data(make_vault: MakeVault, tmp_path: Path) -> None:
    session = make_vault()
    case = session.cases.create(
        form_id="interpol", form_version="1", form_hash="h", answers={"name": "A"}
    )
    att = session.attachments.add(case.id, io.BytesIO(b"evidence" * 1000), "e.txt", "text/plain")
    session.settings.autolock_minutes = 9
    session.close()
    assert vault_state(tmp_path / "vault") is VaultState.VAULT
    with unlock_vault(tmp_path / "vault", PASSPHRASE) as again:
        assert again.cases.get(case.id).answers == {"name": "A"}
        assert again.attachments.read_all(att.id) == b"evidence" * 1000
        assert again.settings.autolock_minutes == 9
        assert [e.kind for e in again.events.list()] == ["vault_created"]


def test_wrong_passphrase_is_refused(make_vault: MakeVault, tmp_path: Path) -> None:
    make_vault().close()
    with pytest.raises(WrongPassphraseError) as info:
        unlock_vault(tmp_path / "vault", b"not the passphrase")
    assert str(info.value) == "The passphrase is not correct."


def test_creating_over_a_vault_or_a_full_folder_is_refused(
    make_vault: MakeVault, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    make_vault().close()
    with pytest.raises(VaultExistsError):
        create_vault(tmp_path / "vault", PASSPHRASE, kdf=fast_kdf)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("mine")
    with pytest.raises(FolderNotEmptyError):
        create_vault(tmp_path / "docs", PASSPHRASE, kdf=fast_kdf)
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["a.txt"]


def test_unlocking_missing_or_foreign_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(VaultMissingError):
        unlock_vault(tmp_path / "absent", PASSPHRASE)
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(NotAVaultError):
        unlock_vault(tmp_path, PASSPHRASE)


def test_second_open_in_same_process_is_refused_until_close(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    session = make_vault()
    with pytest.raises(VaultInUseError):
        unlock_vault(tmp_path / "vault", PASSPHRASE)
    session.close()
    unlock_vault(tmp_path / "vault", PASSPHRASE).close()


def test_closed_session_refuses_use_and_close_is_idempotent(make_vault: MakeVault) -> None:
    session = make_vault()
    session.close()
    session.close()
    with pytest.raises(SessionClosedError):
        session.cases.list()
    with pytest.raises(SessionClosedError):
        session.settings.language = "ru"


def test_vault_files_are_private_to_the_owner(make_vault: MakeVault) -> None:
    s = make_vault()
    case = s.cases.create(form_id="f", form_version="1", form_hash="h")
    s.attachments.add(case.id, io.BytesIO(b"x"), "x", "x/y")
    s.close()
    assert s.path.stat().st_mode & 0o777 == 0o700
    for path in s.path.rglob("*"):
        assert path.stat().st_mode & 0o077 == 0, path
