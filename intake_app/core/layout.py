"""The vault folder's layout: names of the files a vault is made of."""

from __future__ import annotations

from pathlib import Path

from crypto.vaultkey import KEY_FILE_SIZE

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


def read_key_file(vault: Path) -> bytes:
    """Return the key file's bytes, reading at most one byte more than a key file holds.

    A key file replaced by something huge is then reported as damaged (wrong size)
    without being read into memory. Raises ``OSError`` if it cannot be read.
    """
    with key_path(vault).open("rb") as fh:
        return fh.read(KEY_FILE_SIZE + 1)
