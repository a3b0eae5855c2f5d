"""The clipboard guard takes back only its own text; error sentences never leak details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from intake_app.core.errors import (
    AccessDeniedError,
    FolderNotEmptyError,
    InsideVaultError,
    IntakeError,
    KeychainProblem,
    KeychainUnavailableError,
    LookAlikePartnersError,
    VaultCorruptError,
    VaultPart,
    WrongPassphraseError,
)
from intake_app.ui.app import create_application
from intake_app.ui.clipboard import ClipboardGuard
from intake_app.ui.messages import describe


def test_clipboard_guard_clears_its_text_after_the_delay(qtbot: QtBot) -> None:
    create_application()
    guard = ClipboardGuard(clear_after_seconds=1)
    guard.set_clear_after(1)
    guard._timer.setInterval(30)  # the delay itself is not what is under test
    guard.copy("case 4711")
    assert QGuiApplication.clipboard().text() == "case 4711"
    with qtbot.waitSignal(guard.cleared):
        pass
    assert QGuiApplication.clipboard().text() == ""


def test_clipboard_guard_leaves_text_copied_elsewhere_alone(qtbot: QtBot) -> None:
    create_application()
    guard = ClipboardGuard()
    guard.copy("case 4711")
    QGuiApplication.clipboard().setText("the person's own text")
    assert not guard.holds_our_text
    guard.clear()
    assert QGuiApplication.clipboard().text() == "the person's own text"


def test_error_sentences_never_include_the_exceptions_own_text(qtbot: QtBot) -> None:
    create_application()
    secret = "passphrase=hunter2 /home/anna/vault"
    errors: list[BaseException] = [
        WrongPassphraseError(secret),
        VaultCorruptError(secret, part=VaultPart.DATABASE),
        KeychainUnavailableError(KeychainProblem.PLAINTEXT, secret),
        OSError(28, secret, str(Path("/home/anna"))),
        RuntimeError(secret),
    ]
    sentences = [describe(error) for error in errors]
    assert all("hunter2" not in s and "/home/anna" not in s for s in sentences)
    assert sentences[0] == "That passphrase is not right. Try again."
    assert "unencrypted" in sentences[2]
    assert len(set(sentences)) == len(sentences)


def test_folder_and_partner_errors_get_their_own_sentences_not_the_generic_one(
    qtbot: QtBot,
) -> None:
    create_application()
    generic = describe(IntakeError())
    errors: list[BaseException] = [
        InsideVaultError(),
        FolderNotEmptyError(),
        AccessDeniedError(),
        LookAlikePartnersError(["a", "b"]),
    ]
    sentences = [describe(error) for error in errors]
    assert generic not in sentences
    assert len(set(sentences)) == len(sentences)
    assert "inside another vault" in sentences[0]
