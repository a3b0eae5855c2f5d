"""Every C2SP age v1 conformance vector gives exactly its expected outcome."""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from crypto.age import (
    ArmorError,
    Decryptor,
    HeaderError,
    Identity,
    NoIdentityMatchError,
    PayloadError,
    ScryptIdentity,
    parse_identity,
)

VECTORS = Path(__file__).resolve().parent.parent / "vectors" / "age"
#: The largest vector is about 17 MB once decompressed; refuse anything far beyond.
MAX_DECOMPRESSED = 32 * 1024 * 1024
KNOWN_KEYS = {"expect", "payload", "identity", "passphrase", "armored", "compressed", "file key"}
KNOWN_KEYS.add("comment")
OUTCOME = {
    "HMAC failure": HeaderError,
    "header failure": HeaderError,
    "payload failure": PayloadError,
    "armor failure": ArmorError,
    "no match": NoIdentityMatchError,
}


@dataclass
class Vector:
    expect: str
    body: bytes
    payload_sha256: str | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False


def _load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in head.decode("utf-8").split("\n"):
        key, _, value = line.partition(": ")
        assert key in KNOWN_KEYS, f"unknown vector key {key!r}"
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        inflater = zlib.decompressobj()
        body = inflater.decompress(body, MAX_DECOMPRESSED)
        assert not inflater.unconsumed_tail, "vector decompresses beyond the bound"
    return Vector(
        expect=fields["expect"][0],
        body=body,
        payload_sha256=fields.get("payload", [None])[0],
        identities=fields.get("identity", []),
        passphrases=fields.get("passphrase", []),
        armored=fields.get("armored") == ["yes"],
    )


def _decrypt_all(identities: list[Identity], data: bytes) -> bytes:
    """All-or-nothing: buffer every chunk and return only when the whole file checks."""
    decryptor = Decryptor(identities, io.BytesIO(data))
    buffered = bytearray()
    for chunk in decryptor.chunks():
        buffered += chunk
    return bytes(buffered)


VECTOR_FILES = sorted(p for p in VECTORS.iterdir() if p.is_file() and p.name != "README.md")
#: The project's own vectors for the header bounds (tests/vectors/age/project/).
PROJECT_FILES = sorted(p for p in (VECTORS / "project").iterdir() if not p.name.endswith(".py"))


def test_all_143_vectors_are_present() -> None:
    assert len(VECTOR_FILES) == 143
    assert len(PROJECT_FILES) == 5


@pytest.mark.parametrize(
    "path", VECTOR_FILES + PROJECT_FILES, ids=[p.name for p in VECTOR_FILES + PROJECT_FILES]
)
def test_vector_gives_its_expected_outcome(path: Path) -> None:
    vector = _load(path)
    identities: list[Identity] = [parse_identity(s) for s in vector.identities]
    identities += [ScryptIdentity(p.encode()) for p in vector.passphrases]
    if vector.armored:
        assert not vector.body.startswith(b"age-encryption.org/")
    if vector.expect == "success":
        plaintext = _decrypt_all(identities, vector.body)
        assert hashlib.sha256(plaintext).hexdigest() == vector.payload_sha256
        return
    expected = OUTCOME[vector.expect]
    released: list[bytes] = []
    with pytest.raises(expected) as info:
        released.append(_decrypt_all(identities, vector.body))
    assert released == []  # nothing is handed out from a failing file
    if path.name.startswith("bounds_"):
        assert info.value.defect.value == "too_large"  # type: ignore[attr-defined]
    if expected is HeaderError and vector.expect == "HMAC failure":
        assert info.value.defect.value == "bad_mac"  # type: ignore[attr-defined]
