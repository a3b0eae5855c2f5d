"""A case's answers as readable lines: the form's labels and choice names in a language.

Rendering uses the exact definition the case was written with (by hash), so a case reads
the same years later. Only answered questions appear; pages, groups and repeats appear
as headings when something under them was answered. Qt-free: the command line prints
these lines, the desktop may lay them out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from forms import (
    YES_NO_UNKNOWN_LABELS,
    Field,
    FieldType,
    FormDefinition,
    Item,
    Repeat,
    country_name,
    localized_text,
)
from forms.model import Container
from intake_app.storage.records import AttachmentRecord


@dataclass(frozen=True)
class AnswerLine:
    """One line of a rendered case.

    ``value`` is None for headings (a page, group, repeat, or ``1.`` for an instance of
    a repeat). ``depth`` is the nesting level, for indentation. ``path`` is the answer's
    path (``detentions[0].date``), empty for pages and groups.
    """

    depth: int
    label: str
    value: str | None
    path: str


def question_prefix(label: str) -> str:
    """``label`` followed by a colon, unless it already ends in a question mark or colon
    (questions end in "?" in every language we ship; "Which country?:" reads wrong)."""
    return label if label.rstrip().endswith(("?", ":", "？", "：", "؟")) else f"{label}:"


def render_answers(
    form: FormDefinition,
    answers: Mapping[str, Any],
    language: str,
    attachments: Mapping[str, AttachmentRecord] | None = None,
) -> list[AnswerLine]:
    """Render ``answers`` of ``form`` in ``language`` (falling back to the form's default).

    ``attachments`` maps attachment ids to records, to show file names for attachment
    answers. Answers the form does not know are not shown (validation never stores them).
    Never raises for any answers.
    """
    r = _Renderer(form, language, attachments or {})
    lines: list[AnswerLine] = []
    for page in form.pages:
        lines += r.container(page, answers, 0, "")
    return lines


class _Renderer:
    def __init__(
        self, form: FormDefinition, language: str, attachments: Mapping[str, AttachmentRecord]
    ) -> None:
        self.form = form
        self.language = language
        self.attachments = attachments

    def text(self, value: dict[str, str] | None) -> str:
        return localized_text(value, self.language, self.form.default_language)

    def container(
        self, box: Container, answers: Mapping[str, Any], depth: int, prefix: str
    ) -> list[AnswerLine]:
        inner: list[AnswerLine] = []
        for item in box.items:
            inner += self.item(item, answers, depth + 1, prefix)
        if not inner:
            return []
        return [AnswerLine(depth, self.text(box.label) or box.name, None, ""), *inner]

    def item(
        self, item: Item, answers: Mapping[str, Any], depth: int, prefix: str
    ) -> list[AnswerLine]:
        if isinstance(item, Repeat):
            return self.repeat(item, answers.get(item.name), depth, prefix)
        if isinstance(item, Container):  # a group: its answers sit at the same level
            return self.container(item, answers, depth, prefix)
        if not isinstance(item, Field) or item.type is FieldType.NOTE:
            return []
        value = answers.get(item.name)
        if value is None or value == "" or value == [] or value == {}:
            return []
        label = self.text(item.label) or item.name
        return [AnswerLine(depth, label, self.value(item, value), prefix + item.name)]

    def repeat(self, r: Repeat, value: Any, depth: int, prefix: str) -> list[AnswerLine]:
        if not isinstance(value, list) or not value:
            return []
        path = prefix + r.name
        lines = [AnswerLine(depth, self.text(r.label) or r.name, None, path)]
        for n, instance in enumerate(value):
            if not isinstance(instance, dict):
                continue
            inner: list[AnswerLine] = []
            for item in r.items:
                inner += self.item(item, instance, depth + 2, f"{path}[{n}].")
            lines.append(AnswerLine(depth + 1, f"{n + 1}.", None, f"{path}[{n}]"))
            lines += inner
        return lines

    def value(self, f: Field, v: Any) -> str:
        t = f.type
        if t is FieldType.SINGLE_CHOICE:
            return self.choice(f, v)
        if t is FieldType.MULTIPLE_CHOICE and isinstance(v, list):
            return "; ".join(self.choice(f, x) for x in v)
        if t is FieldType.COUNTRY and isinstance(v, str):
            return country_name(v, self.language)
        if t is FieldType.YES_NO_UNKNOWN and isinstance(v, str):
            return self.text(YES_NO_UNKNOWN_LABELS.get(v)) or v
        if t is FieldType.DATE_RANGE and isinstance(v, dict):
            start, end = v.get("start") or "…", v.get("end") or "…"
            return f"{start} – {end}"
        if t is FieldType.ATTACHMENT and isinstance(v, list):
            return "; ".join(self.attachment(x) for x in v)
        if isinstance(v, bool):  # never an answer type; shown plainly rather than hidden
            return str(v).lower()
        return str(v)

    def choice(self, f: Field, v: Any) -> str:
        for c in f.choices:
            if c.value == v:
                return self.text(c.label) or c.value
        return str(v)

    def attachment(self, att_id: Any) -> str:
        rec = self.attachments.get(att_id) if isinstance(att_id, str) else None
        if rec is not None:
            return rec.display_name
        # A received case may name attachments it does not carry; shown bare, such an
        # id ("passport.pdf") read as a file that is there.
        return f"(missing attachment: {att_id})"
