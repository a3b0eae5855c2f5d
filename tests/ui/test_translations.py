"""Every visible string of the shell exists in Russian and Turkish, and the .ts files are
up to date with the code."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from crypto.vaultkey import KdfParams
from intake_app.ui.controller import AppController
from intake_app.ui.i18n import TRANSLATIONS_DIR, Language, TsTranslator, ts_path
from intake_app.ui.windows.passphrase_dialog import ChangePassphraseDialog
from intake_app.ui.windows.settings import SettingsDialog

from .conftest import PASSPHRASE, _tear_down, make_controller

REPO = Path(__file__).resolve().parents[2]

# Texts that are right as they are in every language: the product name, the language
# names, "Form" (Turkish too), and Qt's own "OK" (Russian Qt keeps it).
SAME_EVERYWHERE = {"Intake Desk", "English", "Русский", "Türkçe", "Form", "OK"}


def _messages(path: Path) -> dict[tuple[str, str], str | None]:
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            text = translation.text if finished and translation is not None else None
            result[(name, message.findtext("source") or "")] = text
    return result


@pytest.mark.parametrize("language", [Language.RUSSIAN, Language.TURKISH])
def test_every_message_has_a_finished_translation(language: Language) -> None:
    missing = [src for key, text in _messages(ts_path(language)).items() if not text
               for src in [key]]  # fmt: skip
    assert missing == []
    assert len(TsTranslator(ts_path(language))) == len(_messages(ts_path(language)))


@pytest.mark.parametrize("language", [Language.RUSSIAN, Language.TURKISH])
def test_translations_keep_one_accelerator_and_the_placeholders(language: Language) -> None:
    for (_context, source), text in _messages(ts_path(language)).items():
        assert text is not None
        assert text.count("&") == source.count("&"), source
        assert re.findall(r"%\d", text) == re.findall(r"%\d", source), source


def test_ts_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    sources = sorted(str(p) for p in (REPO / "intake_app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    expected = set(_messages(fresh))
    for name in ("intake_en.ts", "intake_ru.ts", "intake_tr.ts"):
        assert set(_messages(TRANSLATIONS_DIR / name)) == expected, (
            f"{name} is stale: run pyside6-lupdate (see docs/user-guide.md, Translating)"
        )


def _texts(root: QWidget) -> Iterator[str]:
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QFileDialogLike):
            continue
        if widget.isWindow():
            yield widget.windowTitle()
        if isinstance(widget, QLabel):
            yield widget.text()
        if isinstance(widget, QAbstractButton):
            yield widget.text()
        if isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        if isinstance(widget, QWizardPage):
            yield widget.title()
        if isinstance(widget, QMenu):
            yield widget.title()
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal))
        yield widget.accessibleName()
    for action in root.findChildren(QAction):
        yield action.text()


QFileDialogLike = ()  # the shell opens no file dialog during these tests
_WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.FinishButton,
)


def _shell_texts(qtbot: QtBot, ctl: AppController) -> set[str]:
    ctl.start(first_run=True)
    assert ctl.wizard is not None
    texts = set(_texts(ctl.wizard))
    ctl.wizard.next()
    ctl.wizard.passphrase_page.pair.first.setText("a")
    ctl.wizard.passphrase_page.pair.second.setText("b")
    texts |= set(_texts(ctl.wizard))
    texts |= {ctl.wizard.buttonText(which) for which in _WIZARD_BUTTONS}
    texts |= set(_texts(ctl.unlock_window))
    texts |= set(_texts(ctl.main_window))
    settings = SettingsDialog(ctl.runner, ctl.languages.language, ctl.main_window)
    texts |= set(_texts(settings))
    change = ChangePassphraseDialog(ctl.runner, ctl.main_window)
    texts |= set(_texts(change))
    ctl.wizard.reject()
    return {t.replace("\n", " ").strip() for t in texts if t and t.strip()}


def _vault_path_texts(ctl: AppController) -> set[str]:
    return {ctl.unlock_window.path_label.text(), ctl.main_window.path_label.text()}


@pytest.mark.parametrize("language", [Language.RUSSIAN, Language.TURKISH])
def test_no_visible_shell_string_stays_english(
    qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams, language: Language
) -> None:
    english = make_controller(tmp_path / "en", fast_kdf, Language.ENGLISH)
    try:
        english_texts = _shell_texts(qtbot, english) - _vault_path_texts(english)
    finally:
        _tear_down(english)
    translated = make_controller(tmp_path / language.value, fast_kdf, language)
    try:
        texts = _shell_texts(qtbot, translated) - _vault_path_texts(translated)
    finally:
        _tear_down(translated)
    left_english = sorted((texts & english_texts) - SAME_EVERYWHERE)
    assert left_english == []
    assert PASSPHRASE not in texts
