"""Vault identities: strict versioned storage, public half, recovery file."""

from __future__ import annotations

import io

import pytest

from crypto.age import Decryptor, Encryptor, parse_identities
from crypto.identity import IdentityFormatError, VaultIdentity


@pytest.fixture(scope="module")
def identity() -> VaultIdentity:
    return VaultIdentity.generate()


def test_identity_round_trips_through_storage_bytes(identity: VaultIdentity) -> None:
    again = VaultIdentity.from_bytes(identity.to_bytes())
    assert again.public_keys == identity.public_keys
    assert again.public_keys.fingerprint.matches(identity.public_keys.fingerprint)


def test_new_identities_have_distinct_keys(identity: VaultIdentity) -> None:
    other = VaultIdentity.generate()
    assert other.public_keys.signing_key != identity.public_keys.signing_key
    assert other.public_keys.age_hybrid != identity.public_keys.age_hybrid
    assert (identity.public_keys.age_hybrid or "").startswith("age1pq1")
    assert identity.public_keys.age_x25519.startswith("age1")


def test_damaged_storage_bytes_are_rejected(identity: VaultIdentity) -> None:
    data = bytes(identity.to_bytes())
    for bad in (b"", data[:-1], data + b"\x00", b"X" + data[1:], data[:25] + data[26:]):
        with pytest.raises(IdentityFormatError):
            VaultIdentity.from_bytes(bad)


def test_repr_shows_no_secret(identity: VaultIdentity) -> None:
    text = repr(identity)
    assert "AGE-SECRET-KEY" not in text.upper()
    assert str(identity.public_keys.fingerprint) in text


def test_recovery_file_opens_what_was_sent_to_the_vault(identity: VaultIdentity) -> None:
    keys = parse_identities(bytes(identity.age_identity_file()).decode())
    assert len(keys) == 2
    assert (
        len(parse_identities(bytes(identity.age_identity_file(include_hybrid=False)).decode())) == 1
    )
    out = io.BytesIO()
    from crypto.age import HybridRecipient

    with Encryptor(
        [HybridRecipient.from_string(identity.public_keys.age_hybrid or "")], out
    ) as enc:
        enc.write(b"evidence")
    assert b"".join(Decryptor(keys, io.BytesIO(out.getvalue())).chunks()) == b"evidence"


def test_own_card_carries_own_keys(identity: VaultIdentity) -> None:
    card = identity.make_card("Reporter")
    assert card.public_keys == identity.public_keys
