"""Vaults and backups written by format version 1 keep opening (tests/vectors/vault/)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from intake_app.core.vault import restore_backup, unlock_vault

VECTORS = Path(__file__).resolve().parents[2] / "vectors" / "vault"
PASSPHRASE = "vector passphrase ü".encode()


def _check_content(vault: Path) -> None:
    with unlock_vault(vault, PASSPHRASE) as s:
        assert s.check_integrity() == []
        (case,) = s.cases.list()
        assert case.title == "Vector case"
        assert case.answers == {"country": "TR", "story": "Arrested at the border in 2024."}
        (att,) = s.attachments.for_case(case.id)
        data = s.attachments.read_all(att.id)
        assert data == b"hello vector\n" * 1000
        assert att.sha256 == hashlib.sha256(data).hexdigest()
        assert s.settings.language == "tr"


def test_version_1_vault_opens_with_its_content(tmp_path: Path) -> None:
    shutil.copytree(VECTORS / "v1", tmp_path / "v1")
    _check_content(tmp_path / "v1")


def test_version_1_backup_restores_with_its_content(tmp_path: Path) -> None:
    restore_backup(VECTORS / "v1.backup", tmp_path / "restored", PASSPHRASE)
    _check_content(tmp_path / "restored")
