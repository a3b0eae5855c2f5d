"""The report screens' calls into the vault session, in one place.

Every function here runs on the task runner's database thread (pass it to ``DbOp``) and
returns plain frozen dataclasses or loaded (immutable) form definitions, so widgets never
hold the session or its live objects.

Forms come from the vault's form registry (``session.forms``): new reports offer the
built-in forms and the forms added to the vault; an existing report renders with the
exact definition it was written with, kept in the vault by hash. Deleting and attaching
go through the core's case use cases (``intake_app.core.cases``), which log them and
remove attachment files and identifying metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from forms import FieldType, FormDefinition, FormDefinitionError, validate
from intake_app.core import cases
from intake_app.core.errors import FormNotFoundError
from intake_app.core.form_registry import FormOrigin
from intake_app.core.session import Session
from intake_app.storage.records import CaseRecord, CaseStatus
from intake_app.ui.errors import ReportFormMissingError, ReportSealedError

#: Longest title kept for a report (the same bound the core's case commands use).
MAX_TITLE = 200

Text = dict[str, str]


@dataclass(frozen=True)
class FormChoice:
    """A form a new report can start from: its id, version, hash and texts per language."""

    id: str
    version: str
    hash: str
    title: Text
    description: Text
    default_language: str
    builtin: bool


@dataclass(frozen=True)
class ReportRow:
    """One line of the report list (no answers: the list never holds what was typed)."""

    id: str
    title: str
    form_id: str
    form_title: Text
    form_default_language: str
    status: CaseStatus
    sealed: bool
    updated_at: str


@dataclass(frozen=True)
class OpenedReport:
    """A report loaded for the form view: the case and the exact form it was written with."""

    case: CaseRecord
    form: FormDefinition
    #: The report's attachments: display name by attachment id.
    attachments: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SavedDraft:
    """What a save stored: when (ISO 8601, UTC)."""

    case_id: str
    updated_at: str


def available_forms(session: Session) -> list[FormChoice]:
    """The forms a new report can use (latest version of each), built-in ones first."""
    forms = [
        (session.forms.by_hash(info.hash), info.origin is FormOrigin.BUILTIN)
        for info in session.forms.list()
    ]
    forms.sort(key=lambda pair: not pair[1])  # stable: built-in first, then by id
    return [
        FormChoice(
            id=form.id,
            version=form.version,
            hash=form.hash,
            title=dict(form.title),
            description=dict(form.description or {}),
            default_language=form.default_language,
            builtin=builtin,
        )
        for form, builtin in forms
    ]


def form_by_hash(session: Session, content_hash: str) -> FormDefinition:
    """The exact definition with ``content_hash``. Raises ``ReportFormMissingError``,
    also for a received definition this version cannot load (a newer sender's form
    features, or a broken sender): one such case must not stop the list of reports."""
    try:
        return session.forms.by_hash(content_hash)
    except (FormNotFoundError, FormDefinitionError):
        raise ReportFormMissingError() from None


def list_reports(session: Session) -> list[ReportRow]:
    """Every report, most recently changed first, with its form's title per language.

    A report whose form is missing still appears (its form id stands for the title).
    """
    titles: dict[str, tuple[Text, str]] = {}
    rows: list[ReportRow] = []
    for case in session.cases.list():
        if case.form_hash not in titles:
            try:
                form = form_by_hash(session, case.form_hash)
                titles[case.form_hash] = (dict(form.title), form.default_language)
            except ReportFormMissingError:
                titles[case.form_hash] = ({"en": case.form_id}, "en")
        form_title, default_language = titles[case.form_hash]
        rows.append(
            ReportRow(
                id=case.id,
                title=case.title,
                form_id=case.form_id,
                form_title=form_title,
                form_default_language=default_language,
                status=case.status,
                sealed=case.sealed,
                updated_at=case.updated_at,
            )
        )
    return rows


def create_draft(session: Session, form_hash: str, title: str) -> OpenedReport:
    """Start an empty draft from the form with ``form_hash``; returns it ready to open.

    The form's exact definition is kept in the vault (when the vault has a registry) so
    the draft renders the same after the program's built-in form changes.
    """
    form = form_by_hash(session, form_hash)
    with session.transaction():
        session.forms.remember(form)
        case = session.cases.create(
            form_id=form.id,
            form_version=form.version,
            form_hash=form.hash,
            title=title.strip()[:MAX_TITLE],
            answers={},
        )
        session.events.append(
            "case_created",
            case.id,
            {"form_id": form.id, "form_version": form.version, "form_hash": form.hash},
        )
    return OpenedReport(case, form)


def open_report(session: Session, case_id: str) -> OpenedReport:
    """The case and its form. Raises ``RecordNotFoundError`` or ``ReportFormMissingError``."""
    case = session.cases.get(case_id)
    names = {a.id: a.display_name for a in session.attachments.for_case(case.id)}
    return OpenedReport(case, form_by_hash(session, case.form_hash), names)


def draft_answers(form: FormDefinition, answers: dict[str, Any]) -> dict[str, Any]:
    """What a draft keeps of ``answers``: everything typed, minus questions that are hidden.

    Invalid answers are kept (the person is still typing them); answers to questions that
    no longer apply are dropped, as the finished report drops them. Pure and fast (one
    validation); safe to call on the GUI thread.
    """
    return validate(form, answers, form.default_language).answers


def save_draft(session: Session, case_id: str, answers: dict[str, Any], title: str) -> SavedDraft:
    """Store the draft's answers and title in one transaction.

    Raises ``ReportSealedError`` for a sent report, ``RecordNotFoundError`` if it is gone.
    """
    if session.cases.get(case_id).sealed:
        raise ReportSealedError()
    saved = session.cases.save_answers(case_id, answers, title=title.strip()[:MAX_TITLE])
    return SavedDraft(saved.id, saved.updated_at)


def duplicate_report(session: Session, case_id: str, title: str) -> OpenedReport:
    """A new draft with a copy of the report's answers, linked to it as its parent version.

    Attachments stay with the original (the copy's attachment answers are dropped), so the
    evidence of a sent report is never shared with a draft that can be changed.
    """
    original = session.cases.get(case_id)
    form = form_by_hash(session, original.form_hash)
    answers = _without_attachments(form, original.answers)
    with session.transaction():
        case = session.cases.create(
            form_id=original.form_id,
            form_version=original.form_version,
            form_hash=original.form_hash,
            title=title.strip()[:MAX_TITLE],
            answers=answers,
            parent_id=original.id,
        )
        session.events.append(
            "case_created",
            case.id,
            {"form_id": form.id, "form_version": form.version, "form_hash": form.hash,
             "parent_id": original.id},
        )  # fmt: skip
    return OpenedReport(case, form)


def delete_report(session: Session, case_id: str) -> None:
    """Delete the report and its attachment files (the core logs that it happened).

    Raises ``CaseNotFoundError`` or ``CaseHasRepliesError``.
    """
    cases.delete_case(session, case_id)


def attach(session: Session, case_id: str, path: Path) -> cases.AttachOutcome:
    """Clean ``path`` of identifying metadata and store it encrypted with the report.

    The file is attached to the report as a whole; the form view then names it in the
    question's answer, which the draft's autosave stores. Raises ``CaseSealedError``,
    ``EvidenceSourceError`` (the file cannot be read) and the vault's disk errors.
    """
    return cases.attach_file(session, case_id, path)


def _without_attachments(form: FormDefinition, answers: dict[str, Any]) -> dict[str, Any]:
    attachment_fields = {f.name for f in form.fields() if f.type is FieldType.ATTACHMENT}

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in attachment_fields}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(answers)
