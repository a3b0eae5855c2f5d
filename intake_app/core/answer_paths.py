"""Paths into answers (``ev_notice``, ``detentions[0].papers``) for attachment questions.

A new file has no attachment id until it is stored, so the case use cases first put a
placeholder id where the file goes, validate, and swap in the real id once the file is
stored. These helpers parse such paths and place, find and replace the placeholders.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from forms import FieldType, FormDefinition

_SEGMENT = r"[A-Za-z_][A-Za-z0-9_-]{0,63}"
#: ``name``, or repeats with an instance index then a name: ``reps[0].inner[2].name``.
PATH = re.compile(rf"\A(?:{_SEGMENT}\[\d{{1,4}}\]\.)*{_SEGMENT}\Z")


def parse(path: str) -> tuple[list[tuple[str, int]], str] | None:
    """Split ``path`` into (repeat name, index) steps and the final field name; None if
    it is not a path."""
    if not PATH.match(path):
        return None
    *steps, last = path.split(".")
    parsed = []
    for step in steps:
        name, _, index = step.partition("[")
        parsed.append((name, int(index.rstrip("]"))))
    return parsed, last


def attachment_field_at(form: FormDefinition, path: str) -> bool:
    """True if ``path`` names an attachment question of ``form`` through its repeats."""
    parsed = parse(path)
    if parsed is None:
        return False
    steps, last = parsed
    f = form.field(last)
    return (
        f is not None
        and f.type is FieldType.ATTACHMENT
        and f.repeat_chain == tuple(name for name, _ in steps)
    )


def _container(answers: Any, steps: list[tuple[str, int]]) -> dict[str, Any] | None:
    current = answers
    for name, index in steps:
        if not isinstance(current, dict):
            return None
        instances = current.get(name)
        if not isinstance(instances, list) or index >= len(instances):
            return None
        current = instances[index]
    return current if isinstance(current, dict) else None


def with_placeholders(answers: Any, placements: list[tuple[str, str]]) -> Any:
    """A deep copy of ``answers`` with each (path, placeholder) appended at its path.

    Paths whose repeat instance does not exist are skipped (``holds`` then says False).
    """
    if not isinstance(answers, dict):
        return answers
    prepared = copy.deepcopy(answers)
    for path, placeholder in placements:
        parsed = parse(path)
        if parsed is None:
            continue
        steps, last = parsed
        box = _container(prepared, steps)
        if box is not None:
            current = box.get(last)
            box[last] = [*(current if isinstance(current, list) else []), placeholder]
    return prepared


def holds(answers: Any, path: str, placeholder: str) -> bool:
    """True if the answer at ``path`` lists ``placeholder``."""
    parsed = parse(path)
    if parsed is None:
        return False
    steps, last = parsed
    box = _container(answers, steps)
    value = box.get(last) if box is not None else None
    return isinstance(value, list) and placeholder in value


def replace(answers: Any, placeholder: str, real: str) -> None:
    """Replace ``placeholder`` by ``real`` wherever it appears in ``answers`` (in place)."""
    if isinstance(answers, dict):
        for key, value in answers.items():
            if isinstance(value, list) and placeholder in value:
                answers[key] = [real if v == placeholder else v for v in value]
            else:
                replace(value, placeholder, real)
    elif isinstance(answers, list):
        for item in answers:
            replace(item, placeholder, real)
