"""Errors raised by the desktop interface itself (not by the core it drives).

Like every errors module here, each class's docstring is its default message; the words a
person sees come from intake_app/ui/messages.py.
"""

from __future__ import annotations

from intake_app.core.errors import IntakeError


class UiError(IntakeError):
    """The window could not do that."""


class TaskCancelledError(UiError):
    """The operation was cancelled; nothing was changed."""


class VaultLockedError(UiError):
    """The vault is locked. Unlock it and try again."""


class PreviewTooLargeError(UiError):
    """This file is too large to show here; it is still attached and will be sent."""


class ReportFormMissingError(UiError):
    """The form this report was written with is not in this vault, so it cannot be shown."""


class ReportSealedError(UiError):
    """This report was sent and cannot be changed. Make a new version to edit it."""
