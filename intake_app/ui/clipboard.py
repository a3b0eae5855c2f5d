"""Copying to the clipboard without leaving secrets there.

``ClipboardGuard`` remembers what the app itself put on the clipboard and clears it after a
short time and when the vault locks - but only if the clipboard still holds our text, so it
never destroys something the person copied from elsewhere afterwards. The mime data carries
``x-kde-passwordManagerHint: secret``, which KDE's Klipper and several other clipboard
managers honour by not storing the entry in their history.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

#: The hint clipboard managers (Klipper, GPaste, CopyQ...) read to skip history.
PASSWORD_MANAGER_HINT = "x-kde-passwordManagerHint"  # noqa: S105 - a mime type name

DEFAULT_CLEAR_SECONDS = 30


class ClipboardGuard(QObject):
    """Copies text and takes it back later.

    Signals: ``cleared()`` after the guard removed its own text from the clipboard.
    """

    cleared = Signal()

    def __init__(
        self, parent: QObject | None = None, *, clear_after_seconds: int = DEFAULT_CLEAR_SECONDS
    ) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_seconds * 1000)
        self._timer.timeout.connect(self.clear)

    @property
    def holds_our_text(self) -> bool:
        """True while the clipboard still holds text this guard put there."""
        return self._ours is not None and self._clipboard().text() == self._ours

    def set_clear_after(self, seconds: int) -> None:
        """Change how long copied text stays (applies to the next copy)."""
        self._timer.setInterval(max(1, seconds) * 1000)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked secret, and start the clear timer."""
        data = QMimeData()
        data.setText(text)
        data.setData(PASSWORD_MANAGER_HINT, b"secret")
        clipboard = self._clipboard()
        clipboard.setMimeData(data, QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():  # X11's middle-click selection would keep a copy
            clipboard.clear(QClipboard.Mode.Selection)
        self._ours = text
        self._timer.start()

    def clear(self) -> None:
        """Remove our text from the clipboard if it is still there; otherwise leave it."""
        self._timer.stop()
        if self._ours is None:
            return
        if self.holds_our_text:
            self._clipboard().clear(QClipboard.Mode.Clipboard)
        self._ours = None
        self.cleared.emit()

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()
