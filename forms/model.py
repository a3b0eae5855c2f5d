"""The loaded, checked form: immutable objects the validator and the desktop read.

Build these only through ``forms.load_form``; it guarantees the invariants documented on
each class (names unique in the form, expressions compiled and type-checked, no cycles).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Only in annotations: importing the expression compiler (~15 ms) is the loader's
    # business, not that of code that only reads a form's fields.
    from forms.expressions import Compiled

#: A text per language, e.g. {"en": "Country", "ru": "Страна"}.
Text = dict[str, str]


class FieldType(enum.Enum):
    """The kinds of questions (docs/forms.md, section 3.1)."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    PARTIAL_DATE = "partial_date"
    DATE_RANGE = "date_range"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    COUNTRY = "country"
    YES_NO_UNKNOWN = "yes_no_unknown"
    EMAIL = "email"
    PHONE = "phone"
    ATTACHMENT = "attachment"
    NOTE = "note"


#: Built-in maximum length per text-like type (a field's max_length can only lower it).
MAX_TEXT_LENGTH: dict[FieldType, int] = {
    FieldType.TEXT: 1000,
    FieldType.LONG_TEXT: 20000,
    FieldType.EMAIL: 254,
    FieldType.PHONE: 32,
}
#: Most attachments one attachment field may name.
MAX_ATTACHMENTS = 100


@dataclass(frozen=True)
class Choice:
    """One choice of a list: its stored value, label per language, filter properties."""

    value: str
    label: Text
    properties: dict[str, str] = field(default_factory=dict)


@dataclass(eq=False)
class Item:
    """Anything on a page: a field, a group or a repeat."""

    name: str
    label: Text
    location: str  # JSON pointer of the item in the definition
    hint: Text | None = None
    relevant: Compiled | None = None
    appearance: str | None = None
    #: Names of the repeats enclosing this item, outermost first.
    repeat_chain: tuple[str, ...] = ()
    #: The page, group or repeat that contains this item (None for pages).
    parent: Container | None = None


@dataclass(eq=False)
class Field(Item):
    """A question (or a note). ``choices`` is set for single and multiple choice only."""

    type: FieldType = FieldType.TEXT
    required: bool | Compiled = False
    required_message: Text | None = None
    constraint: Compiled | None = None
    constraint_message: Text | None = None
    default: Any = None
    choice_list: str | None = None
    choices: tuple[Choice, ...] = ()
    choice_filter: Compiled | None = None
    max_length: int | None = None


@dataclass(eq=False)
class Container(Item):
    """Something that holds items."""

    items: tuple[Item, ...] = ()


@dataclass(eq=False)
class Group(Container):
    """Items shown together; does not change how answers are stored."""


@dataclass(eq=False)
class Repeat(Container):
    """A group filled in several times; its answer is a list of objects."""

    min_count: int = 0
    max_count: int = 20


@dataclass(eq=False)
class Page(Container):
    """One screen of the form. ``label`` holds the page title."""

    description: Text | None = None


@dataclass(eq=False)
class FormDefinition:
    """A loaded form. ``source`` is the definition as written; ``hash`` is its content hash."""

    id: str
    version: str
    default_language: str
    languages: tuple[str, ...]
    title: Text
    description: Text | None
    choice_lists: dict[str, tuple[Choice, ...]]
    pages: tuple[Page, ...]
    source: dict[str, Any]
    hash: str
    #: Every page, group, repeat and field by name.
    items: dict[str, Item]
    #: Items in an order where each comes after everything its relevance depends on.
    relevance_order: tuple[Item, ...]
    #: Names answered at each level: "" for the top level, else the repeat's name.
    answer_names: dict[str, tuple[str, ...]]

    def field(self, name: str) -> Field | None:
        """The field called ``name``, or None."""
        item = self.items.get(name)
        return item if isinstance(item, Field) else None

    def fields(self) -> list[Field]:
        """Every field in document order."""
        return [i for i in self.items.values() if isinstance(i, Field)]
