"""Errors raised by the Qt-free core.

Every class's docstring is its default message: one plain sentence a person can act on.
Structured detail goes in attributes, never in the message, so the ui can word it in the
user's language (see intake_app/ui/messages.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from forms import Issue


class IntakeError(Exception):
    """Something went wrong."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (type(self).__doc__ or "").strip().splitlines()[0])


class VaultPart(Enum):
    """Which part of a vault an error is about."""

    KEY_FILE = "key_file"
    DATABASE = "database"
    ATTACHMENT = "attachment"
    FOLDER = "folder"


class KeychainProblem(Enum):
    """Why the device keychain cannot hold the vault key."""

    NO_BACKEND = "no_backend"  # no keychain service on this system
    PLAINTEXT = "plaintext"  # the only backend writes secrets unencrypted to disk
    NOT_WORKING = "not_working"  # a write/read round-trip failed


class WrongPassphraseError(IntakeError):
    """The passphrase is not correct."""


class VaultMissingError(IntakeError):
    """There is no vault in this folder."""


class NotAVaultError(IntakeError):
    """This folder is not a vault."""


class FolderNotEmptyError(IntakeError):
    """The folder is not empty; choose an empty or new folder."""


class InsideVaultError(FolderNotEmptyError):
    """This folder is inside another vault; choose a folder outside it."""


class VaultExistsError(IntakeError):
    """A vault already exists in this folder."""


class VaultInUseError(IntakeError):
    """This vault is open in another window or program."""


class VaultCorruptError(IntakeError):
    """The vault is damaged; restore it from a backup."""

    def __init__(self, message: str | None = None, *, part: VaultPart) -> None:
        super().__init__(message or _CORRUPT_MESSAGES[part])
        self.part = part


_CORRUPT_MESSAGES = {
    VaultPart.KEY_FILE: "The vault's key file is damaged; restore the vault from a backup.",
    VaultPart.DATABASE: "The vault's database is damaged; restore the vault from a backup.",
    VaultPart.ATTACHMENT: "An attached file in the vault is damaged or missing.",
    VaultPart.FOLDER: "The vault folder is incomplete; restore the vault from a backup.",
}


class VaultTooNewError(IntakeError):
    """This vault was made by a newer version of Intake Desk; update the program."""


class SessionClosedError(IntakeError):
    """The vault is locked; unlock it again."""


class DiskWriteError(IntakeError):
    """The disk refused to save (it may be full or failing); nothing was changed."""


class DiskFullError(DiskWriteError):
    """The disk is full; free some space and try again. Nothing was changed."""


class AccessDeniedError(IntakeError):
    """Intake Desk may not read or write here (read-only disk or another user's files)."""


class NotAFileError(IntakeError):
    """This is a device or another special file, not a file that can be read here."""


class BackupCorruptError(IntakeError):
    """The backup file is damaged or was altered; nothing was restored."""


class BackupTargetError(IntakeError):
    """The backup file already exists; choose a new file name."""


class BackupInsideVaultError(BackupTargetError):
    """Choose a place outside the vault folder for the backup."""


class RecordNotFoundError(IntakeError):
    """The item no longer exists in the vault."""


class DuplicateRecordError(IntakeError):
    """The vault already holds this item."""


# --- forms and cases in the vault (issue 4) ---------------------------------------------


class FormNotFoundError(IntakeError):
    """There is no such form in this vault; see 'intake forms list'."""

    def __init__(self, form_id: str, version: str | None = None) -> None:
        super().__init__()
        self.form_id = form_id
        self.version = version


class FormVersionConflictError(IntakeError):
    """A different form with the same id and version is already in this vault; give the
    new one a higher version."""

    def __init__(self, form_id: str, version: str) -> None:
        super().__init__()
        self.form_id = form_id
        self.version = version


class InvalidAnswersError(IntakeError):
    """Some answers need to be corrected; nothing was saved."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        n = len(issues)
        super().__init__(
            f"{n} answer{'s need' if n != 1 else ' needs'} to be corrected; nothing was saved."
        )
        self.issues: tuple[Issue, ...] = tuple(issues)


class CaseNotFoundError(RecordNotFoundError):
    """There is no case with this id in the vault; see 'intake case list'."""


class AmbiguousCaseIdError(RecordNotFoundError):
    """Several cases start with this id; give more of it."""


class CaseSealedError(IntakeError):
    """This case was sent or received and stays as it was; it cannot be changed."""


class CaseHasRepliesError(IntakeError):
    """Replies or receipts refer to this case; delete them first."""


class KeychainUnavailableError(IntakeError):
    """This device's keychain cannot keep the vault key safely."""

    def __init__(self, reason: KeychainProblem, message: str | None = None) -> None:
        super().__init__(message or _KEYCHAIN_MESSAGES[reason])
        self.reason = reason


_KEYCHAIN_MESSAGES = {
    KeychainProblem.NO_BACKEND: "This device has no keychain service that Intake Desk can use.",
    KeychainProblem.PLAINTEXT: (
        "This device's only keychain stores secrets unencrypted, so the vault key "
        "would not be safe there."
    ),
    KeychainProblem.NOT_WORKING: "This device's keychain did not store the key correctly.",
}


# --- identities, partners, export and import (issue 3) --------------------------------


class InvalidDisplayNameError(IntakeError):
    """This name cannot be used: use 1 to 64 characters, without / \\ : or control marks."""


class PartnerNotFoundError(IntakeError):
    """There is no partner with this name or id; see 'intake partner list'."""


class AmbiguousPartnerError(IntakeError):
    """More than one partner matches; give more of the id or the full name."""


class LookAlikePartnersError(AmbiguousPartnerError):
    """More than one partner has a name that looks like this; use the id from the partner list."""

    def __init__(self, partner_ids: Sequence[str]) -> None:
        super().__init__()
        self.partner_ids = tuple(partner_ids)


class PartnerKeyChangedError(IntakeError):
    """This card claims to be a known partner but carries different keys; it was refused."""

    def __init__(self, partner_name: str, known: str, offered: str) -> None:
        super().__init__(
            f"This card claims to be the partner {partner_name!r} but carries different keys "
            f"(known fingerprint {known}, this card {offered}); it was refused. If the "
            "partner really changed its keys, confirm the new fingerprint with them and use "
            "'intake partner replace-keys'."
        )
        self.partner_name = partner_name
        self.known_fingerprint = known
        self.offered_fingerprint = offered


class PartnerKeysUnchangedError(IntakeError):
    """This card carries the partner's current keys; nothing was replaced."""


class FingerprintMismatchError(IntakeError):
    """The fingerprint does not match these keys; nothing was verified. Find out why first."""


class PartnerNotVerifiedError(IntakeError):
    """A partner is not verified yet; confirm its fingerprint first."""

    def __init__(self, names: list[str]) -> None:
        listed = ", ".join(repr(n) for n in names)
        super().__init__(
            f"Not verified yet: {listed}. Confirm the fingerprint with them over another "
            "channel, then run 'intake partner verify'. Nothing was exported."
        )
        self.names = names


class FormDefinitionMissingError(IntakeError):
    """This case's form is missing from the vault, so it cannot be sent; nothing was exported."""


class ExportCancelledError(IntakeError):
    """The export was cancelled; no file was written."""


class ExportTargetError(IntakeError):
    """The export file already exists; choose a new file name."""


class ExportInsideVaultError(ExportTargetError):
    """That folder is inside the vault; save the bundle in a folder outside it."""


class OwnCardError(IntakeError):
    """This is this vault's own contact card; add the organisation's card instead."""


class SourceNotFoundError(IntakeError):
    """There is no source with this id; see 'intake source list'."""


class AmbiguousSourceError(IntakeError):
    """More than one source starts with this id; give more of it."""
