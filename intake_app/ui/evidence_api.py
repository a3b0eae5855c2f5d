"""The evidence panel's calls into the vault session (database thread only).

Attaching is the core's ``attach_file`` (core/cases.py: metadata found, removed or the
reason it could not be, the original's hash kept). Reading for a preview returns the
decrypted bytes to memory only - never to a file - and refuses above
``PREVIEW_MAX_BYTES`` before reading anything. Removing an attachment takes its id out
of the report's answers first, then destroys it (row and key first, then the file), so
a failure in between leaves general evidence, never an answer pointing at nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake_app.core import cases as core_cases
from intake_app.core.errors import CaseSealedError, RecordNotFoundError
from intake_app.core.evidence import CleanWarning, MetadataKind
from intake_app.core.session import Session
from intake_app.storage.records import AttachmentRecord
from intake_app.ui.errors import PreviewTooLargeError

#: Largest attachment shown inside the app (images are decoded to several times this).
PREVIEW_MAX_BYTES = 40 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentView:
    """One attachment as the panel shows it.

    ``removed_count`` is how many pieces of metadata were removed when it was added.
    ``removed_kinds``/``kept_kinds``/``warning``/``fresh`` are known only right after
    attaching in this window (``fresh`` True); the vault keeps the count and the hashes.
    """

    id: str
    name: str
    media_type: str
    size: int
    removed_count: int
    fresh: bool = False
    removed_kinds: tuple[MetadataKind, ...] = ()
    kept_kinds: tuple[MetadataKind, ...] = ()
    warning: CleanWarning | None = None


@dataclass(frozen=True)
class EvidenceState:
    """A report's attachments and whether it can still change."""

    case_id: str
    title: str
    sealed: bool
    attachments: tuple[AttachmentView, ...]


def _view(record: AttachmentRecord) -> AttachmentView:
    return AttachmentView(
        id=record.id,
        name=record.display_name,
        media_type=record.media_type,
        size=record.size,
        removed_count=len(record.metadata_removed),
    )


def evidence_state(session: Session, case_id: str) -> EvidenceState:
    """The report's title, sealed flag and attachments (oldest first)."""
    case = session.cases.get(case_id)
    return EvidenceState(
        case_id=case.id,
        title=case.title,
        sealed=case.sealed,
        attachments=tuple(_view(r) for r in session.attachments.for_case(case.id)),
    )


def attach(session: Session, case_id: str, path: Path) -> AttachmentView:
    """Clean and store ``path`` as general evidence of the report.

    Raises what ``core.cases.attach_file`` raises (``CaseSealedError``,
    ``EvidenceSourceError``, ``DiskFullError``...); nothing changes on failure.
    """
    outcome = core_cases.attach_file(session, case_id, path)
    removed = tuple(dict.fromkeys(i.kind for i in outcome.found if outcome.removed and not i.kept))
    kept = tuple(dict.fromkeys(i.kind for i in outcome.found if i.kept or not outcome.removed))
    return AttachmentView(
        id=outcome.record.id,
        name=outcome.record.display_name,
        media_type=outcome.record.media_type,
        size=outcome.record.size,
        removed_count=len(outcome.record.metadata_removed),
        fresh=True,
        removed_kinds=removed,
        kept_kinds=kept,
        warning=outcome.warning,
    )


def read_preview(session: Session, attachment_id: str) -> bytes:
    """The attachment's plaintext, in memory. Raises ``PreviewTooLargeError`` first if big."""
    record = session.attachments.get(attachment_id)
    if record.size > PREVIEW_MAX_BYTES:
        raise PreviewTooLargeError
    return session.attachments.read_all(attachment_id)


def _without(value: Any, attachment_id: str) -> Any:
    if isinstance(value, list):
        return [_without(v, attachment_id) for v in value if v != attachment_id]
    if isinstance(value, dict):
        return {k: _without(v, attachment_id) for k, v in value.items()}
    return value


def remove_attachment(session: Session, case_id: str, attachment_id: str) -> None:
    """Destroy the attachment and drop it from the report's answers.

    Raises ``CaseSealedError`` for a sent report and ``RecordNotFoundError``.
    """
    case = session.cases.get(case_id)
    if case.sealed:
        raise CaseSealedError
    record = session.attachments.get(attachment_id)
    if record.case_id != case.id:
        raise RecordNotFoundError  # never reach into another report from this panel
    answers = _without(case.answers, attachment_id)
    with session.transaction():
        if answers != case.answers:
            session.cases.save_answers(case.id, answers)
        session.events.append("attachment_removed", case.id, {"attachment_id": attachment_id})
    session.attachments.delete(attachment_id)
