"""A second, independent bundle writer built from docs/bundle-format.md alone.

Everything inside the age payload is written here from the document: canonical JSON
(section 3), the manifest (section 4), SSHSIG (section 5, after OpenSSH's
PROTOCOL.sshsig), the contact card and its fingerprint (section 6) and the payload
framing (section 2). Only the outer age layer uses the project's ``Encryptor`` (the
age spec is implemented and interop-tested elsewhere). Nothing here imports the
project's bundle, card, sshsig, fingerprint or canonical-JSON code, so a shared
misreading of the document shows up as a disagreement with the reader.

Every layer has a hook so tests can write what a hostile or broken writer would:
``manifest_edit`` (the document before encoding), ``manifest_bytes`` (the exact
bytes, signed as given), ``payload_edit`` (the whole plaintext) and ``header_edit``.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from crypto.age import Encryptor, parse_recipient

BUNDLE_MAGIC = b"intake-desk-bundle/v1\n\x00"
CARD_MAGIC = b"intake-desk-card/v1\n\x00"
BUNDLE_NAMESPACE = b"intake-desk-bundle-v1"
CARD_NAMESPACE = b"intake-desk-card-v1"
FORM_TYPE = "application/vnd.intake-desk.form+json"
ANSWERS_TYPE = "application/vnd.intake-desk.answers+json"

# -- section 3: canonical JSON -------------------------------------------------------

_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n"}
_SHORT_ESCAPES |= {"\r": "\\r", "\t": "\\t"}


def _string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _encode(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)  # the hooks may write out-of-range numbers on purpose
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ",".join(_encode(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-8"))
        return "{" + ",".join(_string(k) + ":" + _encode(value[k]) for k in keys) + "}"
    raise TypeError(type(value))


def canonical(value: Any) -> bytes:
    """Canonical JSON bytes as section 3 describes them (no bounds checked here)."""
    return _encode(value).encode("utf-8", errors="surrogatepass")


# -- section 5: SSHSIG -----------------------------------------------------------------


def _ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def raw_key(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def ssh_public_key_line(raw: bytes) -> str:
    wire = _ssh_string(b"ssh-ed25519") + _ssh_string(raw)
    return "ssh-ed25519 " + base64.b64encode(wire).decode("ascii")


def sshsig_blob(
    key: Ed25519PrivateKey,
    message: bytes,
    namespace: bytes,
    *,
    hash_alg: bytes = b"sha512",
    public: bytes | None = None,
) -> bytes:
    """PROTOCOL.sshsig blob; ``public`` overrides the embedded key (to lie about it)."""
    digest = hashlib.new(hash_alg.decode(), message).digest()
    signed = (
        b"SSHSIG"
        + _ssh_string(namespace)
        + _ssh_string(b"")
        + _ssh_string(hash_alg)
        + _ssh_string(digest)
    )
    signature = key.sign(signed)
    embedded = public if public is not None else raw_key(key)
    return (
        b"SSHSIG"
        + struct.pack(">I", 1)
        + _ssh_string(_ssh_string(b"ssh-ed25519") + _ssh_string(embedded))
        + _ssh_string(namespace)
        + _ssh_string(b"")
        + _ssh_string(hash_alg)
        + _ssh_string(_ssh_string(b"ssh-ed25519") + _ssh_string(signature))
    )


def sshsig_armor(blob: bytes) -> bytes:
    text = base64.b64encode(blob)
    lines = b"".join(text[i : i + 70] + b"\n" for i in range(0, len(text), 70))
    return b"-----BEGIN SSH SIGNATURE-----\n" + lines + b"-----END SSH SIGNATURE-----\n"


# -- section 6: cards and fingerprints -------------------------------------------------


@functools.cache  # 5 200 SHA-512 rounds; the fuzz tests ask for the same keys often
def fingerprint(signing_key: bytes, age_x25519: str, age_hybrid: str | None) -> str:
    """Section 6.3, digits only."""

    def field_(data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + data

    material = (
        struct.pack(">H", 0)
        + b"intake-desk-fingerprint"
        + field_(signing_key)
        + field_(age_x25519.encode("ascii"))
        + field_((age_hybrid or "").encode("ascii"))
    )
    h = material
    for _ in range(5200):
        h = hashlib.sha512(h + material).digest()
    return "".join(f"{int.from_bytes(h[5 * i : 5 * i + 5], 'big') % 100000:05d}" for i in range(6))


@dataclass
class Party:
    """A vault's keys as the format sees them (the private signing key for a sender)."""

    signing_key: Ed25519PrivateKey
    age_x25519: str
    age_hybrid: str | None
    name: str = "Spec Writer"
    created: str = "2026-11-25T12:00:00Z"

    @property
    def fingerprint(self) -> str:
        return fingerprint(raw_key(self.signing_key), self.age_x25519, self.age_hybrid)

    def card_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": 1,
            "name": self.name,
            "created": self.created,
            "signing_key": ssh_public_key_line(raw_key(self.signing_key)),
            "age_x25519": self.age_x25519,
        }
        if self.age_hybrid is not None:
            body["age_hybrid"] = self.age_hybrid
        return body

    def card(
        self,
        body_edit: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
        *,
        body_bytes: bytes | None = None,
        namespace: bytes = CARD_NAMESPACE,
    ) -> bytes:
        """The binary card (section 6.1), optionally with an edited body."""
        body = self.card_body()
        if body_edit is not None:
            body = body_edit(body)
        data = body_bytes if body_bytes is not None else canonical(body)
        sig = sshsig_blob(self.signing_key, data, namespace)
        return CARD_MAGIC + struct.pack(">I", len(data)) + data + struct.pack(">I", len(sig)) + sig


def card_text(binary: bytes) -> str:
    b64 = base64.b64encode(binary).decode("ascii")
    lines = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    return "\n".join(
        [
            "-----BEGIN INTAKE DESK CONTACT CARD-----",
            *lines,
            "-----END INTAKE DESK CONTACT CARD-----",
        ]
    )


# -- sections 2 and 4: the bundle --------------------------------------------------------


@dataclass
class Item:
    name: str
    media_type: str
    role: str
    data: bytes

    def entry(self) -> dict[str, Any]:
        return {
            "media_type": self.media_type,
            "name": self.name,
            "role": self.role,
            "sha256": hashlib.sha256(self.data).hexdigest(),
            "size": len(self.data),
        }


def case_items(*attachments: Item) -> tuple[dict[str, Any], list[Item]]:
    """A case record and its items: form, answers, then ``attachments``."""
    form = Item("form.json", FORM_TYPE, "form", b'{"id":"f","version":"1"}')
    answers = Item("answers.json", ANSWERS_TYPE, "answers", b'{"q1":"yes"}')
    record = {
        "case_ref": "ab" * 16,
        "form": {
            "content_hash": hashlib.sha256(form.data).hexdigest(),
            "id": "spec-form",
            "version": "1",
        },
    }
    return record, [form, answers, *attachments]


@dataclass
class Bundle:
    """What the spec writer produced, with the pieces tests want to look at."""

    data: bytes
    manifest: bytes
    header: bytes
    items: list[Item] = field(default_factory=list)


def write_bundle(
    sender: Party,
    recipients: list[Party],
    kind: str,
    record: dict[str, Any],
    items: list[Item],
    *,
    manifest_edit: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    manifest_bytes: Callable[[bytes], bytes] | None = None,
    signature: Callable[[bytes], bytes] | None = None,
    payload_edit: Callable[[bytes], bytes] | None = None,
    age_recipients: list[str] | None = None,
    armor: bool = False,
    hybrid: bool | None = None,
) -> Bundle:
    """Write a bundle from ``sender`` to ``recipients`` (the sender is added, section 1).

    ``signature`` maps the manifest bytes to the signature field (default: the armored
    SSHSIG by the sender). ``age_recipients`` replaces who the age layer encrypts to
    (to re-address without touching the signed list).
    """
    parties = [sender] + [r for r in recipients if r.fingerprint != sender.fingerprint]
    if hybrid is None:
        hybrid = all(p.age_hybrid is not None for p in parties)
    chosen = [p.age_hybrid if hybrid and p.age_hybrid else p.age_x25519 for p in parties]
    out = io.BytesIO()
    age_to = age_recipients if age_recipients is not None else chosen
    encryptor = Encryptor([parse_recipient(a) for a in age_to], out, armor=armor)
    header = encryptor.header_bytes
    doc: dict[str, Any] = {
        "bundle_id": os.urandom(16).hex(),
        "created": "2026-11-25T12:00:00Z",
        "format": 1,
        "header_sha256": hashlib.sha256(header).hexdigest(),
        "items": [item.entry() for item in items],
        "kind": kind,
        "recipients": [
            {"age": [a], "fingerprint": p.fingerprint} for p, a in zip(parties, chosen, strict=True)
        ],
        "record": record,
        "sender": {"card": base64.b64encode(sender.card()).decode("ascii")},
    }
    if manifest_edit is not None:
        doc = manifest_edit(doc)
    manifest = canonical(doc)
    if manifest_bytes is not None:
        manifest = manifest_bytes(manifest)
    if signature is not None:
        sig = signature(manifest)
    else:
        sig = sshsig_armor(sshsig_blob(sender.signing_key, manifest, BUNDLE_NAMESPACE))
    payload = (
        BUNDLE_MAGIC
        + struct.pack(">I", len(manifest))
        + manifest
        + struct.pack(">I", len(sig))
        + sig
        + b"".join(item.data for item in items)
    )
    if payload_edit is not None:
        payload = payload_edit(payload)
    encryptor.write(payload)
    encryptor.close()
    return Bundle(out.getvalue(), manifest, header, items)


def prefix_length(bundle_manifest: bytes, sig_len: int) -> int:
    """Bytes of the payload before the first item."""
    return len(BUNDLE_MAGIC) + 4 + len(bundle_manifest) + 4 + sig_len
