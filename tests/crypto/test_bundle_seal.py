"""Sealing and opening bundles through the public recipe."""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Callable
from typing import BinaryIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto.age import Encryptor, ScryptRecipient
from crypto.bundle import (
    BundleError,
    BundleKind,
    BundleRejection,
    BundleWriteError,
    ItemInfo,
    ItemRole,
    ItemSource,
    is_acceptable_display_name,
    open_bundle,
    sanitize_display_name,
    seal_bundle,
)
from crypto.identity import VaultIdentity

FORM = b'{"id":"f"}'
RECORD = {
    "case_ref": "ab" * 16,
    "form": {"id": "f", "version": "1", "content_hash": hashlib.sha256(FORM).hexdigest()},
}


@pytest.fixture(scope="module")
def people() -> dict[str, VaultIdentity]:
    return {n: VaultIdentity.generate() for n in ("reporter", "ngo", "ngo2", "stranger")}


def _opener(data: bytes) -> Callable[[], BinaryIO]:
    return lambda: io.BytesIO(data)


def _items(
    photo: bytes, declared: bytes | None = None, name: str = "photo.jpg"
) -> list[ItemSource]:
    declared = photo if declared is None else declared
    return [
        ItemSource(
            ItemInfo(
                "form.json",
                "application/json",
                ItemRole.FORM,
                len(FORM),
                hashlib.sha256(FORM).hexdigest(),
            ),
            _opener(FORM),
        ),
        ItemSource(
            ItemInfo(
                "answers.json",
                "application/json",
                ItemRole.ANSWERS,
                2,
                hashlib.sha256(b"{}").hexdigest(),
            ),
            _opener(b"{}"),
        ),
        ItemSource(
            ItemInfo(
                name,
                "image/jpeg",
                ItemRole.ATTACHMENT,
                len(declared),
                hashlib.sha256(declared).hexdigest(),
            ),
            _opener(photo),
        ),
    ]


def _seal(
    people: dict[str, VaultIdentity],
    to: list[str],
    items: list[ItemSource],
    post_quantum: bool = True,
) -> bytes:
    sender = people["reporter"]
    out = io.BytesIO()
    seal_bundle(
        sender,
        sender.make_card("Reporter"),
        [people[n].make_card(n) for n in to],
        BundleKind.CASE,
        RECORD,
        items,
        out,
        post_quantum=post_quantum,
    )
    return out.getvalue()


def _open(who: VaultIdentity, data: bytes) -> list[bytes]:
    reader = open_bundle(who, io.BytesIO(data))
    return [b"".join(p) for _, p in reader.items()]


def test_every_recipient_and_the_sender_open_the_bundle(people: dict[str, VaultIdentity]) -> None:
    photo = bytes(200_000)
    data = _seal(people, ["ngo", "ngo2"], _items(photo))
    for name in ("ngo", "ngo2", "reporter"):
        assert _open(people[name], data) == [FORM, b"{}", photo]
    with pytest.raises(BundleError) as caught:
        _open(people["stranger"], data)
    assert caught.value.reason is BundleRejection.NOT_ADDRESSED


def test_sender_card_and_manifest_are_returned_for_the_trust_decision(
    people: dict[str, VaultIdentity],
) -> None:
    data = _seal(people, ["ngo"], _items(b"x"))
    reader = open_bundle(people["ngo"], io.BytesIO(data))
    assert reader.sender.fingerprint.matches(people["reporter"].public_keys.fingerprint)
    assert reader.manifest.kind is BundleKind.CASE
    assert [r.fingerprint for r in reader.manifest.recipients] == [
        people["reporter"].public_keys.fingerprint.digits,
        people["ngo"].public_keys.fingerprint.digits,
    ]


def test_hybrid_by_default_and_x25519_on_request(people: dict[str, VaultIdentity]) -> None:
    assert b"\n-> mlkem768x25519 " in _seal(people, ["ngo"], _items(b"x"))[:4000]
    classic = _seal(people, ["ngo"], _items(b"x"), post_quantum=False)
    assert b"\n-> X25519 " in classic[:4000] and b"mlkem" not in classic[:4000]
    assert _open(people["ngo"], classic)[2] == b"x"


@pytest.mark.parametrize(
    ("actual", "declared"),
    [(b"changed!", b"original"), (b"short", b"longer bytes"), (b"longer bytes", b"short")],
)
def test_sealing_aborts_when_an_item_does_not_match_its_declaration(
    people: dict[str, VaultIdentity], actual: bytes, declared: bytes
) -> None:
    out = io.BytesIO()
    with pytest.raises(BundleWriteError):
        seal_bundle(
            people["reporter"],
            people["reporter"].make_card("R"),
            [],
            BundleKind.CASE,
            RECORD,
            _items(actual, declared),
            out,
        )
    # What was written so far is not a valid bundle.
    with pytest.raises(BundleError):
        _open(people["reporter"], out.getvalue())


def test_sealing_refuses_hostile_names_and_bad_records(people: dict[str, VaultIdentity]) -> None:
    out = io.BytesIO()
    with pytest.raises(BundleError) as caught:
        seal_bundle(
            people["reporter"],
            people["reporter"].make_card("R"),
            [],
            BundleKind.CASE,
            RECORD,
            _items(b"x", name="../x"),
            out,
        )
    assert caught.value.reason is BundleRejection.HOSTILE_CONTENT
    with pytest.raises(BundleError):
        seal_bundle(
            people["reporter"],
            people["reporter"].make_card("R"),
            [],
            BundleKind.RECEIPT,
            RECORD,
            [],
            io.BytesIO(),
        )


def test_skipping_an_items_bytes_still_checks_them(people: dict[str, VaultIdentity]) -> None:
    data = _seal(people, ["ngo"], _items(b"abc"))
    reader = open_bundle(people["ngo"], io.BytesIO(data))
    names = [info.name for info, _ in reader.items()]
    assert names == ["form.json", "answers.json", "photo.jpg"]


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("photo.jpg", "photo.jpg"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Com1.tar.gz", "_Com1.tar.gz"),
        ("LPT9", "_LPT9"),
        ("COM10.txt", "COM10.txt"),
        ("report. . .", "report"),
        (".hidden", "hidden"),
        ('what?<>|*".txt', "what______.txt"),
        ("...", "item"),
        ("я" * 150 + ".pdf", "я" * 98 + ".pdf"),
    ],
)
def test_display_names_are_sanitised_for_the_file_system(name: str, safe: str) -> None:
    assert sanitize_display_name(name) == safe
    assert len(sanitize_display_name(name).encode()) <= 200


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("photo.jpg", True),
        ("CON.txt", True),
        ("a/b", False),
        ("a\u202eb", False),
        ("..", False),
        ("a\x00", False),
        ("", False),
        ("x" * 256, False),
    ],
)
def test_import_name_rule(name: str, ok: bool) -> None:
    assert is_acceptable_display_name(name) is ok


def test_an_armored_copy_of_a_bundle_opens_and_keeps_its_header_hash(
    people: dict[str, VaultIdentity],
) -> None:
    data = _seal(people, ["ngo"], _items(b"armored"))
    b64 = base64.b64encode(data).decode()
    armored = (
        "-----BEGIN AGE ENCRYPTED FILE-----\n"
        + "".join(b64[i : i + 64] + "\n" for i in range(0, len(b64), 64))
        + "-----END AGE ENCRYPTED FILE-----\n"
    ).encode()
    assert _open(people["ngo"], armored)[2] == b"armored"


def test_a_passphrase_encrypted_file_is_not_addressed_to_the_vault(
    people: dict[str, VaultIdentity],
) -> None:
    out = io.BytesIO()
    with Encryptor([ScryptRecipient(b"correct horse", work_factor=10)], out) as enc:
        enc.write(b"anything")
    with pytest.raises(BundleError) as caught:
        _open(people["ngo"], out.getvalue())
    assert caught.value.reason is BundleRejection.NOT_ADDRESSED


@given(st.text(max_size=400))
def test_a_sanitised_name_is_always_accepted_on_import(name: str) -> None:
    # The app cleans attachment names (e.g. NFD names from macOS) with the same function
    # before sealing, so it never writes a bundle that a reader rejects.
    assert is_acceptable_display_name(sanitize_display_name(name))


_BIG = bytes(range(256)) * (10 * 1024 + 3)  # ~2.5 MiB: three pieces, two reused buffers


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


@pytest.mark.parametrize(
    "actual",
    [
        _flip(_BIG, 5),  # the first piece: found only when the last piece is hashed
        _flip(_BIG, 1024 * 1024 + 7),  # the second, while the first buffer is refilled
        _flip(_BIG, len(_BIG) - 1),
        _BIG[:-1],
        _BIG + b"!",
    ],
    ids=["first piece", "second piece", "last byte", "one short", "one long"],
)
def test_a_large_item_that_lies_anywhere_is_refused(
    people: dict[str, VaultIdentity], actual: bytes
) -> None:
    with pytest.raises(BundleWriteError):
        _seal(people, ["ngo"], _items(actual, _BIG))


class _ReadOnly:
    """A source with ``read`` only (no ``readinto``), giving short reads."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, n: int = -1) -> bytes:
        return self._data.read(min(n, 100_000) if n >= 0 else 100_000)

    def __enter__(self) -> _ReadOnly:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def test_a_large_item_from_a_read_only_source_arrives_whole(
    people: dict[str, VaultIdentity],
) -> None:
    items = _items(_BIG)
    items[2] = ItemSource(items[2].info, lambda: _ReadOnly(_BIG))  # type: ignore[arg-type,return-value]
    assert _open(people["ngo"], _seal(people, ["ngo"], items))[2] == _BIG
