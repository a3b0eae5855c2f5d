"""The partners, contact card, evidence and export screens: every control named for tests
and screen readers, and nothing left in English in Russian or Turkish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from crypto.vaultkey import KdfParams
from intake_app.core.vault import create_vault
from intake_app.ui.controller import AppController
from intake_app.ui.i18n import Language

from .conftest import PASSPHRASE, _tear_down, make_controller
from .exchange_fixtures import add_partner, make_case, organisation
from .test_accessibility import _problems
from .test_translations import SAME_EVERYWHERE, _texts


def _screens(qtbot: QtBot, ctl: AppController) -> list[QWidget]:
    """Open every screen of this part with content in it; return their windows."""
    case_id = make_case(qtbot, ctl, language=ctl.languages.language.value)
    _i, verified = organisation("Verified NGO")
    _j, unverified = organisation("Unverified NGO")
    add_partner(qtbot, ctl, verified)
    add_partner(qtbot, ctl, unverified, verified=False)
    partners = ctl.exchange.open_partners()
    qtbot.waitUntil(lambda: partners.current_partner() is not None)
    add = partners.open_add_dialog()
    identity = ctl.exchange.open_identity()
    qtbot.waitUntil(lambda: identity.identity is not None)
    evidence = ctl.exchange.open_evidence(case_id)
    qtbot.waitUntil(lambda: evidence._state is not None)
    wizard = ctl.exchange.open_export(case_id)
    qtbot.waitUntil(lambda: wizard.partners_page.model.rowCount() == 2)
    return [partners, add, identity, evidence, wizard]


def _all_texts(qtbot: QtBot, ctl: AppController) -> set[str]:
    texts: set[str] = set()
    for root in _screens(qtbot, ctl):
        texts |= set(_texts(root))
        if isinstance(root, QWizard):
            for page_id in root.pageIds():
                page = root.page(page_id)
                texts |= {page.title(), page.subTitle()}
    model = ctl.main_window.menuBar()
    texts |= {a.text() for a in model.actions()}
    return {t.replace("\n", " ").strip() for t in texts if t and t.strip()}


def _unlocked(qtbot: QtBot, folder: Path, kdf: KdfParams, language: Language) -> AppController:
    create_vault(folder, PASSPHRASE.encode(), kdf=kdf).close()
    ctl = make_controller(folder, kdf, language)
    ctl.start(first_run=False)
    ctl.unlock_window.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(ctl.unlocked):
        ctl.unlock_window.unlock_button.click()
    ctl.set_language(language)  # the new vault's stored choice is English
    return ctl


def test_every_control_of_these_screens_has_an_object_name_and_a_spoken_name(
    qtbot: QtBot, unlocked: AppController
) -> None:
    problems = [p for root in _screens(qtbot, unlocked) for p in _problems(root)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", [Language.RUSSIAN, Language.TURKISH])
def test_no_visible_string_of_these_screens_stays_english(
    qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams, language: Language
) -> None:
    english = _unlocked(qtbot, tmp_path / "en", fast_kdf, Language.ENGLISH)
    try:
        english_texts = _all_texts(qtbot, english)
    finally:
        _tear_down(english)
    translated = _unlocked(qtbot, tmp_path / language.value, fast_kdf, language)
    try:
        texts = _all_texts(qtbot, translated)
    finally:
        _tear_down(translated)
    # Names of partners and of the report are the person's own words, not interface text.
    own_words = {t for t in english_texts if "NGO" in t or "Intake Desk user" in t}
    left_english = sorted((texts & english_texts) - SAME_EVERYWHERE - own_words)
    assert left_english == []
