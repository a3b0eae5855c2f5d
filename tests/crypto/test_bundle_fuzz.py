"""Hostile files: mutations of valid bundles, huge files, random JSON and cards.

Every outcome must be ``BundleError`` (``CardError`` for cards) with the reason that
the damaged layer implies: never another exception, never a hang, never reading a
huge file to its end when its start is already wrong. Loops are seeded and bounded
so the suite stays fast and a failure reproduces.
"""

from __future__ import annotations

import io
import random
import tracemalloc
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from hypothesis import HealthCheck, settings

from crypto.bundle import BundleError, BundleRejection, open_bundle
from tests.crypto import spec_writer as sw
from tests.crypto.test_bundle_spec_conformance import case, party, vault

HOSTILE = BundleRejection.HOSTILE_CONTENT
UNREADABLE = BundleRejection.UNREADABLE
NOT_ADDRESSED = BundleRejection.NOT_ADDRESSED
NOT_A_BUNDLE = BundleRejection.NOT_A_BUNDLE
CHUNK = 64 * 1024 + 16
NONCE = 16
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def outcome(data: bytes, receiver: str = "receiver") -> BundleRejection | None:
    """The rejection reason, or None if the whole bundle opened and checked out."""
    try:
        reader = open_bundle(vault(receiver), io.BytesIO(data))
        for _, pieces in reader.items():
            for _ in pieces:
                pass
    except BundleError as exc:
        return exc.reason
    return None


_BIG: dict[str, sw.Bundle] = {}


def big_bundle() -> sw.Bundle:
    """A multi-chunk X25519 bundle (3 STREAM chunks), written once per run."""
    if "b" not in _BIG:
        photo = sw.Item(
            "photo.jpg", "image/jpeg", "attachment", random.Random(7).randbytes(140_000)
        )
        record, items = sw.case_items(photo)
        _BIG["b"] = sw.write_bundle(
            party("sender"), [party("receiver")], "case", record, items, hybrid=False
        )
    return _BIG["b"]


def _chunks(bundle: sw.Bundle) -> tuple[bytes, list[bytes]]:
    """Split a binary bundle into header+nonce and its STREAM chunks."""
    start = len(bundle.header) + NONCE
    body = bundle.data[start:]
    return bundle.data[:start], [body[i : i + CHUNK] for i in range(0, len(body), CHUNK)]


# -- the whole file, byte by byte ---------------------------------------------------------


def test_every_single_bit_flip_is_refused_with_the_reason_of_its_layer() -> None:
    bundle = big_bundle()
    data = bundle.data
    header_end = len(bundle.header)
    rng = random.Random(20261125)
    positions = list(range(header_end + NONCE)) + rng.sample(
        range(header_end + NONCE, len(data)), 200
    )
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos] ^= 1 << rng.randrange(8)
        reason = outcome(bytes(flipped))
        if pos < len("age-encryption.org/v1\n"):
            expected = {NOT_A_BUNDLE}
        elif pos < header_end:
            expected = {UNREADABLE, NOT_ADDRESSED}  # a stanza no longer opens, or the MAC
        else:
            expected = {UNREADABLE}  # nonce or payload: age authentication
        assert reason in expected, (pos, reason)


def test_truncation_at_every_header_byte_and_every_chunk_boundary_is_refused() -> None:
    bundle = big_bundle()
    data = bundle.data
    header_end = len(bundle.header)
    cuts = set(range(header_end + NONCE + 1))
    for boundary in range(header_end + NONCE, len(data), CHUNK):
        cuts |= {boundary - 1, boundary, boundary + 1, boundary + CHUNK - 16}
    cuts = {c for c in cuts if 0 <= c < len(data)}
    for cut in sorted(cuts):
        reason = outcome(data[:cut])
        if cut < len("age-encryption.org/v1\n"):
            assert reason is NOT_A_BUNDLE, cut
        else:
            assert reason is UNREADABLE, (cut, reason)


def test_reordered_duplicated_and_dropped_chunks_are_unreadable() -> None:
    head, chunks = _chunks(big_bundle())
    assert len(chunks) == 3
    variants = {
        "swap first two": [chunks[1], chunks[0], chunks[2]],
        "duplicate middle": [chunks[0], chunks[1], chunks[1], chunks[2]],
        "drop middle": [chunks[0], chunks[2]],
        "drop last": chunks[:2],
        "last twice": [*chunks, chunks[2]],
        "first at the end": [*chunks, chunks[0]],
        "last first": [chunks[2], chunks[0], chunks[1]],
    }
    for name, order in variants.items():
        assert outcome(head + b"".join(order)) is UNREADABLE, name


def test_chunks_spliced_from_another_bundle_with_the_same_recipients_are_unreadable() -> None:
    head, chunks = _chunks(big_bundle())
    other_head, other_chunks = _chunks(case(hybrid=False))
    assert outcome(head + other_chunks[0]) is UNREADABLE
    assert outcome(other_head + chunks[0] + chunks[1] + chunks[2]) is UNREADABLE


def test_trailing_bytes_after_the_last_chunk_are_unreadable() -> None:
    data = big_bundle().data
    for tail in (b"\x00", b"\n", b"x" * 17, big_bundle().data[-CHUNK:]):
        assert outcome(data + tail) is UNREADABLE


def test_random_multi_byte_damage_never_escapes_as_another_exception() -> None:
    bundle = case()
    rng = random.Random(4242)
    for _ in range(200):
        damaged = bytearray(bundle.data)
        for _ in range(rng.randrange(1, 6)):
            op = rng.randrange(4)
            pos = rng.randrange(len(damaged))
            if op == 0:
                damaged[pos] = rng.randrange(256)
            elif op == 1:
                del damaged[pos : pos + rng.randrange(1, 64)]
            elif op == 2:
                damaged[pos:pos] = rng.randbytes(rng.randrange(1, 64))
            else:
                damaged[pos:pos] = damaged[pos : pos + rng.randrange(1, 200)]  # duplicate
        if bytes(damaged) != bundle.data:
            assert outcome(bytes(damaged)) is not None


# -- other files ------------------------------------------------------------------------

NOT_BUNDLES = {
    "empty": b"",
    "one byte": b"a",
    "age prefix only": b"age",
    "age v2": b"age-encryption.org/v2\n-> X25519 abc\nAAAA\n--- " + b"A" * 43 + b"\n",
    "age line without newline": b"age-encryption.org/v1",
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "zip": b"PK\x03\x04" + b"\x00" * 100,
    "png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
    "utf-16 armor": "-----BEGIN AGE ENCRYPTED FILE-----\n".encode("utf-16"),
    "armor after 2 KiB of blank lines": b"\n" * 2048 + b"-----BEGIN AGE ENCRYPTED FILE-----\n",
    "bundle magic without age": sw.BUNDLE_MAGIC + b"\x00" * 10,
    "card": party("sender").card(),
}


@pytest.mark.parametrize("name", sorted(NOT_BUNDLES))
def test_files_that_are_not_age_are_not_a_bundle(name: str) -> None:
    assert outcome(NOT_BUNDLES[name]) is NOT_A_BUNDLE


def test_a_scrypt_age_file_is_not_addressed() -> None:
    from crypto.age import ScryptRecipient, encrypt

    out = io.BytesIO()
    encrypt([ScryptRecipient(b"correct horse", work_factor=10)], io.BytesIO(b"x"), out)
    assert outcome(out.getvalue()) is NOT_ADDRESSED


def test_an_age_header_over_the_bundle_limits_is_hostile() -> None:
    many = [party("receiver").age_x25519] * 65  # 65 stanzas (64 allowed), all openable
    assert outcome(case(age_recipients=many, hybrid=False).data) is HOSTILE


# -- huge files: refused after reading their start only ---------------------------------


class _Counting(io.RawIOBase):
    """A non-seekable reader that counts what was read (like a pipe)."""

    def __init__(self, src: BinaryIO) -> None:
        super().__init__()
        self._src = src
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._src.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def _sparse(path: Path, start: bytes, size: int = 10 * 1024**3) -> Path:
    with path.open("wb") as out:
        out.write(start)
        out.truncate(size)
    return path


def _open_counting(path: Path) -> tuple[BundleRejection, int, int]:
    with path.open("rb") as raw:
        counting = _Counting(raw)
        tracemalloc.start()
        try:
            with pytest.raises(BundleError) as caught:
                reader = open_bundle(vault("receiver"), io.BufferedReader(counting))
                for _, pieces in reader.items():
                    for _ in pieces:
                        pass
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return caught.value.reason, counting.count, peak


def test_a_10_gb_file_of_zeros_is_refused_after_its_first_bytes(tmp_path: Path) -> None:
    reason, read, peak = _open_counting(_sparse(tmp_path / "zeros.idb", b""))
    assert reason is NOT_A_BUNDLE
    assert read <= 64 * 1024
    assert peak < 4 * 1024 * 1024


def test_a_10_gb_file_with_an_age_line_then_zeros_stops_at_the_header_limit(
    tmp_path: Path,
) -> None:
    reason, read, peak = _open_counting(
        _sparse(tmp_path / "line.idb", b"age-encryption.org/v1\n-> X25519 ")
    )
    assert reason in {UNREADABLE, HOSTILE}
    assert read <= 2 * 1024 * 1024
    assert peak < 16 * 1024 * 1024


def test_a_10_gb_file_with_a_valid_header_then_zeros_fails_at_the_first_chunk(
    tmp_path: Path,
) -> None:
    bundle = big_bundle()
    start = bundle.data[: len(bundle.header) + NONCE]
    reason, read, peak = _open_counting(_sparse(tmp_path / "header.idb", start))
    assert reason is UNREADABLE
    assert read <= 1024 * 1024
    assert peak < 16 * 1024 * 1024


def test_a_valid_bundle_followed_by_10_gb_of_zeros_fails_just_after_its_end(
    tmp_path: Path,
) -> None:
    bundle = big_bundle()
    reason, read, peak = _open_counting(_sparse(tmp_path / "tail.idb", bundle.data))
    assert reason is UNREADABLE
    assert read <= len(bundle.data) + 1024 * 1024
    assert peak < 16 * 1024 * 1024


def test_an_item_claiming_1_tib_in_a_small_file_fails_at_the_end_of_the_file() -> None:
    def huge(doc: dict[str, Any]) -> dict[str, Any]:
        doc["items"][2]["size"] = 2**40
        return doc

    data = case(manifest_edit=huge).data
    raw = _Counting(io.BytesIO(data))
    with pytest.raises(BundleError) as caught:
        reader = open_bundle(vault("receiver"), io.BufferedReader(raw))
        for _, pieces in reader.items():
            for _ in pieces:
                pass
    assert caught.value.reason is UNREADABLE
    assert raw.count == len(data)


def test_damage_to_an_armored_bundle_is_refused_not_crashed() -> None:
    data = case(armor=True, hybrid=False).data
    rng = random.Random(5)
    for _ in range(300):
        damaged = bytearray(data)
        pos = rng.randrange(len(damaged))
        op = rng.randrange(3)
        if op == 0:
            damaged[pos] ^= 1 << rng.randrange(8)
        elif op == 1:
            damaged[pos:pos] = bytes([rng.choice(b"\r\n =-A/+\t\x00")])
        else:
            del damaged[pos]
        reason = outcome(bytes(damaged))
        # Only white space added around the armor (which age allows) may still open.
        if reason is None:
            assert bytes(damaged).strip() == data.strip() or damaged.replace(b"\r\n", b"\n") == data


def test_a_damaged_sshsig_blob_never_verifies_and_never_raises_another_error() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from crypto import sshsig
    from crypto.errors import SignatureError

    blob = sshsig.sign(Ed25519PrivateKey.generate(), b"manifest", "intake-desk-bundle-v1")
    rng = random.Random(6)
    for _ in range(2000):
        damaged = bytearray(blob)
        for _ in range(rng.randrange(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        if bytes(damaged) == blob:
            continue
        with pytest.raises(SignatureError):
            sshsig.verify(bytes(damaged), b"manifest", "intake-desk-bundle-v1")
        with pytest.raises(SignatureError):
            sshsig.dearmor(bytes(damaged))
