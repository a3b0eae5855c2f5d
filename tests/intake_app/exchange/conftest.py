"""Fixtures for the exchange tests: real vaults (fast KDF), real cases, real bundles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crypto.vaultkey import KdfParams
from intake_app.core.session import Session
from intake_app.core.vault import create_vault

MakeParty = Callable[..., Session]


@pytest.fixture
def make_party(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[MakeParty]:
    """``make_party("Org")`` creates the vault ``tmp_path/<name>`` named ``name``."""
    sessions: list[Session] = []

    def factory(name: str) -> Session:
        session = create_vault(tmp_path / name.replace(" ", "_"), b"pw", kdf=fast_kdf, name=name)
        sessions.append(session)
        return session

    yield factory
    for s in sessions:
        s.close()
