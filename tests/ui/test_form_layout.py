"""The form view fits the window it is given: long choice texts wrap instead of widening
the page (seen in Russian at 1366x768: the page scrolled sideways and cut the text)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)
from pytestqt.qtbot import QtBot

from forms import builtin_forms, load_form
from intake_app.ui.app import create_application
from intake_app.ui.forms_view import FormView
from intake_app.ui.forms_view.choice_fields import CountryField


@pytest.fixture
def russian_view(qtbot: QtBot) -> Iterator[FormView]:
    create_application()
    view = FormView(builtin_forms()["interpol_abuse"], "ru")
    qtbot.addWidget(view)
    view.resize(860, 560)  # the form view in a 1024x600 screen
    view.show()
    qtbot.waitExposed(view)
    view.show_page(1)  # "Запрос Интерпола": the long red-notice choice
    yield view
    view.dispose()


def test_long_choice_texts_wrap_and_the_page_never_scrolls_sideways(
    qtbot: QtBot, russian_view: FormView
) -> None:
    page = russian_view.pages[1].scroll
    content = page.widget()
    assert content is not None
    qtbot.waitUntil(lambda: content.width() <= page.viewport().width())
    assert not page.horizontalScrollBar().isVisible()
    assert content.minimumSizeHint().width() <= page.viewport().width()
    check = russian_view.findChild(QCheckBox, "field_request_types_red_notice")
    assert check is not None
    # The whole text is there (a screen reader reads it) and is shown on several lines.
    assert "Красный циркуляр" in check.text()
    one_line = check.fontMetrics().horizontalAdvance(check.text())
    assert check.width() < one_line
    assert check.height() >= 2 * check.fontMetrics().lineSpacing()


def test_clicking_the_wrapped_text_of_a_choice_ticks_it(
    qtbot: QtBot, russian_view: FormView
) -> None:
    check = russian_view.findChild(QCheckBox, "field_request_types_red_notice")
    assert check is not None and not check.isChecked()
    # Far right on the second line: outside where a one-line check box would take clicks.
    qtbot.mouseClick(
        check, Qt.MouseButton.LeftButton, pos=QPoint(check.width() // 2, check.height() - 4)
    )
    assert check.isChecked()
    assert russian_view.answers()["request_types"] == ["red_notice"]
    # The empty space to the right of a short choice is not part of it.
    other = russian_view.findChild(QCheckBox, "field_request_types_other")
    assert other is not None
    qtbot.mouseClick(
        other, Qt.MouseButton.LeftButton, pos=QPoint(other.width() - 3, other.height() // 2)
    )
    assert not other.isChecked()
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton, pos=QPoint(3, other.height() // 2))
    assert other.isChecked()


def test_radio_buttons_wrap_too(qtbot: QtBot) -> None:
    create_application()
    long = "Очень длинный вариант ответа, который никак не помещается в одну строку " * 3
    definition = {
        "format": 1,
        "id": "long_choices",
        "version": "1",
        "default_language": "ru",
        "languages": ["ru"],
        "title": {"ru": "Т"},
        "choice_lists": {
            "answers": [
                {"value": "a", "label": {"ru": long}},
                {"value": "b", "label": {"ru": "Коротко"}},
            ]
        },
        "pages": [
            {
                "name": "p",
                "title": {"ru": "Страница"},
                "items": [
                    {
                        "name": "q",
                        "type": "single_choice",
                        "label": {"ru": "Вопрос"},
                        "choices": "answers",
                    }
                ],
            }
        ],
    }
    form = load_form(json.dumps(definition))
    view = FormView(form, "ru")
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    radio = view.findChild(QRadioButton, "field_q_a")
    assert radio is not None
    page = view.pages[0].scroll
    lines = 2 * radio.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: radio.height() >= lines and not page.horizontalScrollBar().isVisible())
    assert radio.width() < radio.fontMetrics().horizontalAdvance(radio.text())
    view.dispose()


def _offered(completer: QCompleter, typed: str) -> set[str]:
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return {model.index(row, 0).data() for row in range(model.rowCount())}


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("en", "Turk", "Türkiye"),  # seen: "Turk" offered only Turkmenistan and Turks Islands
        ("en", "turkey", "Türkiye"),
        ("en", "ivory", "Côte d’Ivoire"),
        ("en", "cote d'iv", "Côte d’Ivoire"),
        ("ru", "США", "Соединенные Штаты"),
        ("ru", "Russia", "Россия"),  # a Latin keyboard in the Russian interface
        ("ru", "соединённые", "Соединенные Штаты"),  # ё typed, е in CLDR
        ("tr", "turkiye", "Türkiye"),
        ("tr", "CEKYA", "Çekya"),
    ],
)
def test_country_picker_finds_a_country_however_its_name_is_typed(
    qtbot: QtBot, language: str, typed: str, expected: str
) -> None:
    create_application()
    view = FormView(builtin_forms()["interpol_abuse"], language)
    qtbot.addWidget(view)
    country = view.field_widget("requesting_country")
    assert isinstance(country, CountryField)
    assert expected in _offered(country.completer, typed)
    view.dispose()


def test_a_country_typed_without_choosing_it_is_still_recognised(qtbot: QtBot) -> None:
    create_application()
    view = FormView(builtin_forms()["interpol_abuse"], "en")
    qtbot.addWidget(view)
    country = view.field_widget("requesting_country")
    assert isinstance(country, CountryField)
    line = country.input.lineEdit()
    assert line is not None
    for typed in ("turkey", "TURKIYE", "Turkiye "):  # QTest types ASCII only
        line.clear()
        qtbot.keyClicks(line, typed)
        assert view.answers()["requesting_country"] == "TR"
    # Leaving the field shows the name as the list spells it: the person sees it was
    # understood.
    line.editingFinished.emit()
    assert country.input.currentText() == "Türkiye"
    assert view.answers()["requesting_country"] == "TR"
    line.clear()
    qtbot.keyClicks(line, "Atlantis")
    line.editingFinished.emit()
    assert country.input.currentText() == "Atlantis"
    assert view.answers()["requesting_country"] == "Atlantis"
    assert "requesting_country" in view.issues()
    view.dispose()


def test_the_question_focused_by_a_page_change_shows_its_focus_frame(
    qtbot: QtBot,
) -> None:
    create_application()
    view = FormView(builtin_forms()["interpol_abuse"], "en")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.page_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    check = view.findChild(QCheckBox, "field_request_types_red_notice")
    assert check is not None
    qtbot.waitUntil(check.hasFocus)
    option = QStyleOptionButton()
    check.initStyleOption(option)
    # What the style draws a focus frame from (Fusion needs both).
    assert option.state & QStyle.StateFlag.State_HasFocus
    assert option.state & QStyle.StateFlag.State_KeyboardFocusChange
    view.dispose()


@pytest.mark.parametrize(("language", "typed"), [("en", "11/25/2020"), ("ru", "25.11.2020")])
def test_a_date_can_be_typed_into_an_empty_date_field_and_deleted_again(
    qtbot: QtBot, language: str, typed: str
) -> None:
    from PySide6.QtCore import QLocale

    from intake_app.ui.forms_view.date_fields import DateField

    create_application()
    QLocale.setDefault(QLocale(language))  # as the interface language does
    try:
        view = FormView(builtin_forms()["interpol_abuse"], language)
        qtbot.addWidget(view)
        view.set_answers({"ccf_stage": "decided"})
        date = view.field_widget("ccf_submitted_on")
        assert isinstance(date, DateField)
        assert date.value() is None
        assert "yyyy" in date.input.displayFormat()  # never a two-digit year
        date.input.setFocus()
        qtbot.keyClicks(date.input, typed)
        assert date.value() == "2020-11-25"
        assert view.answers()["ccf_submitted_on"] == "2020-11-25"
        # Changed one's mind: select it all and delete - "No date" again.
        date.input.selectAll()
        qtbot.keyClick(date.input, Qt.Key.Key_Delete)
        assert date.value() is None
        assert date.input.text() == date.input.specialValueText()
        view.dispose()
    finally:
        QLocale.setDefault(QLocale("en"))
