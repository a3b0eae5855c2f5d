"""XLSForm import, part 2: the survey sheet (types, groups, repeats, expressions)."""

from __future__ import annotations

import re
from typing import Any

from forms.errors import ExpressionError
from forms.expressions.lexer import Tok, tokenize
from forms.limits import MAX_REPEAT_COUNT, NAME
from forms.problems import shown
from forms.xlsform_read import Row, Sheet
from forms.xlsform_texts import TEXT_KEYS, TextsBase, cell_text

_SURVEY_KEYS = {
    "type",
    "name",
    "required",
    "relevant",
    "constraint",
    "choice_filter",
    "default",
    "appearance",
}
_SIMPLE_TYPES = {
    "text": "text",
    "integer": "integer",
    "int": "integer",
    "decimal": "decimal",
    "date": "date",
    "note": "note",
    "image": "attachment",
    "audio": "attachment",
    "video": "attachment",
    "file": "attachment",
    "background-audio": None,
}
_METADATA = {
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "start-geopoint",
    "instanceid",
}
_TRUE = {"yes", "true", "true()", "1"}
_FALSE = {"no", "false", "false()", "0", ""}
_SELECT = re.compile(
    r"\A(select_one|select_multiple|select one|select multiple)\s+(\S+)(\s+or_other)?\Z"
)


class SurveyConverter(TextsBase):
    """Converts the survey sheet's rows into items."""

    def convert_survey(self, choice_lists: dict[str, Any]) -> list[dict[str, Any]]:
        sheet = self.survey
        known = (
            _SURVEY_KEYS
            | set(TEXT_KEYS)
            | {h for (s, h) in self.column_language if s == sheet.name}
        )
        warned: set[str] = set()
        root: list[dict[str, Any]] = []
        # (container dict or None for the page, its items list, its pointer, its kind, row)
        stack: list[tuple[str, list[dict[str, Any]], str, Row | None]] = [
            ("page", root, "/pages/0/items", None)
        ]
        for row in sheet.rows:
            raw_type = cell_text(row.cells.get("type"))
            if raw_type is None:
                self.error(sheet.where(row, "type"), "The row has no type.")
                continue
            kind = re.sub(r"\s+", " ", raw_type.strip().lower())
            for header, value in row.cells.items():
                if header not in known and value not in (None, "") and header not in warned:
                    warned.add(header)
                    self.warn(
                        sheet.where(row, header),
                        f"The column '{shown(header)}' is not supported and was ignored "
                        "(first use here).",
                    )
            if kind in ("end group", "end_group", "end repeat", "end_repeat"):
                want = "repeat" if "repeat" in kind else "group"
                if stack[-1][0] != want:
                    self.error(
                        sheet.where(row, "type"), f"'{raw_type}' has no matching 'begin {want}'."
                    )
                else:
                    stack.pop()
                continue
            items, base = stack[-1][1], stack[-1][2]
            pointer = f"{base}/{len(items)}"
            if kind in ("begin group", "begin_group", "begin repeat", "begin_repeat"):
                item = self.container(sheet, row, "repeat" if "repeat" in kind else "group")
                if item is None:
                    continue
                self.rows_of[pointer] = (sheet, row)
                items.append(item)
                stack.append((item["type"], item["items"], pointer + "/items", row))
                continue
            item = self.question(sheet, row, kind, raw_type, choice_lists)
            if item is not None:
                self.rows_of[pointer] = (sheet, row)
                items.append(item)
        for kind, _, _, opened in stack[1:]:
            assert opened is not None
            self.error(sheet.where(opened, "type"), f"This 'begin {kind}' has no 'end {kind}'.")
        for kind, items, _, opened in stack:
            if not items and opened is not None:
                self.error(sheet.where(opened, "type"), f"This {kind} has no questions.")
        return root

    def common(self, sheet: Sheet, row: Row, item: dict[str, Any]) -> None:
        for key in ("hint",):
            text = self.text(sheet, row, key)
            if text:
                item[key] = text
        relevant = self.expression(sheet, row, "relevant")
        if relevant:
            item["relevant"] = relevant
        appearance = cell_text(row.cells.get("appearance"))
        if appearance:
            item["appearance"] = appearance

    def name(self, sheet: Sheet, row: Row) -> str | None:
        name = cell_text(row.cells.get("name"))
        if name is None:
            self.error(sheet.where(row, "name"), "The row has no name.")
        elif not NAME.match(name):
            self.error(
                sheet.where(row, "name"),
                f"The name '{shown(name)}' may only use letters, digits, '_' and '-' "
                "(starting with a letter).",
            )
            return None
        return name

    def container(self, sheet: Sheet, row: Row, kind: str) -> dict[str, Any] | None:
        name = self.name(sheet, row)
        label = self.text(sheet, row, "label")
        if label is None and name:
            self.warn(
                sheet.where(row, self.text_column(sheet, "label", self.default_language)),
                f"The {kind} has no label; its name is used.",
            )
            label = {lang: name for lang in self.languages}
        item: dict[str, Any] = {"name": name or "_", "type": kind, "label": label, "items": []}
        if kind == "repeat":
            item["max_count"] = MAX_REPEAT_COUNT
        self.common(sheet, row, item)
        for key in ("required", "constraint", "default"):
            if row.cells.get(key) not in (None, ""):
                self.warn(
                    sheet.where(row, key), f"'{key}' on a {kind} is not supported and was ignored."
                )
        return item if name else None

    def question(
        self, sheet: Sheet, row: Row, kind: str, raw_type: str, choice_lists: dict[str, Any]
    ) -> dict[str, Any] | None:
        where = sheet.where(row, "type")
        select = _SELECT.match(kind)
        if select:
            ftype = "single_choice" if "one" in select.group(1) else "multiple_choice"
            list_name = select.group(2)
            if select.group(3):
                self.warn(where, "'or_other' is not supported; the list is used without 'Other'.")
            if list_name not in choice_lists:
                self.error(
                    where, f"There is no choice list '{shown(list_name)}' on the choices sheet."
                )
                return None
        elif _SIMPLE_TYPES.get(kind):
            ftype = str(_SIMPLE_TYPES[kind])
            list_name = None
            if ftype == "attachment":
                self.warn(where, f"'{raw_type}' becomes an attachment field (any file type).")
        elif kind == "acknowledge":
            ftype, list_name = "yes_no_unknown", None
            self.warn(where, "'acknowledge' becomes a yes/no/unknown question.")
        elif kind in _METADATA:
            self.warn(where, f"The metadata '{raw_type}' is not collected and was left out.")
            self.left_out[str(cell_text(row.cells.get("name")))] = sheet.where(row)
            return None
        else:
            self.warn(
                where, f"The type '{shown(raw_type, 40)}' is not supported; this row was left out."
            )
            self.left_out[str(cell_text(row.cells.get("name")))] = sheet.where(row)
            return None
        name = self.name(sheet, row)
        label = self.text(sheet, row, "label")
        if name is None:
            return None
        if label is None:
            self.error(
                sheet.where(row, self.text_column(sheet, "label", self.default_language)),
                "The question has no label.",
            )
            return None
        appearance = cell_text(row.cells.get("appearance")) or ""
        if ftype == "text" and "multiline" in appearance.split():
            ftype = "long_text"
        item: dict[str, Any] = {"name": name, "type": ftype, "label": label}
        if list_name:
            item["choices"] = list_name
        self.common(sheet, row, item)
        if ftype == "note":
            for key in ("required", "constraint", "default", "choice_filter"):
                if row.cells.get(key) not in (None, ""):
                    self.warn(
                        sheet.where(row, key),
                        f"'{key}' on a note is not supported and was ignored.",
                    )
            return item
        required = row.cells.get("required")
        if isinstance(required, bool | int | float):
            item["required"] = bool(required)
        elif cell_text(required) is not None:
            text = str(cell_text(required))
            if text.lower() in _TRUE:
                item["required"] = True
            elif text.lower() not in _FALSE:
                expr = self.expression(sheet, row, "required")
                if expr:
                    item["required"] = expr
        for key in ("constraint", "choice_filter"):
            if key == "choice_filter" and not list_name:
                continue
            expr = self.expression(sheet, row, key, choice_filter=key == "choice_filter")
            if expr:
                item[key] = expr
        for key in ("constraint_message", "required_message"):
            message = self.text(sheet, row, key)
            if message:
                item[key] = message
        default = self.default(sheet, row, ftype)
        if default is not None:
            item["default"] = default
        return item

    def default(self, sheet: Sheet, row: Row, ftype: str) -> Any:
        value = row.cells.get("default")
        if value in (None, ""):
            return None
        if isinstance(value, str) and ("(" in value or "${" in value):
            self.warn(
                sheet.where(row, "default"),
                "A calculated default is not supported and was ignored (the field starts empty).",
            )
            return None
        try:
            if ftype == "integer":
                return int(str(value))
            if ftype == "decimal":
                return float(str(value))
        except ValueError:
            self.error(sheet.where(row, "default"), f"The default is not a {ftype}.")
            return None
        if ftype == "multiple_choice":
            return str(cell_text(value)).split()
        if ftype in ("attachment",):
            self.warn(
                sheet.where(row, "default"), "A default file is not supported and was ignored."
            )
            return None
        return cell_text(value)

    def expression(
        self, sheet: Sheet, row: Row, key: str, *, choice_filter: bool = False
    ) -> str | None:
        raw = row.cells.get(key)
        if raw in (None, ""):
            return None
        if isinstance(raw, bool):
            return "true()" if raw else "false()"
        text = str(cell_text(raw))
        try:
            return convert_expression(text, choice_filter=choice_filter)
        except ExpressionError as exc:
            self.error(
                sheet.where(row, key), f"{str(exc).rstrip('.')} (at character {exc.position + 1})."
            )
            return None


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
