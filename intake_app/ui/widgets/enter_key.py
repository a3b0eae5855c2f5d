"""Enter presses the focused button in a main window, as it does in a dialog.

Qt's push buttons answer Enter only inside dialogs (``autoDefault``); in the main window
only the space bar pressed them. Someone moving with Tab to "Open" or "Next" and pressing
Enter saw nothing happen - and a frightened person does not guess the space bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    """While it lives, Enter (without modifiers) presses the focused push button of
    ``window`` - never one inside a dialog, where Qt's own default-button rules apply."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPushButton):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in _ENTER_KEYS or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        window = watched.window()
        if window is not self._window or isinstance(window, QDialog):
            return False
        if not watched.isEnabled() or event.isAutoRepeat():
            return True  # held Enter must not press it again and again
        watched.animateClick()
        return True
