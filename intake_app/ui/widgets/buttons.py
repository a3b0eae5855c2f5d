"""Naming the standard buttons of a QDialogButtonBox, so tests and assistive tools find them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox


def name_standard_buttons(box: QDialogButtonBox, prefix: str) -> None:
    """Give each standard button an objectName like ``settingsOkButton``.

    Call again after ``setStandardButtons``: Qt creates new buttons then.
    """
    for button in box.buttons():
        role = box.standardButton(button)
        if role == QDialogButtonBox.StandardButton.NoButton or button.objectName():
            continue
        key = role.name  # "Ok", "Cancel", "Close"...
        button.setObjectName(f"{prefix}{key}Button")
