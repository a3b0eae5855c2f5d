"""The optional neutral window title and icon ("Notes" and a plain document icon).

For someone whose screen may be glanced at - on a bus, at a border, by a relative - the
name "Intake Desk" in the task bar says too much. With the setting on, the main and
unlock windows are titled "Notes" (in the interface language), the application's display
name follows, and the icon becomes the platform's generic document icon.

The setting lives inside the vault like every other preference, so it applies from the
first unlock of a session until the program quits; before the first unlock the program
cannot know it (writing it outside the vault would itself be a trace). Windows keep their
own ``setWindowTitle`` calls; an event filter puts the neutral title back whenever one of
them changes it (language switches, lock).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QWidget


def neutral_title() -> str:
    """The neutral title in the interface language."""
    return QCoreApplication.translate("NeutralTitle", "Notes")


class NeutralTitle(QObject):
    """Keeps the given windows' titles neutral while switched on."""

    def __init__(self, windows: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows = windows
        self._on = False
        self._titles: dict[int, str] = {}
        self._icon: QIcon | None = None
        for window in windows:
            window.installEventFilter(self)

    @property
    def enabled(self) -> bool:
        """True while titles are kept neutral."""
        return self._on

    def set_enabled(self, on: bool) -> None:
        """Switch the neutral title and icon on or off (restores the real ones when off)."""
        app = QApplication.instance()
        if on == self._on or not isinstance(app, QApplication):
            return
        self._on = on
        if on:
            self._icon = app.windowIcon()
            app.setWindowIcon(app.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            app.setApplicationDisplayName(neutral_title())
            for window in self._windows:
                self._titles[id(window)] = window.windowTitle()
                window.setWindowTitle(neutral_title())
        else:
            if self._icon is not None:
                app.setWindowIcon(self._icon)
            app.setApplicationDisplayName("Intake Desk")
            for window in self._windows:
                window.setWindowTitle(self._titles.pop(id(window), window.windowTitle()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._on or not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.WindowTitleChange and watched.windowTitle() != neutral_title():
            self._titles[id(watched)] = watched.windowTitle()
            watched.setWindowTitle(neutral_title())
        elif kind == QEvent.Type.LanguageChange:
            # The window may re-set an unchanged title (no change event): translate ours.
            QApplication.setApplicationDisplayName(neutral_title())
            watched.setWindowTitle(neutral_title())
        return False
