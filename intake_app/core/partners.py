"""Partners: the organisations this vault sends to, pinned to the keys on their cards.

A partner is added from its contact card (file or pasted text) and stays *unverified*
until its fingerprint, read over another channel (phone, in person, the NGO's web
site), is confirmed with ``verify_partner``. Only verified partners can receive an
export (core/export.py).

A card is never allowed to change a known partner's keys silently. A card that claims
a known partner - the same signing key, a name that looks like its name (core/names.py:
letter case, invisible characters, spacing, look-alike letters such as a Cyrillic А or
"rn" for "m"), or one of its age recipients - but carries different keys is refused
with ``PartnerKeyChangedError`` naming both fingerprints; replacing keys is the
separate, explicit ``replace_partner_keys``, which resets verification. Every add,
verification, failed verification and replacement is in the event log (fingerprints
only, never card content beyond that).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from crypto.cards import ContactCard, parse_card
from crypto.fingerprint import Fingerprint, parse_fingerprint
from intake_app.core.errors import (
    AmbiguousPartnerError,
    FingerprintMismatchError,
    LookAlikePartnersError,
    OwnCardError,
    PartnerKeyChangedError,
    PartnerKeysUnchangedError,
    PartnerNotFoundError,
)
from intake_app.core.identity import ensure_identity
from intake_app.core.names import name_keys, names_confusable
from intake_app.core.session import Session
from intake_app.storage.records import PartnerRecord

#: The shortest id prefix accepted on the command line (shorter ones match too much).
MIN_ID_PREFIX = 4


class AddStatus(Enum):
    """What ``add_partner`` did."""

    ADDED = "added"
    ALREADY_KNOWN = "already_known"  # the same keys are already a partner: nothing changed


@dataclass(frozen=True)
class AddOutcome:
    """The result of adding a card: the partner and whether it is new."""

    status: AddStatus
    partner: PartnerRecord


def partner_card(partner: PartnerRecord) -> ContactCard:
    """Return the partner's stored card, re-verified (it was checked when added)."""
    return parse_card(partner.card)


def fingerprint_of(partner: PartnerRecord) -> Fingerprint:
    """The partner's fingerprint, computed from its stored card's keys."""
    return partner_card(partner).fingerprint


def _claimed_partner(session: Session, card: ContactCard) -> PartnerRecord | None:
    """The known partner ``card`` claims to be: same signing key, a look-alike name
    (``names_confusable``) or an age recipient in common."""
    keys = card.public_keys
    by_key = session.partners.find_by_key(keys.signing_key)
    if by_key is not None:
        return by_key
    offered = {keys.age_x25519, keys.age_hybrid} - {None}
    for partner in session.partners.list():
        known = partner_card(partner).public_keys
        if names_confusable(partner.display_name, card.name):
            return partner
        if offered & ({known.age_x25519, known.age_hybrid} - {None}):
            return partner
    return None


def add_partner(session: Session, data: bytes | str) -> AddOutcome:
    """Add the partner whose card is ``data`` (binary or pasted text), unverified.

    Returns ``ALREADY_KNOWN`` (and changes nothing) when a partner with exactly these
    keys exists. Raises ``CardError`` for a card that is not valid, ``OwnCardError`` for
    this vault's own card and ``PartnerKeyChangedError`` when the card claims a known
    partner (same signing key, a look-alike name or an age recipient) with different keys.
    """
    card = parse_card(data)
    if ensure_identity(session).public_keys.fingerprint.matches(card.fingerprint):
        raise OwnCardError
    known = _claimed_partner(session, card)
    if known is not None:
        if fingerprint_of(known).matches(card.fingerprint):
            return AddOutcome(AddStatus.ALREADY_KNOWN, known)
        raise PartnerKeyChangedError(
            known.display_name, str(fingerprint_of(known)), str(card.fingerprint)
        )
    with session.transaction():
        partner = session.partners.add(
            display_name=card.name,
            card=card.to_bytes(),
            signing_key=card.public_keys.signing_key,
            fingerprint=card.fingerprint.digits,
        )
        session.events.append("partner_added", partner.id, {"fingerprint": card.fingerprint.digits})
    return AddOutcome(AddStatus.ADDED, partner)


def verify_partner(session: Session, partner: PartnerRecord, fingerprint: str) -> PartnerRecord:
    """Mark ``partner`` verified if ``fingerprint`` (as read aloud; spaces and dashes
    optional) equals its keys' fingerprint; compared in constant time.

    Raises ``FingerprintError`` for text that is not 30 digits, and
    ``FingerprintMismatchError`` (logged; the partner stays as it was) for a mismatch.
    """
    offered = parse_fingerprint(fingerprint)
    expected = fingerprint_of(partner)
    if not expected.matches(offered):
        session.events.append("partner_verify_failed", partner.id, {})
        raise FingerprintMismatchError
    with session.transaction():
        session.partners.mark_verified(partner.id)
        session.events.append("partner_verified", partner.id, {"fingerprint": expected.digits})
    return session.partners.get(partner.id)


def replace_partner_keys(
    session: Session, partner: PartnerRecord, data: bytes | str
) -> PartnerRecord:
    """Replace ``partner``'s card and keys with the card ``data``; verification is reset.

    The explicit act for a partner that really changed its keys (confirm the new
    fingerprint with them, then ``verify_partner`` again). Raises ``CardError``,
    ``OwnCardError``, ``PartnerKeysUnchangedError`` if the keys are the same, and
    ``PartnerKeyChangedError`` if the card belongs to *another* known partner.
    """
    card = parse_card(data)
    if ensure_identity(session).public_keys.fingerprint.matches(card.fingerprint):
        raise OwnCardError
    old = fingerprint_of(partner)
    if old.matches(card.fingerprint):
        raise PartnerKeysUnchangedError
    other = _claimed_partner(session, card)
    if other is not None and other.id != partner.id:
        raise PartnerKeyChangedError(
            other.display_name, str(fingerprint_of(other)), str(card.fingerprint)
        )
    with session.transaction():
        updated = session.partners.replace_keys(
            partner.id,
            display_name=card.name,
            card=card.to_bytes(),
            signing_key=card.public_keys.signing_key,
            fingerprint=card.fingerprint.digits,
        )
        session.events.append(
            "partner_keys_replaced",
            partner.id,
            {"old_fingerprint": old.digits, "new_fingerprint": card.fingerprint.digits},
        )
    return updated


def list_partners(session: Session) -> list[PartnerRecord]:
    """Return every partner, by name."""
    return session.partners.list()


class VerifiedLookAlikes:
    """The verified partners by name key, to warn where another name looks like one.

    A look-alike of a verified partner is refused when it arrives (``add_partner``,
    core/importing.py), but a vault can still hold one: a source that arrived before the
    partner was verified, or records from before names were compared this way. The
    lists show such a record with "looks like verified partner X". Built once per list,
    so a long list costs one key computation per row.
    """

    def __init__(self, partners: Iterable[PartnerRecord]) -> None:
        self._by_key: dict[str, list[PartnerRecord]] = {}
        for partner in partners:
            if partner.verified:
                for key in name_keys(partner.display_name):
                    self._by_key.setdefault(key, []).append(partner)

    def look_alike(self, name: str, *, other_than: str | None = None) -> PartnerRecord | None:
        """The verified partner (not ``other_than``, a partner id) whose name looks like
        ``name``, or None."""
        for key in sorted(name_keys(name)):
            for partner in self._by_key.get(key, ()):
                if partner.id != other_than:
                    return partner
        return None


def find_partner(session: Session, ref: str) -> PartnerRecord:
    """Find a partner by its full id, its display name (compared as a reader sees it:
    any letter case, spacing or look-alike letters, see ``names_confusable``) or a
    unique id prefix of at least four characters.

    Raises ``PartnerNotFoundError``, ``LookAlikePartnersError`` when the name looks
    like more than one partner's (never a guess: the person must give the id), or
    ``AmbiguousPartnerError`` for an id prefix of several partners.
    """
    partners = session.partners.list()
    for p in partners:
        if p.id == ref:
            return p
    by_name = [p for p in partners if names_confusable(p.display_name, ref)]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        raise LookAlikePartnersError([p.id for p in by_name])
    if len(ref) >= MIN_ID_PREFIX:
        by_prefix = [p for p in partners if p.id.startswith(ref.lower())]
        if len(by_prefix) == 1:
            return by_prefix[0]
        if len(by_prefix) > 1:
            raise AmbiguousPartnerError
    raise PartnerNotFoundError
