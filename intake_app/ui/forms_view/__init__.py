"""The form renderer: a form definition shown as pages of questions, with live relevance,
inline validation and one widget class per field type (see ``fieldset.WIDGETS``)."""

from intake_app.ui.forms_view.base import FieldWidget, object_name
from intake_app.ui.forms_view.fieldset import WIDGETS, FieldSet, RepeatWidget
from intake_app.ui.forms_view.view import FormView

__all__ = ["WIDGETS", "FieldSet", "FieldWidget", "FormView", "RepeatWidget", "object_name"]
