"""Windows that fit the screen they open on, frame included.

The main window asks for 900x560; on a 1024x600 netbook with a panel, or when the window
manager places it below the unlock window, its bottom (the status bar, the Next button)
went off the screen. ``fit_to_screen`` shrinks a window to the screen's available area
and, when it would stick out, moves it back inside - never larger.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, *, center: bool = False) -> None:
    """Shrink and move the top-level ``window`` so that all of it, frame included, lies
    within its screen's available area (no-op when it already does, or has no screen).

    ``center``: also put it in the middle of that area (its first showing: otherwise the
    window manager places it wherever there is room, often half off the screen).
    """
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    # The window manager's frame (title bar, borders) around the client area.
    extra_w = max(frame.width() - window.width(), 0)
    extra_h = max(frame.height() - window.height(), 0)
    width = min(window.width(), max(area.width() - extra_w, window.minimumWidth()))
    height = min(window.height(), max(area.height() - extra_h, window.minimumHeight()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    if center:
        frame.moveCenter(area.center())
    x = min(max(frame.x(), area.left()), max(area.right() + 1 - frame.width(), area.left()))
    y = min(max(frame.y(), area.top()), max(area.bottom() + 1 - frame.height(), area.top()))
    if center or (x, y) != (window.frameGeometry().x(), window.frameGeometry().y()):
        window.move(QPoint(x, y))
