"""Locking the vault when the person walks away.

``InactivityWatcher`` is an application-wide event filter (KeePassXC's approach): every
key press, mouse press, wheel or touch anywhere in the app restarts a single-shot timer;
when it fires, ``timed_out`` is emitted and the controller locks the vault. Mouse *moves*
do not count, so a cat on the touchpad does not keep the vault open.

Screen lock: Qt offers no portable "screen locked" signal, and
``QGuiApplication.applicationStateChanged`` is weak: "inactive" only means another window
has focus (which happens all the time, so we do not lock on it), while "suspended" (the
system is going to sleep; reported on macOS and mobile platforms) and "hidden" are rarer.
``AppStateWatcher`` locks at once on suspended and after a short grace period on hidden.
On Linux desktops it also listens on D-Bus to the freedesktop and GNOME screen savers'
``ActiveChanged`` signal (KeePassXC does the same), so locking the screen locks the vault.
Where none of these is reported, the inactivity timer still locks the vault: no input
reaches the app while the screen is locked.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

DEFAULT_AUTOLOCK_MINUTES = 5

_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.ShortcutOverride,
    }
)


class InactivityWatcher(QObject):
    """Emits ``timed_out()`` after ``interval_ms`` without user input, while armed.

    Install once with ``QApplication.installEventFilter(watcher)``. The filter never
    consumes events; it only restarts the timer.
    """

    timed_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEFAULT_AUTOLOCK_MINUTES * 60_000)
        self._timer.timeout.connect(self.timed_out)

    @property
    def interval_ms(self) -> int:
        """Current inactivity limit in milliseconds."""
        return self._timer.interval()

    @property
    def armed(self) -> bool:
        """True while the timer runs (the vault is open)."""
        return self._timer.isActive()

    def set_interval_ms(self, milliseconds: int) -> None:
        """Set the limit; restarts the countdown if armed. 0 or less disables auto-lock."""
        self._timer.setInterval(max(0, milliseconds))
        if self._timer.isActive():
            self.arm()

    def arm(self) -> None:
        """Start counting (when the vault opens)."""
        if self._timer.interval() > 0:
            self._timer.start()

    def disarm(self) -> None:
        """Stop counting (when the vault locks)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _USER_INPUT and self._timer.isActive():
            self._timer.start()
        return False


class AppStateWatcher(QObject):
    """Emits ``went_away()`` when the system suspends, the screen locks, or the app stays
    hidden for a grace period (which avoids locking on a brief hide)."""

    went_away = Signal()

    def __init__(self, parent: QObject | None = None, *, grace_seconds: int = 60) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(grace_seconds * 1000)
        self._timer.timeout.connect(self.went_away)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
        self._listen_for_screen_lock()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.went_away.emit()
        elif state == Qt.ApplicationState.ApplicationHidden:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    def _listen_for_screen_lock(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # not on this platform's PySide6 build
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for interface, path in _SCREEN_SAVERS:
            # Any sender (""): the service name may be claimed after we start. The slot is
            # given as Qt's SLOT() string; PySide6's type stub wrongly says bytes.
            bus.connect("", path, interface, "ActiveChanged", self, SLOT("_on_screen_saver(bool)"))  # type: ignore[call-overload]

    @Slot(bool)
    def _on_screen_saver(self, active: bool) -> None:
        if active:
            self.went_away.emit()


#: D-Bus services that announce the screen locking (freedesktop standard; GNOME's own).
_SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)
