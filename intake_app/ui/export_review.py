"""What the export wizard's review page shows, read on the database thread.

The answers summary is the core's ``render_answers`` (core/case_view.py): the exact form
version the report was written with, its labels, choice names and country names in the
person's language, only what was answered. A draft may still have open questions; the
review says so (a partial report can still be worth sending, so it does not block).
"""

from __future__ import annotations

from dataclasses import dataclass

from forms import validate
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
    open_issues: int  # answers the form would still ask about (missing or not valid)


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
        open_issues=len(validate(form, case.answers, language).issues),
    )
