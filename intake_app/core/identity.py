"""This vault's own identity: show it, hand out its contact card, export its age keys.

Every vault gets a ``VaultIdentity`` (crypto/identity.py) when it is created. Vaults
created before identities existed get one *on first need* (the first call here, an
export or an import), not on unlock: unlocking stays read-only, so a mistyped or
aborted unlock never changes the vault.

The display name on the card is the person's choice and defaults to a neutral
placeholder: for a reporter the identity is a pseudonym (the card says nothing about
who they are unless they put their name on it), while an organisation will usually use
its own name. The name is not part of the fingerprint, so renaming keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crypto.cards import ContactCard
from crypto.errors import CardError
from crypto.identity import VaultIdentity
from intake_app.core.errors import InvalidDisplayNameError
from intake_app.core.fsutil import write_new_file
from intake_app.core.session import Session

#: The card name until the person chooses one: says nothing about them.
DEFAULT_NAME = "Intake Desk user"


@dataclass(frozen=True)
class IdentityInfo:
    """The public facts of this vault's identity, for showing and for ``--json``."""

    name: str
    fingerprint: str  # "12345 12345 12345 12345 12345 12345"
    signing_key: str  # "ssh-ed25519 AAAA..."
    age_x25519: str
    age_hybrid: str | None


def ensure_identity(
    session: Session, name: str | None = None, *, at_creation: bool = False
) -> VaultIdentity:
    """Return the vault's identity, generating and storing one if it has none yet.

    ``name`` (checked like a card name) is stored as the card name only when the
    identity is created here. An identity added to an older vault is logged as an
    event; ``at_creation`` (create_vault) skips that, "vault_created" says it all.
    Raises ``InvalidDisplayNameError`` for an unusable name.
    """
    stored = session.identity.load()
    if stored is not None:
        return VaultIdentity.from_bytes(stored)
    identity = VaultIdentity.generate()
    if name is not None:
        _check_name(identity, name)
    private = identity.to_bytes()
    try:
        with session.transaction():
            session.identity.store(bytes(private))
            if name is not None:
                session.settings.set("identity_name", name)
            if not at_creation:
                fingerprint = identity.public_keys.fingerprint.digits
                session.events.append("identity_created", None, {"fingerprint": fingerprint})
    finally:
        private[:] = bytes(len(private))
    return identity


def _check_name(identity: VaultIdentity, name: str) -> ContactCard:
    try:
        return identity.make_card(name)
    except CardError:
        raise InvalidDisplayNameError from None


def check_display_name(name: str) -> None:
    """Raise ``InvalidDisplayNameError`` if ``name`` cannot be a card name."""
    _check_name(VaultIdentity.generate(), name)


def _card_time(session: Session) -> str | None:
    """The card's creation time: when the identity was made (stable across calls)."""
    stored = session.identity.created_at()
    if stored is None:
        return None
    return datetime.fromisoformat(stored).strftime("%Y-%m-%dT%H:%M:%SZ")


def own_card(session: Session) -> ContactCard:
    """Return this vault's self-signed contact card (same bytes for the same name)."""
    identity = ensure_identity(session)
    name = str(session.settings.get("identity_name"))
    try:
        return identity.make_card(name, _card_time(session))
    except CardError:  # a name stored by an older version that the card rules refuse
        return identity.make_card(DEFAULT_NAME, _card_time(session))


def show(session: Session) -> IdentityInfo:
    """Return the name, fingerprint, signing key and age recipients of this vault."""
    card = own_card(session)
    keys = card.public_keys
    return IdentityInfo(
        name=card.name,
        fingerprint=str(card.fingerprint),
        signing_key=card.signing_key_line,
        age_x25519=keys.age_x25519,
        age_hybrid=keys.age_hybrid,
    )


def rename(session: Session, name: str) -> ContactCard:
    """Change the name on this vault's card; return the new card (keys unchanged).

    Raises ``InvalidDisplayNameError``. Partners who hold the old card keep working:
    the fingerprint does not include the name.
    """
    identity = ensure_identity(session)
    card = _check_name(identity, name)
    with session.transaction():
        session.settings.set("identity_name", name)
        session.events.append("identity_renamed", None, {"fingerprint": card.fingerprint.digits})
    return own_card(session)


def age_identity_file(session: Session, *, include_hybrid: bool = True) -> bytearray:
    """The age identity file text (X25519 and, by default, hybrid secret keys).

    Its ``#`` comment lines, which the stock age tool ignores, say what it is and warn
    that it opens everything sent to this vault. The caller should clear the buffer.
    """
    return ensure_identity(session).age_identity_file(include_hybrid=include_hybrid)


def write_age_identity_file(session: Session, dest: Path, *, include_hybrid: bool = True) -> None:
    """Write the age identity file to the new file ``dest`` (owner-only permissions).

    Raises ``FileExistsError`` if ``dest`` exists (never overwrites) and
    ``DiskFullError``; on failure no partial file is left. Logs an event (no key).
    """
    data = age_identity_file(session, include_hybrid=include_hybrid)
    try:
        write_new_file(dest, data, private=True)
    finally:
        data[:] = bytes(len(data))
    session.events.append("identity_exported", None, {"hybrid": include_hybrid})
