"""Choosing files without leaving a trace of which files or folders were chosen.

Qt's own file dialog, never the platform's: native dialogs (GTK, the desktop portal,
Windows' common dialog) add the chosen file to the desktop's "recently used" list and
may make thumbnails of the folder's pictures. Qt's dialog records neither, but when it
is destroyed it writes its history and the last folder visited to Qt's own user settings
file (``QtProject.conf``); ``forget_qt_file_dialog_history`` points that file at a place
that cannot be written, so nothing is saved. The dialogs start with an empty history and
with the icon provider's thumbnails off, and never read ``QSettings`` of ours.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

# A path that cannot become a folder on Unix-like systems (``/dev/null`` is a file), so
# QSettings cannot create its file there; writes fail quietly, as QSettings' do.
_UNWRITABLE = "/dev/null/intake-desk-no-settings"

_settings_redirected = False


def forget_qt_file_dialog_history() -> None:
    """Make Qt's user-scope settings unwritable for this process (idempotent).

    The app itself keeps every preference inside the vault, so nothing of ours is lost.
    Known limit: on Windows (registry) and macOS (preferences) native-format settings
    cannot be redirected; there the dialogs' history is emptied before they close, but Qt
    may still record the last folder visited.
    """
    global _settings_redirected  # a process-wide switch, set once
    if _settings_redirected:
        return
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, _UNWRITABLE)
    _settings_redirected = True


def _dialog(parent: QWidget, title: str, name: str) -> QFileDialog:
    forget_qt_file_dialog_history()
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(name)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    return dialog


def start_folder() -> str:
    """The folder a dialog opens in: the person's Documents (else home), never a recent one."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def choose_files_to_open(parent: QWidget, title: str) -> list[Path]:
    """Ask for existing files to read; [] if the person cancels."""
    dialog = _dialog(parent, title, "openFilesDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setDirectory(start_folder())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = [Path(p) for p in dialog.selectedFiles()] if accepted else []
    dialog.setHistory([])
    dialog.deleteLater()
    return chosen


def choose_file_to_save(parent: QWidget, title: str, suggested_name: str) -> Path | None:
    """Ask where to write a new file, suggesting ``suggested_name``; None if cancelled.

    The dialog asks before replacing a file; the callers still never overwrite (they
    create files exclusively and say so if the name is taken).
    """
    dialog = _dialog(parent, title, "saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDirectory(start_folder())
    dialog.selectFile(suggested_name)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selectedFiles() if accepted else []
    dialog.setHistory([])
    dialog.deleteLater()
    return Path(chosen[0]) if chosen else None
