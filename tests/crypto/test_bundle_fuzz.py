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
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto import _canonical_json
from crypto.bundle import BundleError, BundleRejection, open_bundle
from crypto.cards import parse_card
from crypto.errors import CardError
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


# -- manifest JSON, generated -------------------------------------------------------------

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**60), max_value=2**60)
    | st.text(max_size=12)
)
_json = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(value=_json, noise=st.binary(max_size=4), at=st.integers(min_value=0, max_value=200))
def test_canonical_json_returns_exactly_what_re_encodes_or_raises_its_own_error(
    value: Any, noise: bytes, at: int
) -> None:
    try:
        data = sw.canonical(value)
    except UnicodeEncodeError:
        return
    for candidate in (data, data[:at] + noise + data[at:], data[:at]):
        try:
            parsed = _canonical_json.loads(candidate, max_bytes=1 << 20)
        except _canonical_json.CanonicalJsonError:
            continue
        assert _canonical_json.dumps(parsed) == candidate


@FUZZ
@given(data=st.binary(max_size=300))
def test_canonical_json_on_arbitrary_bytes_never_raises_anything_else(data: bytes) -> None:
    try:
        parsed = _canonical_json.loads(data, max_bytes=1 << 20)
    except _canonical_json.CanonicalJsonError:
        return
    assert _canonical_json.dumps(parsed) == data


def _manifest_mutations() -> Iterator[tuple[str, bytes]]:
    base = case().manifest
    rng = random.Random(99)
    for i in range(60):
        m = bytearray(base)
        pos = rng.randrange(len(m))
        choice = i % 4
        if choice == 0:
            m[pos] = rng.choice(b'{}[]",:0123456789-+.eE\\u \x00\xff\xc3')
        elif choice == 1:
            del m[pos]
        elif choice == 2:
            m[pos:pos] = rng.choice([b"\\u0000", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"1", b" "])
        else:
            m[pos] ^= 0x20  # case flip in a key or a hex digit
        yield f"{choice}@{pos}", bytes(m)


@pytest.mark.parametrize(("name", "manifest"), list(_manifest_mutations()))
def test_a_signed_but_mutated_manifest_is_refused_not_crashed(name: str, manifest: bytes) -> None:
    bundle = case(manifest_bytes=lambda _: manifest)
    reason = outcome(bundle.data)
    if manifest != case().manifest:
        # Only a mutation that yields another valid manifest (e.g. a name letter changed)
        # may open; a changed card, hash or recipient must still fail its own check.
        assert reason in {None, HOSTILE, UNREADABLE, NOT_ADDRESSED}


# -- cards ------------------------------------------------------------------------------


def test_every_byte_of_a_card_changed_is_refused() -> None:
    card = party("sender").card()
    rng = random.Random(31)
    for pos in [*range(120), *rng.sample(range(120, len(card)), 300)]:
        damaged = bytearray(card)
        damaged[pos] ^= 1 << rng.randrange(8)
        with pytest.raises(CardError):
            parse_card(bytes(damaged))


def test_a_card_cut_or_extended_anywhere_is_refused() -> None:
    card = party("sender").card()
    for cut in range(0, len(card), 7):
        with pytest.raises(CardError):
            parse_card(card[:cut])
    for tail in (b"\x00", b"\n", card):
        with pytest.raises(CardError):
            parse_card(card + tail)


def _card_with(body: dict[str, Any]) -> bytes:
    return party("sender").card(lambda _: body)


CARD_BODIES: dict[str, Any] = {
    "format 2": {"format": 2},
    "format string": {"format": "1"},
    "name empty": {"name": ""},
    "name 65 chars": {"name": "n" * 65},
    "name padded": {"name": " Name"},
    "name with newline": {"name": "a\nb"},
    "name with bidi": {"name": "a\u202eb"},
    "name NFD": {"name": "Cafe\u0301"},
    "name number": {"name": 5},
    "created local time": {"created": "2026-11-25T12:00:00"},
    "created fullwidth": {"created": "２０２６-11-25T12:00:00Z"},
    "signing key with comment": {"signing_key": None},
    "x25519 uppercase": {"age_x25519": None},
    "x25519 is hybrid": {"age_x25519": None},
    "hybrid is x25519": {"age_hybrid": None},
    "unknown key": {"email": "a@b.c"},
    "hybrid null": {"age_hybrid": None},
}


@pytest.mark.parametrize("name", sorted(CARD_BODIES))
def test_a_card_with_a_wrong_field_is_refused_even_when_self_signed(name: str) -> None:
    sender = party("sender")
    body = sender.card_body()
    body.update(CARD_BODIES[name])
    if name == "signing key with comment":
        body["signing_key"] = sw.ssh_public_key_line(sw.raw_key(sender.signing_key)) + " me"
    elif name == "x25519 uppercase":
        body["age_x25519"] = sender.age_x25519.upper()
    elif name == "x25519 is hybrid":
        body["age_x25519"] = sender.age_hybrid
    elif name == "hybrid is x25519":
        body["age_hybrid"] = sender.age_x25519
    with pytest.raises(CardError):
        parse_card(_card_with(body))


@FUZZ
@given(text=st.text(max_size=400))
def test_arbitrary_pasted_text_is_a_card_error_not_a_crash(text: str) -> None:
    with pytest.raises(CardError):
        parse_card(text)


@FUZZ
@given(noise=st.text(alphabet=st.characters(codec="utf-8"), max_size=3), at=st.integers(0, 3000))
def test_text_inserted_into_a_pasted_card_is_dropped_or_refused(noise: str, at: int) -> None:
    text = sw.card_text(party("sender").card())
    damaged = text[:at] + noise + text[at:]
    try:
        card = parse_card(damaged)
    except CardError:
        return
    assert card == parse_card(text)  # accepted only if it decodes to the very same card


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
