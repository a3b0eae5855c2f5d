""" "Remember on this device": refused without a safe keychain, round trip with one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.backends.fail import Keyring as FailKeyring

from intake_app.core import keychain
from intake_app.core.errors import KeychainProblem, KeychainUnavailableError
from intake_app.core.vault import Session, unlock_from_keychain, unlock_vault
from tests.conftest import PASSPHRASE

MakeVault = Callable[..., Session]


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps entries in a dict (a stand-in OS keychain)."""

    # Never chosen automatically (keyring picks the highest positive priority among every
    # loaded subclass); tests install it explicitly with keyring.set_keyring.
    priority = -1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("no such entry")
        del self.entries[(service, username)]


class LossyKeyring(MemoryKeyring):
    """A backend that accepts writes and returns something else (a broken keychain)."""

    def get_password(self, service: str, username: str) -> str | None:
        return "00" * 32 if (service, username) in self.entries else None


class PlaintextFileKeyring(MemoryKeyring):
    """Poses as keyrings.alt's plaintext file backend (the module is what we judge)."""


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


class EmptyChainer(ChainerBackend):
    """What keyring resolves to when it finds no usable backend at all."""

    backends: list[KeyringBackend] = []  # noqa: RUF012


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def use_backend() -> Iterator[Callable[[KeyringBackend], None]]:
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_remembered_vault_unlocks_without_passphrase(
    make_vault: MakeVault, memory_keyring: MemoryKeyring
) -> None:
    s = make_vault()
    assert s.keychain_status().available
    assert not s.is_remembered()
    s.remember_on_device()
    assert s.is_remembered()
    s.close()
    again = unlock_from_keychain(s.path)
    assert again is not None
    again.close()


def test_nothing_remembered_by_default(
    make_vault: MakeVault, memory_keyring: MemoryKeyring
) -> None:
    s = make_vault()
    s.close()
    assert unlock_from_keychain(s.path) is None
    assert memory_keyring.entries == {}


def test_forgetting_deletes_the_entry(make_vault: MakeVault, memory_keyring: MemoryKeyring) -> None:
    s = make_vault()
    s.remember_on_device()
    s.forget_on_device()
    assert memory_keyring.entries == {}
    assert not s.is_remembered()
    s.forget_on_device()  # forgetting twice is fine
    s.close()
    assert unlock_from_keychain(s.path) is None


def test_remembered_key_survives_passphrase_change(
    make_vault: MakeVault, memory_keyring: MemoryKeyring
) -> None:
    s = make_vault()
    s.remember_on_device()
    s.change_passphrase(b"another")
    s.close()
    again = unlock_from_keychain(s.path)
    assert again is not None
    again.close()


def test_stale_entry_for_a_replaced_vault_asks_for_the_passphrase(
    make_vault: MakeVault, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    s = make_vault()
    s.close()
    memory_keyring.entries[(keychain.SERVICE, keychain.entry_name(s.path))] = "ab" * 32
    assert unlock_from_keychain(s.path) is None
    unlock_vault(s.path, PASSPHRASE).close()  # and the lock was released


@pytest.mark.parametrize(
    ("backend", "problem"),
    [
        (FailKeyring(), KeychainProblem.NO_BACKEND),
        (EmptyChainer(), KeychainProblem.NO_BACKEND),
        (PlaintextFileKeyring(), KeychainProblem.PLAINTEXT),
    ],
)
def test_unsafe_or_missing_keychain_is_refused_with_a_reason(
    make_vault: MakeVault,
    use_backend: Callable[[KeyringBackend], None],
    backend: KeyringBackend,
    problem: KeychainProblem,
) -> None:
    use_backend(backend)
    s = make_vault()
    status = s.keychain_status()
    assert (status.available, status.problem) == (False, problem)
    assert status.reason.endswith(".")
    with pytest.raises(KeychainUnavailableError) as info:
        s.remember_on_device()
    assert info.value.reason is problem


def test_keychain_that_loses_the_key_is_refused_and_cleaned(
    make_vault: MakeVault, use_backend: Callable[[KeyringBackend], None]
) -> None:
    backend = LossyKeyring()
    use_backend(backend)
    s = make_vault()
    with pytest.raises(KeychainUnavailableError) as info:
        s.remember_on_device()
    assert info.value.reason is KeychainProblem.NOT_WORKING
    assert backend.entries == {}
