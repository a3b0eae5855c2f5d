"""Plain records the repositories return: frozen dataclasses and enums, no behaviour."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Any


def utc_now() -> str:
    """Return the current time as an ISO 8601 UTC string with microseconds."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def to_json(value: Any) -> str:
    """Canonical JSON for storage: sorted keys, no ASCII escaping, compact."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Direction(Enum):
    """Whether a case was written here and sent, or received from someone else."""

    SENT = "sent"
    RECEIVED = "received"


class CaseStatus(Enum):
    """Where a case stands."""

    DRAFT = "draft"
    EXPORTED = "exported"
    RECEIVED = "received"
    IN_REVIEW = "in_review"
    ANSWERED = "answered"
    CLOSED = "closed"


@dataclass(frozen=True)
class CaseRecord:
    """One case (a report) and its answers."""

    id: str
    form_id: str
    form_version: str
    form_hash: str
    title: str
    answers: dict[str, Any]
    status: CaseStatus
    direction: Direction
    created_at: str
    updated_at: str
    source_id: str | None = None
    partner_id: str | None = None
    bundle_id: str | None = None
    sealed: bool = False
    parent_id: str | None = None

    def __repr__(self) -> str:  # answers are case content: never in logs or tracebacks
        return f"CaseRecord(id={self.id!r}, status={self.status.value!r})"


@dataclass(frozen=True)
class AttachmentRecord:
    """An attachment's metadata; its bytes live encrypted under attachments/."""

    id: str
    case_id: str
    display_name: str
    media_type: str
    size: int
    sha256: str
    original_sha256: str
    metadata_removed: list[str]
    storage_ref: str
    created_at: str
    file_key: bytes = field(repr=False, compare=False)

    def __repr__(self) -> str:
        return f"AttachmentRecord(id={self.id!r}, size={self.size})"


@dataclass(frozen=True)
class PartnerRecord:
    """An organisation this vault sends to (its contact card and verification state)."""

    id: str
    display_name: str
    card: bytes
    signing_key: bytes
    fingerprint: str
    verified_at: str | None
    created_at: str

    @property
    def verified(self) -> bool:
        return self.verified_at is not None


@dataclass(frozen=True)
class SourceRecord:
    """Someone who sent cases to this vault, known by their signing key."""

    id: str
    signing_key: bytes
    card: bytes | None
    label: str
    verified_at: str | None
    created_at: str


@dataclass(frozen=True)
class EventRecord:
    """One entry of the append-only event log."""

    id: int
    time: str
    kind: str
    subject: str | None
    details: dict[str, Any]
