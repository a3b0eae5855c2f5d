"""Value types of expressions, the runtime context, and the bounds on numbers."""

from __future__ import annotations

import enum
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

#: Numbers beyond this magnitude are treated as empty (no 10**10**10 can be built).
MAX_MAGNITUDE = 10**15


class VType(enum.Enum):
    """What an expression produces."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    RANGE = "date range"
    LIST = "list"
    BOOL = "true/false"


class Scope(Protocol):
    """Where references are looked up: one repeat instance (or the whole form)."""

    @property
    def parent(self) -> Scope | None:
        """The enclosing scope (None for the whole form)."""

    def value(self, name: str) -> Any:
        """Return the answer of ``name`` if relevant and of the right type, else None."""

    def count(self, name: str) -> int:
        """Return the number of instances of repeat ``name`` (0 when not relevant)."""


@dataclass(slots=True)
class Context:
    """What an expression sees while it runs."""

    scope: Scope
    today: str
    current: Any = None
    choice: dict[str, str] | None = None


#: A compiled expression: a plain Python function of the context (never eval/exec).
Evaluator = Callable[[Context], Any]


@dataclass(frozen=True)
class RefTarget:
    """What a ``${name}`` points at, as the loader knows it."""

    name: str
    vtype: VType | None  # None: cannot be used as a value (a note, a group, a page)
    repeat_chain: tuple[str, ...]  # repeats enclosing the target, outermost first
    is_repeat: bool = False


class Environment(Protocol):
    """The loader's view of the form for one expression."""

    #: Repeats enclosing the expression's item, outermost first.
    chain: tuple[str, ...]
    #: Type of ``.``, or None where ``.`` is not allowed.
    current: VType | None
    #: True in a choice_filter, where ``choice('key')`` is allowed.
    choice_filter: bool

    def lookup(self, name: str) -> RefTarget | None:
        """Return the target of ``${name}``, or None if the form has no such name."""


def bounded(x: int | float) -> int | float | None:
    """Return ``x`` if it is a finite number within MAX_MAGNITUDE, else None."""
    if isinstance(x, float) and not math.isfinite(x):
        return None
    if -MAX_MAGNITUDE <= x <= MAX_MAGNITUDE:
        return x
    return None


def is_empty(v: Any) -> bool:
    """True for the values that mean "no answer" (a text of only spaces is no answer)."""
    if isinstance(v, str):
        return not v.strip()
    return v is None or v == [] or v == {}
