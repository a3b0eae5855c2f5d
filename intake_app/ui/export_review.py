"""What the export wizard's review page shows, read on the database thread.

The answers summary is rendered with the form's own labels in the person's language
(choice labels, country names); nested groups and repeats are indented. This is an
interim renderer for the review only: when core/case_view.py (branch ``cases``) lands,
``_answer_lines`` gives way to its ``render_answers``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from forms import (
    FieldType,
    FormDefinition,
    Repeat,
    country_name,
    localized_text,
)
from forms.model import Container
from intake_app.core import cases as core_cases
from intake_app.core.session import Session
from intake_app.ui import exchange_api
from intake_app.ui.exchange_api import PartnerView


@dataclass(frozen=True)
class ReviewLine:
    """One line of the answers summary: ``value`` None for a heading."""

    depth: int
    label: str
    value: str | None


@dataclass(frozen=True)
class ExportReview:
    """Everything the wizard shows before writing."""

    case_id: str
    title: str
    sealed: bool
    lines: tuple[ReviewLine, ...]
    attachments: tuple[tuple[str, int], ...]  # (file name, size in bytes)
    partners: tuple[PartnerView, ...]


def export_review(session: Session, case_id: str, language: str) -> ExportReview:
    """The report's summary, its attachments and every partner (verified or not)."""
    case = session.cases.get(case_id)
    form = core_cases.case_form(session, case)
    attachments = session.attachments.for_case(case.id)
    names = {a.id: a.display_name for a in attachments}
    return ExportReview(
        case_id=case.id,
        title=case.title,
        sealed=case.sealed,
        lines=tuple(_answer_lines(form, form.pages, case.answers, language, names, 0)),
        attachments=tuple((a.display_name, a.size) for a in attachments),
        partners=tuple(exchange_api.list_partners(session)),
    )


def _text(form: FormDefinition, text: dict[str, str] | None, language: str) -> str:
    return localized_text(text, language, form.default_language)


def _value(form: FormDefinition, name: str, value: Any, language: str,
           attachments: dict[str, str]) -> str:  # fmt: skip
    field = form.field(name)
    values = value if isinstance(value, list) else [value]
    shown: list[str] = []
    for one in values:
        if field is not None and field.type is FieldType.COUNTRY and isinstance(one, str):
            shown.append(country_name(one, language))
        elif field is not None and field.type is FieldType.ATTACHMENT and isinstance(one, str):
            shown.append(attachments.get(one, "?"))
        elif field is not None and field.choices and isinstance(one, str):
            label = next((c.label for c in field.choices if c.value == one), None)
            shown.append(_text(form, label, language) if label else one)
        elif isinstance(one, bool):
            shown.append("\u2714" if one else "\u2718")
        else:
            shown.append(str(one))
    return ", ".join(shown)


def _answer_lines(form: FormDefinition, items: Any, answers: dict[str, Any], language: str,
                  attachments: dict[str, str], depth: int) -> list[ReviewLine]:  # fmt: skip
    lines: list[ReviewLine] = []
    for item in items:
        label = _text(form, item.label, language) or item.name
        if isinstance(item, Repeat):
            instances = answers.get(item.name)
            if isinstance(instances, list) and instances:
                lines.append(ReviewLine(depth, label, None))
                for n, inst in enumerate(instances, 1):
                    if isinstance(inst, dict):
                        lines.append(ReviewLine(depth + 1, f"{n}.", None))
                        lines += _answer_lines(form, item.items, inst, language, attachments,
                                               depth + 2)  # fmt: skip
        elif isinstance(item, Container):
            inner = _answer_lines(form, item.items, answers, language, attachments, depth + 1)
            if inner:
                lines.append(ReviewLine(depth, label, None))
                lines += inner
        elif item.name in answers and answers[item.name] not in (None, "", []):
            value = _value(form, item.name, answers[item.name], language, attachments)
            lines.append(ReviewLine(depth, label, value))
    return lines
