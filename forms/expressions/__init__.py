"""Safe expressions for forms: an own tokenizer, parser, type checker and compiler.

Nothing here uses eval or exec; expressions become plain closures over a ``Context``.
The names below are imported on first use: code that only needs the value helpers
(``forms.expressions.dates``, ``.types``) does not load the parser and compiler.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forms._lazy import lazy_exports

if TYPE_CHECKING:
    from forms.expressions.compiler import Compiled, compile_expression, today_iso
    from forms.expressions.parser import parse
    from forms.expressions.types import Context, Environment, RefTarget, Scope, VType

__all__ = [
    "Compiled",
    "Context",
    "Environment",
    "RefTarget",
    "Scope",
    "VType",
    "compile_expression",
    "parse",
    "today_iso",
]

#: Each public name's module (see forms/__init__.py for the same pattern).
_LAZY: dict[str, str] = {
    "Compiled": "forms.expressions.compiler",
    "compile_expression": "forms.expressions.compiler",
    "today_iso": "forms.expressions.compiler",
    "parse": "forms.expressions.parser",
    "Context": "forms.expressions.types",
    "Environment": "forms.expressions.types",
    "RefTarget": "forms.expressions.types",
    "Scope": "forms.expressions.types",
    "VType": "forms.expressions.types",
}


if not TYPE_CHECKING:  # hidden from mypy, which then checks every name against the
    # imports above instead of accepting any attribute as Any
    __getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
