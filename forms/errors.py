"""Errors raised by forms/. Each docstring is the default message.

Structured detail lives in attributes (``problems``, ``position``, ``reason``), never only
in the text, so the desktop can word things in the reader's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from forms.problems import Problem


class FormsError(Exception):
    """The form could not be processed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (type(self).__doc__ or "").strip().splitlines()[0])


class ExpressionError(FormsError):
    """An expression in the form is not valid."""

    def __init__(self, message: str | None = None, *, position: int = 0) -> None:
        super().__init__(message)
        #: 0-based character offset of the problem in the expression text.
        self.position = position


class FormDefinitionError(FormsError):
    """The form definition has problems and cannot be used."""

    def __init__(self, problems: Sequence[Problem], message: str | None = None) -> None:
        if message is None:
            n = len(problems)
            message = (
                "The form definition has 1 problem and cannot be used."
                if n == 1
                else f"The form definition has {n} problems and cannot be used."
            )
        super().__init__(message)
        #: Every problem found, each with its location.
        self.problems: list[Problem] = list(problems)


class XLSFormError(FormsError):
    """The spreadsheet could not be converted to a form."""

    def __init__(self, message: str | None = None, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        #: Problems by sheet, row and column (errors and warnings).
        self.problems: list[Problem] = list(problems)


class AnswersError(FormsError):
    """The answers file cannot be read."""
