"""Syntax tree of a form expression. Every node knows where it starts and how deep it is."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Node:
    """Base of all nodes; ``depth`` is 1 for a leaf (bounded by the parser)."""

    pos: int
    depth: int = field(default=1, kw_only=True)


@dataclass(frozen=True, slots=True)
class Text(Node):
    """A quoted text literal."""

    value: str


@dataclass(frozen=True, slots=True)
class Number(Node):
    """A number literal: int, or float when it has a decimal point."""

    value: int | float


@dataclass(frozen=True, slots=True)
class Ref(Node):
    """``${name}``."""

    name: str


@dataclass(frozen=True, slots=True)
class Current(Node):
    """``.``: the answer being checked (constraints only)."""


@dataclass(frozen=True, slots=True)
class Negate(Node):
    """Unary minus."""

    operand: Node


@dataclass(frozen=True, slots=True)
class Binary(Node):
    """``left op right``; op is one of = != < <= > >= + - * div mod and or."""

    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Call(Node):
    """``name(args...)``."""

    name: str
    args: tuple[Node, ...]
