"""Form definitions, safe expressions, validation and XLSForm import.

A leaf package: it imports nothing from intake_app or crypto, and no Qt.
The public API is re-exported here; see docs/forms.md.
"""

from forms.builtin import builtin_forms, builtin_forms_dir
from forms.canonical import canonical_json, form_hash
from forms.countries import countries, country_name
from forms.errors import (
    AnswersError,
    ExpressionError,
    FormDefinitionError,
    FormsError,
    XLSFormError,
)
from forms.evaluation import choices_for, evaluate, initial_answers, relevant_fields
from forms.loader import load_form
from forms.messages import YES_NO_UNKNOWN_LABELS, engine_message, localized_text
from forms.model import Choice, Field, FieldType, FormDefinition, Group, Item, Page, Repeat
from forms.problems import Problem, Severity
from forms.validation import Issue, ValidationResult, read_answers, validate
from forms.values import IssueCode

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
    text = item.title if isinstance(item, FormDefinition) else item.label
    return localized_text(text, language, form.default_language)
