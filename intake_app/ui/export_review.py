"""What the export wizard's review page shows, read on the database thread.

The answers summary is the core's ``render_answers`` (core/case_view.py): the exact form
version the report was written with, its labels, choice names and country names in the
person's language, only what was answered.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.core import cases as core_cases
from intake_app.core.case_view import AnswerLine, render_answers
from intake_app.core.session import Session
from intake_app.ui import exchange_api
from intake_app.ui.exchange_api import PartnerView


@dataclass(frozen=True)
class ExportReview:
    """Everything the wizard shows before writing."""

    case_id: str
    title: str
    sealed: bool
    lines: tuple[AnswerLine, ...]
    attachments: tuple[tuple[str, int], ...]  # (file name, size in bytes)
    partners: tuple[PartnerView, ...]


def export_review(session: Session, case_id: str, language: str) -> ExportReview:
    """The report's summary, its attachments and every partner (verified or not)."""
    case = session.cases.get(case_id)
    form = core_cases.case_form(session, case)
    attachments = session.attachments.for_case(case.id)
    return ExportReview(
        case_id=case.id,
        title=case.title,
        sealed=case.sealed,
        lines=tuple(render_answers(form, case.answers, language, {a.id: a for a in attachments})),
        attachments=tuple((a.display_name, a.size) for a in attachments),
        partners=tuple(exchange_api.list_partners(session)),
    )
