"""XLSForm import, part 1: problems, languages and per-language texts.

``label::English (en)`` style columns become languages; a missing translation is filled
from the default language with a warning, never silently.
"""

from __future__ import annotations

import re

from forms.limits import LANGUAGE
from forms.problems import Problem, Severity, shown
from forms.xlsform_read import Cell, Row, Sheet

TEXT_KEYS = ("label", "hint", "constraint_message", "required_message")
_LANG_COLUMN = re.compile(r"\A(label|hint|constraint_message|required_message)::(.+)\Z")
_LANG_NAME = re.compile(r"\A(.*?)\s*\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\)\s*\Z")


class TextsBase:
    """State shared by the conversion steps, problem recording and language handling."""

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
        #: Names of rows left out (unsupported types) -> where they were, to explain
        #: an expression that still refers to one.
        self.left_out: dict[str, str] = {}

    # -- problems -------------------------------------------------------------------------

    def error(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def warn(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message, Severity.WARNING))

    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    # -- the whole conversion -------------------------------------------------------------

    def where_setting(self, key: str) -> str:
        assert self.settings is not None
        return self.settings.where(self.settings.rows[0], key)

    def read_languages(self, settings: dict[str, Cell]) -> None:
        explicit: list[str] = []
        plain = False
        for sheet in (self.survey, self.choices):
            if sheet is None:
                continue
            for header in sheet.columns:
                m = _LANG_COLUMN.match(header)
                if m is None:
                    plain = plain or header in TEXT_KEYS
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
        plain = cell_text(row.cells.get(key))
        if plain:
            found[self.default_language] = plain
        for header, value in row.cells.items():
            column = self.column_language.get((sheet.name, header))
            if column and column[0] == key and cell_text(value):
                found[column[1]] = cell_text(value) or ""
        if not found:
            return None
        if any("${" in text for text in found.values()):
            self.warn(
                sheet.where(row, self.text_column(sheet, key, self.default_language)),
                f"The {key} names a field with ${{...}}; it is shown as written, not filled in.",
            )
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


def cell_text(v: Cell) -> str | None:
    """A cell as trimmed text (1.0 as \"1\"), or None when empty."""
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
