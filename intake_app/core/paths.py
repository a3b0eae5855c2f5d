"""Where things live on this platform."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "IntakeDesk"


def default_vault_dir() -> Path:
    """Return the default vault folder: the platform's per-user data folder.

    platformdirs knows each platform's convention (XDG on Linux, Application Support on
    macOS, %LOCALAPPDATA% on Windows); we do not guess. Imported on call (~6 ms): a
    command given ``--vault`` or $INTAKE_VAULT never needs it.
    """
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"
