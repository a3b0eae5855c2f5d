"""The ui's few calls into the vault session, in one place.

Every function here runs on the task runner's database thread (pass it to ``DbOp``) and
returns plain frozen dataclasses, so widgets never hold the session or its live objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.core.errors import KeychainProblem
from intake_app.core.session import Session
from intake_app.ui.i18n import Language


@dataclass(frozen=True)
class KeychainInfo:
    """Whether "remember on this device" can be offered, and whether it is on."""

    available: bool
    remembered: bool
    problem: KeychainProblem | None = None


@dataclass(frozen=True)
class ShellSettings:
    """What the shell applies after unlocking and what its settings dialog edits."""

    autolock_minutes: int
    language: Language
    lock_on_minimize: bool
    keychain: KeychainInfo
    neutral_title: bool = False  # "Notes" and a plain icon instead of the program's name


def read_keychain(session: Session) -> KeychainInfo:
    """Whether the OS keychain is usable (and why not), and whether we are remembered."""
    status = session.keychain_status()
    return KeychainInfo(
        available=status.available,
        remembered=status.available and session.is_remembered(),
        problem=status.problem,
    )


def read_shell_settings(session: Session) -> ShellSettings:
    """Read the shell's settings and the keychain state from the session."""
    settings = session.settings
    return ShellSettings(
        autolock_minutes=settings.autolock_minutes,
        language=Language.from_code(settings.language),
        lock_on_minimize=settings.lock_on_minimize,
        keychain=read_keychain(session),
        neutral_title=settings.neutral_title,
    )


def write_autolock_minutes(session: Session, minutes: int) -> None:
    """Store the auto-lock time in minutes (the vault accepts 1 to 1440)."""
    session.settings.autolock_minutes = min(max(1, minutes), 24 * 60)


def write_lock_on_minimize(session: Session, lock: bool) -> None:
    """Store whether minimising the main window locks the vault."""
    session.settings.lock_on_minimize = lock


def write_neutral_title(session: Session, on: bool) -> None:
    """Store whether the windows show a neutral title and icon."""
    session.settings.neutral_title = on


def write_language(session: Session, language: Language) -> None:
    """Store the interface language inside the vault (nowhere else)."""
    session.settings.language = language.value


def set_remembered(session: Session, remember: bool) -> KeychainInfo:
    """Turn "remember on this device" on or off; returns the resulting state.

    Raises ``KeychainUnavailableError`` when the keychain cannot keep the key safely.
    """
    if remember:
        session.remember_on_device()
    else:
        session.forget_on_device()
    return read_keychain(session)
