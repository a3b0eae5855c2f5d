"""XLSForm import: the subset of ODK/KoboToolbox spreadsheets that maps to our format.

Contract: ``convert_xlsform(path)`` returns the native definition (already checked by
``load_form``) and a list of warnings, or raises ``XLSFormError`` whose ``problems``
list every error and warning by sheet, row and column. Nothing unsupported is dropped
silently: each is a warning (skipped, the rest converted) or an error (no conversion).
See docs/forms.md, section 9.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forms.errors import ExpressionError, FormDefinitionError, XLSFormError
from forms.expressions.lexer import Tok, tokenize
from forms.loader import FORM_ID, LANGUAGE, MAX_REPEAT_COUNT, NAME, load_form
from forms.problems import Problem, Severity, shown
from forms.xlsform_read import Cell, Row, Sheet, read_workbook

_TEXT_KEYS = ("label", "hint", "constraint_message", "required_message")
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
_LANG_COLUMN = re.compile(r"\A(label|hint|constraint_message|required_message)::(.+)\Z")
_LANG_NAME = re.compile(r"\A(.*?)\s*\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\)\s*\Z")


@dataclass
class Conversion:
    """A converted form: the definition (valid for load_form) and what was not converted."""

    definition: dict[str, Any]
    warnings: list[Problem]


def convert_xlsform(path: Path) -> Conversion:
    """Convert the XLSForm at ``path``; raise XLSFormError listing problems on any error."""
    sheets = read_workbook(path)
    return _Converter(sheets, path.stem).run()


class _Converter:
    def __init__(self, sheets: dict[str, Sheet], stem: str) -> None:
        self.survey = sheets["survey"]
        self.choices = sheets.get("choices")
        self.settings = sheets.get("settings")
        self.stem = stem
        self.problems: list[Problem] = []
        self.rows_of: dict[str, tuple[Sheet, Row]] = {}  # JSON pointer -> source row
        self.languages: list[str] = []
        self.default_language = "en"
        self.column_language: dict[tuple[str, str], tuple[str, str]] = {}

    # -- problems -------------------------------------------------------------------------

    def error(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def warn(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message, Severity.WARNING))

    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    # -- the whole conversion -------------------------------------------------------------

    def run(self) -> Conversion:
        settings = self.settings.rows[0].cells if self.settings and self.settings.rows else {}
        self.read_languages(settings)
        choice_lists = self.convert_choices()
        items = self.convert_survey(choice_lists)
        title_text = _text(settings.get("form_title")) or self.stem
        form_id = self.form_id(settings)
        version = _text(settings.get("version")) or "1"
        if not re.match(r"\A[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}\Z", version):
            self.error(self.where_setting("version"), "The version must be short, without spaces.")
        if len(self.languages) > 1 and settings.get("form_title") is not None:
            self.warn(
                self.where_setting("form_title"),
                "The form title has one language only; it is used for every language.",
            )
        for key in sorted(settings):
            if (
                key not in {"form_title", "form_id", "version", "default_language"}
                and settings[key] is not None
            ):
                self.warn(
                    self.where_setting(key),
                    f"The setting '{shown(key)}' is not supported and was ignored.",
                )
        used = set(_names(items))
        page_name = next(n for n in ("page", "page_1", "page_2", "_page") if n not in used)
        title = {lang: title_text for lang in self.languages}
        definition: dict[str, Any] = {
            "format": 1,
            "id": form_id,
            "version": version,
            "default_language": self.default_language,
            "languages": list(self.languages),
            "title": title,
            "pages": [{"name": page_name, "title": title, "items": items or []}],
        }
        if choice_lists:
            definition["choice_lists"] = choice_lists
        if not items:
            self.error(f"{self.survey.name}!row 2", "The survey sheet has no questions.")
        if not self.errors():
            try:
                load_form(definition)
            except FormDefinitionError as exc:
                for p in exc.problems:
                    self.error(self.source_of(p.location), p.message)
        errors = self.errors()
        if errors:
            n = len(errors)
            raise XLSFormError(
                f"The spreadsheet has {n} problem{'s' if n != 1 else ''} "
                "that prevent converting it.",
                self.problems,
            )
        return Conversion(definition, self.problems)

    def where_setting(self, key: str) -> str:
        assert self.settings is not None
        return self.settings.where(self.settings.rows[0], key)

    def form_id(self, settings: dict[str, Cell]) -> str:
        raw = _text(settings.get("form_id")) or self.stem
        cleaned = re.sub(r"[^a-z0-9._-]+", "-", raw.lower()).strip("-._")[:64] or "imported-form"
        if not FORM_ID.match(cleaned):
            cleaned = "form-" + cleaned[:59]
        if cleaned != raw:
            where = self.where_setting("form_id") if settings.get("form_id") else "settings"
            self.warn(where, f"The form id was changed to '{cleaned}' (lower case, no spaces).")
        return cleaned

    def source_of(self, location: str) -> str:
        """The sheet/row/column a definition pointer came from (the longest known prefix)."""
        parts = location.split("/")
        for end in range(len(parts), 0, -1):
            prefix = "/".join(parts[:end])
            if prefix in self.rows_of:
                sheet, row = self.rows_of[prefix]
                rest = parts[end:]
                column = rest[0] if rest else None
                if column in _TEXT_KEYS:
                    lang = rest[1] if len(rest) > 1 else self.default_language
                    column = self.text_column(sheet, column, lang)
                return sheet.where(row, column)
        return f"{self.survey.name} (converted form{location})"

    # -- languages and texts -----------------------------------------------------------------

    def read_languages(self, settings: dict[str, Cell]) -> None:
        explicit: list[str] = []
        plain = False
        for sheet in (self.survey, self.choices):
            if sheet is None:
                continue
            for header in sheet.columns:
                m = _LANG_COLUMN.match(header)
                if m is None:
                    plain = plain or header in _TEXT_KEYS
                    continue
                code = _language_code(m.group(2))
                if code is None:
                    self.error(
                        sheet.where(1, header),
                        f"The language of column '{shown(header)}' is unknown; "
                        "write it like 'label::English (en)'.",
                    )
                    continue
                self.column_language[(sheet.name, header)] = (m.group(1), code)
                if code not in explicit:
                    explicit.append(code)
        default = settings.get("default_language")
        if default is not None:
            code = _language_code(str(default))
            if code is None:
                self.error(
                    self.where_setting("default_language"),
                    "The default_language is unknown; write it like 'English (en)'.",
                )
            else:
                self.default_language = code
        elif explicit and not plain:
            self.default_language = explicit[0]
        self.languages = [self.default_language] + [
            c for c in explicit if c != self.default_language
        ]
        if len(self.languages) > 20:
            self.error(f"{self.survey.name}!row 1", "The form has more than 20 languages.")

    def text_column(self, sheet: Sheet, key: str, lang: str) -> str:
        for (name, header), (k, code) in self.column_language.items():
            if name == sheet.name and k == key and code == lang:
                return header
        return key

    def text(self, sheet: Sheet, row: Row, key: str) -> dict[str, str] | None:
        """The texts of ``key`` in every language; missing translations are filled and warned."""
        found: dict[str, str] = {}
        plain = _text(row.cells.get(key))
        if plain:
            found[self.default_language] = plain
        for header, value in row.cells.items():
            column = self.column_language.get((sheet.name, header))
            if column and column[0] == key and _text(value):
                found[column[1]] = _text(value) or ""
        if not found:
            return None
        fallback = found.get(self.default_language) or next(iter(found.values()))
        for lang in self.languages:
            if lang not in found:
                self.warn(
                    sheet.where(row, self.text_column(sheet, key, lang)),
                    f"The {key} has no '{lang}' text; the '{self.default_language}' text is used.",
                )
                found[lang] = fallback
        return {lang: found[lang] for lang in self.languages}

    # -- choices ---------------------------------------------------------------------------

    def convert_choices(self) -> dict[str, list[dict[str, Any]]]:
        sheet = self.choices
        lists: dict[str, list[dict[str, Any]]] = {}
        if sheet is None:
            return lists
        list_key = "list_name" if "list_name" in sheet.columns else "list name"
        value_key = "name" if "name" in sheet.columns else "value"
        known = {list_key, value_key, "label"} | {
            h for (s, h) in self.column_language if s == sheet.name
        }
        for header in sheet.columns:
            if header not in known and (
                not NAME.match(header) or header.startswith(("media", "image", "audio", "video"))
            ):
                self.warn(
                    sheet.where(1, header),
                    f"The choices column '{shown(header)}' is not supported and was ignored.",
                )
        for row in sheet.rows:
            list_name, value = _text(row.cells.get(list_key)), _text(row.cells.get(value_key))
            if list_name is None or value is None:
                self.error(
                    sheet.where(row, list_key if list_name is None else value_key),
                    "A choice needs a list name and a name.",
                )
                continue
            label = self.text(sheet, row, "label")
            if label is None:
                self.error(
                    sheet.where(row, self.text_column(sheet, "label", self.default_language)),
                    "The choice has no label.",
                )
                continue
            choice: dict[str, Any] = {"value": value, "label": label}
            props = {
                h: _text(v)
                for h, v in row.cells.items()
                if h not in known and NAME.match(h) and _text(v)
            }
            if props:
                choice["properties"] = props
            entries = lists.setdefault(list_name, [])
            self.rows_of[f"/choice_lists/{list_name}/{len(entries)}"] = (sheet, row)
            entries.append(choice)
        return lists

    # -- survey ----------------------------------------------------------------------------

    def convert_survey(self, choice_lists: dict[str, Any]) -> list[dict[str, Any]]:
        sheet = self.survey
        known = (
            _SURVEY_KEYS
            | set(_TEXT_KEYS)
            | {h for (s, h) in self.column_language if s == sheet.name}
        )
        warned: set[str] = set()
        root: list[dict[str, Any]] = []
        # (container dict or None for the page, its items list, its pointer, its kind, row)
        stack: list[tuple[str, list[dict[str, Any]], str, Row | None]] = [
            ("page", root, "/pages/0/items", None)
        ]
        for row in sheet.rows:
            raw_type = _text(row.cells.get("type"))
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
        appearance = _text(row.cells.get("appearance"))
        if appearance:
            item["appearance"] = appearance

    def name(self, sheet: Sheet, row: Row) -> str | None:
        name = _text(row.cells.get("name"))
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
            return None
        else:
            self.warn(
                where, f"The type '{shown(raw_type, 40)}' is not supported; this row was left out."
            )
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
        appearance = _text(row.cells.get("appearance")) or ""
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
        elif _text(required) is not None:
            text = str(_text(required))
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
        try:
            if ftype == "integer":
                return int(str(value))
            if ftype == "decimal":
                return float(str(value))
        except ValueError:
            self.error(sheet.where(row, "default"), f"The default is not a {ftype}.")
            return None
        if ftype == "multiple_choice":
            return str(_text(value)).split()
        if ftype in ("attachment",):
            self.warn(
                sheet.where(row, "default"), "A default file is not supported and was ignored."
            )
            return None
        return _text(value)

    def expression(
        self, sheet: Sheet, row: Row, key: str, *, choice_filter: bool = False
    ) -> str | None:
        raw = row.cells.get(key)
        if raw in (None, ""):
            return None
        if isinstance(raw, bool):
            return "true()" if raw else "false()"
        text = str(_text(raw))
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


def _text(v: Cell) -> str | None:
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v).strip()
    return s or None


def _language_code(spec: str) -> str | None:
    """'English (en)' -> 'en'; 'ru' -> 'ru'; 'Russian' -> 'ru' (via CLDR names)."""
    spec = spec.strip()
    m = _LANG_NAME.match(spec)
    if m:
        code = m.group(2).lower()
        return code if LANGUAGE.match(code) else None
    if LANGUAGE.match(spec.lower()) and len(spec) <= 3:
        return spec.lower()
    from babel import Locale

    names = {str(v).lower(): k for k, v in Locale("en").languages.items()}
    code = names.get(spec.lower())
    return code if code and LANGUAGE.match(code) else None


def _names(items: list[dict[str, Any]]) -> list[str]:
    result: list[str] = []
    stack = list(items)
    while stack:
        item = stack.pop()
        result.append(str(item.get("name")))
        stack.extend(item.get("items", []))
    return result
