"""Fixtures for the desktop tests: a real controller over real vaults with the fast KDF."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from crypto.vaultkey import KdfParams
from intake_app.core.session import Session
from intake_app.core.vault import create_vault, unlock_vault
from intake_app.ui.app import create_application
from intake_app.ui.controller import AppController
from intake_app.ui.i18n import Language

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _garbage_only_between_tests() -> Iterator[None]:
    """Collect cyclic garbage only when no test's threads are running.

    Every test builds its own controller (windows, a database thread, a CPU pool); a
    finished test's controller becomes cyclic garbage. Left to the automatic collector,
    it was destroyed at a random moment of a later test - while that test's database
    thread was running - and the process crashed about one run in two (Qt objects torn
    down from the wrong thread). The app itself has one controller for its lifetime;
    here we make destruction deterministic: automatic collection is off during a test,
    and after its fixtures shut their threads down, deferred deletions run and the
    garbage is collected.
    """
    gc.disable()
    try:
        yield
    finally:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        gc.enable()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """Where the test's vault lives (not created yet)."""
    return tmp_path / "vault"


@pytest.fixture
def existing_vault(vault_dir: Path, fast_kdf: KdfParams) -> Path:
    """A vault created (and closed) with ``PASSPHRASE``."""
    create_vault(vault_dir, PASSPHRASE.encode(), kdf=fast_kdf).close()
    return vault_dir


def make_controller(vault_dir: Path, fast_kdf: KdfParams, language: Language) -> AppController:
    """A controller whose vaults use the fast KDF; no keychain (tests never touch it)."""
    create_application()

    def creator(path: Path, secret: bytearray) -> Session:
        return create_vault(path, secret, kdf=fast_kdf)

    return AppController(
        vault_dir,
        creator=creator,
        unlocker=unlock_vault,
        keychain_opener=None,
        language=language,
    )


@pytest.fixture
def controller(qtbot: QtBot, vault_dir: Path, fast_kdf: KdfParams) -> Iterator[AppController]:
    """An English controller over ``vault_dir``; shut down (session closed) afterwards."""
    ctl = make_controller(vault_dir, fast_kdf, Language.ENGLISH)
    yield ctl
    _tear_down(ctl)


def _tear_down(ctl: AppController) -> None:
    ctl._close_secondary_windows()
    ctl.main_window.quit_without_asking()
    ctl.main_window.close()
    ctl.unlock_window.hide()
    ctl.shutdown()
    ctl.languages.apply(Language.ENGLISH)
    ctl.main_window.deleteLater()
    ctl.unlock_window.deleteLater()


@pytest.fixture
def unlocked(qtbot: QtBot, controller: AppController, existing_vault: Path) -> AppController:
    """The controller with ``existing_vault`` unlocked and the main window shown."""
    controller.start(first_run=False)
    window = controller.unlock_window
    window.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked):
        window.unlock_button.click()
    return controller
