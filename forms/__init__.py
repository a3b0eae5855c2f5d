"""Form definitions, safe expressions, validation and XLSForm import.

A leaf package: it imports nothing from intake_app or crypto, and no Qt.
The public API is re-exported here; see docs/forms.md. Most names are imported on
first use, so ``from forms import canonical_json`` does not load the whole package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forms._lazy import lazy_exports

# Cheap modules are imported now; the rest on first use of one of their names (see
# ``__getattr__``). forms.countries must be imported here: its submodule name is also one
# of its functions' names, and a later ``import forms.countries`` would set the module
# where a lazy ``countries`` would be looked up.
from forms.canonical import canonical_json, form_hash
from forms.countries import countries, country_name
from forms.errors import (
    AnswersError,
    ExpressionError,
    FormDefinitionError,
    FormsError,
    XLSFormError,
)
from forms.problems import Problem, Severity

if TYPE_CHECKING:
    from forms.builtin import builtin_forms, builtin_forms_dir
    from forms.evaluation import choices_for, evaluate, initial_answers, relevant_fields
    from forms.loader import load_form
    from forms.messages import YES_NO_UNKNOWN_LABELS, engine_message, localized_text
    from forms.model import Choice, Field, FieldType, FormDefinition, Group, Item, Page, Repeat
    from forms.validation import Issue, ValidationResult, read_answers, validate
    from forms.values import IssueCode

#: The names imported on first use, and their modules. Loading them all takes some 40 ms
#: (the expression compiler, re2, Babel): a program that only hashes or reads
#: definitions' JSON (``intake export``, ``intake import``) should not pay for it.
_LAZY: dict[str, str] = {
    "builtin_forms": "forms.builtin",
    "builtin_forms_dir": "forms.builtin",
    "choices_for": "forms.evaluation",
    "evaluate": "forms.evaluation",
    "initial_answers": "forms.evaluation",
    "relevant_fields": "forms.evaluation",
    "load_form": "forms.loader",
    "YES_NO_UNKNOWN_LABELS": "forms.messages",
    "engine_message": "forms.messages",
    "localized_text": "forms.messages",
    "Choice": "forms.model",
    "Field": "forms.model",
    "FieldType": "forms.model",
    "FormDefinition": "forms.model",
    "Group": "forms.model",
    "Item": "forms.model",
    "Page": "forms.model",
    "Repeat": "forms.model",
    "Issue": "forms.validation",
    "ValidationResult": "forms.validation",
    "read_answers": "forms.validation",
    "validate": "forms.validation",
    "IssueCode": "forms.values",
}


if not TYPE_CHECKING:  # hidden from mypy, which then checks every name against the
    # imports above instead of accepting any attribute as Any
    __getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())


__all__ = [
    "YES_NO_UNKNOWN_LABELS",
    "AnswersError",
    "Choice",
    "ExpressionError",
    "Field",
    "FieldType",
    "FormDefinition",
    "FormDefinitionError",
    "FormsError",
    "Group",
    "Issue",
    "IssueCode",
    "Item",
    "Page",
    "Problem",
    "Repeat",
    "Severity",
    "ValidationResult",
    "XLSFormError",
    "builtin_forms",
    "builtin_forms_dir",
    "canonical_json",
    "choices_for",
    "countries",
    "country_name",
    "engine_message",
    "evaluate",
    "form_hash",
    "initial_answers",
    "load_form",
    "localized_label",
    "localized_text",
    "read_answers",
    "relevant_fields",
    "validate",
]


def localized_label(item: Item | FormDefinition, language: str, form: FormDefinition) -> str:
    """The label (or a form's title) of ``item`` in ``language``, else the form's default."""
    from forms.messages import localized_text
    from forms.model import FormDefinition

    text = item.title if isinstance(item, FormDefinition) else item.label
    return localized_text(text, language, form.default_language)
