"""Generate tests/vectors/bundle/: the project's own bundle vectors (docs section 11).

Run from the repository root:  python tests/vectors/make_bundle_vectors.py [--new-keys]
                                [--keep-existing]

``--keep-existing`` writes only vectors that do not exist yet (adding vectors must not
change the committed ones, whose ids and file keys are random on every run).

Fixture identities live in tests/vectors/bundle/keys/ (test fixtures only, never used
outside tests). Bundles get fresh random ids and file keys on every run, so the
vectors are committed and the tests never regenerate them. Hostile vectors are built
by hand from the format's private pieces, signed correctly where the point is that a
*later* check must catch them.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import struct
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto import _canonical_json, sshsig
from crypto.age import (
    Decryptor,
    Encryptor,
    HybridIdentity,
    HybridRecipient,
    Recipient,
    X25519Identity,
    X25519Recipient,
)
from crypto.bundle import BundleKind, ItemInfo, ItemRole, ItemSource, seal_bundle
from crypto.bundle._manifest import MAGIC, SIGNATURE_NAMESPACE, encode_prefix
from crypto.cards import CARD_NAMESPACE, ContactCard, PublicKeys
from crypto.identity import VaultIdentity

HERE = Path(__file__).resolve().parent / "bundle"
KEYS = HERE / "keys"
NAMES = ("alice", "ngo", "ngo2", "eve", "mallory")
FIXED_TIME = "2026-01-02T03:04:05Z"

FORM = b'{"id":"interpol-abuse","version":"1"}'
ANSWERS = b'{"name":"A. Person","notice":"red"}'
PHOTO = bytes(range(256)) * 4  # small: keeps the committed vectors small
BIG_PHOTO = bytes(range(256)) * 300  # 76 800 bytes: spans two age chunks


def load_keys(new: bool) -> dict[str, VaultIdentity]:
    KEYS.mkdir(parents=True, exist_ok=True)
    out = {}
    for name in NAMES:
        path = KEYS / f"{name}.identity"
        if new or not path.exists():
            path.write_text(bytes(VaultIdentity.generate().to_bytes()).hex() + "\n")
        out[name] = VaultIdentity.from_bytes(bytes.fromhex(path.read_text().strip()))
    return out


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def info(name: str, media_type: str, role: ItemRole, data: bytes) -> ItemInfo:
    return ItemInfo(name, media_type, role, len(data), sha(data))


def case_items(photo_name: str = "photo.jpg", photo: bytes = PHOTO) -> list[tuple[ItemInfo, bytes]]:
    return [
        (info("form.json", "application/vnd.intake-desk.form+json", ItemRole.FORM, FORM), FORM),
        (
            info(
                "answers.json",
                "application/vnd.intake-desk.answers+json",
                ItemRole.ANSWERS,
                ANSWERS,
            ),
            ANSWERS,
        ),
        (info(photo_name, "image/jpeg", ItemRole.ATTACHMENT, photo), photo),
    ]


CASE_RECORD = {
    "case_ref": "0123456789abcdef0123456789abcdef",
    "form": {"id": "interpol-abuse", "version": "1", "content_hash": sha(FORM)},
}


def _opener(data: bytes) -> Callable[[], BinaryIO]:
    return lambda: io.BytesIO(data)


def seal(
    sender: VaultIdentity,
    to: list[PublicKeys | ContactCard],
    kind: BundleKind = BundleKind.CASE,
    record: dict[str, Any] | None = None,
    items: list[tuple[ItemInfo, bytes]] | None = None,
    *,
    post_quantum: bool = True,
) -> bytes:
    """A genuine bundle made by the public recipe."""
    items = case_items() if items is None else items
    out = io.BytesIO()
    seal_bundle(
        sender,
        sender.make_card("Sender", FIXED_TIME),
        to,
        kind,
        CASE_RECORD if record is None else record,
        [ItemSource(i, _opener(d)) for i, d in items],
        out,
        post_quantum=post_quantum,
    )
    return out.getvalue()


def age_recipients(keys: list[PublicKeys]) -> tuple[list[Recipient], list[dict[str, Any]]]:
    hybrid = all(k.age_hybrid for k in keys)
    recipients: list[Recipient] = []
    entries = []
    for k in keys:
        age = k.age_hybrid if hybrid and k.age_hybrid else k.age_x25519
        recipients.append(
            HybridRecipient.from_string(age)
            if age.startswith("age1pq1")
            else X25519Recipient.from_string(age)
        )
        entries.append({"fingerprint": k.fingerprint.digits, "age": [age]})
    return recipients, entries


def craft(
    sender: VaultIdentity,
    to: list[PublicKeys],
    *,
    items: list[tuple[ItemInfo, bytes]] | None = None,
    edit_doc: Callable[[dict[str, Any]], None] | None = None,
    manifest_bytes: Callable[[dict[str, Any]], bytes] | None = None,
    card: bytes | None = None,
    signer: Ed25519PrivateKey | None = None,
    namespace: str = SIGNATURE_NAMESPACE,
    body: Callable[[list[bytes]], bytes] | None = None,
    prefix: Callable[[bytes, bytes], bytes] | None = None,
    extra_recipients: list[Recipient] | None = None,
) -> bytes:
    """A bundle built by hand, each step replaceable to make one thing wrong."""
    items = case_items() if items is None else items
    keys = [sender.public_keys, *to]
    recipients, entries = age_recipients(keys)
    out = io.BytesIO()
    enc = Encryptor(recipients + (extra_recipients or []), out)
    doc: dict[str, Any] = {
        "format": 1,
        "kind": "case",
        "bundle_id": "5e1f" * 8,
        "created": FIXED_TIME,
        "sender": {
            "card": base64.b64encode(
                card or sender.make_card("Sender", FIXED_TIME).to_bytes()
            ).decode()
        },
        "recipients": entries,
        "header_sha256": sha(enc.header_bytes),
        "record": json.loads(json.dumps(CASE_RECORD)),
        "items": [
            {
                "name": i.name,
                "media_type": i.media_type,
                "role": i.role.value,
                "size": i.size,
                "sha256": i.sha256,
            }
            for i, _ in items
        ],
    }
    if edit_doc:
        edit_doc(doc)
    manifest = manifest_bytes(doc) if manifest_bytes else _canonical_json.dumps(doc)
    signature = sshsig.armor(sshsig.sign(signer or sender.signing_key, manifest, namespace))
    head = prefix(manifest, signature) if prefix else encode_prefix(manifest, signature)
    data = [d for _, d in items]
    enc.write(head + (body(data) if body else b"".join(data)))
    enc.close()
    return out.getvalue()


def reencrypt(bundle: bytes, reader: VaultIdentity, to: list[str]) -> bytes:
    """What a dishonest recipient does: decrypt, then encrypt the same payload anew."""
    payload = b"".join(Decryptor(reader.age_identities(), io.BytesIO(bundle)).chunks())
    out = io.BytesIO()
    rs: list[Recipient] = [
        HybridRecipient.from_string(a)
        if a.startswith("age1pq1")
        else X25519Recipient.from_string(a)
        for a in to
    ]
    with Encryptor(rs, out) as enc:
        enc.write(payload)
    return out.getvalue()


def small_order_card() -> bytes:
    """A card whose signing key is the identity point, 'signed' with R = identity, S = 0,
    which lenient cofactored verifiers accept for any message."""
    raw = bytes.fromhex("01" + "00" * 31)
    x25519 = X25519Identity.generate().recipient().to_string()
    body = _canonical_json.dumps(
        {
            "format": 1,
            "name": "Mallory",
            "created": FIXED_TIME,
            "signing_key": sshsig.public_key_line(raw),
            "age_x25519": x25519,
        }
    )
    key_type = b"ssh-ed25519"

    def s(b: bytes) -> bytes:
        return struct.pack(">I", len(b)) + b

    blob = (
        b"SSHSIG"
        + struct.pack(">I", 1)
        + s(s(key_type) + s(raw))
        + s(CARD_NAMESPACE.encode())
        + s(b"")
        + s(b"sha512")
        + s(s(key_type) + s(raw + bytes(32)))
    )
    return (
        b"intake-desk-card/v1\n\x00"
        + struct.pack(">I", len(body))
        + body
        + struct.pack(">I", len(blob))
        + blob
    )


KEEP_EXISTING = "--keep-existing" in sys.argv


def write(name: str, expect: str, identity: str, data: bytes, comment: str, **extra: str) -> None:
    if KEEP_EXISTING and (HERE / name).exists():
        return
    lines = [f"expect: {expect}", f"identity: {identity}"]
    lines += [f"{k.replace('_', ' ')}: {v}" for k, v in extra.items()]
    lines.append(f"comment: {comment}")
    (HERE / name).write_bytes(("\n".join(lines) + "\n\n").encode() + data)


def success(name: str, identity: str, data: bytes, items: list[bytes], comment: str) -> None:
    manifest_id = _bundle_id(data, KEYS_CACHE[identity])
    write(
        name,
        "success",
        identity,
        data,
        comment,
        items=str(len(items)),
        payload=sha(b"".join(items)),
        bundle_id=manifest_id,
    )


def _bundle_id(data: bytes, who: VaultIdentity) -> str:
    from crypto.bundle import open_bundle

    reader = open_bundle(who, io.BytesIO(data))
    for _, pieces in reader.items():
        for _ in pieces:
            pass
    return reader.manifest.bundle_id


KEYS_CACHE: dict[str, VaultIdentity] = {}


def main() -> None:
    k = load_keys("--new-keys" in sys.argv)
    KEYS_CACHE.update(k)
    for old in HERE.glob("*"):
        if old.is_file() and not KEEP_EXISTING:
            old.unlink()
    alice, ngo, ngo2, eve, mallory = (k[n] for n in NAMES)
    ngo_card = ngo.make_card("NGO", FIXED_TIME)
    photo = [FORM, ANSWERS, PHOTO]

    valid = seal(alice, [ngo_card])
    success(
        "valid_case", "ngo", valid, photo, "a genuine case bundle; importing it twice is a replay"
    )
    success("valid_case_sender_reopens", "alice", valid, photo, "the sender is always a recipient")
    big = seal(alice, [ngo_card], items=case_items(photo=BIG_PHOTO))
    success(
        "valid_case_multichunk",
        "ngo",
        big,
        [FORM, ANSWERS, BIG_PHOTO],
        "an item spanning age chunks",
    )
    x_only = seal(alice, [ngo_card], post_quantum=False)
    success("valid_case_x25519", "ngo", x_only, photo, "X25519 recipients: opens with age < 1.3")
    success(
        "valid_unknown_sender",
        "ngo",
        seal(mallory, [ngo_card]),
        photo,
        "validly signed by a key nobody verified: trust is the importer's decision",
    )
    reply_items = [
        (
            info("message.txt", "text/plain", ItemRole.MESSAGE, b"We received it."),
            b"We received it.",
        )
    ]
    reply = seal(
        ngo,
        [alice.make_card("A", FIXED_TIME)],
        BundleKind.REPLY,
        {"case_ref": CASE_RECORD["case_ref"], "in_reply_to": "5e1f" * 8},
        reply_items,
    )
    success("valid_reply", "alice", reply, [b"We received it."], "a reply with a message item")
    receipt = seal(
        ngo,
        [alice.make_card("A", FIXED_TIME)],
        BundleKind.RECEIPT,
        {
            "acknowledges": "5e1f" * 8,
            # What the acknowledged bundle's sender and receiver both record of it.
            "manifest_sha256": sha(b"the signed manifest of bundle " + b"5e1f" * 8),
            "received": FIXED_TIME,
            "status": "received",
        },
        [],
    )
    success("valid_receipt", "alice", receipt, [], "a receipt carries no items")
    empty_att = [
        *case_items()[:2],
        (info("empty.txt", "text/plain", ItemRole.ATTACHMENT, b""), b""),
    ]
    success(
        "valid_empty_attachment",
        "ngo",
        seal(alice, [ngo_card], items=empty_att),
        [FORM, ANSWERS, b""],
        "a zero-byte attachment",
    )
    reserved = case_items("CON.txt")
    success(
        "name_reserved_device_accepted",
        "ngo",
        seal(alice, [ngo_card], items=reserved),
        photo,
        "reserved device names are accepted and sanitised only when written out",
    )

    # Re-addressing.
    write(
        "readdressed_third_party",
        "not addressed",
        "eve",
        reencrypt(valid, ngo, [eve.public_keys.age_hybrid or ""]),
        "ngo re-encrypted alice's bundle to eve, who is not among the signed recipients",
    )
    both = seal(alice, [ngo_card, ngo2.make_card("NGO 2", FIXED_TIME)])
    write(
        "readdressed_co_recipient",
        "unreadable",
        "ngo2",
        reencrypt(both, ngo, [ngo2.public_keys.age_hybrid or ""]),
        "ngo re-encrypted to co-recipient ngo2: signed header hash no longer matches",
    )
    write("not_addressed", "not addressed", "eve", valid, "a genuine bundle for someone else")

    # Signatures and keys.
    to = [ngo.public_keys]
    write(
        "wrong_namespace",
        "unreadable",
        "ngo",
        craft(alice, to, namespace=CARD_NAMESPACE),
        "manifest signed under the contact-card namespace",
    )
    write(
        "wrong_namespace_file",
        "unreadable",
        "ngo",
        craft(alice, to, namespace="file"),
        "manifest signed under ssh-keygen's default 'file' namespace",
    )
    write(
        "signer_not_card_key",
        "unreadable",
        "ngo",
        craft(alice, to, signer=mallory.signing_key),
        "card is alice's, signature is mallory's",
    )
    write(
        "small_order_signing_key",
        "unreadable",
        "ngo",
        craft(alice, to, card=small_order_card(), signer=None),
        "sender card with a small-order (identity point) key and a forged universal signature",
    )
    write(
        "header_hash_wrong",
        "unreadable",
        "ngo",
        craft(alice, to, edit_doc=lambda d: d.update(header_sha256="00" * 32)),
        "a signed header hash that does not match the file",
    )

    # Items.
    write(
        "truncated_item",
        "unreadable",
        "ngo",
        craft(alice, to, body=lambda d: b"".join(d)[:-100]),
        "the last item is 100 bytes short (the age payload itself is intact)",
    )
    write(
        "reordered_items",
        "unreadable",
        "ngo",
        craft(alice, to, body=lambda d: d[1] + d[0] + d[2]),
        "form and answers bytes swapped",
    )
    write(
        "trailing_data",
        "unreadable",
        "ngo",
        craft(alice, to, body=lambda d: b"".join(d) + b"\x00"),
        "one byte after the last item",
    )

    def lie_size(doc: dict[str, Any]) -> None:
        doc["items"][2]["size"] -= 1

    def lie_hash(doc: dict[str, Any]) -> None:
        doc["items"][2]["sha256"] = "ab" * 32

    write(
        "manifest_size_lies",
        "unreadable",
        "ngo",
        craft(alice, to, edit_doc=lie_size),
        "the photo's declared size is one byte smaller than its bytes",
    )
    write(
        "manifest_hash_lies",
        "unreadable",
        "ngo",
        craft(alice, to, edit_doc=lie_hash),
        "the photo's declared hash is not its hash",
    )

    # Hostile content.
    write(
        "oversized_header",
        "hostile content",
        "ngo",
        craft(
            alice, to, extra_recipients=[HybridIdentity.generate().recipient() for _ in range(70)]
        ),
        "72 stanzas: more than the format's 64",
    )
    write(
        "oversized_manifest",
        "hostile content",
        "ngo",
        craft(alice, to, prefix=lambda m, s: MAGIC + struct.pack(">I", 2 * 1024 * 1024) + m),
        "manifest length field says 2 MiB",
    )
    write(
        "oversized_signature",
        "hostile content",
        "ngo",
        craft(
            alice,
            to,
            prefix=lambda m, s: (
                MAGIC + struct.pack(">I", len(m)) + m + struct.pack(">I", 70000) + s
            ),
        ),
        "signature length field over 4 KiB",
    )

    def duplicate_key(doc: dict[str, Any]) -> bytes:
        text = _canonical_json.dumps(doc)
        return text[:-1] + b',"kind":"receipt"}'

    write(
        "duplicate_json_key",
        "hostile content",
        "ngo",
        craft(alice, to, manifest_bytes=duplicate_key),
        "manifest repeats a key (validly signed)",
    )
    write(
        "non_canonical_manifest",
        "hostile content",
        "ngo",
        craft(alice, to, manifest_bytes=lambda d: json.dumps(d, indent=1, sort_keys=True).encode()),
        "manifest with insignificant whitespace (validly signed)",
    )
    write(
        "float_in_manifest",
        "hostile content",
        "ngo",
        craft(
            alice,
            to,
            manifest_bytes=lambda d: _canonical_json.dumps(d).replace(
                b'"format":1', b'"format":1.0'
            ),
        ),
        "a float where an integer belongs",
    )
    write(
        "unknown_manifest_field",
        "hostile content",
        "ngo",
        craft(alice, to, edit_doc=lambda d: d.update(extra="x")),
        "an unknown top-level key",
    )
    write(
        "case_without_form_item",
        "hostile content",
        "ngo",
        craft(alice, to, items=case_items()[1:]),
        "a case must start with its form item",
    )
    for tag, bad in [
        ("path_separator", "../../etc/passwd"),
        ("backslash", "..\\..\\boot.ini"),
        ("drive_colon", "C:evil.exe"),
        ("bidi_override", "invoice\u202egnp.exe"),
        ("bidi_isolate", "photo\u2066.jpg"),
        ("nul", "photo\x00.jpg"),
        ("newline", "photo\n.jpg"),
        ("dotdot", ".."),
        ("not_nfc", "cafe\u0301.jpg"),
        ("too_long", "a" * 256),
    ]:
        write(
            f"hostile_name_{tag}",
            "hostile content",
            "ngo",
            craft(alice, to, items=case_items(bad)),
            f"attachment display name: {bad!r}",
        )

    # Not bundles.
    plain = io.BytesIO()
    with Encryptor([HybridRecipient.from_string(ngo.public_keys.age_hybrid or "")], plain) as enc:
        enc.write(b"just an age file\n")
    write(
        "plain_age_file",
        "not a bundle",
        "ngo",
        plain.getvalue(),
        "a valid age file that is not a bundle",
    )
    write("not_age_text", "not a bundle", "ngo", b"Dear NGO, here is my case.\n", "a text file")
    _bundleqa_vectors(alice, ngo, ngo_card, valid, to)
    write("empty_file", "not a bundle", "ngo", b"", "an empty file")
    flipped = bytearray(valid)
    flipped[-50] ^= 1
    write("payload_altered", "unreadable", "ngo", bytes(flipped), "one payload bit flipped")
    write("file_truncated", "unreadable", "ngo", valid[:-20], "the file is cut short")
    print(f"wrote {len(list(HERE.glob('*')))} vectors to {HERE}")


def _bundleqa_vectors(
    alice: VaultIdentity,
    ngo: VaultIdentity,
    ngo_card: ContactCard,
    valid: bytes,
    to: list[PublicKeys],
) -> None:
    """Vectors for the bugs the outside review found (docs section 9 reasons)."""
    from crypto.age._armor import ArmorWriter

    armored = io.BytesIO()
    armored.write(b"\r\n\n  ")
    writer = ArmorWriter(armored)
    writer.write(valid)
    writer.close()
    success(
        "valid_case_armored_leading_blank_lines",
        "ngo",
        armored.getvalue(),
        [FORM, ANSWERS, PHOTO],
        "an armored bundle pasted after blank lines (age's armor allows 1 KiB of them)",
    )

    def fullwidth(doc: dict[str, Any]) -> None:
        doc["created"] = "\uff12\uff10\uff12\uff16-01-02T03:04:05Z"

    write(
        "created_fullwidth_digits",
        "hostile content",
        "ngo",
        craft(alice, to, edit_doc=fullwidth),
        "created written with fullwidth digits (only ASCII digits are allowed)",
    )
    card = alice.make_card("Sender", FIXED_TIME)
    write(
        "sender_card_text_form",
        "unreadable",
        "ngo",
        craft(alice, to, card=card.to_text().encode()),
        "sender.card is the base64 of the card's text form, not of its binary form",
    )
    encoded = base64.b64encode(card.to_bytes()).decode()
    if encoded.endswith("="):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        pos = len(encoded.rstrip("=")) - 1
        twin = encoded[:pos] + alphabet[alphabet.index(encoded[pos]) ^ 1] + encoded[pos + 1 :]

        def non_canonical(doc: dict[str, Any]) -> None:
            doc["sender"]["card"] = twin

        write(
            "sender_card_base64_unused_bits",
            "unreadable",
            "ngo",
            craft(alice, to, edit_doc=non_canonical),
            "sender.card base64 with unused trailing bits set (same bytes, other spelling)",
        )
    write(
        "hostile_name_word_joiner",
        "hostile content",
        "ngo",
        craft(alice, to, items=case_items("photo\u2060.jpg")),
        "attachment display name with an invisible word joiner",
    )
    write(
        "age_other_version",
        "not a bundle",
        "ngo",
        b"age-encryption.org/v2\n" + valid[len(b"age-encryption.org/v1\n") :],
        "another age version",
    )


if __name__ == "__main__":
    main()
