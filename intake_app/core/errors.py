"""Errors raised by the Qt-free core.

Every class's docstring is its default message: one plain sentence a person can act on.
Structured detail goes in attributes, never in the message, so the ui can word it in the
user's language (see intake_app/ui/messages.py).
"""

from __future__ import annotations


class IntakeError(Exception):
    """Something went wrong."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (type(self).__doc__ or "").strip().splitlines()[0])
