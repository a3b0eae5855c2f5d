"""regex() with bounded cost.

Patterns run on RE2 (google-re2), whose matching time is linear in the input: there is
no backtracking, so "catastrophic" patterns such as ``(a+)+$`` cannot hang the program.
RE2 refuses backreferences and lookaround, so those are load-time errors. Patterns must
be literals (checked when the form loads), at most MAX_PATTERN characters; inputs longer
than MAX_INPUT characters are not matched at all. Python's ``re`` is never used on
patterns from a form.
"""

from __future__ import annotations

from typing import Any

import re2

from forms.errors import ExpressionError

MAX_PATTERN = 500
MAX_INPUT = 20_000
#: RE2's own memory budget per pattern (bytes); a pattern that needs more is refused.
_MAX_MEM = 8 << 20


def _options() -> Any:
    opts = re2.Options()
    opts.log_errors = False  # errors are reported as Problems, not printed by the library
    opts.max_mem = _MAX_MEM
    return opts


_OPTIONS = _options()


def compile_pattern(pattern: str, position: int = 0) -> Any:
    """Compile a regex() pattern; raise ExpressionError if it is too long or not RE2 syntax."""
    if len(pattern) > MAX_PATTERN:
        raise ExpressionError(
            f"A regex() pattern may have at most {MAX_PATTERN} characters.", position=position
        )
    try:
        return re2.compile(pattern, options=_OPTIONS)
    except Exception:  # re2 raises its own error type (and ValueError/TypeError on bad input)
        raise ExpressionError(
            "The regex() pattern is not valid (backreferences and lookaround are not supported).",
            position=position,
        ) from None


def regex_search(compiled: Any, text: Any) -> bool:
    """True if ``text`` is a string within MAX_INPUT characters that the pattern matches."""
    if not isinstance(text, str) or len(text) > MAX_INPUT:
        return False
    return compiled.search(text) is not None
