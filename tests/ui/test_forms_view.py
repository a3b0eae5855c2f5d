"""The form view, driven through its real widgets: every field type, live relevance, inline
messages, repeats, partial dates, the country picker, keyboard paging and mirroring."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from forms import FieldType, FormDefinition, builtin_forms, load_form
from intake_app.ui.app import create_application
from intake_app.ui.forms_view import WIDGETS, FieldWidget, FormView, object_name
from intake_app.ui.forms_view.choice_fields import (
    ComboChoiceField,
    CountryField,
    RadioChoiceField,
    YesNoUnknownField,
)
from intake_app.ui.forms_view.date_fields import DateField, PartialDateField
from intake_app.ui.reports_api import draft_answers

from .test_accessibility import _problems


@pytest.fixture(scope="module")
def interpol() -> FormDefinition:
    return builtin_forms()["interpol_abuse"]


@pytest.fixture
def view(qtbot: QtBot, interpol: FormDefinition) -> Iterator[FormView]:
    create_application()
    form_view = FormView(interpol, "en")
    qtbot.addWidget(form_view)
    form_view.resize(900, 700)
    form_view.show()
    qtbot.waitExposed(form_view)
    yield form_view
    form_view.dispose()


def _field(view: FormView, path: str) -> FieldWidget:
    widget = view.field_widget(path)
    assert widget is not None, path
    return widget


def _every_type_form() -> FormDefinition:
    """A small form with one question of every type (and a repeat with min 1, max 2)."""
    many = [{"value": f"c{i}", "label": {"en": f"Choice {i}"}} for i in range(8)]
    fields: list[dict[str, Any]] = [
        {"name": "t", "type": "text", "label": {"en": "Text"}, "required": True},
        {"name": "lt", "type": "long_text", "label": {"en": "Long"}},
        {"name": "i", "type": "integer", "label": {"en": "Integer"}},
        {"name": "d", "type": "decimal", "label": {"en": "Decimal"}},
        {"name": "dt", "type": "date", "label": {"en": "Date"}},
        {"name": "pd", "type": "partial_date", "label": {"en": "Partial"}},
        {"name": "dr", "type": "date_range", "label": {"en": "Range"}},
        {"name": "sc", "type": "single_choice", "label": {"en": "Few"}, "choices": "few"},
        {"name": "sl", "type": "single_choice", "label": {"en": "Many"}, "choices": "many"},
        {"name": "mc", "type": "multiple_choice", "label": {"en": "Several"}, "choices": "few"},
        {"name": "c", "type": "country", "label": {"en": "Country"}},
        {"name": "y", "type": "yes_no_unknown", "label": {"en": "Yes or no"}},
        {"name": "e", "type": "email", "label": {"en": "Email"}},
        {"name": "p", "type": "phone", "label": {"en": "Phone"}},
        {"name": "a", "type": "attachment", "label": {"en": "Files"}},
        {"name": "n", "type": "note", "label": {"en": "Just a note"}},
        {
            "type": "repeat",
            "name": "r",
            "label": {"en": "Entries"},
            "min_count": 1,
            "max_count": 2,
            "items": [{"name": "r_text", "type": "text", "label": {"en": "Entry text"}}],
        },
    ]
    definition = {
        "format": 1,
        "id": "every_type",
        "version": "1",
        "default_language": "en",
        "languages": ["en"],
        "title": {"en": "Every type"},
        "choice_lists": {
            "few": [{"value": "a", "label": {"en": "A"}}, {"value": "b", "label": {"en": "B"}}],
            "many": many,
        },
        "pages": [{"name": "p1", "title": {"en": "Page"}, "items": fields}],
    }
    return load_form(json.dumps(definition))


def test_every_field_type_has_exactly_one_widget_class() -> None:
    assert set(WIDGETS) == set(FieldType)
    assert len(set(WIDGETS.values())) == len(FieldType)


def test_every_field_widget_has_its_path_as_object_name_and_its_label_as_spoken_name(
    view: FormView, interpol: FormDefinition
) -> None:
    _field(view, "was_detained").buttons["yes"].click()  # type: ignore[attr-defined]
    repeat = view.pages[2].fields.repeats["detentions"]
    repeat.add_button.click()
    widgets = list(view.field_widgets())
    assert {w.path for w in widgets} >= {"was_detained", "detentions[0].det_place"}
    for widget in widgets:
        assert widget.input.objectName() == object_name(widget.path)
        assert widget.input.accessibleName() == widget.label_text
        assert widget.label_text
    place = _field(view, "detentions[0].det_place")
    assert place.input.objectName() == "field_detentions_0_det_place"
    assert view.findChild(QWidget, "field_detentions_0_det_place") is place.input
    assert _problems(view) == []


def test_answering_yes_to_detention_shows_the_repeat_and_an_entry_can_be_filled(
    qtbot: QtBot, view: FormView
) -> None:
    fields = view.pages[2].fields
    assert not fields.is_shown("detentions")
    yes_no = _field(view, "was_detained")
    assert isinstance(yes_no, YesNoUnknownField)
    yes_no.buttons["yes"].click()
    assert fields.is_shown("detentions")
    view.show_page(2)
    repeat = fields.repeats["detentions"]
    qtbot.waitUntil(repeat.isVisible)
    repeat.add_button.click()
    place = _field(view, "detentions[0].det_place")
    assert place.isVisible()
    # Focus went to the new entry's first question.
    assert _field(view, "detentions[0].det_country").contains_widget(QApplication.focusWidget())
    qtbot.keyClicks(_field(view, "detentions[0].det_place").input, "Airport")
    answers = view.answers()
    assert answers["was_detained"] == "yes"
    assert answers["detentions"][0]["det_place"] == "Airport"
    yes_no.buttons["no"].click()
    assert not fields.is_shown("detentions")
    assert "detentions" not in draft_answers(view.form, view.answers())  # hidden: not saved


def test_a_future_date_shows_its_inline_message_once_the_person_leaves_the_field(
    qtbot: QtBot, view: FormView
) -> None:
    stage = _field(view, "ccf_stage")
    assert isinstance(stage, RadioChoiceField)
    stage.buttons["submitted"].click()
    view.show_page(view.form.pages.index(next(p for p in view.form.pages if p.name == "ccf_page")))
    submitted = _field(view, "ccf_submitted_on")
    assert isinstance(submitted, DateField)
    qtbot.waitUntil(submitted.isVisible)
    submitted.input.setFocus()
    qtbot.waitUntil(submitted.input.hasFocus)
    submitted.input.setDate(QDate.currentDate().addDays(3))
    assert not submitted.issue_label.isVisible()  # not while the person is still there
    _field(view, "ccf_reference").input.setFocus()
    qtbot.waitUntil(submitted.issue_label.isVisible)
    assert submitted.issue == "This date is in the future. Please check it."
    assert "in the future" in submitted.input.accessibleDescription()
    submitted.input.setDate(QDate.currentDate().addDays(-3))
    qtbot.waitUntil(lambda: not submitted.issue_label.isVisible())


def test_next_with_something_to_fix_stays_once_then_goes_on(qtbot: QtBot, view: FormView) -> None:
    assert view.go_next()  # the first page holds only notes
    assert view.current == 1
    kinds = _field(view, "request_types")
    assert kinds.field.required is True
    assert not view.go_next()  # a required answer is missing: stay and say so
    assert view.current == 1
    assert kinds.issue == "This question needs an answer."
    assert view.notice.isVisible()
    assert view.go_next()  # asked twice: go on, the draft can be finished later
    assert view.current == 2


def test_partial_date_offers_month_and_day_only_as_far_as_remembered(view: FormView) -> None:
    issued = _field(view, "issued_on")
    assert isinstance(issued, PartialDateField)
    picker = issued.input
    assert not picker.month.isEnabled() and not picker.day.isEnabled()
    picker.year.setCurrentIndex(picker.year.findData("2019"))
    assert issued.value() == "2019"
    assert picker.month.isEnabled() and not picker.day.isEnabled()
    picker.month.setCurrentIndex(picker.month.findData("03"))
    assert issued.value() == "2019-03"
    assert picker.day.itemText(0) == "I don't remember the day"
    picker.day.setCurrentIndex(picker.day.findData("07"))
    assert issued.value() == "2019-03-07"
    assert view.answers()["issued_on"] == "2019-03-07"
    picker.month.setCurrentIndex(0)
    assert issued.value() == "2019"
    assert not picker.day.isEnabled()


def test_country_picker_finds_countries_by_any_part_of_their_name_in_any_case(
    qtbot: QtBot, view: FormView
) -> None:
    country = _field(view, "requesting_country")
    assert isinstance(country, CountryField)
    completer = country.completer
    completer.setCompletionPrefix("STAN")
    found = {
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionModel().rowCount())
    }
    assert {"Kazakhstan", "Uzbekistan", "Tajikistan"} <= found
    assert "Germany" not in found
    line = country.input.lineEdit()
    assert isinstance(line, QLineEdit)
    line.setFocus()
    qtbot.keyClicks(line, "germany")
    assert country.value() == "DE"
    assert view.answers()["requesting_country"] == "DE"
    line.clear()
    qtbot.keyClicks(line, "Atlantis")
    assert country.value() == "Atlantis"
    assert "requesting_country" in view.issues()  # named no country: validation says so


def test_country_names_and_form_texts_follow_the_language(
    qtbot: QtBot, interpol: FormDefinition
) -> None:
    create_application()
    russian = FormView(interpol, "ru")
    qtbot.addWidget(russian)
    try:
        detained = russian.field_widget("was_detained")
        assert detained is not None
        assert detained.label_text == interpol.field("was_detained").label["ru"]  # type: ignore[union-attr]
        assert detained.buttons["unknown"].text() == "Не знаю"  # type: ignore[attr-defined]
        country = russian.field_widget("requesting_country")
        assert isinstance(country, CountryField)
        completer = country.completer
        completer.setCompletionPrefix("герм")
        assert completer.completionModel().index(0, 0).data() == "Германия"
    finally:
        russian.dispose()


def test_repeat_add_and_remove_respect_minimum_and_maximum(qtbot: QtBot) -> None:
    create_application()
    form_view = FormView(_every_type_form(), "en")
    qtbot.addWidget(form_view)
    repeat = form_view.pages[0].fields.repeats["r"]
    assert repeat.add_entry() is not None
    assert repeat.add_entry() is not None
    assert repeat.add_entry() is None  # at most 2
    assert not repeat.add_button.isEnabled()
    _field(form_view, "r[0].r_text").set_value("first")
    _field(form_view, "r[1].r_text").set_value("second")
    repeat.remove_entry(0)
    assert form_view.answers()["r"] == [{"r_text": "second"}]  # renumbered
    assert _field(form_view, "r[0].r_text").input.objectName() == "field_r_0_r_text"
    assert repeat.add_button.isEnabled()
    repeat.remove_entry(0)  # at least 1: refused
    assert len(repeat.instances) == 1
    form_view.dispose()


def test_every_type_round_trips_its_answer(qtbot: QtBot) -> None:
    create_application()
    form = _every_type_form()
    answers = {
        "t": "text",
        "lt": "line one\nline two",
        "i": 42,
        "d": 2.5,
        "dt": "2020-02-29",
        "pd": "2021-07",
        "dr": {"start": "2020", "end": "2020-05-01"},
        "sc": "b",
        "sl": "c7",
        "mc": ["a", "b"],
        "c": "TR",
        "y": "unknown",
        "e": "name@example.org",
        "p": "+90 555 000 00 00",
        "r": [{"r_text": "entry"}],
    }
    form_view = FormView(form, "en")
    qtbot.addWidget(form_view)
    form_view.set_answers(answers)
    assert form_view.answers() == answers
    assert isinstance(form_view.field_widget("sl"), ComboChoiceField)  # 8 choices: drop-down
    assert isinstance(form_view.field_widget("sc"), RadioChoiceField)
    assert form_view.issues() == {}
    form_view.set_answers({})
    assert form_view.answers() == {}
    form_view.dispose()


def test_ctrl_page_down_and_alt_arrows_change_page_from_the_keyboard(
    qtbot: QtBot, view: FormView
) -> None:
    view.activateWindow()
    view.next_button.setFocus()
    qtbot.waitUntil(view.next_button.hasFocus)
    with qtbot.waitSignal(view.page_changed) as changed:
        qtbot.keyClick(view.next_button, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [1]
    assert view.progress_label.text() == "Page 2 of 10"
    focused = QApplication.focusWidget()
    assert focused is not None and view.isAncestorOf(focused)
    with qtbot.waitSignal(view.page_changed) as changed:
        qtbot.keyClick(focused, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert changed.args == [0]


def test_layout_mirrors_in_a_right_to_left_language(qtbot: QtBot, interpol: FormDefinition) -> None:
    app = create_application()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        mirrored = FormView(interpol, "en")
        qtbot.addWidget(mirrored)
        mirrored.resize(900, 600)
        mirrored.show()
        qtbot.waitExposed(mirrored)
        assert mirrored.isRightToLeft()
        # The page list sits on the right, the Next button on the left.
        assert mirrored.page_list.geometry().x() > mirrored.stack.geometry().x()
        assert mirrored.next_button.geometry().x() < mirrored.back_button.geometry().x()
        mirrored.dispose()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_read_only_view_shows_answers_but_accepts_no_edit(qtbot: QtBot) -> None:
    create_application()
    form_view = FormView(_every_type_form(), "en")
    qtbot.addWidget(form_view)
    form_view.set_answers({"t": "kept", "r": [{"r_text": "x"}]})
    form_view.set_read_only(True)
    text = _field(form_view, "t")
    assert not text.input.isEnabled()
    assert not form_view.pages[0].fields.repeats["r"].add_button.isEnabled()
    assert form_view.answers()["t"] == "kept"
    form_view.dispose()


def test_years_offered_end_at_this_year() -> None:
    create_application()
    form_view = FormView(_every_type_form(), "en")
    picker = form_view.field_widget("pd")
    assert isinstance(picker, PartialDateField)
    assert picker.input.year.itemData(1) == f"{dt.date.today().year:04d}"
    form_view.dispose()
    form_view.deleteLater()


def test_too_few_entries_are_reported_on_the_repeat_when_trying_to_go_on(qtbot: QtBot) -> None:
    create_application()
    form_view = FormView(_every_type_form(), "en")
    qtbot.addWidget(form_view)
    repeat = form_view.pages[0].fields.repeats["r"]
    assert repeat.issue is None  # nothing shown before the person tries to go on
    assert not form_view.go_next()
    assert repeat.issue == "Add at least 1 entry here."
    repeat.add_entry()
    form_view.ctx.edited()
    assert repeat.issue is None
    form_view.dispose()


def test_a_choice_filter_offers_only_the_choices_that_fit_the_other_answers(
    qtbot: QtBot,
) -> None:
    create_application()
    cities = [
        {"value": "almaty", "label": {"en": "Almaty"}, "properties": {"region": "kz"}},
        {"value": "astana", "label": {"en": "Astana"}, "properties": {"region": "kz"}},
        {"value": "bishkek", "label": {"en": "Bishkek"}, "properties": {"region": "kg"}},
    ]
    definition = {
        "format": 1,
        "id": "filtered",
        "version": "1",
        "default_language": "en",
        "languages": ["en"],
        "title": {"en": "Filtered"},
        "choice_lists": {
            "regions": [
                {"value": "kz", "label": {"en": "Kazakhstan"}},
                {"value": "kg", "label": {"en": "Kyrgyzstan"}},
            ],
            "cities": cities,
        },
        "pages": [
            {
                "name": "p",
                "title": {"en": "Page"},
                "items": [
                    {"name": "region", "type": "single_choice", "label": {"en": "Region"},
                     "choices": "regions"},
                    {"name": "city", "type": "single_choice", "label": {"en": "City"},
                     "choices": "cities", "choice_filter": "choice('region') = ${region}"},
                ],
            }
        ],
    }  # fmt: skip
    form_view = FormView(load_form(json.dumps(definition)), "en")
    qtbot.addWidget(form_view)
    region = _field(form_view, "region")
    city = _field(form_view, "city")
    assert isinstance(region, RadioChoiceField) and isinstance(city, RadioChoiceField)

    def offered() -> set[str]:
        return {v for v, b in city.buttons.items() if b.isVisibleTo(city.input)}

    region.buttons["kg"].click()
    assert offered() == {"bishkek"}
    region.buttons["kz"].click()
    assert offered() == {"almaty", "astana"}
    city.buttons["astana"].click()
    region.buttons["kg"].click()
    assert offered() == {"bishkek", "astana"}  # the answer given stays visible...
    assert "city" in form_view.issues()  # ...and validation says it no longer fits
    form_view.dispose()


def test_an_empty_date_opens_its_calendar_on_this_month(qtbot: QtBot) -> None:
    from PySide6.QtGui import QShowEvent

    create_application()
    form_view = FormView(_every_type_form(), "en")
    qtbot.addWidget(form_view)
    date = _field(form_view, "dt")
    assert isinstance(date, DateField)
    assert date.value() is None
    calendar = date.input.calendarWidget()
    QApplication.sendEvent(calendar, QShowEvent())
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert date.value() is None  # looking is not choosing
    form_view.dispose()


def test_questions_appear_and_disappear_without_taking_the_focus(
    qtbot: QtBot, view: FormView
) -> None:
    _field(view, "was_detained").buttons["yes"].click()  # type: ignore[attr-defined]
    view.show_page(2)
    view.pages[2].fields.repeats["detentions"].add_button.click()
    period = _field(view, "detentions[0].det_period")
    length = _field(view, "detentions[0].det_length")  # asked only while no period is given
    qtbot.waitUntil(length.isVisible)
    start_year = period.input.findChild(QWidget, "field_detentions_0_det_period_start_year")
    assert start_year is not None
    start_year.setFocus()
    qtbot.waitUntil(start_year.hasFocus)
    qtbot.keyClick(start_year, Qt.Key.Key_Down)  # the keyboard picks this year
    assert period.value() == {"start": f"{dt.date.today().year:04d}"}
    qtbot.waitUntil(lambda: not length.isVisible())
    assert start_year.hasFocus()


def test_numbers_are_typed_the_way_the_language_writes_them(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    create_application()
    previous = QLocale()
    QLocale.setDefault(QLocale("ru"))
    try:
        form_view = FormView(_every_type_form(), "ru")
        qtbot.addWidget(form_view)
        decimal, integer = _field(form_view, "d"), _field(form_view, "i")
        qtbot.keyClicks(decimal.input, "2,5")
        qtbot.keyClicks(integer.input, "12x3")  # the letter is refused as it is typed
        assert decimal.value() == 2.5
        assert integer.value() == 123
        form_view.set_answers({"d": 1234.75})
        assert decimal.input.text() == "1234,75"  # type: ignore[attr-defined]
        form_view.dispose()
    finally:
        QLocale.setDefault(previous)
