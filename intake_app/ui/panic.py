"""The panic key: Ctrl+Shift+Q anywhere in the app locks at once and hides everything.

It is an application-wide event filter rather than a ``QShortcut``: a shortcut belongs to
one window and is blocked while a modal dialog is open, and the panic key must work on
every screen and dialog, including modal ones. The filter swallows the key press so no
widget also acts on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

PANIC_SHORTCUT = QKeySequence("Ctrl+Shift+Q")


class PanicWatcher(QObject):
    """Emits ``panic_requested()`` when the panic key is pressed in any window.

    Install once with ``QApplication.installEventFilter(watcher)``.
    """

    panic_requested = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.isAutoRepeat()
            and QKeySequence(event.keyCombination()) == PANIC_SHORTCUT
        ):
            self.panic_requested.emit()
            return True
        return False
