"""Cases as use cases: create from a form, attach evidence, find, delete.

Qt-free; the command line and the desktop call these with an open ``Session``.

Attachments and answers. An ``attachment`` field's answer is a list of attachment ids of
the same case. Ids cannot exist before the files are stored, so a new case names its
files by request: ``AttachRequest(path, field="ev_notice")`` puts the stored file's id
into that question (``field="detentions[0].papers"`` for one inside a repeat),
``AttachRequest(path)`` attaches it as general evidence (in no question). Ids typed
into the answers of a new case are refused: they cannot name files of this case.

Atomicity. ``new_case`` validates everything first, then writes the form definition,
the case, every attachment and the event log entries in one database transaction. The
attachment files are written (encrypted) before their rows; if anything fails the
transaction rolls back and the files it wrote, whose keys never reached the database,
are removed. No case is left half made.
"""

from __future__ import annotations

import contextlib
import secrets
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from forms import (
    FieldType,
    FormDefinition,
    IssueCode,
    Repeat,
    country_name,
    localized_text,
)
from intake_app.core import answer_paths as paths
from intake_app.core.case_refs import find_case
from intake_app.core.errors import (
    CaseHasRepliesError,
    CaseSealedError,
    InvalidAnswersError,
)
from intake_app.core.evidence import (
    CleanWarning,
    EvidenceSourceError,
    MetadataItem,
    inspect_and_clean,
)
from intake_app.core.session import Session
from intake_app.storage.records import AttachmentRecord, CaseRecord, CaseStatus, Direction

if TYPE_CHECKING:
    from forms import Issue as FormIssue

# forms.validation (with the expression compiler behind it, ~20 ms) is imported by the
# functions that validate: listing, showing or deleting a case needs none of it.
#: Longest display name kept for an attached file.
MAX_DISPLAY_NAME = 200
#: Longest case title.
MAX_TITLE = 200


@dataclass(frozen=True)
class AttachRequest:
    """A file to attach: ``field`` is the path of an attachment question (``ev_notice``,
    ``detentions[0].papers``), None for general evidence."""

    path: Path
    field: str | None = None


@dataclass(frozen=True)
class AttachOutcome:
    """One stored attachment and what metadata cleaning did to it.

    ``found`` describes what was seen (never values); when ``removed`` is True all of it
    was removed except items marked ``kept``. ``warning`` says why a file was stored as it
    was (None when it was cleaned or had nothing to clean).
    """

    record: AttachmentRecord
    field: str | None
    found: tuple[MetadataItem, ...]
    removed: bool
    warning: CleanWarning | None


@dataclass(frozen=True)
class NewCase:
    """The case ``new_case`` created and its attachments, in the order requested."""

    case: CaseRecord
    attachments: tuple[AttachOutcome, ...]


def case_form(session: Session, case: CaseRecord) -> FormDefinition:
    """The exact form definition ``case`` was written with. Raises FormNotFoundError."""
    return session.forms.by_hash(case.form_hash)


def new_case(
    session: Session,
    form: FormDefinition,
    answers: Any,
    attachments: Sequence[AttachRequest] = (),
    *,
    keep_metadata: bool = False,
    language: str | None = None,
    title: str | None = None,
) -> NewCase:
    """Validate ``answers`` against ``form`` and store a new draft case with its files.

    Answers to questions that do not apply are dropped. Raises InvalidAnswersError with
    every issue (path and message in ``language``, default the vault's language) and
    saves nothing. Raises EvidenceSourceError when a file cannot be read, and the disk
    errors of the vault; in every failure nothing is left behind (see module docstring).
    Returns the case and, per file, what metadata was removed or why not.
    """
    from forms import validate

    language = language or session.settings.get("language")
    pending = _placeholders(len(attachments))
    prepared = paths.with_placeholders(
        answers, [(r.field, pending[i]) for i, r in enumerate(attachments) if r.field]
    )
    result = validate(form, prepared, language)
    issues = list(result.issues)
    cleaned = result.answers
    issues += _unknown_attachment_ids(form, cleaned, allowed=set(pending))
    issues += _dropped_requests(form, cleaned, attachments, pending)
    if issues:
        raise InvalidAnswersError(issues)
    outcomes: list[AttachOutcome] = []
    try:
        with session.transaction():
            session.forms.remember(form)
            case = session.cases.create(
                form_id=form.id,
                form_version=form.version,
                form_hash=form.hash,
                title=_title(form, cleaned, language, title),
                answers=cleaned,
                status=CaseStatus.DRAFT,
                direction=Direction.SENT,
            )
            session.events.append(
                "case_created",
                case.id,
                {
                    "form_id": form.id,
                    "form_version": form.version,
                    "form_hash": form.hash,
                    "attachments": len(attachments),
                },
            )
            for i, req in enumerate(attachments):
                outcome = _store_file(session, case.id, req, keep_metadata)
                outcomes.append(outcome)
                paths.replace(cleaned, pending[i], outcome.record.id)
            if attachments:
                case = session.cases.save_answers(case.id, cleaned)
    except BaseException:
        _remove_unreferenced_files(session)
        raise
    return NewCase(case, tuple(outcomes))


def attach_file(
    session: Session,
    case_ref: str,
    path: Path,
    *,
    field: str | None = None,
    keep_metadata: bool = False,
    language: str | None = None,
) -> AttachOutcome:
    """Clean and store ``path`` as a new attachment of the case (in ``field`` if given).

    Raises CaseNotFoundError, CaseSealedError (a sent or received case stays as it
    was), InvalidAnswersError (``field`` is not an attachment field that applies, or is
    full), EvidenceSourceError, and the vault's disk errors; nothing changes on failure.
    """
    from forms import validate

    case = find_case(session, case_ref)
    if case.sealed:
        raise CaseSealedError
    answers: dict[str, Any] | None = None
    pending = _placeholders(1)
    if field is not None:
        form = case_form(session, case)
        language = language or session.settings.get("language")
        answers = paths.with_placeholders(case.answers, [(field, pending[0])])
        result = validate(form, answers, language)
        # Only what concerns this field blocks the attachment: a draft is allowed to be
        # unfinished elsewhere (the desktop attaches while the person is still typing).
        issues = [i for i in result.issues if _concerns(i.path, field)]
        issues += _dropped_requests(form, result.answers, [AttachRequest(path, field)], pending)
        if issues:
            raise InvalidAnswersError(issues)
        answers = result.answers
    try:
        with session.transaction():
            outcome = _store_file(session, case.id, AttachRequest(path, field), keep_metadata)
            if answers is not None:
                paths.replace(answers, pending[0], outcome.record.id)
                session.cases.save_answers(case.id, answers)
    except BaseException:
        _remove_unreferenced_files(session)
        raise
    return outcome


def _concerns(issue_path: str, field: str) -> bool:
    """True if a validation issue at ``issue_path`` is about ``field`` or inside it."""
    return issue_path == field or issue_path.startswith((field + "[", field + "."))


def delete_case(session: Session, case_ref: str) -> CaseRecord:
    """Delete the case, its attachments and their files; return what was deleted.

    The rows go first in one transaction (secure_delete zeroes the freed pages, which
    destroys the files' keys), then the encrypted files are unlinked; a crash between the
    two leaves unreadable files that the next unlock sweeps. Raises CaseNotFoundError or
    CaseHasRepliesError (replies refer to it). The event log keeps that it happened.
    """
    case = find_case(session, case_ref)
    if session.case_lookup.reply_count(case.id):
        raise CaseHasRepliesError
    records = session.attachments.for_case(case.id)
    with session.transaction():
        session.cases.delete(case.id)
        session.events.append("case_deleted", case.id, {"attachments": len(records)})
    _remove_unreferenced_files(session)
    return case


def _store_file(
    session: Session, case_id: str, req: AttachRequest, keep_metadata: bool
) -> AttachOutcome:
    name = display_name(req.path)
    with _open_source(req.path) as src:
        ev = inspect_and_clean(src, name, keep_metadata=keep_metadata)
        with ev.open_cleaned() as stream:
            record = session.attachments.add(
                case_id,
                stream,
                name,
                ev.media_type,
                original_sha256=ev.original_sha256,
                metadata_removed=[
                    item.summary for item in ev.found if ev.removed and not item.kept
                ],
            )
    session.events.append(
        "attachment_added",
        case_id,
        {
            "attachment_id": record.id,
            "original_sha256": record.original_sha256,
            "sha256": record.sha256,
            "metadata_removed": len(record.metadata_removed),
            "warning": ev.warning.value if ev.warning else None,
        },
    )
    return AttachOutcome(record, req.field, tuple(ev.found), ev.removed, ev.warning)


@contextlib.contextmanager
def _open_source(path: Path) -> Iterator[BinaryIO]:
    try:
        fh = path.open("rb")
    except OSError:
        raise EvidenceSourceError from None
    with fh:
        yield fh


def _remove_unreferenced_files(session: Session) -> None:
    # Files whose rows were rolled back (or deleted) are unreadable without their keys;
    # removing them is tidying. A failure here must not hide the original error.
    with contextlib.suppress(Exception):
        session.attachments.sweep_orphans()


def display_name(path: Path) -> str:
    """The file's name as shown and sent: no folders, no control or bidi characters."""
    name = "".join(
        ch for ch in path.name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
    ).strip()
    return name[:MAX_DISPLAY_NAME] or "attachment"


def _placeholders(n: int) -> list[str]:
    """Ids standing for files not stored yet; random, so typed-in answers cannot match."""
    token = secrets.token_hex(8)
    return [f"pending-{token}-{i}" for i in range(n)]


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _unknown_attachment_ids(
    form: FormDefinition, answers: dict[str, Any], allowed: set[str]
) -> list[FormIssue]:
    """Issues for attachment ids in the answers that are not files of this case."""
    from forms import Issue as FormIssue

    issues: list[FormIssue] = []
    for path, ids in _attachment_answers(form, answers, "", ""):
        # Ids of the wrong type are already issues of validation; only names are checked.
        if any(isinstance(i, str) and i not in allowed for i in ids):
            issues.append(
                FormIssue(
                    path,
                    IssueCode.WRONG_TYPE,
                    "Attach files with --attach FIELD=FILE; attachment ids cannot be typed in.",
                )
            )
    return issues


def _attachment_answers(
    form: FormDefinition, answers: dict[str, Any], level: str, prefix: str
) -> Iterator[tuple[str, list[str]]]:
    for name in form.answer_names.get(level, ()):
        value = answers.get(name)
        item = form.items[name]
        if isinstance(item, Repeat) and isinstance(value, list):
            for n, inst in enumerate(value):
                if isinstance(inst, dict):
                    yield from _attachment_answers(form, inst, name, f"{prefix}{name}[{n}].")
        elif (f := form.field(name)) is not None and f.type is FieldType.ATTACHMENT:
            yield f"{prefix}{name}", _as_list(value)


def _dropped_requests(
    form: FormDefinition,
    cleaned: dict[str, Any],
    requests: Sequence[AttachRequest],
    pending: Sequence[str],
) -> list[FormIssue]:
    """Issues for files meant for a place that is not an attachment question that
    applies: they would otherwise be dropped with the hidden answers."""
    from forms import Issue as FormIssue

    issues: list[FormIssue] = []
    for i, req in enumerate(requests):
        if req.field is None:
            continue
        if not paths.attachment_field_at(form, req.field):
            message = "There is no attachment question at this place in the form."
        elif not paths.holds(cleaned, req.field, pending[i]):
            message = (
                "This question does not apply to these answers (or that entry does not "
                "exist); attach the file without FIELD= to keep it as general evidence."
            )
        else:
            continue
        issues.append(FormIssue(req.field, IssueCode.NOT_AN_ANSWER, message))
    return issues


def _title(form: FormDefinition, answers: dict[str, Any], language: str, given: str | None) -> str:
    """The case's title: as given, else the form's title, the first country answered
    at the top level (which says what the case is about without naming anyone) and the
    date."""
    if given and given.strip():
        return " ".join(given.split())[:MAX_TITLE]
    parts = [localized_text(form.title, language, form.default_language) or form.id]
    for name in form.answer_names.get("", ()):
        f = form.field(name)
        if f is not None and f.type is FieldType.COUNTRY and isinstance(answers.get(name), str):
            parts.append(country_name(answers[name], language))
            break
    parts.append(datetime.now(UTC).date().isoformat())
    return " — ".join(parts)[:MAX_TITLE]
