"""Errors raised by forms/. Each docstring is the default message."""

from __future__ import annotations


class FormsError(Exception):
    """The form could not be processed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (type(self).__doc__ or "").strip().splitlines()[0])
