"""Export a case as one signed, encrypted bundle for verified partners.

What a bundle of kind "case" carries (docs/bundle-format.md section 4.6): the exact
form definition the case was written with (from ``form_definitions``, by the case's
content hash), the answers document (below), every attachment streamed from the
attachment store in bounded memory, and the sender's contact card.

Recipients: only *verified* partners (an unverified one is refused, by name, before
anything is written), plus this vault itself, so it can reopen what it sent. The age
recipients are hybrid (ML-KEM-768 + X25519) when every recipient has one, else X25519
(a partner with an older card); ``post_quantum=False`` forces X25519 for partners who
must open bundles with a stock age older than 1.3 (Debian 12 ships 1.1.1).

The answers item (``application/vnd.intake-desk.answers+json``) is canonical JSON, an
envelope marked by its ``intake_desk_case`` key::

    {"answers": {...}, "attachments": [{"id": "<sender's attachment id>",
     "metadata_removed": [...], "original_sha256": "<hex>"}, ...],
     "intake_desk_case": 1, "title": "..."}

with one ``attachments`` entry per attachment item, in item order: answers refer to
attachments by id, and the importer maps the sender's ids to its own; the original
hash and the list of removed metadata travel with the evidence. An answers item
without that key (another writer) is taken as the answers object itself.

The file is written to a hidden temporary name beside the destination and renamed only
when complete; on any failure or cancellation it is deleted. Then the case is marked
exported and sealed (what was sent stays as sent) and the event log records the bundle
id, the recipients' fingerprints and the SHA-256 of the signed manifest (it names every
item's SHA-256 and the age header's, so it identifies what was sent; the importer
records the same value).

Speed: each attachment is decrypted from the store on a helper thread while this one
encrypts the bundle (both ciphers release the GIL), and the store's bytes are not hashed
again (its STREAM authentication under the row's own key vouches for the recorded hash;
the importer checks it anyway). The file is written behind, with its pages handed to the
disk as it grows, so the final fsync - a bundle is often carried away on a USB stick -
waits for little.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

from crypto.bundle import (
    BundleKind,
    ItemInfo,
    ItemRole,
    ItemSource,
    is_acceptable_display_name,
    sanitize_display_name,
    seal_bundle,
)
from crypto.prefetch import Prefetch, gather
from forms import canonical_json
from intake_app.core.errors import (
    ExportCancelledError,
    ExportInsideVaultError,
    ExportTargetError,
    FormDefinitionMissingError,
    PartnerNotVerifiedError,
)
from intake_app.core.exchange_io import PieceReader, WriteBehind
from intake_app.core.fsutil import disk_full_as_error, fsync_dir
from intake_app.core.identity import ensure_identity, own_card
from intake_app.core.partners import partner_card
from intake_app.core.session import Session
from intake_app.storage.records import AttachmentRecord, CaseRecord, CaseStatus, Direction

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

FORM_MEDIA_TYPE = "application/vnd.intake-desk.form+json"
ANSWERS_MEDIA_TYPE = "application/vnd.intake-desk.answers+json"
_FALLBACK_MEDIA_TYPE = "application/octet-stream"
_NAME_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"  # base32, lowercase
_MEDIA_PART = r"[a-z0-9][a-z0-9!#$&^_.+-]*"
_MEDIA_TYPE = re.compile(rf"\A{_MEDIA_PART}/{_MEDIA_PART}\Z")  # docs/bundle-format.md 4.1
_MAX_MEDIA_TYPE = 127
#: Attachment bytes handed from the store's thread at a time: the bundle writer's read.
_PIECE = 1024 * 1024


@dataclass(frozen=True)
class ExportResult:
    """What was written."""

    path: Path
    bundle_id: str
    manifest_sha256: str  # of the signed manifest (docs/bundle-format.md)
    size: int
    recipients: tuple[str, ...]  # fingerprints (digits) of every recipient, sender first
    post_quantum: bool  # True if hybrid recipients were used


def default_bundle_name() -> str:
    """A file name that says nothing about the case: 10 random base32 letters + ".age".

    ".age" only says it is an age file (true of any bundle, and what the stock tool
    expects); no date, no name, no partner.
    """
    return "".join(secrets.choice(_NAME_ALPHABET) for _ in range(10)) + ".age"


def case_ref(case: CaseRecord) -> str:
    """The case's stable reference in bundles: same for every export of the case."""
    return hashlib.sha256(b"intake-desk-case-ref\x00" + case.id.encode()).hexdigest()[:32]


def _form_bytes(session: Session, case: CaseRecord) -> bytes:
    text = session.form_definitions.get(case.form_hash)
    if text is None:
        raise FormDefinitionMissingError
    try:
        data = canonical_json(json.loads(text))
    except (ValueError, TypeError):
        raise FormDefinitionMissingError from None
    if hashlib.sha256(data).hexdigest() != case.form_hash:
        raise FormDefinitionMissingError
    return data


def _answers_bytes(case: CaseRecord, attachments: Sequence[AttachmentRecord]) -> bytes:
    doc: dict[str, Any] = {
        "intake_desk_case": 1,
        "title": case.title,
        "answers": case.answers,
        "attachments": [
            {
                "id": a.id,
                "original_sha256": a.original_sha256,
                "metadata_removed": list(a.metadata_removed),
            }
            for a in attachments
        ],
    }
    return canonical_json(doc)


def _inside(folder: Path, vault: Path) -> bool:
    """True if ``folder`` is the vault's folder or inside it (links resolved)."""
    try:
        return folder.resolve().is_relative_to(vault.resolve())
    except OSError:
        return False


def _media_type(value: str) -> str:
    """``value`` if the format accepts it (section 4.1), else application/octet-stream."""
    if len(value) <= _MAX_MEDIA_TYPE and _MEDIA_TYPE.match(value):
        return value
    return _FALLBACK_MEDIA_TYPE


def _item_name(name: str) -> str:
    clean = sanitize_display_name(name)
    return clean if is_acceptable_display_name(clean) else "item"


class _Progress:
    def __init__(self, total: int, progress: ProgressFn | None, cancel: CancelFn | None) -> None:
        self.done = 0
        self.total = total
        self._progress = progress
        self._cancel = cancel

    def advance(self, n: int) -> None:
        if self._cancel is not None and self._cancel():
            raise ExportCancelledError
        self.done += n
        if self._progress is not None:
            self._progress(self.done, self.total)


def _memory_item(data: bytes, info: ItemInfo, tracker: _Progress) -> ItemSource:
    return ItemSource(info, lambda: cast(BinaryIO, PieceReader(iter([data]), tracker.advance)))


def _attachment_item(session: Session, att: AttachmentRecord, tracker: _Progress) -> ItemSource:
    info = ItemInfo(
        _item_name(att.display_name),
        _media_type(att.media_type),
        ItemRole.ATTACHMENT,
        att.size,
        att.sha256,
    )

    def stream() -> BinaryIO:
        # The store decrypts on a helper thread, a megabyte ahead of the bundle's own
        # encryption on this one (both release the GIL: two cores, two ciphers).
        pieces = Prefetch(gather(session.attachments.open(att.id), _PIECE), name="store-read")
        return cast(BinaryIO, PieceReader(pieces, tracker.advance))

    # The store authenticates every byte under a key kept beside the recorded hash.
    return ItemSource(info, stream, authenticated=True)


def export_case(
    session: Session,
    case_id: str,
    partner_ids: Sequence[str],
    dest: Path,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    *,
    post_quantum: bool = True,
) -> ExportResult:
    """Write the case as a bundle to the new file ``dest`` for the given partners.

    Raises ``RecordNotFoundError`` (case or partner), ``PartnerNotVerifiedError`` naming
    every unverified partner, ``FormDefinitionMissingError``, ``ExportTargetError`` if
    ``dest`` exists, ``ExportInsideVaultError`` if it would be in the vault's folder,
    ``ExportCancelledError`` when ``cancel()`` returns True, ``DiskFullError``,
    ``VaultCorruptError`` (a damaged attachment) or ``BundleWriteError``.
    On any failure no file is left and the vault is unchanged. ``progress(done, total)``
    is called in bytes of plaintext.
    """
    if not partner_ids:
        raise ValueError("at least one partner is needed")
    case = session.cases.get(case_id)
    partners = [session.partners.get(pid) for pid in dict.fromkeys(partner_ids)]
    unverified = [p.display_name for p in partners if not p.verified]
    if unverified:
        raise PartnerNotVerifiedError(unverified)
    if dest.exists():
        raise ExportTargetError
    if _inside(dest.parent, session.path):
        # A bundle left among the vault's files is easily copied along with the vault or
        # lost with it, and looks like part of it; it belongs with what is handed over.
        raise ExportInsideVaultError
    identity = ensure_identity(session)
    sender_card = own_card(session)
    cards = [partner_card(p) for p in partners]
    form = _form_bytes(session, case)
    attachments = session.attachments.for_case(case.id)
    answers = _answers_bytes(case, attachments)
    tracker = _Progress(
        len(form) + len(answers) + sum(a.size for a in attachments), progress, cancel
    )
    items = [
        _memory_item(
            form,
            ItemInfo("form.json", FORM_MEDIA_TYPE, ItemRole.FORM, len(form), case.form_hash),
            tracker,
        ),
        _memory_item(
            answers,
            ItemInfo(
                "answers.json",
                ANSWERS_MEDIA_TYPE,
                ItemRole.ANSWERS,
                len(answers),
                hashlib.sha256(answers).hexdigest(),
            ),
            tracker,
        ),
        *(_attachment_item(session, a, tracker) for a in attachments),
    ]
    record = {
        "case_ref": case_ref(case),
        "form": {"id": case.form_id, "version": case.form_version, "content_hash": case.form_hash},
    }
    tmp = dest.parent / f".{secrets.token_hex(8)}.part"
    try:
        with disk_full_as_error():
            with open(tmp, "xb") as raw, contextlib.closing(WriteBehind(raw)) as out:  # noqa: PTH123
                sealed = seal_bundle(
                    identity,
                    sender_card,
                    cards,
                    BundleKind.CASE,
                    record,
                    items,
                    cast(BinaryIO, out),
                    post_quantum=post_quantum,
                )
                out.flush()  # everything written (by the writing thread) and flushed
                os.fsync(raw.fileno())
                file_size = out.size
            if dest.exists():  # appeared meanwhile: never overwrite someone's file
                raise ExportTargetError
            tmp.replace(dest)
            fsync_dir(dest.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    manifest = json.loads(sealed.manifest)
    manifest_sha = hashlib.sha256(sealed.manifest).hexdigest()
    fingerprints = tuple(r["fingerprint"] for r in manifest["recipients"])
    hybrid = any(r["age"][0].startswith("age1pq1") for r in manifest["recipients"])
    try:
        with session.transaction():
            if case.direction is Direction.SENT:
                session.cases.set_status(case.id, CaseStatus.EXPORTED, sealed=True)
            session.events.append(
                "case_exported",
                case.id,
                {
                    "bundle_id": sealed.bundle_id,
                    "recipients": list(fingerprints),
                    "manifest_sha256": manifest_sha,
                    "size": file_size,
                    "post_quantum": hybrid,
                },
            )
    except BaseException:
        # The vault could not record the export: do not leave an unrecorded bundle.
        with contextlib.suppress(FileNotFoundError):
            dest.unlink()
        raise
    return ExportResult(dest, sealed.bundle_id, manifest_sha, file_size, fingerprints, hybrid)
