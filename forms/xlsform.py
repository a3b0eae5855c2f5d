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

from forms.errors import FormDefinitionError, XLSFormError
from forms.limits import FORM_ID, NAME
from forms.loader import load_form
from forms.problems import Problem, shown
from forms.xlsform_expr import convert_expression
from forms.xlsform_read import Cell, read_workbook
from forms.xlsform_survey import SurveyConverter
from forms.xlsform_texts import TEXT_KEYS, cell_text

__all__ = ["Conversion", "convert_expression", "convert_xlsform"]

#: A definition pointer quoted inside a loader message ("also at /pages/0/items/3").
_POINTER = re.compile(r"/(?:pages|choice_lists)(?:/[^\s/)]+)+")


@dataclass
class Conversion:
    """A converted form: the definition (valid for load_form) and what was not converted."""

    definition: dict[str, Any]
    warnings: list[Problem]


def convert_xlsform(path: Path) -> Conversion:
    """Convert the XLSForm at ``path``; raise XLSFormError listing problems on any error."""
    sheets = read_workbook(path)
    return _Converter(sheets, path.stem).run()


class _Converter(SurveyConverter):
    """The whole conversion: settings, choices, survey, then a check by load_form."""

    def run(self) -> Conversion:
        settings = self.settings.rows[0].cells if self.settings and self.settings.rows else {}
        if self.settings and len(self.settings.rows) > 1:
            self.warn(
                self.settings.where(self.settings.rows[1]),
                "Only the first row of settings is read; this row and those below were ignored.",
            )
        self.read_languages(settings)
        choice_lists = self.convert_choices()
        items = self.convert_survey(choice_lists)
        title_text = cell_text(settings.get("form_title")) or self.stem
        form_id = self.form_id(settings)
        version = self.version(settings)
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
        if not items and not self.errors():  # rows with errors are not "no questions"
            self.error(f"{self.survey.name}!row 2", "The survey sheet has no questions.")
        if not self.errors():
            try:
                load_form(definition)
            except FormDefinitionError as exc:
                for p in exc.problems:
                    message = _POINTER.sub(
                        lambda m: self.source_of(m.group(0) + "/name"), p.message
                    )
                    self.error(self.source_of(p.location), self.explain(message))
        errors = self.errors()
        if errors:
            n = len(errors)
            raise XLSFormError(
                f"The spreadsheet has {n} problem{'s' if n != 1 else ''} "
                f"that {'prevent' if n != 1 else 'prevents'} converting it.",
                self.problems,
            )
        return Conversion(definition, self.problems)

    def form_id(self, settings: dict[str, Cell]) -> str:
        raw = cell_text(settings.get("form_id")) or self.stem
        cleaned = re.sub(r"[^a-z0-9._-]+", "-", raw.lower()).strip("-._")[:64] or "imported-form"
        if not FORM_ID.match(cleaned):
            cleaned = "form-" + cleaned[:59]
        if cleaned != raw:
            where = self.where_setting("form_id") if settings.get("form_id") else "settings"
            self.warn(where, f"The form id was changed to '{cleaned}' (lower case, no spaces).")
        return cleaned

    def version(self, settings: dict[str, Cell]) -> str:
        """The settings version made valid: '1 (2021-03-04 10:11)' -> '1-2021-03-04-10-11'.

        Spreadsheets often hold a date and time or a phrase there; refusing the whole
        form for it would be harsh, changing it silently would hide it: a warning.
        """
        raw = cell_text(settings.get("version")) or "1"
        cleaned = re.sub(r"[^0-9A-Za-z.+_-]+", "-", raw).strip("-.+_")[:32].rstrip("-.+_")
        cleaned = cleaned or "1"
        if cleaned != raw:
            self.warn(
                self.where_setting("version"),
                f"The version was changed to '{cleaned}' (letters, digits, '.', '-' only).",
            )
        return cleaned

    def explain(self, message: str) -> str:
        """Add why a referenced name is missing when its row was left out."""
        m = re.search(r"no field named '([^']+)'", message)
        if m and m.group(1) in self.left_out:
            return f"{message.rstrip('.')}; it was left out at {self.left_out[m.group(1)]}."
        return message

    def source_of(self, location: str) -> str:
        """The sheet/row/column a definition pointer came from (the longest known prefix)."""
        parts = location.split("/")
        if len(parts) == 3 and parts[1] == "choice_lists" and self.choices is not None:
            # A problem with a whole list: its name, in the list's first row.
            first = self.rows_of.get(f"{location}/0")
            if first is not None:
                return first[0].where(first[1], "list_name")
        for end in range(len(parts), 0, -1):
            prefix = "/".join(parts[:end])
            if prefix in self.rows_of:
                sheet, row = self.rows_of[prefix]
                rest = parts[end:]
                # A problem with the whole row points at its type (survey) or name (choices).
                column = rest[0] if rest else ("type" if sheet is self.survey else "value")
                if column == "value" and sheet is self.choices:
                    column = self.choice_value_key
                if column == "choices" and sheet is self.survey:
                    column = "type"  # 'select_one LIST
                if column in TEXT_KEYS:
                    lang = rest[1] if len(rest) > 1 else self.default_language
                    column = self.text_column(sheet, column, lang)
                return sheet.where(row, column)
        return self.survey.name  # a form-wide problem (e.g. too many questions)

    # -- languages and texts -----------------------------------------------------------------

    def convert_choices(self) -> dict[str, list[dict[str, Any]]]:
        sheet = self.choices
        lists: dict[str, list[dict[str, Any]]] = {}
        if sheet is None:
            return lists
        list_key = "list_name"  # 'list name' is read as 'list_name'
        value_key = "name" if "name" in sheet.columns else "value"
        self.choice_value_key = value_key
        known = {list_key, value_key, "label"} | {
            h for (s, h) in (*self.column_language, *self.unreadable_columns) if s == sheet.name
        }
        self.choice_columns = {h for h in sheet.columns if h not in known and NAME.match(h)}
        missing = [k for k in (list_key, value_key) if k not in sheet.columns]
        if missing and sheet.rows:  # one error at the header, not one per row
            self.error(
                f"{sheet.name}!row 1",
                f"The {sheet.name} sheet has no '{missing[0]}' column (its first row holds "
                "the column names).",
            )
            return lists
        for (name, header), (key, _) in self.column_language.items():
            if name == sheet.name and key != "label":  # e.g. hint::English (en)
                self.warn(
                    sheet.where(1, header),
                    f"The choices column '{sheet.title(header)}' is not supported and was ignored.",
                )
        for header in sheet.columns:
            if header not in known and (
                not NAME.match(header) or header.startswith(("media", "image", "audio", "video"))
            ):
                self.warn(
                    sheet.where(1, header),
                    f"The choices column '{sheet.title(header)}' is not supported and was ignored.",
                )
        for row in sheet.rows:
            list_name, value = (
                cell_text(row.cells.get(list_key)),
                cell_text(row.cells.get(value_key)),
            )
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
                h: cell_text(v)
                for h, v in row.cells.items()
                if h not in known and NAME.match(h) and cell_text(v)
            }
            if props:
                choice["properties"] = props
            entries = lists.setdefault(list_name, [])
            self.rows_of[f"/choice_lists/{list_name}/{len(entries)}"] = (sheet, row)
            entries.append(choice)
        return lists

    # -- survey ----------------------------------------------------------------------------


def _names(items: list[dict[str, Any]]) -> list[str]:
    result: list[str] = []
    stack = list(items)
    while stack:
        item = stack.pop()
        result.append(str(item.get("name")))
        stack.extend(item.get("items", []))
    return result
