"""Settings stored inside the vault (encrypted), typed and bounded.

Settings live in the vault rather than in a platform settings file so that nothing
about the person's use (language, role, title) is readable on a seized laptop.
"""

from __future__ import annotations

import json
from typing import Any

from intake_app.storage.database import Database
from intake_app.storage.records import to_json

#: Every known setting and its default; anything else is refused.
DEFAULTS: dict[str, Any] = {
    "autolock_minutes": 5,
    "language": "en",
    "neutral_title": False,
    "role": "reporter",
    "lock_on_minimize": True,
    # The name on this vault's contact card (a pseudonym is fine; see the user guide).
    "identity_name": "Intake Desk user",
}

_LANGUAGE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-")


def _check(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    expected = type(DEFAULTS[key])
    # bool is an int subclass: keep the two apart explicitly.
    if type(value) is not expected:
        raise TypeError(f"setting {key} takes a {expected.__name__}")
    if key == "autolock_minutes" and not 1 <= value <= 24 * 60:
        raise ValueError("autolock_minutes must be between 1 and 1440")
    if key == "language" and not (0 < len(value) <= 16 and set(value) <= _LANGUAGE_CHARS):
        raise ValueError("language must be a language tag such as 'en' or 'pt_BR'")
    if key == "identity_name" and not 0 < len(value) <= 64:
        raise ValueError("identity_name must be 1 to 64 characters")
    if key == "role" and value not in ("reporter", "caseworker"):
        raise ValueError("role must be 'reporter' or 'caseworker'")


class SettingsRepository:
    """Typed access to the vault's settings; unknown keys and wrong types are refused.

    Attribute form (``settings.autolock_minutes = 10``) and ``get``/``set`` are the same.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        """Return the setting's value, or its default if never set. ``KeyError`` if unknown."""
        if key not in DEFAULTS:
            raise KeyError(key)
        rows = self._db.query("SELECT value FROM settings WHERE key = ?", (key,))
        if not rows:
            return DEFAULTS[key]
        value = json.loads(rows[0][0])
        try:
            _check(key, value)
        except (TypeError, ValueError):
            return DEFAULTS[key]  # an out-of-range stored value never breaks the app
        return value

    def set(self, key: str, value: Any) -> None:
        """Store the setting. Raises ``KeyError``, ``TypeError`` or ``ValueError``."""
        _check(key, value)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, to_json(value)),
            )

    def all(self) -> dict[str, Any]:
        """Return every setting with its current value."""
        return {key: self.get(key) for key in DEFAULTS}

    @property
    def autolock_minutes(self) -> int:
        return int(self.get("autolock_minutes"))

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self.set("autolock_minutes", value)

    @property
    def language(self) -> str:
        return str(self.get("language"))

    @language.setter
    def language(self, value: str) -> None:
        self.set("language", value)

    @property
    def neutral_title(self) -> bool:
        return bool(self.get("neutral_title"))

    @neutral_title.setter
    def neutral_title(self, value: bool) -> None:
        self.set("neutral_title", value)

    @property
    def role(self) -> str:
        return str(self.get("role"))

    @role.setter
    def role(self, value: str) -> None:
        self.set("role", value)

    @property
    def lock_on_minimize(self) -> bool:
        return bool(self.get("lock_on_minimize"))

    @lock_on_minimize.setter
    def lock_on_minimize(self, value: bool) -> None:
        self.set("lock_on_minimize", value)
