""" "Remember on this device": the vault's database key in the OS keychain (optional).

Off by default. Accepted only when ``keyring`` resolves to a backend that keeps secrets
encrypted by the OS (Secret Service, macOS Keychain, Windows Credential Locker, ...).
Refused with a reason when there is no backend (``keyring.backends.fail``/``null``, an
empty chainer) or the only one writes plaintext files (``keyrings.alt``), and when a
write/read round-trip does not give the key back.

What is stored: the 256-bit database key (hex), under the service ``IntakeDesk`` and a
name derived from the vault's absolute path. Anyone who can read the user's keychain
can then open the vault without the passphrase: that is the trade-off the person opts
into, and the ui says so.
"""

from __future__ import annotations

import binascii
import contextlib
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.core.errors import KeychainProblem, KeychainUnavailableError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# ``keyring`` is imported inside the functions below, not here: importing it (and the
# backends it discovers) takes some 40 ms, which every vault command would pay for a
# feature that is off by default (``intake export`` imports this module via the session).

SERVICE = "IntakeDesk"

# Backends that never store anything, or store it where anyone can read it.
_NO_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null")
_PLAINTEXT_MODULES = ("keyrings.alt",)


@dataclass(frozen=True)
class KeychainStatus:
    """Whether the keychain can be used, and if not, why (a plain sentence + enum)."""

    available: bool
    backend: str
    problem: KeychainProblem | None = None
    reason: str = ""


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    from keyring.backends.chainer import ChainerBackend

    # A chainer consults its children: it is as good as the ones it holds.
    if isinstance(backend, ChainerBackend):
        return list(backend.backends)
    return [backend]


def status() -> KeychainStatus:
    """Inspect the active keyring backend without storing anything."""
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    usable = [
        b for b in _backends(backend) if not type(b).__module__.startswith(_NO_BACKEND_MODULES)
    ]
    problem: KeychainProblem | None = None
    if not usable:
        problem = KeychainProblem.NO_BACKEND
    elif all(type(b).__module__.startswith(_PLAINTEXT_MODULES) for b in usable):
        problem = KeychainProblem.PLAINTEXT
    elif any(type(b).__module__.startswith(_PLAINTEXT_MODULES) for b in usable):
        # A chainer would write to the highest priority child; a plaintext one there is
        # a risk we cannot rule out, so refuse rather than guess.
        problem = KeychainProblem.PLAINTEXT
    if problem is None:
        return KeychainStatus(available=True, backend=name)
    return KeychainStatus(
        available=False,
        backend=name,
        problem=problem,
        reason=str(KeychainUnavailableError(problem)),
    )


def entry_name(vault_path: Path) -> str:
    """Return the keychain entry name for the vault at ``vault_path``."""
    digest = hashlib.sha256(str(vault_path.resolve()).encode("utf-8")).hexdigest()
    return f"vault-key-{digest[:32]}"


def remember(vault_path: Path, db_key: bytes | bytearray) -> None:
    """Store ``db_key`` for the vault, then read it back to prove the backend works.

    Raises ``KeychainUnavailableError`` (with ``reason``) and leaves no entry behind
    when the backend is refused or the round-trip fails.
    """
    st = status()
    if not st.available:
        assert st.problem is not None
        raise KeychainUnavailableError(st.problem)
    import keyring
    import keyring.errors

    name = entry_name(vault_path)
    secret = binascii.hexlify(db_key).decode("ascii")
    try:
        keyring.set_password(SERVICE, name, secret)
        ok = keyring.get_password(SERVICE, name) == secret
    except keyring.errors.KeyringError:
        ok = False
    if not ok:
        forget(vault_path)
        raise KeychainUnavailableError(KeychainProblem.NOT_WORKING)


def recall(vault_path: Path) -> bytearray | None:
    """Return the remembered database key, or None if nothing (valid) is remembered."""
    import keyring
    import keyring.errors

    try:
        secret = keyring.get_password(SERVICE, entry_name(vault_path))
    except keyring.errors.KeyringError:
        return None
    if secret is None:
        return None
    try:
        key = bytearray(binascii.unhexlify(secret))
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == 32 else None


def forget(vault_path: Path) -> None:
    """Delete the remembered key, if any. Never raises for a missing entry."""
    import keyring
    import keyring.errors

    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, entry_name(vault_path))
