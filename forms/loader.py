"""load_form: check a definition completely and build a FormDefinition.

Contract: ``load_form`` either returns a form whose every expression is compiled and
type-checked, whose names are unique and whose relevance has no cycle, or raises
``FormDefinitionError`` listing every problem found (not just the first) with its
location as a JSON pointer. It never raises anything else for any input and never runs
code from the definition.
"""

from __future__ import annotations

import json
import re
from typing import Any

from forms.canonical import MAX_DEFINITION_BYTES, canonical_json, form_hash, read_json
from forms.errors import ExpressionError, FormDefinitionError
from forms.expressions import Compiled, RefTarget, VType, compile_expression
from forms.graph import relevance_order
from forms.model import (
    MAX_TEXT_LENGTH,
    Choice,
    Container,
    Field,
    FieldType,
    FormDefinition,
    Group,
    Item,
    Page,
    Repeat,
    Text,
)
from forms.problems import Problem, pointer, shown
from forms.values import check_value

FORMAT_VERSION = 1
MAX_ITEMS = 1000
MAX_PAGES = 100
MAX_DEPTH = 8
MAX_REPEAT_NESTING = 3
MAX_REPEAT_COUNT = 200
MAX_LANGUAGES = 20
MAX_TEXT = 4000
MAX_CHOICE_LISTS = 200
MAX_CHOICES = 1000
MAX_PROBLEMS = 200

NAME = re.compile(r"\A[A-Za-z_][A-Za-z0-9_-]{0,63}\Z")
FORM_ID = re.compile(r"\A[a-z0-9][a-z0-9._-]{0,63}\Z")
VERSION = re.compile(r"\A[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}\Z")
LANGUAGE = re.compile(r"\A[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\Z")
CHOICE_VALUE = re.compile(r"\A[A-Za-z0-9_.-]{1,64}\Z")

VTYPES: dict[FieldType, VType | None] = {
    FieldType.TEXT: VType.TEXT,
    FieldType.LONG_TEXT: VType.TEXT,
    FieldType.EMAIL: VType.TEXT,
    FieldType.PHONE: VType.TEXT,
    FieldType.SINGLE_CHOICE: VType.TEXT,
    FieldType.COUNTRY: VType.TEXT,
    FieldType.YES_NO_UNKNOWN: VType.TEXT,
    FieldType.INTEGER: VType.NUMBER,
    FieldType.DECIMAL: VType.NUMBER,
    FieldType.DATE: VType.DATE,
    FieldType.PARTIAL_DATE: VType.DATE,
    FieldType.DATE_RANGE: VType.RANGE,
    FieldType.MULTIPLE_CHOICE: VType.LIST,
    FieldType.ATTACHMENT: VType.LIST,
    FieldType.NOTE: None,
}

_ITEM_KEYS = {"name", "type", "label", "hint", "relevant", "appearance"}
_ANSWER_KEYS = {"required", "required_message", "constraint", "constraint_message", "default"}
_CHOICE_KEYS = {"choices", "choice_filter"}
_CHOICE_TYPES = (FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE)


class _TooManyProblemsError(Exception):
    pass


class _Env:
    """The expression compiler's view of the form (forms.expressions.Environment)."""

    def __init__(
        self,
        targets: dict[str, RefTarget],
        chain: tuple[str, ...],
        current: VType | None = None,
        choice_filter: bool = False,
    ) -> None:
        self._targets = targets
        self.chain = chain
        self.current = current
        self.choice_filter = choice_filter

    def lookup(self, name: str) -> RefTarget | None:
        return self._targets.get(name)


def load_form(data: dict[str, Any] | str | bytes) -> FormDefinition:
    """Check ``data`` (a parsed definition, or its JSON text) and return the form.

    Raises FormDefinitionError with every problem found.
    """
    if isinstance(data, str | bytes):
        data = read_json(data)
    if not isinstance(data, dict):
        raise FormDefinitionError([Problem("", "A form definition must be a JSON object.")])
    try:
        canonical = canonical_json(data)
    except (ValueError, TypeError, UnicodeEncodeError, RecursionError):
        raise FormDefinitionError(
            [Problem("", "The definition contains values JSON cannot hold exactly.")]
        ) from None
    if len(canonical) > MAX_DEFINITION_BYTES:
        raise FormDefinitionError([Problem("", "The form definition is larger than 2 MiB.")])
    # Work on a private copy: a caller changing its dict later cannot change the loaded
    # form behind its hash.
    source: dict[str, Any] = json.loads(canonical)
    builder = _Builder(source)
    try:
        form = builder.build()
    except _TooManyProblemsError:
        form = None
    if builder.problems or form is None:
        raise FormDefinitionError(builder.problems)
    return form


class _Builder:
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
            raise _TooManyProblemsError

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

    def build(self) -> FormDefinition | None:
        src = self.source
        self.keys(
            src,
            "",
            {"id", "version", "default_language", "languages", "title", "pages"},
            {
                "$schema",
                "format",
                "id",
                "version",
                "default_language",
                "languages",
                "title",
                "description",
                "choice_lists",
                "pages",
            },
        )
        if "format" in src and src["format"] != FORMAT_VERSION:
            self.problem("/format", f"This program reads format {FORMAT_VERSION} only.")
        form_id, version = src.get("id"), src.get("version")
        if "id" in src and (not isinstance(form_id, str) or not FORM_ID.match(form_id)):
            self.problem("/id", "The id must be lower-case letters, digits, '.', '_' or '-'.")
        if "version" in src and (not isinstance(version, str) or not VERSION.match(version)):
            self.problem("/version", 'The version must be a short text such as "1.0".')
        languages = src.get("languages")
        if languages is None:
            pass
        elif (
            not isinstance(languages, list)
            or not 1 <= len(languages) <= MAX_LANGUAGES
            or not all(isinstance(x, str) and LANGUAGE.match(x) for x in languages)
            or len(set(languages)) != len(languages)
        ):
            self.problem("/languages", 'languages must list 1 to 20 distinct codes like "en".')
        else:
            self.languages = tuple(languages)
        default_language = src.get("default_language")
        if "default_language" in src and default_language not in self.languages:
            self.problem("/default_language", "default_language must be one of languages.")
        title = self.text(src["title"], "/title") if "title" in src else None
        description = None
        if "description" in src:
            description = self.text(src["description"], "/description")
        self.build_choice_lists(src.get("choice_lists", {}))
        pages = self.build_pages(src.get("pages"))
        self.compile_pending()
        order = relevance_order(self.items, self.problem)
        self.check_defaults()
        if self.problems:
            return None
        assert title is not None and isinstance(form_id, str) and isinstance(version, str)
        return FormDefinition(
            id=form_id,
            version=version,
            default_language=str(default_language),
            languages=self.languages,
            title=title,
            description=description,
            choice_lists=self.choice_lists,
            pages=tuple(pages),
            source=src,
            hash=form_hash(src),
            items=self.items,
            relevance_order=tuple(order),
            answer_names=answer_names(self.items),
        )

    def build_choice_lists(self, lists: Any) -> None:
        if not isinstance(lists, dict) or len(lists) > MAX_CHOICE_LISTS:
            self.problem(
                "/choice_lists",
                f"choice_lists must be an object of at most {MAX_CHOICE_LISTS} lists.",
            )
            return
        for list_name, choices in lists.items():
            loc = pointer("choice_lists", list_name)
            if not NAME.match(list_name):
                self.problem(loc, "A choice list name must be like a field name.")
            if not isinstance(choices, list) or not 1 <= len(choices) <= MAX_CHOICES:
                self.problem(loc, f"A choice list must hold 1 to {MAX_CHOICES} choices.")
                continue
            built: list[Choice] = []
            seen: set[str] = set()
            for i, raw in enumerate(choices):
                cloc = pointer_join(loc, i)
                if not isinstance(raw, dict):
                    self.problem(cloc, "A choice must be an object with value and label.")
                    continue
                self.keys(raw, cloc, {"value", "label"}, {"value", "label", "properties"})
                value = raw.get("value")
                if not isinstance(value, str) or not CHOICE_VALUE.match(value):
                    self.problem(
                        pointer_join(cloc, "value"),
                        "A choice value must be 1 to 64 letters, digits, '_', '.' or '-'.",
                    )
                    continue
                if value in seen:
                    self.problem(
                        pointer_join(cloc, "value"),
                        f"The value '{value}' appears twice in this list.",
                    )
                seen.add(value)
                label = self.text(raw.get("label"), pointer_join(cloc, "label"))
                props = raw.get("properties", {})
                if (
                    not isinstance(props, dict)
                    or len(props) > 20
                    or not all(
                        isinstance(k, str)
                        and NAME.match(k)
                        and isinstance(v, str)
                        and len(v) <= 200
                        for k, v in props.items()
                    )
                ):
                    self.problem(
                        pointer_join(cloc, "properties"),
                        "properties must map names to short texts.",
                    )
                    props = {}
                built.append(Choice(value, label or {}, {**props, "value": value}))
            self.choice_lists[list_name] = tuple(built)

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
                raise _TooManyProblemsError
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

    def targets(self) -> dict[str, RefTarget]:
        result = {}
        for name, item in self.items.items():
            if isinstance(item, Field):
                result[name] = RefTarget(name, VTYPES[item.type], item.repeat_chain)
            else:
                result[name] = RefTarget(
                    name, None, item.repeat_chain, is_repeat=isinstance(item, Repeat)
                )
        return result

    def compile_pending(self) -> None:
        targets = self.targets()
        for item, attr, source, loc in self.pending:
            chain = item.repeat_chain
            current = None
            if attr == "constraint" and isinstance(item, Field):
                current = VTYPES[item.type]
            env = _Env(targets, chain, current, choice_filter=attr == "choice_filter")
            try:
                compiled: Compiled = compile_expression(source, env)
            except ExpressionError as exc:
                self.problem(loc, f"{str(exc).rstrip('.')} (at character {exc.position + 1}).")
                continue
            setattr(item, attr, compiled)

    def check_defaults(self) -> None:
        for item in self.items.values():
            if (
                isinstance(item, Field)
                and item.default is not None
                and check_value(item, item.default) is not None
            ):
                self.problem(
                    pointer_join(item.location, "default"),
                    f"The default does not fit the type {item.type.value}.",
                )


def answer_names(items: dict[str, Item]) -> dict[str, tuple[str, ...]]:
    """Names that may appear at each answer level ("" top level, else the repeat's name).

    In document order (``items`` is in document order).
    """
    levels: dict[str, list[str]] = {"": []}
    for item in items.values():
        if isinstance(item, Repeat):
            levels.setdefault(item.name, [])
        if isinstance(item, Repeat) or (
            isinstance(item, Field) and item.type is not FieldType.NOTE
        ):
            levels.setdefault(item.repeat_chain[-1] if item.repeat_chain else "", []).append(
                item.name
            )
    return {k: tuple(v) for k, v in levels.items()}


def pointer_join(base: str, part: str | int) -> str:
    """``base`` extended by one JSON-pointer step."""
    return base + pointer(part)


def _int_between(v: Any, low: int, high: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high
