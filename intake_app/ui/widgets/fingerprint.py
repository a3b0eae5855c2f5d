"""Showing a fingerprint so it can be read aloud and compared digit by digit.

Thirty digits in six groups of five, large and in a fixed-width font, selectable with
the keyboard and the mouse; a screen reader gets the groups separated by commas, so it
pauses between them the way a person reading them on the phone would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget


def fingerprint_font(point_size_factor: float = 1.8) -> QFont:
    """The system's fixed-width font, enlarged (digits must not be confused)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(base * point_size_factor)
    font.setBold(True)
    return font


def spoken_groups(fingerprint: str) -> str:
    """``"12345, 67890, ..."``: what a screen reader should say."""
    return ", ".join(fingerprint.split())


class FingerprintLabel(QLabel):
    """A fingerprint in two rows of three groups (``"12345 12345 12345"``)."""

    def __init__(self, parent: QWidget | None = None, *, factor: float = 1.8) -> None:
        super().__init__(parent)
        self.setFont(fingerprint_font(factor))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Digits read left to right in every language, also in a right-to-left layout.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fingerprint = ""

    @property
    def fingerprint(self) -> str:
        """The fingerprint shown, groups separated by single spaces."""
        return self._fingerprint

    def set_fingerprint(self, fingerprint: str) -> None:
        """Show ``fingerprint`` (six groups separated by spaces); "" shows nothing."""
        self._fingerprint = fingerprint
        groups = fingerprint.split()
        self.setText("   ".join(groups[:3]) + "\n" + "   ".join(groups[3:]) if groups else "")
        self.setAccessibleDescription(spoken_groups(fingerprint))
