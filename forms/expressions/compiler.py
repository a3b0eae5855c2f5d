"""Type checker and compiler: syntax tree -> a Python closure over the runtime context.

Contract: ``compile_expression`` either returns a ``Compiled`` whose function never raises
on well-typed answers (failed arithmetic gives None, "empty"), or raises
``ExpressionError`` naming the position of the first problem: an unknown name, a field
inside a repeat used from outside it, a type mismatch, a wrong call. It never uses
eval/exec; the tree depth is bounded by the parser, so the recursion here is bounded.
"""

from __future__ import annotations

import datetime as _dt
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from forms.errors import ExpressionError
from forms.expressions import ast
from forms.expressions.dates import is_partial_date
from forms.expressions.parser import parse
from forms.expressions.regex import compile_pattern, regex_search
from forms.expressions.types import Context, Environment, Evaluator, VType, bounded, is_empty


@dataclass(frozen=True)
class Compiled:
    """A checked, compiled expression."""

    source: str
    vtype: VType
    evaluate: Evaluator
    #: Names referenced with ``${...}`` (for dependency graphs).
    refs: frozenset[str]


@dataclass(frozen=True)
class _T:
    vtype: VType
    fn: Evaluator
    pos: int
    literal: str | None = None  # the text of a quoted literal
    number_text: str | None = None  # the digits of a number literal (choice codes like 1)


def compile_expression(
    source: str, env: Environment, expect: VType | None = VType.BOOL
) -> Compiled:
    """Parse, type-check and compile ``source`` in ``env``; ``expect`` is the required type."""
    tree = parse(source)
    refs: set[str] = set()
    typed = _Compiler(env, refs).node(tree)
    if expect is not None and typed.vtype is not expect:
        raise ExpressionError(
            f"The expression gives {typed.vtype.value} but {expect.value} is needed here.",
            position=0,
        )
    return Compiled(source, typed.vtype, typed.fn, frozenset(refs))


def _const(value: Any) -> Evaluator:
    return lambda ctx: value


_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


class _Compiler:
    def __init__(self, env: Environment, refs: set[str]) -> None:
        self.env = env
        self.refs = refs

    def node(self, n: ast.Node) -> _T:
        if isinstance(n, ast.Text):
            return _T(VType.TEXT, _const(n.value), n.pos, literal=n.value)
        if isinstance(n, ast.Number):
            value = bounded(n.value)
            return _T(VType.NUMBER, _const(value), n.pos, number_text=str(n.value))
        if isinstance(n, ast.Ref):
            return self.ref(n)
        if isinstance(n, ast.Current):
            if self.env.current is None:
                raise ExpressionError("'.' can only be used in a constraint.", position=n.pos)
            return _T(self.env.current, lambda ctx: ctx.current, n.pos)
        if isinstance(n, ast.Negate):
            inner = self.want(self.node(n.operand), VType.NUMBER, "'-'")
            f = inner.fn

            def negate(ctx: Context) -> Any:
                v = f(ctx)
                return None if v is None else -v

            return _T(VType.NUMBER, negate, n.pos)
        if isinstance(n, ast.Binary):
            return self.binary(n)
        if isinstance(n, ast.Call):
            from forms.expressions.functions import compile_call

            return compile_call(self, n)
        raise ExpressionError("Unknown expression element.", position=n.pos)  # pragma: no cover

    def ref(self, n: ast.Ref) -> _T:
        target = self.env.lookup(n.name)
        if target is None:
            raise ExpressionError(f"The form has no field named '{n.name}'.", position=n.pos)
        if target.is_repeat:
            raise ExpressionError(
                f"'{n.name}' is a repeat; use count(${{{n.name}}}) to count its entries.",
                position=n.pos,
            )
        if target.vtype is None:
            raise ExpressionError(f"'{n.name}' has no answer to use.", position=n.pos)
        chain = self.env.chain
        if chain[: len(target.repeat_chain)] != target.repeat_chain:
            raise ExpressionError(
                f"'{n.name}' is inside the repeat '{target.repeat_chain[-1]}' and can only be "
                "used from within it.",
                position=n.pos,
            )
        self.refs.add(n.name)
        up = len(chain) - len(target.repeat_chain)
        name = n.name
        if up == 0:

            def get(ctx: Context) -> Any:
                return ctx.scope.value(name)

        else:

            def get(ctx: Context) -> Any:
                scope = ctx.scope
                for _ in range(up):
                    scope = scope.parent  # type: ignore[assignment]
                return scope.value(name)

        return _T(target.vtype, get, n.pos)

    def repeat_count(self, n: ast.Node) -> Evaluator:
        """Compile the argument of count(): a ``${repeat}`` in scope."""
        if not isinstance(n, ast.Ref):
            raise ExpressionError("count() takes a repeat, like count(${name}).", position=n.pos)
        target = self.env.lookup(n.name)
        if target is None:
            raise ExpressionError(f"The form has no repeat named '{n.name}'.", position=n.pos)
        if not target.is_repeat:
            raise ExpressionError(f"'{n.name}' is not a repeat.", position=n.pos)
        chain = self.env.chain
        if chain[: len(target.repeat_chain)] != target.repeat_chain:
            raise ExpressionError(
                f"'{n.name}' is inside another repeat and can only be counted from within it.",
                position=n.pos,
            )
        self.refs.add(n.name)
        up = len(chain) - len(target.repeat_chain)
        name = n.name

        def count(ctx: Context) -> Any:
            scope = ctx.scope
            for _ in range(up):
                scope = scope.parent  # type: ignore[assignment]
            return scope.count(name)

        return count

    def want(self, t: _T, vtype: VType, what: str) -> _T:
        """Return ``t`` as ``vtype``, converting a fitting text literal; else raise."""
        if t.vtype is vtype:
            return t
        if t.literal is not None:
            converted = _convert_literal(t.literal, vtype)
            if converted is not None:
                return _T(vtype, _const(converted), t.pos)
        if t.number_text is not None and vtype is VType.TEXT:
            # XLSForm authors write ${q} = 1 for a choice whose value is "1".
            return _T(vtype, _const(t.number_text), t.pos)
        raise ExpressionError(f"{what} needs {vtype.value}, not {t.vtype.value}.", position=t.pos)

    def binary(self, n: ast.Binary) -> _T:
        op = n.op
        left, right = self.node(n.left), self.node(n.right)
        if op in ("and", "or"):
            lf = self.want(left, VType.BOOL, f"'{op}'").fn
            rf = self.want(right, VType.BOOL, f"'{op}'").fn
            if op == "and":
                return _T(VType.BOOL, lambda ctx: bool(lf(ctx)) and bool(rf(ctx)), n.pos)
            return _T(VType.BOOL, lambda ctx: bool(lf(ctx)) or bool(rf(ctx)), n.pos)
        if op in ("=", "!="):
            return self.equality(n, left, right)
        if op in _ORDER:
            return self.ordering(n, left, right)
        lf = self.want(left, VType.NUMBER, f"'{op}'").fn
        rf = self.want(right, VType.NUMBER, f"'{op}'").fn
        return _T(VType.NUMBER, _arithmetic(op, lf, rf), n.pos)

    def unify(self, left: _T, right: _T, what: str) -> tuple[_T, _T]:
        """Make both sides one type, converting a literal side if it fits."""
        if left.vtype is right.vtype:
            return left, right
        if right.literal is not None or (right.number_text and left.vtype is VType.TEXT):
            return left, self.want(right, left.vtype, what)
        if left.literal is not None or (left.number_text and right.vtype is VType.TEXT):
            return self.want(left, right.vtype, what), right
        raise ExpressionError(
            f"{what} compares {left.vtype.value} with {right.vtype.value}.", position=right.pos
        )

    def equality(self, n: ast.Binary, left: _T, right: _T) -> _T:
        negate = n.op == "!="
        # Comparing anything with '' asks whether it is empty.
        for side, other in ((left, right), (right, left)):
            if side.literal == "":
                return _T(VType.BOOL, _emptiness(other.fn, negate), n.pos)
        for side in (left, right):
            if side.vtype in (VType.LIST, VType.RANGE):
                raise ExpressionError(
                    f"A {side.vtype.value} can only be compared with '' (empty).", position=n.pos
                )
        left, right = self.unify(left, right, f"'{n.op}'")
        lf, rf = left.fn, right.fn

        def equal(ctx: Context) -> bool:
            a, b = lf(ctx), rf(ctx)
            if a is None or b is None:
                return (a is None) == (b is None) if not negate else (a is None) != (b is None)
            return (a == b) != negate

        return _T(VType.BOOL, equal, n.pos)

    def ordering(self, n: ast.Binary, left: _T, right: _T) -> _T:
        left, right = self.unify(left, right, f"'{n.op}'")
        if left.vtype in (VType.LIST, VType.RANGE, VType.BOOL):
            raise ExpressionError(f"'{n.op}' cannot order {left.vtype.value}.", position=n.pos)
        cmp = _ORDER[n.op]
        lf, rf = left.fn, right.fn

        def order(ctx: Context) -> bool:
            a, b = lf(ctx), rf(ctx)
            if a is None or b is None:
                return False
            return bool(cmp(a, b))

        return _T(VType.BOOL, order, n.pos)


def _emptiness(f: Evaluator, negate: bool) -> Evaluator:
    if negate:
        return lambda ctx: not is_empty(f(ctx))
    return lambda ctx: is_empty(f(ctx))


def _convert_literal(text: str, vtype: VType) -> Any:
    """Return the literal ``text`` as a ``vtype`` constant, or None if it does not fit."""
    if vtype is VType.DATE:
        return text if is_partial_date(text) else None
    if vtype is VType.NUMBER:
        try:
            value: int | float = int(text) if text.lstrip("-").isdigit() else float(text)
        except ValueError:
            return None
        if len(text) > 20:
            return None
        return bounded(value)
    return None


def _arithmetic(op: str, lf: Evaluator, rf: Evaluator) -> Evaluator:
    def run(ctx: Context) -> Any:
        a, b = lf(ctx), rf(ctx)
        if a is None or b is None:
            return None
        if op == "+":
            r = a + b
        elif op == "-":
            r = a - b
        elif op == "*":
            r = a * b
        elif op == "div":
            if b == 0:
                return None
            r = a / b
        else:  # mod: the sign of the left side, as in XPath
            if b == 0:
                return None
            r = a - b * int(a / b) if isinstance(a, float) or isinstance(b, float) else _imod(a, b)
        return bounded(r)

    return run


def _imod(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    r = abs(a) - q * abs(b)
    return -r if a < 0 else r


def today_iso() -> str:
    """Today's local date as "YYYY-MM-DD" (what today() gives)."""
    return _dt.date.today().isoformat()


__all__ = ["Compiled", "compile_expression", "compile_pattern", "regex_search", "today_iso"]
