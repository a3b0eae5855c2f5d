"""The one place that turns errors into sentences a person can act on.

The core raises typed errors; here each type gets a translated sentence. Nothing else in
the ui words an error, and nothing here ever includes the exception's own text, a field
value, a path or a traceback: a stressed person needs to know what to do next, and a
screenshot of an error must not reveal anything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crypto import errors as crypto_errors
from crypto.fingerprint import FingerprintError
from intake_app.core import errors as core_errors
from intake_app.core.evidence import errors as evidence_errors
from intake_app.ui import errors as ui_errors


def _table() -> list[tuple[type[BaseException], str]]:
    # Most specific first; looked up by isinstance, so subclasses inherit their parent's
    # sentence until they get their own.
    return [
        (
            core_errors.WrongPassphraseError,
            QCoreApplication.translate("messages", "That passphrase is not right. Try again."),
        ),
        (
            core_errors.VaultInUseError,
            QCoreApplication.translate(
                "messages",
                "This vault is already open in another Intake Desk window. Close that one first.",
            ),
        ),
        (
            core_errors.NotAVaultError,
            QCoreApplication.translate(
                "messages",
                "This folder is not an Intake Desk vault. Choose the folder of your vault.",
            ),
        ),
        (
            core_errors.VaultCorruptError,
            QCoreApplication.translate(
                "messages",
                "The vault is damaged and cannot be opened. "
                "Restore it from a backup, or ask a partner organisation for help.",
            ),
        ),
        (
            core_errors.VaultMissingError,
            QCoreApplication.translate("messages", "There is no vault in this folder yet."),
        ),
        (
            core_errors.VaultTooNewError,
            QCoreApplication.translate(
                "messages",
                "This vault was made by a newer version of Intake Desk. "
                "Update the program to open it.",
            ),
        ),
        (
            core_errors.SessionClosedError,
            QCoreApplication.translate("messages", "The vault is locked. Unlock it and try again."),
        ),
        (
            core_errors.DiskFullError,
            QCoreApplication.translate(
                "messages", "The disk is full. Free some space and try again. Nothing was changed."
            ),
        ),
        (
            core_errors.InsideVaultError,
            QCoreApplication.translate(
                "messages", "This folder is inside another vault. Choose a folder outside it."
            ),
        ),
        (
            core_errors.FolderNotEmptyError,
            QCoreApplication.translate(
                "messages", "This folder is not empty. Choose an empty folder or a new one."
            ),
        ),
        (
            core_errors.AccessDeniedError,
            QCoreApplication.translate(
                "messages",
                "Intake Desk is not allowed to read or write here. "
                "Choose another place, for example a folder in your home folder.",
            ),
        ),
        (
            core_errors.LookAlikePartnersError,
            QCoreApplication.translate(
                "messages",
                "This name looks like the names of several partners, so nothing was changed. "
                "Check the partner list: one of them may be an impostor.",
            ),
        ),
        (
            core_errors.BackupTargetError,
            QCoreApplication.translate(
                "messages", "That file already exists. Choose a new file name."
            ),
        ),
        (
            core_errors.BackupCorruptError,
            QCoreApplication.translate(
                "messages", "The backup file is damaged or was changed. Nothing was restored."
            ),
        ),
        (
            core_errors.PartnerKeyChangedError,
            QCoreApplication.translate(
                "messages",
                "This card claims to be a partner you already have, but its keys are "
                "different. It was not added. Do not send anything to it until you have "
                "called the organisation.",
            ),
        ),
        (
            core_errors.OwnCardError,
            QCoreApplication.translate(
                "messages", "This is your own card. Add the organisation's card instead."
            ),
        ),
        (
            core_errors.FingerprintMismatchError,
            QCoreApplication.translate(
                "messages",
                "These digits do not match. The partner stays unverified. Do not send "
                "anything until you have found out why.",
            ),
        ),
        (
            core_errors.PartnerKeysUnchangedError,
            QCoreApplication.translate(
                "messages", "This card has the same keys as before. Nothing was replaced."
            ),
        ),
        (
            core_errors.PartnerNotVerifiedError,
            QCoreApplication.translate(
                "messages",
                "A chosen organisation is not verified yet. Compare its digits first. "
                "Nothing was sent.",
            ),
        ),
        (
            core_errors.FormDefinitionMissingError,
            QCoreApplication.translate(
                "messages",
                "The form of this report is missing from the vault, so it cannot be sent.",
            ),
        ),
        (
            core_errors.ExportCancelledError,
            QCoreApplication.translate(
                "messages", "Cancelled. No file was written and the report was not changed."
            ),
        ),
        (
            core_errors.ExportInsideVaultError,
            QCoreApplication.translate(
                "messages",
                "That folder is inside your vault. Save the file in another folder, "
                "for example on the USB stick you will hand over.",
            ),
        ),
        (
            core_errors.ExportTargetError,
            QCoreApplication.translate(
                "messages", "That file already exists. Choose a new file name."
            ),
        ),
        (
            core_errors.InvalidDisplayNameError,
            QCoreApplication.translate(
                "messages",
                "This name cannot be used. Use 1 to 64 letters or digits, without / \\ or :.",
            ),
        ),
        (
            core_errors.CaseHasRepliesError,
            QCoreApplication.translate(
                "messages",
                "Replies or receipts refer to this report. Delete them first.",
            ),
        ),
        (
            core_errors.CaseSealedError,
            QCoreApplication.translate(
                "messages",
                "This report was sent and cannot be changed. Make a new version to edit it.",
            ),
        ),
        (
            evidence_errors.EvidenceSourceError,
            QCoreApplication.translate(
                "messages",
                "The file could not be read to the end. Check that it is still there "
                "and try again. Nothing was attached.",
            ),
        ),
        (
            evidence_errors.EvidenceChangedError,
            QCoreApplication.translate(
                "messages",
                "The file changed while it was being attached. Nothing was attached; try again.",
            ),
        ),
        (
            ui_errors.ReportSealedError,
            QCoreApplication.translate(
                "messages",
                "This report was sent and cannot be changed. Make a new version to edit it.",
            ),
        ),
        (
            ui_errors.ReportFormMissingError,
            QCoreApplication.translate(
                "messages",
                "The form this report was written with is missing from this vault, "
                "so the report cannot be shown.",
            ),
        ),
        (
            ui_errors.PreviewTooLargeError,
            QCoreApplication.translate(
                "messages",
                "This file is too large to show here. It is still attached and will be sent.",
            ),
        ),
        (
            ui_errors.TaskCancelledError,
            QCoreApplication.translate("messages", "Cancelled. Nothing was changed."),
        ),
        (
            ui_errors.VaultLockedError,
            QCoreApplication.translate("messages", "The vault is locked. Unlock it and try again."),
        ),
        (
            FingerprintError,
            QCoreApplication.translate(
                "messages",
                "Type all 30 digits, exactly as the organisation gave them. Spaces do not matter.",
            ),
        ),
        (
            crypto_errors.CardError,
            QCoreApplication.translate(
                "messages",
                "This is not a valid contact card, or it was changed. Ask the organisation "
                "for its card again.",
            ),
        ),
        (
            crypto_errors.BundleWriteError,
            QCoreApplication.translate(
                "messages",
                "The file could not be written. Nothing was sent; check the disk and try again.",
            ),
        ),
        (
            OSError,
            QCoreApplication.translate(
                "messages",
                "The computer could not read or write a file. "
                "Check that the disk is connected and has free space.",
            ),
        ),
        (
            core_errors.IntakeError,
            QCoreApplication.translate(
                "messages", "That did not work, and nothing was changed. Please try again."
            ),
        ),
    ]


def describe_keychain_problem(problem: core_errors.KeychainProblem | None) -> str:
    """Why "remember on this device" cannot be offered, in plain words."""
    if problem is core_errors.KeychainProblem.PLAINTEXT:
        return QCoreApplication.translate(
            "messages",
            "This computer's only password store keeps secrets unencrypted, so the "
            "passphrase would not be safe there. You will type it each time.",
        )
    if problem is core_errors.KeychainProblem.NOT_WORKING:
        return QCoreApplication.translate(
            "messages",
            "This computer's password store did not work, so the passphrase cannot be "
            "remembered. You will type it each time.",
        )
    return QCoreApplication.translate(
        "messages",
        "This computer has no password store Intake Desk can use, so the passphrase "
        "cannot be remembered. You will type it each time.",
    )


def describe(error: BaseException) -> str:
    """Return the translated sentence for ``error``; never its own text."""
    if isinstance(error, core_errors.KeychainUnavailableError):
        return describe_keychain_problem(error.reason)
    for error_type, sentence in _table():
        if isinstance(error, error_type):
            return sentence
    return QCoreApplication.translate(
        "messages", "Something unexpected went wrong. Nothing was changed. Please try again."
    )
