"""validate: every issue in a set of answers, and the answers cleaned of hidden ones.

Contract: ``validate`` never raises for any JSON value as answers. It returns every
issue (path, code, message in the reader's language) and cleaned answers from which
unknown keys and answers to questions that do not apply were dropped — a person who
answers "No" to "Were you detained?" does not keep hidden detention details in the
report. Messages never contain the answers themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from forms.canonical import StrictJSONError, parse_strict_json
from forms.errors import AnswersError
from forms.evaluation import AnswerScope, evaluate
from forms.expressions import Context
from forms.expressions.types import is_empty
from forms.limits import MAX_REPEAT_COUNT
from forms.messages import engine_message, localized_text
from forms.model import Choice, Field, FieldType, FormDefinition, Repeat, Text
from forms.problems import shown
from forms.values import Check, IssueCode, check_value, expression_value


@dataclass(frozen=True)
class Issue:
    """One problem with the answers: where (``detentions[1].date``), why, and the message."""

    path: str
    code: IssueCode
    message: str


@dataclass(frozen=True)
class ValidationResult:
    """Every issue found, and the cleaned answers (hidden and unknown answers dropped)."""

    issues: tuple[Issue, ...]
    answers: dict[str, Any]

    @property
    def ok(self) -> bool:
        """True when there is nothing to fix."""
        return not self.issues


#: Largest answers document read by ``read_answers``.
MAX_ANSWERS_BYTES = 8 * 1024 * 1024


def read_answers(data: str | bytes) -> Any:
    """Parse an answers file strictly (size, duplicate keys, NaN); raise AnswersError.

    Returns whatever JSON it holds; ``validate`` reports it if it is not an object.
    """
    try:
        return parse_strict_json(data, "answers file", MAX_ANSWERS_BYTES)
    except StrictJSONError as exc:
        raise AnswersError(str(exc)) from None


def validate(
    form: FormDefinition, answers: Any, language: str, *, today: str | None = None
) -> ValidationResult:
    """Check ``answers`` against ``form``; messages in ``language`` (with fallbacks)."""
    v = _Validator(form, language, today)
    if not isinstance(answers, dict):
        v.add("", IssueCode.NOT_AN_OBJECT)
        return ValidationResult(tuple(v.issues), {})
    ev = evaluate(form, answers, today)
    v.ctx = Context(ev.root, ev.today)
    cleaned = v.scope(ev.root, "")
    return ValidationResult(tuple(v.issues), cleaned)


class _Validator:
    def __init__(self, form: FormDefinition, language: str, today: str | None) -> None:
        self.form = form
        self.language = language
        self.issues: list[Issue] = []
        self.known = {level: frozenset(names) for level, names in form.answer_names.items()}
        self.ctx: Context

    def add(
        self,
        path: str,
        code: IssueCode,
        text: Text | None = None,
        params: dict[str, int] | None = None,
    ) -> None:
        if text:
            message = localized_text(text, self.language, self.form.default_language)
        else:
            message = engine_message(code, self.language, **(params or {}))
        self.issues.append(Issue(path, code, message))

    def scope(self, scope: AnswerScope, level: str) -> dict[str, Any]:
        known = self.known[level]
        for key in scope.data:
            if key not in known:
                self.add(scope.prefix + shown(key), IssueCode.UNKNOWN_FIELD)
        cleaned: dict[str, Any] = {}
        for name in self.form.answer_names[level]:
            if not scope.relevant.get(name):
                continue  # hidden: dropped, not kept in secret
            raw = scope.data.get(name)
            item = self.form.items[name]
            if isinstance(item, Repeat):
                instances = self.repeat(scope, item, raw)
                if instances:
                    cleaned[name] = instances
            elif isinstance(item, Field) and self.field(scope, item, raw):
                cleaned[name] = raw
        return cleaned

    def repeat(self, scope: AnswerScope, r: Repeat, raw: Any) -> list[dict[str, Any]]:
        path = scope.prefix + r.name
        if raw is not None and not isinstance(raw, list):
            self.add(path, IssueCode.WRONG_TYPE)
            return []
        raw = raw or []
        if len(raw) < r.min_count:
            self.add(path, IssueCode.TOO_FEW, params={"min": r.min_count})
        if len(raw) > r.max_count:
            self.add(path, IssueCode.TOO_MANY, params={"max": r.max_count})
        children = {child.index: child for child in scope.children.get(r.name, ())}
        result = []
        # Instances beyond the hard bound were never evaluated; TOO_MANY reports them.
        for i in range(min(len(raw), MAX_REPEAT_COUNT)):
            child = children.get(i)
            if child is None and isinstance(raw[i], dict):
                # Not opened: the evaluation's bound on instances was reached.
                if len(raw) <= r.max_count:
                    self.add(path, IssueCode.TOO_MANY, params={"max": r.max_count})
                break
            if child is None:  # not an object
                self.add(f"{path}[{i}]", IssueCode.WRONG_TYPE)
                continue
            result.append(self.scope(child, r.name))
        return result

    def field(self, scope: AnswerScope, f: Field, raw: Any) -> bool:
        """Check one relevant answer; return True if it is kept in the cleaned answers."""
        path = scope.prefix + f.name
        ctx = self.ctx
        ctx.scope = scope
        ctx.current = None
        if is_empty(raw) or (expression_value(f, raw) is None and _blank_range(f, raw)):
            if self.required(f, ctx):
                self.add(path, IssueCode.REQUIRED, f.required_message)
            return False
        offered = self.offered(f, ctx)
        problem: Check = check_value(f, raw, offered)
        if problem is not None:
            code, params = problem
            self.add(path, code, params=params)
            return True
        if f.constraint is not None:
            ctx.current = raw
            try:
                ok = bool(f.constraint.evaluate(ctx))
            except (TypeError, ValueError, ArithmeticError):
                ok = False
            ctx.current = None
            if not ok:
                self.add(path, IssueCode.CONSTRAINT, f.constraint_message)
        return True

    def required(self, f: Field, ctx: Context) -> bool:
        if isinstance(f.required, bool):
            return f.required
        try:
            return bool(f.required.evaluate(ctx))
        except (TypeError, ValueError, ArithmeticError):
            return True

    def offered(self, f: Field, ctx: Context) -> frozenset[str] | None:
        if f.choice_filter is None:
            return None
        return frozenset(c.value for c in offered_choices(f, ctx))


def offered_choices(f: Field, ctx: Context) -> list[Choice]:
    """The choices of ``f`` its choice_filter lets through in ``ctx``."""
    if f.choice_filter is None:
        return list(f.choices)
    result = []
    for choice in f.choices:
        ctx.choice = choice.properties
        try:
            if f.choice_filter.evaluate(ctx):
                result.append(choice)
        except (TypeError, ValueError, ArithmeticError):
            continue
    ctx.choice = None
    return result


def _blank_range(f: Field, raw: Any) -> bool:
    return (
        f.type is FieldType.DATE_RANGE
        and isinstance(raw, dict)
        and set(raw) <= {"start", "end"}
        and all(v is None or v == "" for v in raw.values())
    )
