"""XLSForm import, part 2: the survey sheet (types, groups, repeats, expressions)."""

from __future__ import annotations

import re
from typing import Any

from forms.errors import ExpressionError
from forms.limits import MAX_REPEAT_COUNT, NAME
from forms.problems import shown
from forms.xlsform_expr import convert_expression, xlsform_hint
from forms.xlsform_read import Row, Sheet
from forms.xlsform_texts import TEXT_KEYS, TextsBase, cell_text
from forms.xlsform_types import (
    FALSE,
    KNOWN_UNSUPPORTED,
    KNOWN_UNSUPPORTED_PREFIXES,
    KOBO_BLOCKS,
    METADATA,
    NOT_ON_CONTAINERS,
    OTHER_TEXTS,
    SELECT,
    SIMPLE_TYPES,
    SURVEY_KEYS,
    TRUE,
    unknown_type,
)


class SurveyConverter(TextsBase):
    """Converts the survey sheet's rows into items."""

    def convert_survey(self, choice_lists: dict[str, Any]) -> list[dict[str, Any]]:
        sheet = self.survey
        missing = [k for k in ("type", "name") if k not in sheet.columns]
        if missing and sheet.rows:  # one error at the header, not one per row
            self.error(
                f"{sheet.name}!row 1",
                f"The {sheet.name} sheet has no '{missing[0]}' column (its first row holds "
                "the column names).",
            )
            return []
        known = (
            SURVEY_KEYS
            | set(TEXT_KEYS)
            | {h for (s, h) in self.column_language if s == sheet.name}
            | {h for (s, h) in self.unreadable_columns if s == sheet.name}
        )
        warned: set[str] = set()
        root: list[dict[str, Any]] = []
        # (container dict or None for the page, its items list, its pointer, its kind, row)
        stack: list[tuple[str, list[dict[str, Any]], str, Row | None]] = [
            ("page", root, "/pages/0/items", None)
        ]
        skipping: tuple[str, Row] | None = None  # inside a KoboToolbox block: its end, start
        for row in sheet.rows:
            raw_type = cell_text(row.cells.get("type"))
            block = (raw_type or "").strip().lower()
            if skipping is not None:
                if block == skipping[0]:
                    self.warn(
                        sheet.where(skipping[1], "type"),
                        f"KoboToolbox's '{skipping[0].replace('end_', 'begin_')}' block is not "
                        f"supported; rows {skipping[1].number} to {row.number} were left out.",
                    )
                    skipping = None
                continue
            if block in KOBO_BLOCKS:
                skipping = (KOBO_BLOCKS[block], row)
                continue
            if (
                raw_type is None
                and cell_text(row.cells.get("name")) is None
                and self.text(sheet, row, "label") is None
            ):  # only notes in other columns
                filled = next(h for h, v in row.cells.items() if v not in (None, ""))
                self.warn(
                    sheet.where(row, filled),
                    "This row has no type, name or label; it was left out.",
                )
                continue
            if raw_type is None:
                self.error(sheet.where(row, "type"), "The row has no type.")
                continue
            kind = re.sub(r"\s+", " ", raw_type.strip().lower())
            for header, value in row.cells.items():
                if header not in known and value not in (None, "") and header not in warned:
                    warned.add(header)
                    self.warn(
                        sheet.where(row, header),
                        f"The column '{sheet.title(header)}' is not supported and was ignored "
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
                ignored = [
                    h
                    for h, v in row.cells.items()
                    if h not in ("type", "name") and h in known and v not in (None, "")
                ]
                if ignored:  # e.g. a 'relevant' meant for the group, put on its end row
                    self.warn(
                        sheet.where(row, ignored[0]),
                        f"Cells on an '{raw_type}' row are ignored; put them on the 'begin' row.",
                    )
                continue
            items, base = stack[-1][1], stack[-1][2]
            pointer = f"{base}/{len(items)}"
            if kind in ("begin group", "begin_group", "begin repeat", "begin_repeat"):
                item = self.container(sheet, row, "repeat" if "repeat" in kind else "group")
                if item is None:
                    # Still open it (its error is reported), so its 'end' matches and the
                    # rows inside are checked, instead of a second, misleading error.
                    kind_open = "repeat" if "repeat" in kind else "group"
                    stack.append((kind_open, [{}], pointer + "/items", row))
                    continue
                self.rows_of[pointer] = (sheet, row)
                items.append(item)
                stack.append((item["type"], item["items"], pointer + "/items", row))
                continue
            item = self.question(sheet, row, kind, raw_type, choice_lists)
            if item is not None:
                self.rows_of[pointer] = (sheet, row)
                items.append(item)
                if item.pop("_or_other", False):
                    self.rows_of[f"{base}/{len(items)}"] = (sheet, row)
                    items.append(self.other_question(sheet, row, item))
        if skipping is not None:
            self.error(
                sheet.where(skipping[1], "type"),
                f"This block has no '{skipping[0]}' row.",
            )
        for kind, _, _, opened in stack[1:]:
            assert opened is not None
            self.error(sheet.where(opened, "type"), f"This 'begin {kind}' has no 'end {kind}'.")
        for kind, items, _, opened in stack:
            if not items and opened is not None and not self.errors():
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
            self.repeat_count(sheet, row, item)
        self.common(sheet, row, item)
        self.ignored(sheet, row, NOT_ON_CONTAINERS, kind)
        if kind != "repeat":
            self.ignored(sheet, row, ("repeat_count",), kind)
        return item if name else None

    def ignored(self, sheet: Sheet, row: Row, keys: tuple[str, ...], what: str) -> None:
        """Warn about each of ``keys`` filled in on this row (in any language column)."""
        for key in keys:
            columns = [key] + [
                header
                for (name, header), (k, _) in self.column_language.items()
                if name == sheet.name and k == key
            ]
            filled = [c for c in columns if row.cells.get(c) not in (None, "")]
            if filled:
                self.warn(
                    sheet.where(row, filled[0]),
                    f"'{key}' on a {what} is not supported and was ignored.",
                )

    def repeat_count(self, sheet: Sheet, row: Row, item: dict[str, Any]) -> None:
        """A fixed repeat_count becomes min_count = max_count; a calculated one is a warning."""
        raw = row.cells.get("repeat_count")
        text = cell_text(raw)
        if text is None:
            return
        if text.isdigit() and int(text) <= MAX_REPEAT_COUNT:
            item["min_count"] = item["max_count"] = int(text)
            return
        self.warn(
            sheet.where(row, "repeat_count"),
            f"A calculated repeat_count is not supported; the person adds up to "
            f"{MAX_REPEAT_COUNT} entries.",
        )

    def question(
        self, sheet: Sheet, row: Row, kind: str, raw_type: str, choice_lists: dict[str, Any]
    ) -> dict[str, Any] | None:
        where = sheet.where(row, "type")
        select = SELECT.match(re.sub(r"\s+", " ", raw_type.strip()))
        if select:
            one = select.group(1).lower() in ("select_one", "select one")
            ftype = "single_choice" if one else "multiple_choice"
            list_name = select.group(2)
            if list_name not in choice_lists:
                self.error(
                    where, f"There is no choice list '{shown(list_name)}' on the choices sheet."
                )
                return None
        elif SIMPLE_TYPES.get(kind):
            ftype = str(SIMPLE_TYPES[kind])
            list_name = None
            if ftype == "attachment":
                self.warn(where, f"'{raw_type}' becomes an attachment field (any file type).")
        elif kind == "acknowledge":
            ftype, list_name = "yes_no_unknown", None
            self.warn(where, "'acknowledge' becomes a yes/no/unknown question.")
        elif kind in METADATA:
            self.warn(where, f"The metadata '{raw_type}' is not collected and was left out.")
            self.left_out[str(cell_text(row.cells.get("name")))] = sheet.where(row)
            return None
        elif kind in KNOWN_UNSUPPORTED or kind.startswith(KNOWN_UNSUPPORTED_PREFIXES):
            self.warn(
                where, f"The type '{shown(raw_type, 40)}' is not supported; this row was left out."
            )
            self.left_out[str(cell_text(row.cells.get("name")))] = sheet.where(row)
            return None
        else:
            self.error(where, unknown_type(raw_type, kind))
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
        if ftype == "text" and "multiline" in appearance.lower().split():
            ftype = "long_text"
        item: dict[str, Any] = {"name": name, "type": ftype, "label": label}
        if list_name:
            item["choices"] = list_name
            if select and select.group(3):
                item["choices"] = self.list_with_other(sheet, row, list_name, choice_lists)
                item["_or_other"] = True  # convert_survey adds the "specify" question
        self.common(sheet, row, item)
        if not list_name and ftype != "note":
            self.ignored(sheet, row, ("choice_filter",), f"{raw_type} question")
        self.ignored(sheet, row, ("repeat_count",), "question")
        if ftype == "note":
            self.ignored(sheet, row, NOT_ON_CONTAINERS, "note")
            return item
        required = row.cells.get("required")
        if isinstance(required, bool | int | float):
            item["required"] = bool(required)
        elif cell_text(required) is not None:
            text = str(cell_text(required))
            if text.lower() in TRUE:
                item["required"] = True
            elif text.lower() not in FALSE:
                expr = self.expression(sheet, row, "required")
                if expr:
                    item["required"] = expr
        for key in ("constraint", "choice_filter"):
            if key == "choice_filter" and not list_name:
                continue
            expr = self.expression(sheet, row, key, choice_filter=key == "choice_filter")
            if expr and key == "choice_filter":
                # A misspelt column would make a filter that hides every choice.
                for column in re.findall(r"choice\('([^']*)'\)", expr):
                    if column != "value" and column not in self.choice_columns:
                        self.error(
                            sheet.where(row, key),
                            f"The choices sheet has no column '{shown(column)}'.",
                        )
                        expr = None
                if expr and item.get("_or_other"):  # 'Other' has no filter columns: keep it
                    expr = f"({expr}) or choice('value') = 'other'"
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

    def list_with_other(
        self, sheet: Sheet, row: Row, list_name: str, choice_lists: dict[str, Any]
    ) -> str:
        """The list plus an 'other' choice, as pyxform's or_other does (a copy: other
        questions may use the list without 'other')."""
        choices = choice_lists[list_name]
        if any(c["value"] == "other" for c in choices):
            return list_name
        new = f"{list_name[:55]}_or_other"
        if new not in choice_lists:
            choice_lists[new] = [*choices, {"value": "other", "label": self.builtin_text(0)}]
            for i in range(len(choices)):
                if f"/choice_lists/{list_name}/{i}" in self.rows_of:
                    self.rows_of[f"/choice_lists/{new}/{i}"] = self.rows_of[
                        f"/choice_lists/{list_name}/{i}"
                    ]
            self.rows_of[f"/choice_lists/{new}/{len(choices)}"] = (sheet, row)
        return new

    def other_question(self, sheet: Sheet, row: Row, select: dict[str, Any]) -> dict[str, Any]:
        """The text question shown when 'other' is chosen (pyxform names it NAME_other)."""
        name = f"{select['name'][:58]}_other"
        untranslated = [lang for lang in self.languages if lang not in OTHER_TEXTS]
        languages = f", in English for {', '.join(untranslated)}" if untranslated else ""
        self.warn(
            sheet.where(row, "type"),
            f"'or_other' adds the choice 'Other' and the question '{name}' "
            f"(label 'Specify other'{languages}).",
        )
        return {
            "name": name,
            "type": "text",
            "label": self.builtin_text(1),
            "relevant": f"selected(${{{select['name']}}}, 'other')",
        }

    def builtin_text(self, index: int) -> dict[str, str]:
        """'Other' (0) or 'Specify other' (1) in each language we have, else English."""
        return {lang: OTHER_TEXTS.get(lang, OTHER_TEXTS["en"])[index] for lang in self.languages}

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
                return int(str(cell_text(value)))  # 5.0 from a number cell is 5
            if ftype == "decimal":
                return float(str(value))
        except ValueError:
            what = "a whole number" if ftype == "integer" else "a number"
            self.error(sheet.where(row, "default"), f"The default is not {what}.")
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
            hint = xlsform_hint(text, exc.position)
            self.error(
                sheet.where(row, key),
                f"{str(exc).rstrip('.')} (at character {exc.position + 1}).{hint}",
            )
            return None
