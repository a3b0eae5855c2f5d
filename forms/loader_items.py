"""Checking and building pages, groups, repeats and fields (the first pass of load_form).

Every check records a Problem and carries on, so one run reports every problem; the
expressions found are queued and compiled once every name is known (forms.loader).
"""

from __future__ import annotations

import re
from typing import Any

from forms.limits import (
    MAX_DEPTH,
    MAX_ITEMS,
    MAX_PAGES,
    MAX_PROBLEMS,
    MAX_REPEAT_COUNT,
    MAX_REPEAT_NESTING,
    MAX_TEXT,
    NAME,
)
from forms.model import (
    MAX_TEXT_LENGTH,
    Choice,
    Container,
    Field,
    FieldType,
    Group,
    Item,
    Page,
    Repeat,
    Text,
)
from forms.problems import Problem, pointer, shown

_ITEM_KEYS = {"name", "type", "label", "hint", "relevant", "appearance"}
_ANSWER_KEYS = {"required", "required_message", "constraint", "constraint_message", "default"}
_CHOICE_KEYS = {"choices", "choice_filter"}
_CHOICE_TYPES = (FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE)
_YES_NO = {"yes": True, "true": True, "no": False, "false": False}


#: Control characters a text may not contain: all C0 but tab and line feed, DEL, C1.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class TooManyProblemsError(Exception):
    """Internal: stop checking once MAX_PROBLEMS are recorded (never leaves load_form)."""


class ItemsBuilder:
    """Collects problems and builds the item tree of one definition."""

    def __init__(self, source: dict[str, Any]) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] = ("en",)
        self.items: dict[str, Item] = {}
        self.item_count = 0
        self.choice_lists: dict[str, tuple[Choice, ...]] = {}
        # Expressions are compiled after every name is known.
        self.pending: list[tuple[Item, str, str, str]] = []

    def problem(self, location: str, message: str) -> None:
        self.problems.append(Problem(location, message))
        if len(self.problems) >= MAX_PROBLEMS:
            self.problems.append(Problem("", "Too many problems; stopped checking."))
            raise TooManyProblemsError

    # -- small checks -------------------------------------------------------------------

    def keys(self, obj: dict[str, Any], loc: str, required: set[str], allowed: set[str]) -> None:
        for key in obj:
            if key not in allowed and not (isinstance(key, str) and key.startswith("x-")):
                self.problem(pointer_join(loc, key), f"Unknown key '{shown(key)}'.")
        for key in sorted(required - obj.keys()):
            self.problem(loc, f"The key '{key}' is missing.")

    def text(self, value: Any, loc: str) -> Text | None:
        if isinstance(value, str) and len(self.languages) == 1:
            value = {self.languages[0]: value}
        if not isinstance(value, dict):
            self.problem(loc, "A text must be an object from language code to text.")
            return None
        result: Text = {}
        for lang in self.languages:
            if lang not in value:
                self.problem(loc, f"The text in '{lang}' is missing.")
        for lang, text in value.items():
            where = pointer_join(loc, lang)
            if lang not in self.languages:
                self.problem(where, f"'{shown(lang, 16)}' is not one of the form's languages.")
            elif not isinstance(text, str) or not text.strip():
                self.problem(where, "The text must be a non-empty string.")
            elif len(text) > MAX_TEXT:
                self.problem(where, f"The text is longer than {MAX_TEXT} characters.")
            elif _CONTROL.search(text):
                # Terminal escapes or NULs in a label could rewrite what a reader sees
                # (and a caseworker's terminal); tab and line break are the only ones needed.
                self.problem(
                    where,
                    "The text contains a control character (only tab and line break are allowed).",
                )
            else:
                result[lang] = text
        return result

    def name(self, value: Any, loc: str) -> str | None:
        if not isinstance(value, str) or not NAME.match(value):
            self.problem(
                pointer_join(loc, "name"),
                "A name must start with a letter or '_' and contain only letters, digits, "
                "'_' and '-' (at most 64).",
            )
            return None
        return value

    def expression(self, item: Item, attr: str, value: Any, loc: str) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not value.strip():
            self.problem(loc, "An expression must be a non-empty text.")
            return
        self.pending.append((item, attr, value, loc))

    # -- the document -------------------------------------------------------------------

    def build_pages(self, pages: Any) -> list[Page]:
        if pages is None:
            return []
        if not isinstance(pages, list) or not 1 <= len(pages) <= MAX_PAGES:
            self.problem("/pages", f"pages must be a list of 1 to {MAX_PAGES} pages.")
            return []
        result = []
        for i, raw in enumerate(pages):
            loc = pointer("pages", i)
            if not isinstance(raw, dict):
                self.problem(loc, "A page must be an object.")
                continue
            self.keys(
                raw,
                loc,
                {"name", "title", "items"},
                {"name", "title", "description", "relevant", "items"},
            )
            page = Page(
                name=self.name(raw.get("name"), loc) or f"#page{i}",
                label=self.text(raw.get("title"), pointer_join(loc, "title")) or {},
                location=loc,
            )
            if "description" in raw:
                page.description = self.text(raw["description"], pointer_join(loc, "description"))
            self.register(page, loc)
            self.expression(page, "relevant", raw.get("relevant"), pointer_join(loc, "relevant"))
            page.items = tuple(
                self.build_items(raw.get("items"), pointer_join(loc, "items"), page, 1)
            )
            result.append(page)
        return result

    def register(self, item: Item, loc: str) -> None:
        if item.name.startswith("#"):
            return
        if item.name in self.items:
            self.problem(
                pointer_join(loc, "name"),
                f"The name '{item.name}' is used twice (also at {self.items[item.name].location}).",
            )
            return
        self.items[item.name] = item

    def build_items(self, raw_items: Any, loc: str, parent: Container, depth: int) -> list[Item]:
        if not isinstance(raw_items, list) or not raw_items:
            self.problem(loc, "items must be a non-empty list.")
            return []
        if len(raw_items) > MAX_ITEMS:
            self.problem(loc, f"The form has more than {MAX_ITEMS} items.")
            return []
        if depth > MAX_DEPTH:
            self.problem(loc, f"Groups and repeats nest more than {MAX_DEPTH} levels deep.")
            return []
        chain = parent.repeat_chain + ((parent.name,) if isinstance(parent, Repeat) else ())
        result: list[Item] = []
        for i, raw in enumerate(raw_items):
            iloc = pointer_join(loc, i)
            self.item_count += 1
            if self.item_count > MAX_ITEMS:
                self.problem(iloc, f"The form has more than {MAX_ITEMS} items.")
                raise TooManyProblemsError
            if not isinstance(raw, dict):
                self.problem(iloc, "An item must be an object.")
                continue
            item = self.build_item(raw, iloc, parent, chain, depth)
            if item is not None:
                result.append(item)
        return result

    def build_item(
        self, raw: dict[str, Any], loc: str, parent: Container, chain: tuple[str, ...], depth: int
    ) -> Item | None:
        kind = raw.get("type")
        name = self.name(raw.get("name"), loc)
        label = self.text(raw.get("label"), pointer_join(loc, "label"))
        item_name = name or f"#{loc}"
        item_label = label or {}
        item: Item
        if kind in ("group", "repeat"):
            allowed = _ITEM_KEYS | {"items"}
            if kind == "repeat":
                allowed |= {"min_count", "max_count"}
                if len(chain) >= MAX_REPEAT_NESTING:
                    self.problem(loc, f"Repeats nest more than {MAX_REPEAT_NESTING} deep.")
            self.keys(raw, loc, {"name", "type", "label", "items"}, allowed)
            if kind == "repeat":
                low, high = raw.get("min_count", 0), raw.get("max_count", 20)
                if (
                    not _int_between(low, 0, MAX_REPEAT_COUNT)
                    or not _int_between(high, 1, MAX_REPEAT_COUNT)
                    or low > high
                ):
                    self.problem(
                        loc,
                        "min_count and max_count must be whole numbers with "
                        f"0 <= min_count <= max_count <= {MAX_REPEAT_COUNT}.",
                    )
                    low, high = 0, 20
                item = Repeat(item_name, item_label, loc, repeat_chain=chain, parent=parent)
                item.min_count, item.max_count = low, high
            else:
                item = Group(item_name, item_label, loc, repeat_chain=chain, parent=parent)
        else:
            try:
                ftype = FieldType(kind)
            except ValueError:
                self.problem(pointer_join(loc, "type"), f"Unknown type '{shown(kind, 32)}'.")
                return None
            allowed = set(_ITEM_KEYS)
            if ftype is not FieldType.NOTE:
                allowed |= _ANSWER_KEYS
            if ftype in _CHOICE_TYPES:
                allowed |= _CHOICE_KEYS
            if ftype in MAX_TEXT_LENGTH:
                allowed.add("max_length")
            required = {"name", "type", "label"} | (
                {"choices"} if ftype in _CHOICE_TYPES else set()
            )
            self.keys(raw, loc, required, allowed)
            item = Field(item_name, item_label, loc, repeat_chain=chain, parent=parent)
            item.type = ftype
            self.build_field(item, raw, loc)
        if name:
            self.register(item, loc)
        if "hint" in raw:
            item.hint = self.text(raw["hint"], pointer_join(loc, "hint"))
        appearance = raw.get("appearance")
        if appearance is not None:
            if isinstance(appearance, str) and len(appearance) <= 100:
                item.appearance = appearance
            else:
                self.problem(pointer_join(loc, "appearance"), "appearance must be a short text.")
        self.expression(item, "relevant", raw.get("relevant"), pointer_join(loc, "relevant"))
        if isinstance(item, Container):
            item.items = tuple(
                self.build_items(raw.get("items"), pointer_join(loc, "items"), item, depth + 1)
            )
        return item

    def build_field(self, f: Field, raw: dict[str, Any], loc: str) -> None:
        required = raw.get("required", False)
        if isinstance(required, str) and required.strip().lower() in _YES_NO:
            # XLSForm habit: "yes"/"no" for required. Unambiguous, so accepted.
            required = _YES_NO[required.strip().lower()]
        if isinstance(required, bool):
            f.required = required
        else:
            self.expression(f, "required", required, pointer_join(loc, "required"))
        for key in ("required_message", "constraint_message"):
            if key in raw:
                setattr(f, key, self.text(raw[key], pointer_join(loc, key)))
        self.expression(f, "constraint", raw.get("constraint"), pointer_join(loc, "constraint"))
        self.expression(
            f, "choice_filter", raw.get("choice_filter"), pointer_join(loc, "choice_filter")
        )
        f.default = raw.get("default")
        if "max_length" in raw:
            limit = MAX_TEXT_LENGTH.get(f.type, 0)
            if _int_between(raw["max_length"], 1, limit):
                f.max_length = raw["max_length"]
            else:
                self.problem(
                    pointer_join(loc, "max_length"),
                    f"max_length must be a whole number from 1 to {limit}.",
                )
        if f.type in _CHOICE_TYPES and "choices" in raw:
            list_name = raw["choices"]
            if not isinstance(list_name, str) or list_name not in self.choice_lists:
                self.problem(
                    pointer_join(loc, "choices"),
                    f"There is no choice list named '{shown(list_name)}'.",
                )
            else:
                f.choice_list = list_name
                f.choices = self.choice_lists[list_name]

    # -- second pass ----------------------------------------------------------------------


def pointer_join(base: str, part: str | int) -> str:
    """``base`` extended by one JSON-pointer step."""
    return base + pointer(part)


def _int_between(v: Any, low: int, high: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high
