"""Recursive-descent (Pratt) parser for form expressions.

Contract: ``parse`` returns the syntax tree or raises ``ExpressionError`` with a position.
Nesting is bounded by an explicit counter (MAX_DEPTH), so hostile input such as ten
thousand parentheses is an error, never a RecursionError, and the tree's own depth is
bounded too so later passes can walk it recursively.
"""

from __future__ import annotations

from forms.errors import ExpressionError
from forms.expressions import ast
from forms.expressions.lexer import Tok, Token, tokenize

#: Deepest nesting of parentheses, calls and operators the parser follows.
MAX_DEPTH = 32
#: Deepest syntax tree accepted (long chains like 1+1+1+... build deep trees).
MAX_TREE_DEPTH = 128
#: Most arguments in one call.
MAX_ARGS = 20

# Binding power of binary operators: higher binds tighter; all are left-associative.
_BINARY: dict[str, int] = {
    "or": 1,
    "and": 2,
    "=": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "div": 6,
    "mod": 6,
}
_UNARY_POWER = 7
_KEYWORDS = frozenset({"and", "or", "div", "mod"})


def parse(source: str) -> ast.Node:
    """Parse ``source`` into a tree; raise ``ExpressionError`` if it is not a valid expression."""
    tokens = tokenize(source)
    if tokens[0].kind is Tok.END:
        raise ExpressionError("The expression is empty.", position=0)
    parser = _Parser(tokens)
    node = parser.expression(0)
    tok = parser.peek()
    if tok.kind is not Tok.END:
        raise ExpressionError("Unexpected text after the end of the expression.", position=tok.pos)
    return node


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = tokens
        self._i = 0
        self._depth = 0

    def peek(self) -> Token:
        return self._tokens[self._i]

    def _next(self) -> Token:
        tok = self._tokens[self._i]
        if tok.kind is not Tok.END:
            self._i += 1
        return tok

    def _enter(self, pos: int) -> None:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise ExpressionError("The expression is nested too deeply.", position=pos)

    def expression(self, min_power: int) -> ast.Node:
        self._enter(self.peek().pos)
        try:
            left = self._prefix()
            while True:
                tok = self.peek()
                op = _binary_op(tok)
                if op is None:
                    break
                power = _BINARY[op]
                if power <= min_power:
                    break
                self._next()
                right = self.expression(power)
                left = _tree(ast.Binary(tok.pos, op, left, right, depth=_d(left, right)))
            return left
        finally:
            self._depth -= 1

    def _prefix(self) -> ast.Node:
        tok = self._next()
        kind = tok.kind
        if kind is Tok.NUMBER:
            value: int | float = float(tok.text) if "." in tok.text else int(tok.text)
            return ast.Number(tok.pos, value)
        if kind is Tok.STRING:
            return ast.Text(tok.pos, tok.text)
        if kind is Tok.REF:
            return ast.Ref(tok.pos, tok.text)
        if kind is Tok.DOT:
            return ast.Current(tok.pos)
        if kind is Tok.OP and tok.text == "-":
            operand = self.expression(_UNARY_POWER)
            return _tree(ast.Negate(tok.pos, operand, depth=operand.depth + 1))
        if kind is Tok.LPAREN:
            inner = self.expression(0)
            self._expect(Tok.RPAREN, "A '(' is not closed.", tok.pos)
            return inner
        if kind is Tok.NAME and tok.text not in _KEYWORDS:
            if self.peek().kind is not Tok.LPAREN:
                raise ExpressionError(
                    f"'{tok.text}' is not a function call; fields are written ${{name}}.",
                    position=tok.pos,
                )
            self._next()
            args: list[ast.Node] = []
            if self.peek().kind is not Tok.RPAREN:
                while True:
                    args.append(self.expression(0))
                    if len(args) > MAX_ARGS:
                        raise ExpressionError(
                            "A function has too many arguments.", position=tok.pos
                        )
                    if self.peek().kind is Tok.COMMA:
                        self._next()
                        continue
                    break
            self._expect(Tok.RPAREN, "A function call is not closed with ')'.", tok.pos)
            depth = 1 + max((a.depth for a in args), default=0)
            return _tree(ast.Call(tok.pos, tok.text, tuple(args), depth=depth))
        if kind is Tok.END:
            raise ExpressionError("The expression ends too early.", position=tok.pos)
        raise ExpressionError(f"Unexpected '{tok.text}'.", position=tok.pos)

    def _expect(self, kind: Tok, message: str, pos: int) -> None:
        tok = self._next()
        if tok.kind is not kind:
            raise ExpressionError(message, position=tok.pos if tok.kind is not Tok.END else pos)


def _binary_op(tok: Token) -> str | None:
    if tok.kind is Tok.OP and tok.text in _BINARY:
        return tok.text
    if tok.kind is Tok.NAME and tok.text in _KEYWORDS:
        return tok.text
    return None


def _d(left: ast.Node, right: ast.Node) -> int:
    return 1 + max(left.depth, right.depth)


def _tree(node: ast.Node) -> ast.Node:
    if node.depth > MAX_TREE_DEPTH:
        raise ExpressionError(
            "The expression is too long a chain of operations.", position=node.pos
        )
    return node
