"""Partners: added from cards, verified by fingerprint, never silently re-keyed."""

from __future__ import annotations

import pytest

from crypto.errors import CardError
from crypto.fingerprint import FingerprintError
from crypto.identity import VaultIdentity
from intake_app.core import identity, partners
from intake_app.core.errors import (
    FingerprintMismatchError,
    OwnCardError,
    PartnerKeyChangedError,
    PartnerKeysUnchangedError,
    PartnerNotFoundError,
)
from intake_app.core.partners import AddStatus

from .conftest import MakeParty


def test_added_partner_is_unverified_and_adding_it_again_changes_nothing(
    make_party: MakeParty,
) -> None:
    me, org = make_party("Me"), make_party("Org")
    card = identity.own_card(org)
    first = partners.add_partner(me, card.to_bytes())
    assert first.status is AddStatus.ADDED and not first.partner.verified
    events = len(me.events.list())
    again = partners.add_partner(me, "Hello, here is our card:\n" + card.to_text() + "\nThanks")
    assert again.status is AddStatus.ALREADY_KNOWN
    assert again.partner.id == first.partner.id
    assert len(me.events.list()) == events
    assert len(me.partners.list()) == 1


def test_card_claiming_a_known_partner_with_other_keys_is_refused_naming_both_fingerprints(
    make_party: MakeParty,
) -> None:
    me, org = make_party("Me"), make_party("Org")
    partners.add_partner(me, identity.own_card(org).to_bytes())
    impostor = VaultIdentity.generate().make_card("Org")
    with pytest.raises(PartnerKeyChangedError) as err:
        partners.add_partner(me, impostor.to_bytes())
    known = str(identity.own_card(org).fingerprint)
    assert err.value.known_fingerprint == known
    assert err.value.offered_fingerprint == str(impostor.fingerprint)
    assert known in str(err.value) and str(impostor.fingerprint) in str(err.value)
    assert len(me.partners.list()) == 1


def test_card_reusing_a_partners_age_key_under_another_name_is_refused(
    make_party: MakeParty,
) -> None:
    me, org = make_party("Me"), make_party("Org")
    partners.add_partner(me, identity.own_card(org).to_bytes())
    org_keys = identity.own_card(org).public_keys
    other = VaultIdentity.generate()
    from crypto.cards import make_card

    reused = make_card(other.signing_key, "Totally New NGO", org_keys.age_x25519, None)
    with pytest.raises(PartnerKeyChangedError):
        partners.add_partner(me, reused.to_bytes())


def test_verify_accepts_the_fingerprint_as_read_aloud_and_refuses_a_mismatch(
    make_party: MakeParty,
) -> None:
    me, org = make_party("Me"), make_party("Org")
    partner = partners.add_partner(me, identity.own_card(org).to_bytes()).partner
    digits = identity.own_card(org).fingerprint.digits
    wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    with pytest.raises(FingerprintMismatchError):
        partners.verify_partner(me, partner, wrong)
    assert not me.partners.get(partner.id).verified
    assert me.events.list()[-1].kind == "partner_verify_failed"
    with pytest.raises(FingerprintError):
        partners.verify_partner(me, partner, "12345")
    read_aloud = "-".join(digits[i : i + 5] for i in range(0, 30, 5))
    assert partners.verify_partner(me, partner, read_aloud).verified
    assert me.events.list()[-1].kind == "partner_verified"


def test_replacing_keys_is_explicit_resets_verification_and_is_logged(
    make_party: MakeParty,
) -> None:
    me, org = make_party("Me"), make_party("Org")
    partner = partners.add_partner(me, identity.own_card(org).to_bytes()).partner
    partner = partners.verify_partner(me, partner, str(identity.own_card(org).fingerprint))
    new_card = VaultIdentity.generate().make_card("Org")
    replaced = partners.replace_partner_keys(me, partner, new_card.to_text())
    assert replaced.id == partner.id and not replaced.verified
    assert partners.fingerprint_of(replaced) == new_card.fingerprint
    event = me.events.list()[-1]
    assert event.kind == "partner_keys_replaced"
    assert event.details["new_fingerprint"] == new_card.fingerprint.digits
    with pytest.raises(PartnerKeysUnchangedError):
        partners.replace_partner_keys(me, replaced, new_card.to_bytes())


def test_own_card_and_broken_cards_are_refused(make_party: MakeParty) -> None:
    me = make_party("Me")
    with pytest.raises(OwnCardError):
        partners.add_partner(me, identity.own_card(me).to_bytes())
    data = bytearray(identity.own_card(make_party("Org")).to_bytes())
    data[-5] ^= 1
    with pytest.raises(CardError):
        partners.add_partner(me, bytes(data))
    assert me.partners.list() == []


def test_partners_are_found_by_name_id_or_unique_prefix(make_party: MakeParty) -> None:
    me = make_party("Me")
    a = partners.add_partner(me, VaultIdentity.generate().make_card("Alpha").to_bytes()).partner
    b = partners.add_partner(me, VaultIdentity.generate().make_card("Beta").to_bytes()).partner
    assert partners.find_partner(me, "alpha").id == a.id
    assert partners.find_partner(me, b.id).id == b.id
    assert partners.find_partner(me, b.id[:8]).id == b.id
    with pytest.raises(PartnerNotFoundError):
        partners.find_partner(me, "Gamma")
    with pytest.raises(PartnerNotFoundError):
        partners.find_partner(me, b.id[:2])  # too short to be trusted as a prefix


def test_renaming_keeps_the_fingerprint_and_refuses_unusable_names(
    make_party: MakeParty,
) -> None:
    from intake_app.core.errors import InvalidDisplayNameError

    me = make_party("Me")
    before = identity.show(me)
    card = identity.rename(me, "Anna K.")
    assert card.name == "Anna K." and str(card.fingerprint) == before.fingerprint
    for bad in ("", "a/b", "x" * 65, "evil\u202etxt", " padded"):
        with pytest.raises(InvalidDisplayNameError):
            identity.rename(me, bad)
    assert identity.show(me).name == "Anna K."
