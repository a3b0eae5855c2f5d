"""The partners, contact card, evidence and export screens: every control named for tests
and screen readers, and nothing left in English in Russian or Turkish."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from intake_app.ui.controller import AppController
from intake_app.ui.i18n import Language

from .exchange_fixtures import add_partner, make_case, organisation
from .test_accessibility import _problems
from .test_translations import SAME_EVERYWHERE, _texts


def _screens(qtbot: QtBot, ctl: AppController, case_id: str) -> list[QWidget]:
    """Open every screen of this part with content in it; return their windows."""
    partners = ctl.exchange.open_partners()
    qtbot.waitUntil(lambda: partners.current_partner() is not None)
    add = partners.open_add_dialog()
    identity = ctl.exchange.open_identity()
    qtbot.waitUntil(lambda: identity.identity is not None and not identity.qr.pixmap().isNull())
    evidence = ctl.exchange.open_evidence(case_id)
    qtbot.waitUntil(lambda: evidence._state is not None)
    wizard = ctl.exchange.open_export(case_id)
    qtbot.waitUntil(lambda: wizard.partners_page.model.rowCount() == 2)
    return [partners, add, identity, evidence, wizard]


def _with_content(qtbot: QtBot, ctl: AppController) -> str:
    case_id = make_case(qtbot, ctl)
    _i, verified = organisation("Verified NGO")
    _j, unverified = organisation("Unverified NGO")
    add_partner(qtbot, ctl, verified)
    add_partner(qtbot, ctl, unverified, verified=False)
    return case_id


def _all_texts(qtbot: QtBot, ctl: AppController, case_id: str) -> set[str]:
    texts: set[str] = set()
    screens = _screens(qtbot, ctl, case_id)
    for root in screens:
        texts |= set(_texts(root))
        if isinstance(root, QWizard):
            for page_id in root.pageIds():
                page = root.page(page_id)
                texts |= {page.title(), page.subTitle()}
    texts |= {a.text() for a in ctl.main_window.menuBar().actions()}
    ctl._close_secondary_windows()
    return {t.replace("\n", " ").strip() for t in texts if t and t.strip()}


def test_every_control_of_these_screens_has_an_object_name_and_a_spoken_name(
    qtbot: QtBot, unlocked: AppController
) -> None:
    case_id = _with_content(qtbot, unlocked)
    problems = [p for root in _screens(qtbot, unlocked, case_id) for p in _problems(root)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", [Language.RUSSIAN, Language.TURKISH])
def test_no_visible_string_of_these_screens_stays_english(
    qtbot: QtBot, unlocked: AppController, language: Language
) -> None:
    case_id = _with_content(qtbot, unlocked)
    english_texts = _all_texts(qtbot, unlocked, case_id)
    menu = unlocked.exchange.report_menu
    try:
        unlocked.set_language(language)
        qtbot.waitUntil(lambda: menu.title() != "&Report")  # LanguageChange is posted
        texts = _all_texts(qtbot, unlocked, case_id)
    finally:
        unlocked.set_language(Language.ENGLISH)
    # Names of partners and of the report are the person's own words, not interface text.
    own_words = {t for t in english_texts if "NGO" in t or "Intake Desk user" in t}
    own_words |= {t for t in english_texts if t.startswith("INTERPOL abuse report")}
    own_words |= {t for t in english_texts if t.replace(" ", "").isdigit()}  # fingerprints
    left_english = sorted((texts & english_texts) - SAME_EVERYWHERE - own_words)
    assert left_english == []
