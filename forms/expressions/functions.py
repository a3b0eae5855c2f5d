"""The functions expressions may call: signatures, type rules and implementations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from forms.errors import ExpressionError
from forms.expressions import ast
from forms.expressions.dates import is_partial_date
from forms.expressions.regex import compile_pattern, regex_search
from forms.expressions.types import Context, VType, is_empty

if TYPE_CHECKING:
    from forms.expressions.compiler import _T, _Compiler

#: Every function name, for messages and documentation.
FUNCTIONS = (
    "selected",
    "count-selected",
    "string-length",
    "today",
    "date",
    "regex",
    "if",
    "count",
    "coalesce",
    "concat",
    "range-start",
    "range-end",
    "true",
    "false",
    "not",
    "choice",
)


def _arity(n: ast.Call, low: int, high: int | None = None) -> None:
    high = low if high is None else high
    count = len(n.args)
    if count < low or count > high:
        if low == high:
            need = f"{low} argument" + ("" if low == 1 else "s")
        elif high >= 99:
            need = f"at least {low} arguments"
        else:
            need = f"{low} to {high} arguments"
        raise ExpressionError(f"{n.name}() takes {need}.", position=n.pos)


def compile_call(c: _Compiler, n: ast.Call) -> _T:
    """Type-check and compile a call; raise ExpressionError for unknown or misused ones."""
    from forms.expressions.compiler import _T

    name = n.name
    if name not in FUNCTIONS:
        raise ExpressionError(f"Unknown function '{name}'.", position=n.pos)
    if name in ("true", "false", "today"):
        _arity(n, 0)
        if name == "today":
            return _T(VType.DATE, lambda ctx: ctx.today, n.pos)
        value = name == "true"
        return _T(VType.BOOL, lambda ctx: value, n.pos)
    if name == "count":
        _arity(n, 1)
        return _T(VType.NUMBER, c.repeat_count(n.args[0]), n.pos)
    if name == "choice":
        _arity(n, 1)
        if not c.env.choice_filter:
            raise ExpressionError("choice() can only be used in a choice_filter.", position=n.pos)
        literal = c.node(n.args[0]).literal
        if literal is None:
            raise ExpressionError(
                "choice() takes a quoted key, like choice('value').", position=n.args[0].pos
            )
        key: str = literal

        def choice(ctx: Context) -> Any:
            return (ctx.choice or {}).get(key)

        return _T(VType.TEXT, choice, n.pos)

    args = [c.node(a) for a in n.args]
    if name == "not":
        _arity(n, 1)
        f = c.want(args[0], VType.BOOL, "not()").fn
        return _T(VType.BOOL, lambda ctx: not f(ctx), n.pos)
    if name == "selected":
        _arity(n, 2)
        if args[0].vtype not in (VType.LIST, VType.TEXT):
            raise ExpressionError("selected() needs a choice field first.", position=args[0].pos)
        sf = args[0].fn
        vf = c.want(args[1], VType.TEXT, "selected()").fn

        def selected(ctx: Context) -> bool:
            have, want = sf(ctx), vf(ctx)
            if have is None or want is None:
                return False
            return want in have if isinstance(have, list) else have == want

        return _T(VType.BOOL, selected, n.pos)
    if name == "count-selected":
        _arity(n, 1)
        lf = c.want(args[0], VType.LIST, "count-selected()").fn
        return _T(VType.NUMBER, lambda ctx: len(lf(ctx) or ()), n.pos)
    if name == "string-length":
        _arity(n, 1)
        tf = c.want(args[0], VType.TEXT, "string-length()").fn
        return _T(VType.NUMBER, lambda ctx: len(tf(ctx) or ""), n.pos)
    if name == "date":
        _arity(n, 1)
        a = args[0]
        if a.literal is not None:
            if not is_partial_date(a.literal):
                raise ExpressionError("date() needs a date like '2024-05-31'.", position=a.pos)
            date_text = a.literal
            return _T(VType.DATE, lambda ctx: date_text, n.pos)
        if a.vtype not in (VType.TEXT, VType.DATE):
            raise ExpressionError("date() needs a text or a date.", position=a.pos)
        df = a.fn
        return _T(VType.DATE, lambda ctx: v if is_partial_date(v := df(ctx)) else None, n.pos)
    if name == "regex":
        _arity(n, 2)
        tf = c.want(args[0], VType.TEXT, "regex()").fn
        if args[1].literal is None:
            raise ExpressionError("regex() needs a quoted pattern.", position=args[1].pos)
        pattern = compile_pattern(args[1].literal, args[1].pos)
        return _T(VType.BOOL, lambda ctx: regex_search(pattern, tf(ctx)), n.pos)
    if name == "if":
        _arity(n, 3)
        cf = c.want(args[0], VType.BOOL, "if()").fn
        a, b = args[1], args[2]
        if a.literal == "" and b.literal != "":
            a = _T(b.vtype, lambda ctx: None, a.pos)
        elif b.literal == "" and a.literal != "":
            b = _T(a.vtype, lambda ctx: None, b.pos)
        a, b = c.unify(a, b, "if()")
        af, bf = a.fn, b.fn
        return _T(a.vtype, lambda ctx: af(ctx) if cf(ctx) else bf(ctx), n.pos)
    if name == "coalesce":
        _arity(n, 2, 99)
        first = args[0]
        fns = [first.fn]
        for other in args[1:]:
            first, other = c.unify(first, other, "coalesce()")
            fns.append(other.fn)
        fns[0] = first.fn

        def coalesce(ctx: Context) -> Any:
            for f in fns:
                v = f(ctx)
                if not is_empty(v):
                    return v
            return None

        return _T(first.vtype, coalesce, n.pos)
    if name == "concat":
        _arity(n, 1, 99)
        for a in args:
            if a.vtype not in (VType.TEXT, VType.NUMBER, VType.DATE):
                raise ExpressionError("concat() joins texts, numbers and dates.", position=a.pos)
        parts = [a.fn for a in args]
        return _T(
            VType.TEXT,
            lambda ctx: "".join("" if (v := f(ctx)) is None else str(v) for f in parts),
            n.pos,
        )
    # range-start / range-end
    _arity(n, 1)
    rf = c.want(args[0], VType.RANGE, f"{name}()").fn
    key = "start" if name == "range-start" else "end"

    def bound(ctx: Context) -> Any:
        r = rf(ctx)
        return r.get(key) if isinstance(r, dict) else None

    return _T(VType.DATE, bound, n.pos)
