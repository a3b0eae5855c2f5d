"""The partners, identity and export screens' calls into the vault session.

Like ``vault_api``: every function runs on the task runner's database thread (pass it to
``DbOp``) and returns plain frozen dataclasses, so widgets never hold the session, a
record with key material, or a live object. The work itself is the core's
(core/partners.py, core/identity.py, core/export.py); this module only shapes results
for the screens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from crypto.cards import parse_card
from intake_app.core import export as core_export
from intake_app.core import identity as core_identity
from intake_app.core import partners as core_partners
from intake_app.core.errors import ExportTargetError
from intake_app.core.fsutil import write_new_file
from intake_app.core.session import Session
from intake_app.storage.records import PartnerRecord
from intake_app.ui.task_values import TaskContext

#: Progress is reported to the window at most this many times per export: enough for a
#: smooth bar, few enough that the event loop never drowns in signals.
PROGRESS_STEPS = 400


@dataclass(frozen=True)
class PartnerView:
    """A partner as the screens show it."""

    id: str
    name: str
    fingerprint: str  # "12345 12345 12345 12345 12345 12345"
    verified: bool
    added_at: str  # ISO 8601
    #: The name of another, verified partner this one's name looks like (it is *not*
    #: that partner: core/partners.py ``VerifiedLookAlikes``), or None.
    looks_like: str | None = None


@dataclass(frozen=True)
class AddedPartner:
    """What adding a card did: ``new`` is False when exactly these keys were known."""

    partner: PartnerView
    new: bool


@dataclass(frozen=True)
class IdentityView:
    """This vault's own card, ready to show, copy, save and put in a QR code."""

    name: str
    fingerprint: str
    card_text: str
    card_bytes: bytes  # the binary card: file contents and QR payload


def _view(
    partner: PartnerRecord, look_alikes: core_partners.VerifiedLookAlikes | None = None
) -> PartnerView:
    alike = (
        look_alikes.look_alike(partner.display_name, other_than=partner.id) if look_alikes else None
    )
    return PartnerView(
        id=partner.id,
        name=partner.display_name,
        fingerprint=str(core_partners.fingerprint_of(partner)),
        verified=partner.verified,
        added_at=partner.created_at,
        looks_like=alike.display_name if alike else None,
    )


def list_partners(session: Session) -> list[PartnerView]:
    """Every partner, by name, each marked if its name looks like a verified partner's."""
    rows = core_partners.list_partners(session)
    look_alikes = core_partners.VerifiedLookAlikes(rows)
    return [_view(p, look_alikes) for p in rows]


def add_partner(session: Session, data: bytes | str) -> AddedPartner:
    """Add the card ``data`` (file bytes or pasted text) as an unverified partner.

    Raises what ``core.partners.add_partner`` raises (``CardError``, ``OwnCardError``,
    ``PartnerKeyChangedError`` naming both fingerprints).
    """
    outcome = core_partners.add_partner(session, data)
    return AddedPartner(_view(outcome.partner), outcome.status is core_partners.AddStatus.ADDED)


def preview_card_fingerprint(data: bytes | str) -> str:
    """The fingerprint of the card ``data`` (no session needed). Raises ``CardError``."""
    return str(parse_card(data).fingerprint)


def verify_partner(session: Session, partner_id: str, digits: str) -> PartnerView:
    """Mark the partner verified if ``digits`` match its fingerprint.

    Raises ``FingerprintError`` (not 30 digits) or ``FingerprintMismatchError``.
    """
    partner = session.partners.get(partner_id)
    return _view(core_partners.verify_partner(session, partner, digits))


def replace_partner_keys(session: Session, partner_id: str, data: bytes | str) -> PartnerView:
    """Replace the partner's keys with the card ``data``; the partner becomes unverified."""
    partner = session.partners.get(partner_id)
    return _view(core_partners.replace_partner_keys(session, partner, data))


def partner_named(session: Session, name: str) -> PartnerView:
    """The partner called ``name`` (any letter case). Raises ``PartnerNotFoundError``."""
    return _view(core_partners.find_partner(session, name))


def own_identity(session: Session) -> IdentityView:
    """This vault's card (the identity is made on first need)."""
    card = core_identity.own_card(session)
    return IdentityView(
        name=card.name,
        fingerprint=str(card.fingerprint),
        card_text=card.to_text(),
        card_bytes=card.to_bytes(),
    )


def rename_identity(session: Session, name: str) -> IdentityView:
    """Change the name on this vault's card. Raises ``InvalidDisplayNameError``."""
    core_identity.rename(session, name)
    return own_identity(session)


def write_card_file(card: bytes, dest: Path) -> None:
    """Write the (public) card to the new file ``dest``; never overwrites.

    Raises ``ExportTargetError`` if ``dest`` exists, ``DiskFullError`` and ``OSError``;
    no partial file is left. Runs on any thread: a card is public, no session needed.
    """
    try:
        write_new_file(dest, card)
    except FileExistsError:
        raise ExportTargetError from None


def default_bundle_name() -> str:
    """The core's neutral file name for a new bundle."""
    return core_export.default_bundle_name()


def export_case(
    session: Session,
    context: TaskContext,
    case_id: str,
    partner_ids: Sequence[str],
    dest: Path,
) -> core_export.ExportResult:
    """Write the case as a bundle for ``partner_ids`` to ``dest`` (see core/export.py).

    Cancellation (the task's token: Cancel, lock, panic) stops the core at its next
    chunk; the core then deletes the partial file and the vault is unchanged
    (``ExportCancelledError``). Progress reaches the window in at most
    ``PROGRESS_STEPS`` steps.
    """
    last = -1

    def progress(done: int, total: int) -> None:
        nonlocal last
        step = done * PROGRESS_STEPS // total if total else PROGRESS_STEPS
        if step != last:
            last = step
            context.report(step, PROGRESS_STEPS)

    return core_export.export_case(
        session,
        case_id,
        partner_ids,
        dest,
        progress=progress,
        cancel=lambda: context.token.cancelled,
    )
