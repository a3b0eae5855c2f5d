"""A card or bundle whose name only *looks like* a known partner's is a claim on it.

Real vaults, real cards and bundles: a forger renames his own vault's identity to a
look-alike of the partner "Amnesty" and sends a bundle or hands over his card.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crypto.errors import CardError
from crypto.identity import VaultIdentity
from intake_app.core import export, identity, importing, partners
from intake_app.core.errors import (
    AmbiguousPartnerError,
    LookAlikePartnersError,
    PartnerKeyChangedError,
)
from intake_app.core.importing import ImportRejection, ImportStatus
from intake_app.core.partners import AddStatus, VerifiedLookAlikes
from intake_app.core.session import Session

from .conftest import MakeParty
from .helpers import befriend, make_case, snapshot

REAL = "Amnesty International"
FORGED_NAMES = [
    "Аmnesty International",  # Cyrillic А
    "Ａｍｎｅｓｔｙ Ｉｎｔｅｒｎａｔｉｏｎａｌ",  # full-width
    "Arnnesty lnternational",  # rn for m, small L for capital I
    "AMNESTY  INTERNATIONAL",  # letter case, two spaces
    "Αmnesty\u00a0International",  # Greek Alpha, no-break space
]


def _forged_bundle(make_party: MakeParty, org: Session, name: str, tmp_path: Path) -> Path:
    """A bundle to ``org`` signed by a new vault whose card is named ``name``."""
    forger = make_party("Forger")
    identity.rename(forger, name)
    case = make_case(forger)
    return export.export_case(forger, case.id, [befriend(forger, org).id], tmp_path / "f.age").path


def _card_named(name: str) -> bytes:
    other = VaultIdentity.generate()
    keys = other.public_keys
    from crypto.cards import make_card

    return make_card(other.signing_key, name, keys.age_x25519, keys.age_hybrid).to_bytes()


@pytest.mark.parametrize("forged", FORGED_NAMES)
def test_import_refuses_a_look_alike_of_a_verified_partner_as_key_mismatch(
    make_party: MakeParty, tmp_path: Path, forged: str
) -> None:
    org, real = make_party("Org"), make_party(REAL)
    befriend(org, real)  # the org verified the real partner
    bundle = _forged_bundle(make_party, org, forged, tmp_path)
    before = snapshot(org)
    outcome = importing.import_bundle(org, bundle)
    assert (outcome.status, outcome.reason) == (ImportStatus.REJECTED, ImportRejection.KEY_MISMATCH)
    assert outcome.partner_name == REAL
    assert f"'{REAL}'" in outcome.message
    assert snapshot(org) == before  # nothing stored, not even an event


def test_import_from_a_different_name_still_creates_a_new_source(
    make_party: MakeParty, tmp_path: Path
) -> None:
    org, real = make_party("Org"), make_party("Anna")
    befriend(org, real)
    outcome = importing.import_bundle(org, _forged_bundle(make_party, org, "Ana", tmp_path))
    assert outcome.status is ImportStatus.IMPORTED and outcome.new_source


@pytest.mark.parametrize(("partner", "sender"), [("Ivan", "Иван"), ("Isik", "Işık")])
def test_a_transliteration_or_a_visible_accent_is_another_name_not_a_claim(
    make_party: MakeParty, tmp_path: Path, partner: str, sender: str
) -> None:
    org, real = make_party("Org"), make_party(partner)
    befriend(org, real)
    outcome = importing.import_bundle(org, _forged_bundle(make_party, org, sender, tmp_path))
    assert outcome.status is ImportStatus.IMPORTED and outcome.new_source


@pytest.mark.parametrize("forged", FORGED_NAMES)
def test_partner_add_refuses_a_look_alike_card_naming_both_fingerprints(
    make_party: MakeParty, forged: str
) -> None:
    me, real = make_party("Me"), make_party(REAL)
    known = befriend(me, real, verify=False)  # verified or not: a name is a claim
    before = snapshot(me)
    card = _card_named(forged)
    with pytest.raises(PartnerKeyChangedError) as caught:
        partners.add_partner(me, card)
    assert caught.value.partner_name == REAL
    assert caught.value.known_fingerprint == str(partners.fingerprint_of(known))
    assert caught.value.offered_fingerprint != caught.value.known_fingerprint
    assert snapshot(me) == before


def test_partner_add_accepts_partners_whose_names_merely_resemble(make_party: MakeParty) -> None:
    me = make_party("Me")
    for name in ["Anna", "Ana", "Ivan", "Иван", "Isik", "Işık"]:
        assert partners.add_partner(me, _card_named(name)).status is AddStatus.ADDED
    assert len(me.partners.list()) == 6


@pytest.mark.parametrize("hidden", ["Amnesty\u200b", "\u202eAmnesty", "Am\u2060nesty"])
def test_invisible_and_bidi_characters_cannot_even_be_put_on_a_card(hidden: str) -> None:
    # The format refuses them (docs/bundle-format.md section 8), so such a bundle is
    # hostile content; names_confusable ignores them anyway (tests/.../test_names.py).
    with pytest.raises(CardError):
        _card_named(hidden)


def _two_look_alike_partners(me: Session) -> tuple[str, str]:
    """'Ivan' and 'lvan' (small L), as a vault from before this check could hold them."""
    ids = []
    for name in ["Ivan", "lvan"]:
        card = _card_named(name)
        from crypto.cards import parse_card

        parsed = parse_card(card)
        ids.append(
            me.partners.add(
                display_name=name,
                card=card,
                signing_key=parsed.public_keys.signing_key,
                fingerprint=parsed.fingerprint.digits,
            ).id
        )
    return ids[0], ids[1]


def test_a_name_that_looks_like_two_partners_is_ambiguous_never_a_guess(
    make_party: MakeParty,
) -> None:
    me = make_party("Me")
    first, second = _two_look_alike_partners(me)
    with pytest.raises(LookAlikePartnersError) as caught:
        partners.find_partner(me, "Ivan")  # exactly the first one's name, still refused
    assert set(caught.value.partner_ids) == {first, second}
    assert isinstance(caught.value, AmbiguousPartnerError)
    assert partners.find_partner(me, first).id == first  # the id always works


def test_a_name_finds_the_one_partner_it_looks_like(make_party: MakeParty) -> None:
    me, real = make_party("Me"), make_party("Amnesty")
    known = befriend(me, real)
    for typed in ["amnesty", "AMNESTY ", "Аmnesty"]:
        assert partners.find_partner(me, typed).id == known.id


def test_a_source_that_arrived_before_the_partner_was_verified_is_marked_as_look_alike(
    make_party: MakeParty, tmp_path: Path
) -> None:
    org, real = make_party("Org"), make_party("Amnesty")
    unverified = befriend(org, real, verify=False)
    outcome = importing.import_bundle(org, _forged_bundle(make_party, org, "Аmnesty", tmp_path))
    assert outcome.new_source  # an unverified partner's name is no claim yet
    source = org.sources.get(outcome.source_id or "")
    assert VerifiedLookAlikes(org.partners.list()).look_alike(source.label) is None
    partners.verify_partner(org, unverified, str(partners.fingerprint_of(unverified)))
    look_alike = VerifiedLookAlikes(org.partners.list()).look_alike(source.label)
    assert look_alike is not None and look_alike.id == unverified.id


def test_a_verified_partner_is_not_marked_as_its_own_look_alike(make_party: MakeParty) -> None:
    me, real = make_party("Me"), make_party("Amnesty")
    known = befriend(me, real)
    index = VerifiedLookAlikes(me.partners.list())
    assert index.look_alike(known.display_name, other_than=known.id) is None
    assert index.look_alike("Arnnesty") == known
