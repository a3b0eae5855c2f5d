"""XLSForm import, part 1: problems, languages and per-language texts.

``label::English (en)`` style columns become languages; a missing translation is filled
from the default language with a warning, never silently.
"""

from __future__ import annotations

import functools
import re

from forms.limits import LANGUAGE
from forms.problems import Problem, Severity
from forms.xlsform_read import Cell, Row, Sheet

TEXT_KEYS = ("label", "hint", "constraint_message", "required_message")
_LANG_COLUMN = re.compile(r"\A(label|hint|constraint_message|required_message)::(.+)\Z")
#: ODK renders some HTML and Markdown in labels; our texts are plain (docs/forms.md 1.1).
_FORMATTING = re.compile(r"</?[A-Za-z][^<>]*>|\*\*[^*\n]+\*\*|(?m:^#{1,6} )")
_LANG_NAME = re.compile(r"\A(.*?)\s*\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\)\s*\Z")


class TextsBase:
    """State shared by the conversion steps, problem recording and language handling."""

    def __init__(self, sheets: dict[str, Sheet], stem: str) -> None:
        self.survey = sheets["survey"]
        self.choices = sheets.get("choices")
        self.settings = sheets.get("settings")
        self.stem = stem
        self.problems: list[Problem] = [
            p
            for sheet in (self.survey, self.choices, self.settings)
            if sheet
            for p in sheet.problems
        ]
        self.rows_of: dict[str, tuple[Sheet, Row]] = {}  # JSON pointer -> source row
        self.languages: list[str] = []
        self.default_language = "en"
        self.column_language: dict[tuple[str, str], tuple[str, str]] = {}
        #: Names of rows left out (unsupported types) -> where they were, to explain
        #: an expression that still refers to one.
        self.left_out: dict[str, str] = {}
        self.choice_value_key = "name"  # the choices column holding values ('name' or 'value')
        self.choice_columns: set[str] = set()  # extra choices columns, for choice_filter
        #: Language columns whose language is unknown (an error already; not re-warned).
        self.unreadable_columns: set[tuple[str, str]] = set()

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
                    self.unreadable_columns.add((sheet.name, header))  # reported once, here
                    self.error(
                        sheet.where(1, header),
                        f"The language of column '{sheet.title(header)}' is unknown; "
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
            elif explicit and code not in explicit and not plain:
                # No column holds texts in that language: filling the whole form with
                # copies of another language's texts under its name would mislead readers.
                self.default_language = explicit[0]
                self.warn(
                    self.where_setting("default_language"),
                    f"No column has texts in the default_language '{code}'; "
                    f"'{explicit[0]}' is the default language instead.",
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
        """The column of ``key`` in ``lang``; else its plain or any-language column, so a
        missing translation is reported at a cell of that text (not the row only)."""
        others: list[str] = []
        for (name, header), (k, code) in self.column_language.items():
            if name == sheet.name and k == key:
                if code == lang:
                    return header
                others.append(header)
        return key if key in sheet.columns or not others else others[0]

    def text(self, sheet: Sheet, row: Row, key: str) -> dict[str, str] | None:
        """The texts of ``key`` in every language; missing translations are filled and warned."""
        found: dict[str, str] = {}
        plain = cell_text(row.cells.get(key))
        for header, value in row.cells.items():
            column = self.column_language.get((sheet.name, header))
            if column and column[0] == key and cell_text(value):
                text = cell_text(value) or ""
                if found.setdefault(column[1], text) != text:  # 'label::English' and '(en)'
                    self.warn(
                        sheet.where(row, header),
                        f"Two columns give the '{column[1]}' {key}; the first one is used.",
                    )
        if plain:
            other = found.setdefault(self.default_language, plain)
            if other != plain:  # both 'label' and 'label::English (en)', saying different things
                written = sheet.title(self.text_column(sheet, key, self.default_language))
                self.warn(
                    sheet.where(row, key),
                    f"This {key} and the one in column '{written}' are both "
                    f"'{self.default_language}' texts; the one in that column is used.",
                )
        if not found:
            return None
        if any(_FORMATTING.search(text) for text in found.values()):
            self.warn(
                sheet.where(row, self.text_column(sheet, key, self.default_language)),
                f"The {key} has formatting (HTML or Markdown); it is shown as written.",
            )
        if any("${" in text for text in found.values()):
            self.warn(
                sheet.where(row, self.text_column(sheet, key, self.default_language)),
                f"The {key} names a field with ${{...}}; it is shown as written, not filled in.",
            )
        source = self.default_language if self.default_language in found else next(iter(found))
        fallback = found[source]
        for lang in self.languages:
            if lang not in found:
                self.warn(
                    sheet.where(row, self.text_column(sheet, key, lang)),
                    f"The {key} has no '{lang}' text; the '{source}' text is used.",
                )
                found[lang] = fallback
        return {lang: found[lang] for lang in self.languages}

    # -- choices ---------------------------------------------------------------------------


def cell_text(v: Cell) -> str | None:
    """A cell as trimmed text (1.0 as \"1\"), or None when empty."""
    if v is None:
        return None
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"  # as the spreadsheet shows it
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v).strip()
    return s or None


def _language_code(spec: str) -> str | None:
    """'English (en)' -> 'en'; 'ru' -> 'ru'; 'Russian' -> 'ru' (via CLDR names)."""
    spec = spec.strip()
    m = _LANG_NAME.match(spec)
    if m:
        code = _canonical(m.group(2))
        return code if LANGUAGE.match(code) else None
    if LANGUAGE.match(spec.lower()):  # a bare code: 'ru', 'pt-BR' (headers are lower-cased)
        return _canonical(spec)
    from babel import Locale

    names = {str(v).lower(): k for k, v in Locale("en").languages.items()}
    names.setdefault("farsi", "fa")  # the usual English name for Persian; CLDR lacks it
    found = names.get(spec.lower()) or _native_names().get(spec.lower())
    if not found:
        return None
    result = _canonical(found.replace("_", "-"))  # CLDR writes 'pt_BR'
    return result if LANGUAGE.match(result) else None


def _canonical(code: str) -> str:
    """BCP 47 case: 'PT-br' -> 'pt-BR', 'zh-hant' -> 'zh-Hant', as native forms write them."""
    first, *rest = code.split("-")
    parts = [first.lower()]
    for part in rest:
        if len(part) == 2 or (len(part) == 3 and part.isdigit()):
            parts.append(part.upper())  # region
        elif len(part) == 4:
            parts.append(part.title())  # script
        else:
            parts.append(part.lower())
    return "-".join(parts)


@functools.cache
def _native_names() -> dict[str, str]:
    """Languages by their own name ('русский' -> 'ru', 'türkçe' -> 'tr'), from CLDR.

    Loading every CLDR language takes a second or two, so this runs only for a column
    whose language is not written in English, and once per process.
    """
    from babel import Locale, localedata

    names: dict[str, str] = {}
    for ident in localedata.locale_identifiers():
        if "_" in ident:
            continue  # base languages only: 'pt', not 'pt_BR'
        try:
            name = Locale.parse(ident).get_display_name(ident)
        except (ValueError, LookupError):
            continue
        if name:
            names.setdefault(name.lower(), ident)
    return names
