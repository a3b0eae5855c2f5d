"""Test-wide setup: Qt renders offscreen, nothing touches the real user folders."""

from __future__ import annotations

import os

# Set before any Qt import so UI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Unlocks test doubles such as crypto.testing.fast_kdf_params (they refuse without it).
os.environ["INTAKE_TESTING"] = "1"

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crypto.testing import fast_kdf_params
from crypto.vaultkey import KdfParams

PASSPHRASE = b"correct horse battery staple"


@pytest.fixture
def fast_kdf() -> KdfParams:
    """Argon2id parameters cheap enough for tests (refused outside pytest)."""
    return fast_kdf_params()


@pytest.fixture
def make_vault(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[Callable[..., object]]:
    """Create vaults with the fast KDF; every session still open is closed at teardown.

    ``make_vault(name="vault", passphrase=PASSPHRASE)`` returns an open ``Session``.
    """
    from intake_app.core.vault import Session, create_vault

    sessions: list[Session] = []

    def factory(name: str = "vault", passphrase: bytes = PASSPHRASE) -> Session:
        session = create_vault(tmp_path / name, passphrase, kdf=fast_kdf)
        sessions.append(session)
        return session

    yield factory
    for s in sessions:
        s.close()
