"""Safe expressions for forms: an own tokenizer, parser, type checker and compiler.

Nothing here uses eval or exec; expressions become plain closures over a ``Context``.
"""

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
