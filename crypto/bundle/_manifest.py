"""The bundle manifest: build it, encode the payload prefix, and check it strictly.

Private wire details of docs/bundle-format.md sections 2-4. ``check_manifest`` raises
``BundleError(HOSTILE_CONTENT)`` for anything outside the format; it does not verify
signatures (the reader does, in the documented order).
"""

from __future__ import annotations

import enum
import re
import struct
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crypto import _canonical_json
from crypto._names import is_hostile_name
from crypto.errors import BundleError, BundleRejection

MAGIC = b"intake-desk-bundle/v1\n\x00"
MAX_MANIFEST = 1024 * 1024
MAX_SIGNATURE = 4096
MAX_ITEMS = 1000
MAX_NAME = 255
MAX_ITEM_SIZE = 2**40
MAX_TOTAL_SIZE = 2**42
MAX_RECIPIENTS = 32
SIGNATURE_NAMESPACE = "intake-desk-bundle-v1"

_HEX32 = re.compile(r"\A[0-9a-f]{32}\Z")
_HEX64 = re.compile(r"\A[0-9a-f]{64}\Z")
_DIGITS30 = re.compile(r"\A[0-9]{30}\Z")
# [0-9], not \d: in a str pattern \d also matches Arabic-Indic, fullwidth and other
# decimal digits, which strptime then accepts too (a time the format does not allow).
_TIME = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\Z")
_MEDIA_PART = r"[a-z0-9][a-z0-9!#$&^_.+-]*"
_MEDIA_TYPE = re.compile(rf"\A{_MEDIA_PART}/{_MEDIA_PART}\Z")
# The forms layer's own identity rules (forms/schema/form.schema.json; crypto/ cannot
# import forms/). A received case is stored before its form is fully validated, so
# the manifest must not let an id like "../../x" or a control character through.
_FORM_ID = re.compile(r"\A[a-z0-9][a-z0-9._-]{0,63}\Z")
_FORM_VERSION = re.compile(r"\A[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}\Z")
_AGE_RECIPIENT = re.compile(r"\Aage1(pq1)?[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{6,4000}\Z")
_TOP_KEYS = frozenset(
    {"format", "kind", "bundle_id", "created", "sender", "recipients", "header_sha256"}
    | {"record", "items"}
)
_ITEM_KEYS = frozenset({"name", "media_type", "role", "size", "sha256"})


class BundleKind(enum.Enum):
    """What a bundle carries (section 4.6)."""

    CASE = "case"
    REPLY = "reply"
    RECEIPT = "receipt"


class ItemRole(enum.Enum):
    """What an item is (section 4.6)."""

    FORM = "form"
    ANSWERS = "answers"
    ATTACHMENT = "attachment"
    MESSAGE = "message"


class ReceiptStatus(enum.Enum):
    """A receipt's status (section 4.6)."""

    RECEIVED = "received"
    ACCEPTED = "accepted"
    DECLINED = "declined"


@dataclass(frozen=True)
class ItemInfo:
    """One item as the signed manifest declares it."""

    name: str
    media_type: str
    role: ItemRole
    size: int
    sha256: str  # lowercase hex


@dataclass(frozen=True)
class RecipientEntry:
    """One intended recipient vault, as signed by the sender."""

    fingerprint: str  # 30 digits
    age: tuple[str, ...]


def _hostile() -> BundleError:
    return BundleError(BundleRejection.HOSTILE_CONTENT)


def encode_prefix(manifest: bytes, signature: bytes) -> bytes:
    """Magic, length-prefixed manifest and length-prefixed signature (section 2)."""
    return (
        MAGIC
        + struct.pack(">I", len(manifest))
        + manifest
        + struct.pack(">I", len(signature))
        + signature
    )


def item_json(item: ItemInfo) -> dict[str, Any]:
    """The manifest entry of ``item``."""
    return {
        "name": item.name,
        "media_type": item.media_type,
        "role": item.role.value,
        "size": item.size,
        "sha256": item.sha256,
    }


def check_manifest(doc: Any) -> None:
    """Check a parsed manifest against section 4; raise ``BundleError(HOSTILE_CONTENT)``."""
    if not isinstance(doc, dict) or set(doc) != _TOP_KEYS:
        raise _hostile()
    if type(doc["format"]) is not int or doc["format"] != 1:
        raise _hostile()
    kind = _enum(BundleKind, doc["kind"])
    if not _match(_HEX32, doc["bundle_id"]) or not _is_time(doc["created"]):
        raise _hostile()
    if not _match(_HEX64, doc["header_sha256"]):
        raise _hostile()
    sender = doc["sender"]
    if not isinstance(sender, dict) or set(sender) != {"card"}:
        raise _hostile()
    if not isinstance(sender["card"], str) or len(sender["card"]) > 16384:
        raise _hostile()
    recipients = parse_recipients(doc["recipients"])
    if len({r.fingerprint for r in recipients}) != len(recipients):
        raise _hostile()
    items = parse_items(doc["items"])
    _check_record(kind, doc["record"], items)


def parse_recipients(value: Any) -> list[RecipientEntry]:
    """Parse and check the ``recipients`` list."""
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_RECIPIENTS:
        raise _hostile()
    out = []
    for entry in value:
        if not isinstance(entry, dict) or set(entry) != {"fingerprint", "age"}:
            raise _hostile()
        if not _match(_DIGITS30, entry["fingerprint"]):
            raise _hostile()
        age = entry["age"]
        if not isinstance(age, list) or len(age) != 1:
            raise _hostile()
        if not all(_match(_AGE_RECIPIENT, a) for a in age):
            raise _hostile()
        out.append(RecipientEntry(entry["fingerprint"], tuple(age)))
    return out


def parse_items(value: Any) -> list[ItemInfo]:
    """Parse and check the ``items`` list, names included (section 8)."""
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise _hostile()
    out = []
    total = 0
    for entry in value:
        if not isinstance(entry, dict) or set(entry) != _ITEM_KEYS:
            raise _hostile()
        name, media_type, size = entry["name"], entry["media_type"], entry["size"]
        if not isinstance(name, str) or is_hostile_name(name, MAX_NAME):
            raise _hostile()
        if not isinstance(media_type, str) or len(media_type) > 127:
            raise _hostile()
        if not _MEDIA_TYPE.match(media_type):
            raise _hostile()
        if type(size) is not int or not 0 <= size <= MAX_ITEM_SIZE:
            raise _hostile()
        if not _match(_HEX64, entry["sha256"]):
            raise _hostile()
        total += size
        if total > MAX_TOTAL_SIZE:
            raise _hostile()
        role = _enum(ItemRole, entry["role"])
        out.append(ItemInfo(name, media_type, role, size, entry["sha256"]))
    return out


def _check_record(kind: BundleKind, record: Any, items: list[ItemInfo]) -> None:
    if not isinstance(record, dict):
        raise _hostile()
    roles = [item.role for item in items]
    if kind is BundleKind.CASE:
        if set(record) != {"case_ref", "form"} or not _match(_HEX32, record["case_ref"]):
            raise _hostile()
        form = record["form"]
        if not isinstance(form, dict) or set(form) != {"id", "version", "content_hash"}:
            raise _hostile()
        if not _match(_FORM_ID, form["id"]) or not _match(_FORM_VERSION, form["version"]):
            raise _hostile()
        if not _match(_HEX64, form["content_hash"]):
            raise _hostile()
        if roles[:2] != [ItemRole.FORM, ItemRole.ANSWERS]:
            raise _hostile()
        if any(r is not ItemRole.ATTACHMENT for r in roles[2:]):
            raise _hostile()
        if items[0].sha256 != form["content_hash"]:
            raise _hostile()
    elif kind is BundleKind.REPLY:
        if set(record) != {"case_ref", "in_reply_to"}:
            raise _hostile()
        if not _match(_HEX32, record["case_ref"]) or not _match(_HEX32, record["in_reply_to"]):
            raise _hostile()
        if roles[:1] != [ItemRole.MESSAGE] or any(r is not ItemRole.ATTACHMENT for r in roles[1:]):
            raise _hostile()
    else:
        if set(record) != {"acknowledges", "manifest_sha256", "received", "status"}:
            raise _hostile()
        if not _match(_HEX32, record["acknowledges"]) or not _match(
            _HEX64, record["manifest_sha256"]
        ):
            raise _hostile()
        if not _is_time(record["received"]):
            raise _hostile()
        _enum(ReceiptStatus, record["status"])
        if items:
            raise _hostile()


def _enum(cls: type[enum.Enum], value: Any) -> Any:
    try:
        return cls(value)
    except ValueError as exc:
        raise _hostile() from exc


def _match(pattern: re.Pattern[str], value: Any) -> bool:
    return isinstance(value, str) and pattern.match(value) is not None


def _is_time(value: Any) -> bool:
    if not _match(_TIME, value):
        return False
    try:
        datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


def parse_manifest_bytes(data: bytes) -> dict[str, Any]:
    """Bounded canonical-JSON parse plus ``check_manifest``; raise HOSTILE_CONTENT."""
    try:
        doc = _canonical_json.loads(data, max_bytes=MAX_MANIFEST)
    except _canonical_json.CanonicalJsonError as exc:
        raise _hostile() from exc
    check_manifest(doc)
    assert isinstance(doc, dict)
    return doc
