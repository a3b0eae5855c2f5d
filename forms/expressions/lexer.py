"""Tokenizer for form expressions (XLSForm's subset of XPath).

Contract: ``tokenize`` returns a list of tokens ending with an END token, or raises
``ExpressionError`` with the position of the first character it cannot read. It never
raises anything else and runs in time linear in the input (bounded by MAX_LENGTH).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from forms.errors import ExpressionError

#: Longest expression accepted, in characters.
MAX_LENGTH = 2000
#: Most digits in a number literal (so no literal exceeds what the evaluator bounds).
MAX_DIGITS = 18
#: Longest ``${name}`` or function name.
MAX_NAME = 64


class Tok(enum.Enum):
    """Token kinds."""

    REF = "ref"  # ${name}; text is the name
    DOT = "."
    STRING = "string"
    NUMBER = "number"
    NAME = "name"  # function names and the keywords and/or/div/mod
    OP = "op"  # = != < <= > >= + - *
    LPAREN = "("
    RPAREN = ")"
    COMMA = ","
    END = "end"


@dataclass(frozen=True, slots=True)
class Token:
    """One token and the 0-based offset where it starts."""

    kind: Tok
    text: str
    pos: int


_NAME_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_NAME_CHARS = _NAME_START | frozenset("0123456789-")
_REF_CHARS = _NAME_START | frozenset("0123456789-")
_DIGITS = frozenset("0123456789")
_SPACE = frozenset(" \t\r\n")


def tokenize(source: str) -> list[Token]:
    """Split ``source`` into tokens; raise ``ExpressionError`` on anything unreadable."""
    if not isinstance(source, str):
        raise ExpressionError("An expression must be text.", position=0)
    if len(source) > MAX_LENGTH:
        raise ExpressionError(
            f"The expression is longer than {MAX_LENGTH} characters.", position=MAX_LENGTH
        )
    tokens: list[Token] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c in _SPACE:
            i += 1
        elif c == "$":
            if i + 1 >= n or source[i + 1] != "{":
                raise ExpressionError("'$' must start a reference like ${name}.", position=i)
            j = i + 2
            while j < n and source[j] in _REF_CHARS:
                j += 1
            name = source[i + 2 : j]
            if j >= n or source[j] != "}" or not name or name[0] not in _NAME_START:
                raise ExpressionError("A reference must look like ${name}.", position=i)
            if len(name) > MAX_NAME:
                raise ExpressionError("The referenced name is too long.", position=i)
            tokens.append(Token(Tok.REF, name, i))
            i = j + 1
        elif c in "'\"":
            j = source.find(c, i + 1)
            if j < 0:
                raise ExpressionError("A quoted text is not closed.", position=i)
            tokens.append(Token(Tok.STRING, source[i + 1 : j], i))
            i = j + 1
        elif c in _DIGITS or (c == "." and i + 1 < n and source[i + 1] in _DIGITS):
            j = i
            while j < n and source[j] in _DIGITS:
                j += 1
            if j < n and source[j] == ".":
                j += 1
                while j < n and source[j] in _DIGITS:
                    j += 1
            text = source[i:j]
            if sum(ch in _DIGITS for ch in text) > MAX_DIGITS:
                raise ExpressionError(f"A number may have at most {MAX_DIGITS} digits.", position=i)
            if j < n and source[j] in _NAME_START:
                raise ExpressionError("A number is followed by letters.", position=j)
            tokens.append(Token(Tok.NUMBER, text, i))
            i = j
        elif c == ".":
            tokens.append(Token(Tok.DOT, c, i))
            i += 1
        elif c in _NAME_START:
            j = i + 1
            while j < n and source[j] in _NAME_CHARS:
                j += 1
            # A trailing '-' belongs to a following minus sign, not to the name.
            while source[j - 1] == "-":
                j -= 1
            if j - i > MAX_NAME:
                raise ExpressionError("A name in the expression is too long.", position=i)
            tokens.append(Token(Tok.NAME, source[i:j], i))
            i = j
        elif c in "!<>":
            if i + 1 < n and source[i + 1] == "=":
                tokens.append(Token(Tok.OP, c + "=", i))
                i += 2
            elif c == "!":
                raise ExpressionError("'!' must be followed by '='.", position=i)
            else:
                tokens.append(Token(Tok.OP, c, i))
                i += 1
        elif c in "=+-*":
            tokens.append(Token(Tok.OP, c, i))
            i += 1
        elif c == "(":
            tokens.append(Token(Tok.LPAREN, c, i))
            i += 1
        elif c == ")":
            tokens.append(Token(Tok.RPAREN, c, i))
            i += 1
        elif c == ",":
            tokens.append(Token(Tok.COMMA, c, i))
            i += 1
        else:
            raise ExpressionError("The expression contains a character it cannot use.", position=i)
    tokens.append(Token(Tok.END, "", n))
    return tokens
