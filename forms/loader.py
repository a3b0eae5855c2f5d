"""load_form: check a definition completely and build a FormDefinition.

Contract: ``load_form`` either returns a form whose every expression is compiled and
type-checked, whose names are unique and whose relevance has no cycle, or raises
``FormDefinitionError`` listing every problem found (not just the first) with its
location as a JSON pointer. It never raises anything else for any input and never runs
code from the definition.
"""

import json
from typing import Any

from forms.canonical import MAX_DEFINITION_BYTES, canonical_json, form_hash, read_json
from forms.errors import ExpressionError, FormDefinitionError
from forms.expressions import Compiled, RefTarget, VType, compile_expression
from forms.graph import relevance_order
from forms.limits import (
    CHOICE_VALUE,
    FORM_ID,
    FORMAT_VERSION,
    LANGUAGE,
    MAX_CHOICE_LISTS,
    MAX_CHOICES,
    MAX_LANGUAGES,
    MAX_REPEAT_COUNT,
    NAME,
    VERSION,
)
from forms.loader_items import ItemsBuilder, TooManyProblemsError, pointer_join
from forms.model import Choice, Field, FieldType, FormDefinition, Item, Repeat
from forms.problems import Problem, pointer
from forms.values import IssueCode, check_value

# Re-exported: the XLSForm converter and the evaluator use these names from here.
__all__ = ["FORM_ID", "LANGUAGE", "MAX_REPEAT_COUNT", "NAME", "load_form"]


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
    except TooManyProblemsError:
        form = None
    if builder.problems or form is None:
        raise FormDefinitionError(builder.problems)
    return form


class _Builder(ItemsBuilder):
    """The whole definition: document keys, choice lists, then the second pass."""

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
        fmt = src.get("format", FORMAT_VERSION)
        if isinstance(fmt, bool) or fmt != FORMAT_VERSION:  # true == 1 in Python
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
            if not isinstance(item, Field) or item.default is None:
                continue
            found = check_value(item, item.default)
            if found is not None:
                self.problem(
                    pointer_join(item.location, "default"), _default_problem(item, found[0])
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


def _default_problem(item: Field, code: IssueCode) -> str:
    """Why a default does not fit, worded for the form's author."""
    if code is IssueCode.NOT_A_CHOICE:
        values = [c.value for c in item.choices] or ["yes", "no", "unknown"]
        listed = ", ".join(values[:6]) + (", ..." if len(values) > 6 else "")
        return f"The default is not one of the choices ({listed})."
    if code is IssueCode.DUPLICATE_CHOICE:
        return "The default names the same choice twice."
    if code is IssueCode.INVALID_COUNTRY:
        return "The default is not a country code such as 'TR'."
    if code is IssueCode.RANGE_ORDER:
        return "The default date range ends before it starts."
    return f"The default does not fit the type {item.type.value}."
