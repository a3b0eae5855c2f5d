"""The few interface preferences that must be known before the vault is unlocked.

Only the interface language lives here (the unlock window must already speak it). It is
not secret, but it does say which language the person reads, so nothing else is ever
stored outside the vault: auto-lock time and everything else live in the encrypted
``session.settings``. The file is a small INI file in the platform's config folder.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from intake_app.core.paths import APP_NAME
from intake_app.ui.i18n import Language


def default_preferences_path() -> Path:
    """The per-user preferences file (platform convention via platformdirs)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "interface.ini"


class Preferences:
    """Reads and writes the interface preferences file at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> Language | None:
        """The chosen interface language, or None if never chosen."""
        value = self._settings.value("language")
        return Language.from_code(str(value)) if value else None

    @language.setter
    def language(self, language: Language) -> None:
        self._settings.setValue("language", language.value)
        self._settings.sync()
