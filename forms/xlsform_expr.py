"""XLSForm import: expressions, turned into ours (choice_filter) and explained on errors."""

from __future__ import annotations

import re

from forms.expressions.lexer import Tok, tokenize
from forms.problems import shown


def xlsform_hint(text: str, position: int) -> str:
    """A sentence on the XLSForm habit that most likely caused a parse error, or ''."""
    near = text[max(0, position - 2) : position + 2]
    begin = position
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_.-:"):
        begin -= 1
    prefixed = re.match(r"[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*", text[begin:])
    word = re.match(r"[A-Za-z_]\w*", text[position:])
    if "/" in near or ".." in near:
        return " Paths such as /data/name are not supported; write ${name}."
    if prefixed:
        return f" The function '{shown(prefixed.group(0), 40)}' is not supported."
    if word and word.group(0).lower() in ("and", "or", "div", "mod"):
        return f" Write '{word.group(0).lower()}' in lower case."
    if "==" in near:
        return " Compare with a single '='."
    if "<>" in near:
        return " Write '!=' for 'is not'."
    if text[position : position + 1] == "&":
        return " Write 'and' (or concat() to join texts)."
    return ""


def convert_expression(text: str, *, choice_filter: bool = False) -> str:
    """An XLSForm expression in our syntax; in a choice_filter bare names become choice().

    ``name`` (the choice's own name column) becomes ``choice('value')``. Raises
    ExpressionError for what our grammar cannot read (paths like /data/x, unknown syntax).
    """
    from forms.expressions.parser import parse

    tokens = tokenize(text)
    if not choice_filter:
        parse(text)
        return text
    out: list[str] = []
    last = 0
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            tok.kind is Tok.NAME
            and tok.text not in ("and", "or", "div", "mod")
            and (nxt is None or nxt.kind is not Tok.LPAREN)
        ):
            key = "value" if tok.text == "name" else tok.text
            out.append(text[last : tok.pos])
            out.append(f"choice('{key}')")
            last = tok.pos + len(tok.text)
    out.append(text[last:])
    converted = "".join(out)
    parse(converted)
    return converted
