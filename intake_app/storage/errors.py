"""Errors raised by the storage layer. Each docstring is the default message.

The core translates these into its own vault errors (intake_app/core/errors.py); the
storage layer knows nothing of vaults, passphrases or people.
"""

from __future__ import annotations


class StorageError(Exception):
    """The database could not complete the operation."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (type(self).__doc__ or "").strip().splitlines()[0])


class DatabaseKeyError(StorageError):
    """The database cannot be read with this key, or its first page is damaged."""


class DatabaseCorruptError(StorageError):
    """The database file is damaged."""


class StorageIOError(StorageError):
    """The database file could not be read or written (the disk may be full or failing)."""


class StorageFullError(StorageIOError):
    """The disk is full."""


class StorageAccessError(StorageError):
    """The database file may not be opened or changed (permissions, a read-only disk)."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of this program."""


class NotFoundError(StorageError):
    """The requested record does not exist."""


class DuplicateError(StorageError):
    """A record with the same unique value already exists."""
