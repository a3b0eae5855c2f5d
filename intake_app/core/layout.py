"""The vault folder's layout: names of the files a vault is made of."""

from __future__ import annotations

from pathlib import Path

KEY_FILE = "vault.key"
DB_FILE = "vault.db"
ATTACHMENTS_DIR = "attachments"
LOCK_FILE = "vault.lock"


def key_path(vault: Path) -> Path:
    return vault / KEY_FILE


def db_path(vault: Path) -> Path:
    return vault / DB_FILE


def attachments_path(vault: Path) -> Path:
    return vault / ATTACHMENTS_DIR


def lock_path(vault: Path) -> Path:
    return vault / LOCK_FILE
