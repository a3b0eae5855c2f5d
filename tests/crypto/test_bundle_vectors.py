"""Every bundle vector in tests/vectors/bundle/ gives exactly its expected outcome.

Format: docs/bundle-format.md section 11. On failure nothing may be released: the
test collects items only from a reader that finished without raising.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from crypto.bundle import BundleError, BundleRejection, open_bundle
from crypto.identity import VaultIdentity

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "bundle"
KEYS = VECTORS / "keys"
OUTCOMES = {
    "not a bundle": BundleRejection.NOT_A_BUNDLE,
    "unreadable": BundleRejection.UNREADABLE,
    "not addressed": BundleRejection.NOT_ADDRESSED,
    "hostile content": BundleRejection.HOSTILE_CONTENT,
}


@dataclass(frozen=True)
class Vector:
    name: str
    headers: dict[str, str]
    body: bytes


def _load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    headers = {}
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        headers[key] = value
    return Vector(path.name, headers, body)


@cache
def identity(name: str) -> VaultIdentity:
    return VaultIdentity.from_bytes(bytes.fromhex((KEYS / f"{name}.identity").read_text().strip()))


def _vectors() -> list[Vector]:
    return sorted((_load(p) for p in VECTORS.iterdir() if p.is_file()), key=lambda v: v.name)


def _open_all(vector: Vector) -> tuple[str, list[bytes]]:
    reader = open_bundle(identity(vector.headers["identity"]), io.BytesIO(vector.body))
    items = [b"".join(pieces) for _, pieces in reader.items()]
    return reader.manifest.bundle_id, items


def test_the_vector_set_covers_every_outcome() -> None:
    outcomes = {v.headers["expect"] for v in _vectors()}
    assert outcomes == {"success", *OUTCOMES}
    assert len(_vectors()) >= 40


@pytest.mark.parametrize("vector", _vectors(), ids=lambda v: v.name)
def test_bundle_vector(vector: Vector) -> None:
    expect = vector.headers["expect"]
    if expect == "success":
        bundle_id, items = _open_all(vector)
        assert bundle_id == vector.headers["bundle id"]
        assert len(items) == int(vector.headers["items"])
        assert hashlib.sha256(b"".join(items)).hexdigest() == vector.headers["payload"]
    else:
        with pytest.raises(BundleError) as caught:
            _open_all(vector)
        assert caught.value.reason is OUTCOMES[expect]


def test_failures_release_no_item_before_the_manifest_checks_out() -> None:
    # A re-addressed bundle decrypts fine for the third party, yet no item is exposed.
    vector = _load(VECTORS / "readdressed_third_party")
    with pytest.raises(BundleError):
        open_bundle(identity("eve"), io.BytesIO(vector.body))


def test_valid_bundle_opens_twice_with_the_same_id_so_the_vault_can_spot_replay() -> None:
    vector = _load(VECTORS / "valid_case")
    first, _ = _open_all(vector)
    second, _ = _open_all(vector)
    assert first == second == vector.headers["bundle id"]


def test_an_item_whose_hash_lies_never_releases_its_last_piece() -> None:
    vector = _load(VECTORS / "manifest_hash_lies")
    reader = open_bundle(identity("ngo"), io.BytesIO(vector.body))
    released: dict[str, int] = {}
    with pytest.raises(BundleError) as caught:
        for info, pieces in reader.items():
            for piece in pieces:
                released[info.name] = released.get(info.name, 0) + len(piece)
    assert caught.value.reason is BundleRejection.UNREADABLE
    assert "photo.jpg" not in released
