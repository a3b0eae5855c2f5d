"""Import bundles: verify everything, then store the case in one transaction.

Order (docs/bundle-format.md section 9): ``open_bundle`` with this vault's identity
checks the age layer, the manifest, the sender's card and signature, that this vault
is a signed recipient, and the header hash. Then the application decides:

1. **Kind**: this version stores cases; replies and receipts are refused as
   NOT_SUPPORTED (they are specified, and will be stored with the caseworker's desk).
2. **Trust**: a sender whose signing key is a partner's key is that partner (if the
   card carries other age keys than the pinned card, it is a KEY_MISMATCH). A sender
   that *claims* a partner without its key - the card's name is, or looks like, a
   verified partner's name (core/names.py: case, spacing, invisible characters and
   look-alike letters do not count), or one of its age recipients belongs to any
   partner - is KEY_MISMATCH naming
   that partner. Any other key is a source: the one already pinned to it, or a new one
   (reporters are new people; the caseworker can confirm them later).
3. **Replay**: a bundle id already imported is ALREADY_IMPORTED when it carries the same
   signed manifest (the file may differ: armored, or re-encrypted by its sender) or
   comes from the same sender as the case imported then, and UNREADABLE ("was
   altered") when someone else reuses the id. Every item is checked either way.
4. **Store**: the items stream straight into the vault (attachments through the
   attachment store), inside one transaction that commits only after the reader has
   checked every byte and the end of the payload. On any error the transaction rolls
   back and every attachment file written is deleted: the vault is as it was.

Nothing is written to the vault for a rejected file - not even an event: a hostile
sender must not be able to grow or alter a vault by sending it files. The outcome is
reported to the person instead. A successful import logs the bundle id, the sender's
fingerprint and the SHA-256 of the signed manifest (which names every item's SHA-256
and the age header's: it identifies the content, in whatever file it came). The file's
own bytes are not hashed: that whole extra pass over the file would prove nothing the
manifest does not.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO, cast

from crypto.bundle import (
    BundleError,
    BundleKind,
    BundleReader,
    BundleRejection,
    ItemRole,
    open_bundle,
)
from crypto.cards import ContactCard
from forms import form_hash
from intake_app.core.errors import IntakeError
from intake_app.core.exchange_io import ObservedReader
from intake_app.core.fsutil import open_input
from intake_app.core.identity import ensure_identity
from intake_app.core.layout import attachments_path
from intake_app.core.names import names_confusable
from intake_app.core.partners import fingerprint_of, partner_card
from intake_app.core.session import Session
from intake_app.storage.records import CaseStatus, Direction, PartnerRecord

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

#: Largest form definition and answers document accepted (they are held in memory).
MAX_FORM_BYTES = 2 * 1024 * 1024
MAX_ANSWERS_BYTES = 16 * 1024 * 1024
_MAX_TITLE = 1000
#: A SHA-256 as the envelope carries it. Only the length was checked before, so 64
#: characters of line breaks and escape sequences reached every view of the attachment.
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
#: Marks the answers item as this implementation's envelope (see core/export.py).
ENVELOPE_KEY = "intake_desk_case"


class ImportStatus(Enum):
    """What happened to one file."""

    IMPORTED = "imported"
    ALREADY_IMPORTED = "already_imported"
    REJECTED = "rejected"  # the file is refused; see ``reason``
    CANCELLED = "cancelled"  # the person cancelled; nothing was added
    FAILED = "failed"  # this vault could not store it (disk full, damage); see ``message``


class ImportRejection(Enum):
    """Why a file was refused (the issue's reason classes)."""

    NOT_A_BUNDLE = "not_a_bundle"
    UNREADABLE = "unreadable"  # cannot be decrypted or was altered
    NOT_ADDRESSED = "not_addressed"  # not addressed to this vault
    HOSTILE = "hostile_content"  # decrypts, but breaks the format's safety rules
    KEY_MISMATCH = "key_mismatch"  # signed by a key that does not match partner X
    NOT_SUPPORTED = "not_supported"  # a reply or receipt: not stored by this version


_MESSAGES = {
    ImportRejection.NOT_A_BUNDLE: "This file is not an Intake Desk bundle.",
    ImportRejection.UNREADABLE: "This bundle cannot be decrypted or was altered.",
    ImportRejection.NOT_ADDRESSED: "This bundle is not addressed to this vault.",
    ImportRejection.HOSTILE: "This bundle breaks the format's safety rules and was refused.",
    ImportRejection.NOT_SUPPORTED: (
        "This bundle is a reply or receipt, which this version cannot store yet."
    ),
}

_FROM_CRYPTO = {
    BundleRejection.NOT_A_BUNDLE: ImportRejection.NOT_A_BUNDLE,
    BundleRejection.UNREADABLE: ImportRejection.UNREADABLE,
    BundleRejection.NOT_ADDRESSED: ImportRejection.NOT_ADDRESSED,
    BundleRejection.HOSTILE_CONTENT: ImportRejection.HOSTILE,
}


@dataclass(frozen=True)
class ImportOutcome:
    """The result of importing one file; ``message`` is one sentence for people."""

    path: Path
    status: ImportStatus
    message: str
    reason: ImportRejection | None = None
    bundle_id: str | None = None
    case_id: str | None = None
    sender_fingerprint: str | None = None
    partner_id: str | None = None
    source_id: str | None = None
    partner_name: str | None = None  # the sending partner, or the one a KEY_MISMATCH claimed
    new_source: bool = False  # the sender was unknown: a new source was created
    manifest_sha256: str | None = None  # SHA-256 of the signed manifest
    # ALREADY_IMPORTED, but the case imported then was deleted since: the replay is still
    # recognised (a deleted case never comes back from a folder imported again), and
    # nothing of it is in the vault.
    case_deleted: bool = False

    @property
    def ok(self) -> bool:
        """True if the case is in the vault now (imported now or before)."""
        if self.status is ImportStatus.ALREADY_IMPORTED:
            return not self.case_deleted
        return self.status is ImportStatus.IMPORTED


class _CancelledError(Exception):
    """The caller's ``cancel()`` said stop."""


class _RefusedError(Exception):
    def __init__(self, reason: ImportRejection, partner: PartnerRecord | None = None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.partner = partner


@dataclass(frozen=True)
class _Sender:
    partner: PartnerRecord | None
    source_id: str | None  # an existing source pinned to the key
    card: ContactCard


def _decide_sender(session: Session, card: ContactCard) -> _Sender:
    """Who sent it (module docstring, step 2); raises KEY_MISMATCH for a false claim."""
    keys = card.public_keys
    partner = session.partners.find_by_key(keys.signing_key)
    if partner is not None:
        if not fingerprint_of(partner).matches(card.fingerprint):
            raise _RefusedError(ImportRejection.KEY_MISMATCH, partner)
        return _Sender(partner, None, card)
    offered = {k for k in (keys.age_x25519, keys.age_hybrid) if k is not None}
    for p in session.partners.list():
        if p.verified and names_confusable(p.display_name, card.name):
            raise _RefusedError(ImportRejection.KEY_MISMATCH, p)
        if offered & _card_keys(p):
            raise _RefusedError(ImportRejection.KEY_MISMATCH, p)
    source = session.sources.find_by_key(keys.signing_key)
    return _Sender(None, source.id if source else None, card)


def _same_sender(session: Session, case_id: str | None, card: ContactCard) -> bool:
    """True if the case imported earlier came from the signing key of ``card``."""
    if case_id is None:
        return False
    case = session.cases.get(case_id)
    if case.partner_id is not None:
        key = session.partners.get(case.partner_id).signing_key
    elif case.source_id is not None:
        key = session.sources.get(case.source_id).signing_key
    else:
        return False
    return key == card.public_keys.signing_key


def _card_keys(partner: PartnerRecord) -> set[str]:
    keys = partner_card(partner).public_keys
    return {k for k in (keys.age_x25519, keys.age_hybrid) if k is not None}


def _read_small(pieces: Any, limit: int) -> bytes:
    out = bytearray()
    for piece in pieces:
        out += piece
        if len(out) > limit:
            raise _RefusedError(ImportRejection.HOSTILE)
    return bytes(out)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = value
    return result


#: Deeper JSON than this in an answers or form item is hostile: real answers nest a
#: handful of levels, form definitions a few dozen; the vault's own code walks them
#: recursively and must never meet a RecursionError.
_MAX_JSON_DEPTH = 64


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN and Infinity: Python's json accepts them


def _finite_float(text: str) -> float:
    # 1e400 reads as inf without passing through parse_constant; kept, it would be
    # written out as the non-JSON word Infinity ('intake case show --json').
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("a number too large is not kept")
    return value


def _parse_json_object(data: bytes) -> dict[str, Any]:
    """The JSON object in ``data``; HOSTILE unless it is one the vault can keep exactly.

    Refuses what strict JSON refuses (duplicate keys, NaN/Infinity, numbers such as
    1e400 that would read as infinity), nesting deeper
    than ``_MAX_JSON_DEPTH``, and strings holding lone surrogates (``"\\ud800"``), which
    no UTF-8 store can hold.
    """
    try:
        doc = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
        )
    except (ValueError, RecursionError):
        raise _RefusedError(ImportRejection.HOSTILE) from None
    if not isinstance(doc, dict):
        raise _RefusedError(ImportRejection.HOSTILE)
    _check_storable(doc)
    return doc


def _check_storable(doc: Any) -> None:
    """Walk ``doc`` without recursion; refuse deep nesting and unencodable strings."""
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > _MAX_JSON_DEPTH:
            raise _RefusedError(ImportRejection.HOSTILE)
        if isinstance(value, str):
            texts: list[str] = [value]
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
            continue
        elif isinstance(value, dict):
            texts = list(value)
            stack.extend((v, depth + 1) for v in value.values())
        else:
            continue
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise _RefusedError(ImportRejection.HOSTILE) from None


def _parse_answers(
    data: bytes, attachment_count: int
) -> tuple[str, dict[str, Any], list[dict[str, Any]] | None]:
    """(title, answers, attachment metadata or None) from the answers item.

    The item is this implementation's envelope (core/export.py: an object with
    ``"intake_desk_case": 1``) or, from other writers, the answers object itself.
    """
    doc = _parse_json_object(data)
    if ENVELOPE_KEY not in doc:
        return "", doc, None
    if set(doc) != {ENVELOPE_KEY, "title", "answers", "attachments"} or doc[ENVELOPE_KEY] != 1:
        raise _RefusedError(ImportRejection.HOSTILE)
    title, answers, atts = doc["title"], doc["answers"], doc["attachments"]
    if not isinstance(title, str) or len(title) > _MAX_TITLE:
        raise _RefusedError(ImportRejection.HOSTILE)
    if not isinstance(answers, dict) or not isinstance(atts, list) or len(atts) != attachment_count:
        raise _RefusedError(ImportRejection.HOSTILE)
    for a in atts:
        if (
            not isinstance(a, dict)
            or set(a) != {"id", "original_sha256", "metadata_removed"}
            or not isinstance(a["id"], str)
            or not isinstance(a["original_sha256"], str)
            or not _SHA256_HEX.fullmatch(a["original_sha256"])
            or not isinstance(a["metadata_removed"], list)
            or not all(isinstance(m, str) for m in a["metadata_removed"])
        ):
            raise _RefusedError(ImportRejection.HOSTILE)
    return title, answers, atts


def _check_form(data: bytes, content_hash: str, form_id: str, version: str) -> str:
    """The definition text, if it is a JSON object whose canonical form hashes to the
    declared content hash and whose id/version (when present) match the record.

    Full form validation happens when the case is rendered (a newer sender may use
    form features this version does not know; the case must still be kept).
    """
    doc = _parse_json_object(data)
    try:
        if form_hash(doc) != content_hash:
            raise _RefusedError(ImportRejection.HOSTILE)
    except (ValueError, TypeError):
        raise _RefusedError(ImportRejection.HOSTILE) from None
    for key, expected in (("id", form_id), ("version", version)):
        if key in doc and str(doc[key]) != expected:
            raise _RefusedError(ImportRejection.HOSTILE)
    return data.decode("utf-8")


def _remap(value: Any, ids: dict[str, str]) -> Any:
    """Replace the sender's attachment ids by ours wherever the answers hold one."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [_remap(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _remap(v, ids) for k, v in value.items()}
    return value


class _PieceReader:
    """``read(n)`` over an iterator of immutable pieces, handing whole pieces on as they
    are when they fit (the reader's 1 MiB pieces match the store's 1 MiB reads: no
    copy). Errors of the iterator (a failed check) surface from ``read``."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._pending = b""

    def read(self, n: int = -1, /) -> bytes:
        while not self._pending:
            piece = next(self._pieces, None)
            if piece is None:
                return b""
            self._pending = piece
        if n < 0 or n >= len(self._pending):
            out, self._pending = self._pending, b""
            return out
        out, self._pending = self._pending[:n], self._pending[n:]
        return out


def _store(
    session: Session,
    reader: BundleReader,
    sender: _Sender,
    written: list[Path],
) -> str:
    """Stream the items into the vault (the caller holds the transaction); return the
    new case's id. Every attachment file written is appended to ``written``, so the
    caller can delete them if anything fails before the commit."""
    m = reader.manifest
    form_meta = m.record["form"]
    source_id = sender.source_id
    if sender.partner is None and source_id is None:
        keys = sender.card.public_keys
        source_id = session.sources.add(
            signing_key=keys.signing_key, card=sender.card.to_bytes(), label=sender.card.name
        ).id
    items = reader.items()
    info, pieces = next(items)
    if info.role is not ItemRole.FORM or info.size > MAX_FORM_BYTES:
        raise _RefusedError(ImportRejection.HOSTILE)
    definition = _check_form(
        _read_small(pieces, MAX_FORM_BYTES),
        form_meta["content_hash"],
        form_meta["id"],
        form_meta["version"],
    )
    info, pieces = next(items)
    if info.role is not ItemRole.ANSWERS or info.size > MAX_ANSWERS_BYTES:
        raise _RefusedError(ImportRejection.HOSTILE)
    title, answers, att_meta = _parse_answers(
        _read_small(pieces, MAX_ANSWERS_BYTES), len(m.items) - 2
    )
    session.form_definitions.put(
        form_meta["content_hash"], form_meta["id"], form_meta["version"], definition
    )
    case = session.cases.create(
        form_id=form_meta["id"],
        form_version=form_meta["version"],
        form_hash=form_meta["content_hash"],
        title=title,
        answers=answers,
        status=CaseStatus.RECEIVED,
        direction=Direction.RECEIVED,
        source_id=source_id if sender.partner is None else None,
        partner_id=sender.partner.id if sender.partner is not None else None,
        bundle_id=m.bundle_id,
    )
    ids: dict[str, str] = {}
    folder = attachments_path(session.path)
    for index, (info, pieces) in enumerate(items):
        meta = att_meta[index] if att_meta is not None else None
        # The reader hashes each item and raises before its last piece on a mismatch,
        # so the store takes the verified hash instead of hashing the bytes again.
        att = session.attachments.add(
            case.id,
            _PieceReader(pieces),
            info.name,
            info.media_type,
            original_sha256=meta["original_sha256"] if meta else None,
            metadata_removed=meta["metadata_removed"] if meta else (),
            verified_sha256=info.sha256,
        )
        written.append(folder / att.storage_ref)
        if meta is not None:
            ids[meta["id"]] = att.id
    # The loop above ran the reader to its end, which checks nothing follows the items.
    session.cases.save_answers(case.id, _remap(answers, ids))
    session.cases.set_status(case.id, CaseStatus.RECEIVED, sealed=True)
    return case.id


def _discard(written: list[Path]) -> None:
    for path in written:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _rejected(path: Path, reason: ImportRejection, **extra: Any) -> ImportOutcome:
    partner_name = extra.get("partner_name")
    if reason is ImportRejection.KEY_MISMATCH:
        message = (
            f"This bundle is signed by a key that does not match the partner {partner_name!r}; "
            "it was refused."
        )
    else:
        message = _MESSAGES[reason]
    return ImportOutcome(path, ImportStatus.REJECTED, message, reason=reason, **extra)


def _drain_items(reader: BundleReader) -> None:
    for _, pieces in reader.items():
        for _ in pieces:
            pass


def import_bundle(
    session: Session,
    path: Path,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportOutcome:
    """Import the bundle file ``path`` into the vault; never raises for a bad file.

    Returns IMPORTED (with the new case's id), ALREADY_IMPORTED (nothing stored),
    REJECTED with a ``reason`` (nothing stored, not even an event), CANCELLED when
    ``cancel()`` returned True (nothing stored), or FAILED when this vault could not
    store it (unreadable file, disk full, damaged vault). ``progress(done, total)`` is
    told the bytes of the file read so far.
    Re-raises only what is not about the file (e.g. ``KeyboardInterrupt`` after
    undoing everything).
    """
    identity = ensure_identity(session)
    written: list[Path] = []
    bundle_id: str | None = None
    sender_fp: str | None = None

    def observe(done: int) -> None:
        if cancel is not None and cancel():
            raise _CancelledError
        if progress is not None:
            progress(done, total)

    try:
        # Never ``open``: on a FIFO nobody writes to it waits forever, and a batch must
        # go on past such a file; a pipe reads normally (total 0: size unknown).
        with contextlib.ExitStack() as stack:
            raw = stack.enter_context(open_input(path))
            total = os.fstat(raw.fileno()).st_size
            reader = stack.enter_context(
                open_bundle(identity, cast(BinaryIO, ObservedReader(raw, observe)))
            )
            m = reader.manifest
            bundle_id, sender_fp = m.bundle_id, m.sender.fingerprint.digits
            manifest_sha = hashlib.sha256(m.raw).hexdigest()
            if identity.public_keys.fingerprint.matches(m.sender.fingerprint):
                _drain_items(reader)
                return ImportOutcome(
                    path,
                    ImportStatus.ALREADY_IMPORTED,
                    "This bundle was sent from this vault; its case is already here.",
                    bundle_id=bundle_id,
                    sender_fingerprint=sender_fp,
                )
            if m.kind is not BundleKind.CASE:
                raise _RefusedError(ImportRejection.NOT_SUPPORTED)
            sender = _decide_sender(session, m.sender)
            previous = session.imported_bundles.get(bundle_id)
            if previous is not None:
                # Check every item against the signed manifest before calling it a replay:
                # the same bundle may come back armored or re-encrypted by its sender (a
                # different file), which is still the same signed bundle.
                _drain_items(reader)
                if previous[0] != manifest_sha and not _same_sender(session, previous[1], m.sender):
                    raise BundleError(BundleRejection.UNREADABLE)  # an id reused: altered
                deleted = previous[1] is None  # the row outlives its case (SET NULL)
                return ImportOutcome(
                    path,
                    ImportStatus.ALREADY_IMPORTED,
                    "This bundle was imported before and its case was deleted since; "
                    "nothing was added."
                    if deleted
                    else "This bundle was already imported; nothing was added.",
                    case_deleted=deleted,
                    case_id=previous[1],
                    manifest_sha256=manifest_sha,
                    bundle_id=bundle_id,
                    sender_fingerprint=sender_fp,
                )
            new_source = sender.partner is None and sender.source_id is None
            from_name = sender.partner.display_name if sender.partner else None
            with session.transaction():
                case_id = _store(session, reader, sender, written)
                session.imported_bundles.record(bundle_id, manifest_sha, case_id)
                case = session.cases.get(case_id)
                session.events.append(
                    "bundle_imported",
                    case_id,
                    {
                        "bundle_id": bundle_id,
                        "sender_fingerprint": sender_fp,
                        "manifest_sha256": manifest_sha,
                        "partner_id": case.partner_id,
                        "source_id": case.source_id,
                    },
                )
    except BundleError as exc:
        _discard(written)
        return _rejected(
            path, _FROM_CRYPTO[exc.reason], bundle_id=bundle_id, sender_fingerprint=sender_fp
        )
    except _RefusedError as exc:
        _discard(written)
        name = exc.partner.display_name if exc.partner is not None else None
        return _rejected(
            path,
            exc.reason,
            bundle_id=bundle_id,
            sender_fingerprint=sender_fp,
            partner_name=name,
            partner_id=exc.partner.id if exc.partner else None,
        )
    except _CancelledError:
        _discard(written)
        return ImportOutcome(
            path, ImportStatus.CANCELLED, "The import was cancelled; nothing was added."
        )
    except IntakeError as exc:
        _discard(written)
        return ImportOutcome(path, ImportStatus.FAILED, str(exc), bundle_id=bundle_id)
    except OSError as exc:
        _discard(written)
        reason = exc.strerror or "unknown error"
        return ImportOutcome(path, ImportStatus.FAILED, f"This file cannot be read: {reason}.")
    except BaseException:
        _discard(written)
        raise
    return ImportOutcome(
        path,
        ImportStatus.IMPORTED,
        "Imported.",
        bundle_id=bundle_id,
        case_id=case_id,
        sender_fingerprint=sender_fp,
        partner_id=case.partner_id,
        source_id=case.source_id,
        partner_name=from_name,
        new_source=new_source,
        manifest_sha256=manifest_sha,
    )


def import_bundles(session: Session, paths: list[Path]) -> list[ImportOutcome]:
    """Import each file in turn, continuing past bad ones; one outcome per file."""
    return [import_bundle(session, p) for p in paths]
