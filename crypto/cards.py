"""Contact cards: a vault's public keys, name and creation time, self-signed.

Format: docs/bundle-format.md section 6. A card is exchanged as a file (its binary
form, also the QR code payload) or as pasteable text (a BEGIN/END block of base64 that
survives e-mail and messengers re-wrapping it). Parsing is strict: a card whose
self-signature fails, whose signing key has small order or a non-canonical encoding,
or whose fields break the format raises ``CardError``.

A valid card proves only that whoever made it holds its signing key. Whether it is
the partner it claims to be is decided by comparing its fingerprint out of band;
that is the application's job (``card.fingerprint`` gives the digits to compare).

Public API:
    make_card(signing_key, name, age_x25519, age_hybrid, created=None) -> ContactCard
    parse_card(data: bytes | str) -> ContactCard        (binary or text form)
    parse_card_binary(data: bytes) -> ContactCard       (binary form only: inside bundles)
    ContactCard.to_bytes() / .to_text() / .qr_payload() / .fingerprint / .public_keys
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto import _canonical_json, sshsig
from crypto._names import is_hostile_name
from crypto.age import HybridRecipient, X25519Recipient
from crypto.errors import CardError, CryptoError, SignatureError
from crypto.fingerprint import Fingerprint, compute_fingerprint

CARD_NAMESPACE = "intake-desk-card-v1"
_MAGIC = b"intake-desk-card/v1\n\x00"
_MAX_BODY = 8192
_MAX_SIG = 1024
_MAX_NAME = 64
_BEGIN = "-----BEGIN INTAKE DESK CONTACT CARD-----"
_END = "-----END INTAKE DESK CONTACT CARD-----"
_TEXT_LINE = 64
_MAX_TEXT = 16_384
_KEYS = frozenset({"format", "name", "created", "signing_key", "age_x25519", "age_hybrid"})
# [0-9], not \d: in a str pattern \d also matches Arabic-Indic, fullwidth and other
# decimal digits, which strptime then accepts too (a time the format does not allow).
_TIME = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\Z")
# What e-mail and messengers insert into a pasted block, dropped before decoding: any
# white space (NBSP, narrow NBSP, ideographic space...), invisible formatting characters
# (zero-width space/joiners, word joiner, soft hyphen, BOM, LRM/RLM in right-to-left
# chats) and e-mail quote marks ("> ") at the start of a line. Anything else inside the
# block (smart quotes, look-alike letters, URL-safe base64) is damage and is refused;
# what is decoded is then parsed strictly and its signature checked, so nothing
# accepted here can change what the card says.
_WHITESPACE = re.compile(r"[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+")
_QUOTE_PREFIX = re.compile(r"(?m)^[ \t\u00a0]*(?:>[ \t\u00a0]*)+")
# The marker lines, with the dash runs that autocorrect may turn into en/em dashes and
# any white space between the words. The words are searched first and the dashes
# checked next to them (a regex starting with a dash run would be quadratic on a paste
# of many dashes).
_DASH = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_BEGIN_WORDS = re.compile(r"BEGIN\s+INTAKE\s+DESK\s+CONTACT\s+CARD")
_END_WORDS = re.compile(r"END\s+INTAKE\s+DESK\s+CONTACT\s+CARD")


@dataclass(frozen=True)
class PublicKeys:
    """A vault's public keys: what a sender encrypts to and a receiver verifies with."""

    signing_key: bytes  # raw 32-byte Ed25519 key
    age_x25519: str  # age1...
    age_hybrid: str | None  # age1pq1... (ML-KEM-768 + X25519), if the vault has one

    @cached_property
    def fingerprint(self) -> Fingerprint:
        """The 30-digit fingerprint of these keys (computed once: 5 200 hash rounds)."""
        return compute_fingerprint(self.signing_key, self.age_x25519, self.age_hybrid)


@dataclass(frozen=True)
class ContactCard:
    """A parsed, verified contact card. Construct with ``make_card`` or ``parse_card``."""

    name: str
    created: str  # UTC, "YYYY-MM-DDTHH:MM:SSZ"
    public_keys: PublicKeys
    _encoded: bytes = field(repr=False, compare=True)

    @property
    def fingerprint(self) -> Fingerprint:
        """The card's fingerprint (independent of name and creation time)."""
        return self.public_keys.fingerprint

    @property
    def signing_key_line(self) -> str:
        """The signing key as ``ssh-ed25519 AAAA...`` (for allowed_signers files)."""
        return sshsig.public_key_line(self.public_keys.signing_key)

    def to_bytes(self) -> bytes:
        """The binary form: the card file and the QR code payload."""
        return self._encoded

    def qr_payload(self) -> bytes:
        """Bytes for a QR code (byte mode): the binary form."""
        return self._encoded

    def to_text(self) -> str:
        """The pasteable text form (BEGIN/END block, base64 in 64-character lines)."""
        b64 = base64.b64encode(self._encoded).decode("ascii")
        lines = [b64[i : i + _TEXT_LINE] for i in range(0, len(b64), _TEXT_LINE)]
        return "\n".join([_BEGIN, *lines, _END]) + "\n"


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _is_recipient(value: Any, kind: type[X25519Recipient] | type[HybridRecipient]) -> bool:
    """A canonical age recipient string of the given kind (age's own strict parser)."""
    if not isinstance(value, str) or len(value) > 4096:
        return False
    try:
        return kind.from_string(value).to_string() == value
    except CryptoError:
        return False


def make_card(
    signing_key: Ed25519PrivateKey,
    name: str,
    age_x25519: str,
    age_hybrid: str | None,
    created: str | None = None,
) -> ContactCard:
    """Build and self-sign a card. Raises ``CardError`` if a field breaks the format
    (e.g. a name with control or bidi characters, or over 64 characters)."""
    body: dict[str, Any] = {
        "format": 1,
        "name": name,
        "created": created or _utc_now(),
        "signing_key": sshsig.public_key_line(sshsig.raw_public_key(signing_key)),
        "age_x25519": age_x25519,
    }
    if age_hybrid is not None:
        body["age_hybrid"] = age_hybrid
    _check_body(body)
    body_bytes = _canonical_json.dumps(body)
    signature = sshsig.sign(signing_key, body_bytes, CARD_NAMESPACE)
    encoded = (
        _MAGIC
        + struct.pack(">I", len(body_bytes))
        + body_bytes
        + struct.pack(">I", len(signature))
        + signature
    )
    return parse_card(encoded)


def parse_card(data: bytes | str) -> ContactCard:
    """Parse and verify a card from its binary form or its text form (surrounding text
    and any white space inside the block are tolerated). Raises ``CardError``."""
    if isinstance(data, str):
        data = _from_text(data)
    elif not data.startswith(_MAGIC):
        # The same bound as for str input (checked before decoding, so a huge file is
        # not decoded, and what follows the bound is never silently ignored).
        if len(data) > _MAX_TEXT * 4:
            raise CardError
        data = _from_text(_decode_pasted(data))
    return _from_binary(data)


def _decode_pasted(data: bytes) -> str:
    """The text of a saved e-mail or note: UTF-8, or UTF-16 with its byte-order mark (what
    Windows Notepad saves as "Unicode"). Bytes that are not UTF-8 become U+FFFD: the
    greeting around the block may be in a legacy encoding (Latin-1 "Grüße"), and inside
    the block U+FFFD is refused like every other character that is not base64."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CardError from exc
    return data.decode("utf-8", errors="replace")


def parse_card_binary(data: bytes) -> ContactCard:
    """Parse and verify the binary form only (a bundle's ``sender.card``: section 4.1
    allows nothing else there). Raises ``CardError``."""
    return _from_binary(data)


def _from_text(text: str) -> bytes:
    if len(text) > _MAX_TEXT * 4:
        raise CardError
    begins = _markers(_BEGIN_WORDS, text)
    ends = _markers(_END_WORDS, text)
    if len(begins) != 1 or len(ends) != 1 or ends[0][0] < begins[0][1]:
        raise CardError
    inner = _QUOTE_PREFIX.sub("", text[begins[0][1] : ends[0][0]])
    b64 = _WHITESPACE.sub("", inner)
    if len(b64) > _MAX_TEXT:
        raise CardError
    try:
        return base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CardError from exc


def _markers(words: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of ``words`` framed by dash runs (white space allowed inside the frame)."""
    spans = []
    for match in words.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1] in " \t\u00a0":
            start -= 1
        if start == 0 or text[start - 1] not in _DASH:
            continue
        while start > 0 and text[start - 1] in _DASH:
            start -= 1
        end = match.end()
        while end < len(text) and text[end] in " \t\u00a0":
            end += 1
        if end == len(text) or text[end] not in _DASH:
            continue
        while end < len(text) and text[end] in _DASH:
            end += 1
        spans.append((start, end))
    return spans


def _from_binary(data: bytes) -> ContactCard:
    if not data.startswith(_MAGIC):
        raise CardError
    pos = len(_MAGIC)
    body_len = _u32(data, pos)
    pos += 4
    if not 2 <= body_len <= _MAX_BODY:
        raise CardError
    body_bytes = data[pos : pos + body_len]
    pos += body_len
    sig_len = _u32(data, pos)
    pos += 4
    if not 1 <= sig_len <= _MAX_SIG or pos + sig_len != len(data):
        raise CardError
    signature = data[pos:]
    try:
        body = _canonical_json.loads(body_bytes, max_bytes=_MAX_BODY)
    except _canonical_json.CanonicalJsonError as exc:
        raise CardError from exc
    if not isinstance(body, dict):
        raise CardError
    _check_body(body)
    try:
        claimed = sshsig.parse_public_key_line(body["signing_key"])
        signer = sshsig.verify(signature, body_bytes, CARD_NAMESPACE)
    except SignatureError as exc:
        raise CardError from exc
    if signer != claimed:
        raise CardError
    keys = PublicKeys(claimed, body["age_x25519"], body.get("age_hybrid"))
    return ContactCard(body["name"], body["created"], keys, data)


def _u32(data: bytes, pos: int) -> int:
    if pos + 4 > len(data):
        raise CardError
    value: int = struct.unpack(">I", data[pos : pos + 4])[0]
    return value


def _check_body(body: dict[str, Any]) -> None:
    keys = set(body)
    if not keys <= _KEYS or not keys >= _KEYS - {"age_hybrid"}:
        raise CardError
    if type(body["format"]) is not int or body["format"] != 1:
        raise CardError
    name = body["name"]
    if not isinstance(name, str) or is_hostile_name(name, _MAX_NAME) or name != name.strip():
        raise CardError
    if not isinstance(body["created"], str) or not _TIME.match(body["created"]):
        raise CardError
    try:
        datetime.strptime(body["created"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError as exc:
        raise CardError from exc
    if not isinstance(body["signing_key"], str):
        raise CardError
    try:
        sshsig.parse_public_key_line(body["signing_key"])
    except SignatureError as exc:
        raise CardError from exc
    if not _is_recipient(body["age_x25519"], X25519Recipient):
        raise CardError
    if "age_hybrid" in body and not _is_recipient(body["age_hybrid"], HybridRecipient):
        raise CardError
