"""Test-wide setup: Qt renders offscreen, nothing touches the real user folders."""

from __future__ import annotations

import os

# Set before any Qt import so UI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
