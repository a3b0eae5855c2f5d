"""Relevance: which pages, groups, repeats and fields apply to the current answers.

Fast enough for every keystroke: expressions are pre-compiled closures, items are
visited once per scope in the order fixed at load time, nothing is parsed here.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from forms.expressions import Context, today_iso
from forms.limits import MAX_REPEAT_COUNT
from forms.model import Choice, Field, FormDefinition, Repeat
from forms.values import expression_value

#: Most repeat instances evaluated for one set of answers, across every repeat.
MAX_INSTANCES = 2000


class AnswerScope:
    """The answers of the whole form or of one repeat instance, with their relevance."""

    __slots__ = ("children", "data", "fields", "index", "parent", "prefix", "relevant")

    def __init__(
        self,
        data: dict[str, Any],
        parent: AnswerScope | None,
        prefix: str,
        fields: dict[str, Field],
        index: int = 0,
    ) -> None:
        self.data = data
        self.parent = parent
        self.prefix = prefix  # "" or "detentions[0]." - what paths below start with
        self.fields = fields
        self.index = index
        self.relevant: dict[str, bool] = {}
        self.children: dict[str, list[AnswerScope]] = {}

    def value(self, name: str) -> Any:
        """The answer as expressions see it: None when hidden, empty or of the wrong type."""
        if not self.relevant.get(name):
            return None
        return expression_value(self.fields[name], self.data.get(name))

    def count(self, name: str) -> int:
        """The number of instances of repeat ``name`` here (0 when it is hidden)."""
        if not self.relevant.get(name):
            return 0
        return len(self.children.get(name, ()))


@dataclass
class Evaluation:
    """The result of evaluating relevance for one set of answers."""

    root: AnswerScope
    today: str
    #: Scopes by level ("" for the top level, else the repeat's name).
    scopes: dict[str, list[AnswerScope]] = field(default_factory=dict)
    #: Repeat instances that may still be opened: nested repeats multiply (200 x 200 x
    #: 200), so the whole evaluation has one bound and hostile answers stay cheap.
    budget: int = MAX_INSTANCES

    def relevant_paths(self) -> set[str]:
        """Paths of every relevant item (pages, groups, repeats, fields and notes)."""
        paths: set[str] = set()
        for scopes in self.scopes.values():
            for scope in scopes:
                prefix = scope.prefix
                paths.update(prefix + name for name, rel in scope.relevant.items() if rel)
        return paths


def evaluate(form: FormDefinition, answers: Any, today: str | None = None) -> Evaluation:
    """Evaluate the relevance of every item for ``answers`` (anything; non-objects = none).

    Never raises for any answers: values of the wrong type count as empty, and a
    calculation that fails counts as false.
    """
    fields = {f.name: f for f in form.fields()}
    root = AnswerScope(answers if isinstance(answers, dict) else {}, None, "", fields)
    ev = Evaluation(root, today or today_iso(), {"": [root]})
    ctx = Context(root, ev.today)
    for item in form.relevance_order:
        level = item.repeat_chain[-1] if item.repeat_chain else ""
        parent = item.parent
        for scope in ev.scopes.get(level, ()):
            # A repeat instance exists only when its repeat is relevant.
            rel = parent is None or isinstance(parent, Repeat) or scope.relevant[parent.name]
            if rel and item.relevant is not None:
                ctx.scope = scope
                try:
                    rel = bool(item.relevant.evaluate(ctx))
                except (TypeError, ValueError, ArithmeticError):
                    rel = False
            scope.relevant[item.name] = rel
            if rel and isinstance(item, Repeat):
                _open_instances(ev, scope, item)
    return ev


def _open_instances(ev: Evaluation, scope: AnswerScope, repeat: Repeat) -> None:
    instances = scope.data.get(repeat.name)
    children: list[AnswerScope] = []
    if isinstance(instances, list):
        for i, inst in enumerate(instances[:MAX_REPEAT_COUNT]):
            if isinstance(inst, dict):
                if ev.budget <= 0:
                    break  # validation reports the rest as too many
                ev.budget -= 1
                prefix = f"{scope.prefix}{repeat.name}[{i}]."
                children.append(AnswerScope(inst, scope, prefix, scope.fields, i))
    scope.children[repeat.name] = children
    ev.scopes.setdefault(repeat.name, []).extend(children)


def _scope_of(ev: Evaluation, path: str) -> tuple[AnswerScope, str] | None:
    """The scope a field path lives in and the field's name, or None if it does not exist."""
    prefix, _, name = path.rpartition(".")
    if not prefix:
        return ev.root, name
    for scopes in ev.scopes.values():
        for scope in scopes:
            if scope.prefix == prefix + ".":
                return scope, name
    return None


def choices_for(
    form: FormDefinition, answers: Any, path: str, today: str | None = None
) -> list[Choice]:
    """The choices to offer for the choice field at ``path`` (its choice_filter applied).

    Returns [] when the path names no choice field or no existing repeat instance.
    """
    ev = evaluate(form, answers, today)
    found = _scope_of(ev, path)
    if found is None:
        return []
    scope, name = found
    f = form.field(name)
    if f is None or not f.choices:
        return []
    from forms.validation import offered_choices  # validation builds on this module

    return offered_choices(f, Context(scope, ev.today))


def initial_answers(form: FormDefinition, repeat: str | None = None) -> dict[str, Any]:
    """The defaults of a new report (or of a new instance of ``repeat``), keyed by name.

    Only fields with a ``default`` appear; repeats start empty.
    """
    level = repeat or ""
    result: dict[str, Any] = {}
    for name in form.answer_names.get(level, ()):
        f = form.field(name)
        if f is not None and f.default is not None:
            result[name] = copy.deepcopy(f.default)
    return result


def relevant_fields(form: FormDefinition, answers: Any, today: str | None = None) -> set[str]:
    """Paths of every item that applies now, e.g. {"request_type", "detentions[0].date"}.

    Pages, groups and repeats are included, so a screen can show or hide them too.
    """
    return evaluate(form, answers, today).relevant_paths()
