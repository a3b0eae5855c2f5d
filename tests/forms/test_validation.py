"""validate: every issue with its path and a message in the reader's language."""

from __future__ import annotations

from typing import Any

import pytest

from forms import IssueCode, countries, load_form, localized_label, relevant_fields, validate

from .helpers import COLOURS, definition, example_answers, example_definition, field, label

TODAY = "2026-11-25"


def codes(items: list[dict[str, Any]], answers: Any) -> list[tuple[str, IssueCode]]:
    form = load_form(definition(items, COLOURS))
    return [(i.path, i.code) for i in validate(form, answers, "en", today=TODAY).issues]


@pytest.mark.parametrize(
    ("type_", "good", "bad", "code"),
    [
        ("text", "hello", 5, IssueCode.WRONG_TYPE),
        ("text", "x" * 1000, "x" * 1001, IssueCode.TOO_LONG),
        ("long_text", "x" * 20000, "x" * 20001, IssueCode.TOO_LONG),
        ("integer", 42, 4.5, IssueCode.WRONG_TYPE),
        ("integer", -(10**15), 10**16, IssueCode.OUT_OF_RANGE),
        ("integer", 0, True, IssueCode.WRONG_TYPE),
        ("decimal", 2.5, "2.5", IssueCode.WRONG_TYPE),
        ("decimal", 3, float("inf"), IssueCode.OUT_OF_RANGE),
        ("date", "2024-02-29", "2023-02-29", IssueCode.INVALID_DATE),
        ("date", "2024-05-31", "2024-05", IssueCode.INVALID_DATE),
        ("partial_date", "2019", "19", IssueCode.INVALID_PARTIAL_DATE),
        ("partial_date", "2019-05", "2019-13", IssueCode.INVALID_PARTIAL_DATE),
        ("partial_date", "2019-05-01", "0999", IssueCode.INVALID_PARTIAL_DATE),
        ("date_range", {"start": "2019", "end": "2020-01"}, {"from": "2019"}, IssueCode.WRONG_TYPE),
        (
            "date_range",
            {"start": "2019-05"},
            {"start": "2019-05", "end": "2019-04"},
            IssueCode.RANGE_ORDER,
        ),
        ("date_range", {"end": "2019"}, {"start": "spring"}, IssueCode.INVALID_PARTIAL_DATE),
        ("single_choice", "red", "purple", IssueCode.NOT_A_CHOICE),
        ("single_choice", "blue", ["blue"], IssueCode.WRONG_TYPE),
        ("multiple_choice", ["red", "green"], ["red", "purple"], IssueCode.NOT_A_CHOICE),
        ("multiple_choice", ["red"], ["red", "red"], IssueCode.DUPLICATE_CHOICE),
        ("multiple_choice", ["red"], "red", IssueCode.WRONG_TYPE),
        ("country", "TR", "Turkey", IssueCode.INVALID_COUNTRY),
        ("country", "XK", "tr", IssueCode.INVALID_COUNTRY),
        ("yes_no_unknown", "unknown", "maybe", IssueCode.NOT_A_CHOICE),
        ("email", "a.b@example.org", "a.b@", IssueCode.INVALID_EMAIL),
        ("email", "name@mail.example.tj", "two words@example.org", IssueCode.INVALID_EMAIL),
        ("phone", "+90 (212) 555-01.00", "call me", IssueCode.INVALID_PHONE),
        ("phone", "+992 93 000 0000", "+" + "1" * 40, IssueCode.TOO_LONG),
        ("attachment", ["att_1", "att-2"], ["../etc/passwd"], IssueCode.WRONG_TYPE),
        ("attachment", ["a"], ["a", "a"], IssueCode.DUPLICATE_CHOICE),
        ("attachment", ["a"], [f"a{i}" for i in range(101)], IssueCode.TOO_MANY),
    ],
)
def test_each_field_type_accepts_its_answers_and_reports_wrong_ones(
    type_: str, good: Any, bad: Any, code: IssueCode
) -> None:
    extra = {"choices": "colours"} if type_.endswith("_choice") else {}
    items = [field("f", type_, **extra)]
    assert codes(items, {"f": good}) == []
    assert codes(items, {"f": bad}) == [("f", code)]


def test_note_takes_no_answer() -> None:
    assert codes([field("n", "note")], {"n": "x"}) == [("n", IssueCode.UNKNOWN_FIELD)]


def test_max_length_lowers_the_built_in_limit() -> None:
    items = [field("t", "text", max_length=3)]
    assert codes(items, {"t": "abcd"}) == [("t", IssueCode.TOO_LONG)]


@pytest.mark.parametrize("empty", [None, "", "  \n", [], {}, {"start": None, "end": ""}])
def test_required_field_left_empty_is_reported(empty: Any) -> None:
    items = [
        field("r", "date_range", required=True),
        field("m", "multiple_choice", choices="colours", required=True),
    ]
    found = codes(items, {"r": empty, "m": empty if empty != {"start": None, "end": ""} else []})
    assert found == [("r", IssueCode.REQUIRED), ("m", IssueCode.REQUIRED)]


def test_conditional_required_follows_its_expression() -> None:
    items = [field("email", "email"), field("phone", "phone", required="${email} = ''")]
    assert codes(items, {}) == [("phone", IssueCode.REQUIRED)]
    assert codes(items, {"email": "a@b.org"}) == []


def test_constraint_uses_the_current_answer_and_the_form_message() -> None:
    items = [
        field(
            "age",
            "integer",
            constraint=". >= 0 and . < 130",
            constraint_message={"en": "Give an age between 0 and 129."},
        )
    ]
    form = load_form(definition(items))
    result = validate(form, {"age": 200}, "ru")
    assert [(i.path, i.code, i.message) for i in result.issues] == [
        ("age", IssueCode.CONSTRAINT, "Give an age between 0 and 129.")
    ]
    assert validate(form, {"age": 40}, "en").ok


def test_answers_to_hidden_questions_are_dropped_from_cleaned_answers() -> None:
    form = load_form(example_definition())
    answers = example_answers()
    answers["consequences"] = ["bank"]  # no longer detained: the detention page hides
    result = validate(form, answers, "en", today=TODAY)
    assert result.ok, result.issues
    assert "detentions" not in result.answers
    assert "detentions" in answers  # the caller's object is not changed
    # Inside a repeat instance too: days_held hides when released is not "yes".
    answers = example_answers()
    answers["detentions"][0]["released"] = "no"
    result = validate(form, answers, "en", today=TODAY)
    assert "days_held" not in result.answers["detentions"][0]


def test_hidden_answers_do_not_trigger_issues() -> None:
    items = [field("a", "yes_no_unknown"), field("b", "integer", relevant="${a} = 'yes'")]
    assert codes(items, {"a": "no", "b": "not a number"}) == []


def test_unknown_keys_are_reported_with_their_path_and_dropped() -> None:
    form = load_form(example_definition())
    answers = example_answers()
    answers["secret"] = "x"
    answers["detentions"][1]["extra"] = 1
    result = validate(form, answers, "en", today=TODAY)
    assert {(i.path, i.code) for i in result.issues} == {
        ("secret", IssueCode.UNKNOWN_FIELD),
        ("detentions[1].extra", IssueCode.UNKNOWN_FIELD),
    }
    assert "secret" not in result.answers
    assert "extra" not in result.answers["detentions"][1]


def test_issues_inside_repeats_name_the_instance() -> None:
    form = load_form(example_definition())
    answers = example_answers()
    answers["detentions"][1]["detention_country"] = "Narnia"
    del answers["detentions"][0]["detention_country"]
    answers["detentions"][0]["days_held"] = -1
    result = validate(form, answers, "en", today=TODAY)
    assert [(i.path, i.code) for i in result.issues] == [
        ("detentions[0].detention_country", IssueCode.REQUIRED),
        ("detentions[0].days_held", IssueCode.CONSTRAINT),
        ("detentions[1].detention_country", IssueCode.INVALID_COUNTRY),
    ]


def test_repeat_count_bounds_and_wrong_instances_are_reported() -> None:
    form = load_form(example_definition())
    answers = example_answers()
    answers["detentions"] = []
    issues = validate(form, answers, "en", today=TODAY).issues
    assert [(i.path, i.code) for i in issues] == [("detentions", IssueCode.TOO_FEW)]
    answers["detentions"] = [{"detention_country": "PL"}] * 11
    issues = validate(form, answers, "en", today=TODAY).issues
    assert [(i.path, i.code) for i in issues] == [("detentions", IssueCode.TOO_MANY)]
    answers["detentions"] = ["PL"]
    issues = validate(form, answers, "en", today=TODAY).issues
    assert [(i.path, i.code) for i in issues] == [("detentions[0]", IssueCode.WRONG_TYPE)]
    answers["detentions"] = {"detention_country": "PL"}
    issues = validate(form, answers, "en", today=TODAY).issues
    assert [(i.path, i.code) for i in issues] == [("detentions", IssueCode.WRONG_TYPE)]


@pytest.mark.parametrize("answers", [None, [], "text", 3])
def test_answers_that_are_not_an_object_are_one_issue(answers: Any) -> None:
    form = load_form(example_definition())
    result = validate(form, answers, "en")
    assert [(i.path, i.code) for i in result.issues] == [("", IssueCode.NOT_AN_OBJECT)]
    assert result.answers == {}


@pytest.mark.parametrize(
    ("language", "required", "phone"),
    [
        ("en", "This question needs an answer.", "Give a phone number or an email address."),
        (
            "ru",
            "Пожалуйста, ответьте на этот вопрос.",
            "Укажите номер телефона или адрес электронной почты.",
        ),
        (
            "tr",
            "Bu soruyu yanıtlamanız gerekiyor.",
            "Bir telefon numarası ya da e-posta adresi verin.",
        ),
        ("fa", "This question needs an answer.", "Give a phone number or an email address."),
        (
            "ru-RU",
            "Пожалуйста, ответьте на этот вопрос.",
            "Укажите номер телефона или адрес электронной почты.",
        ),
    ],
)
def test_messages_are_in_the_readers_language_with_fallback(
    language: str, required: str, phone: str
) -> None:
    form = load_form(example_definition())
    result = validate(form, {"story": "Long enough to pass the check."}, language, today=TODAY)
    messages = {i.path: i.message for i in result.issues}
    assert messages == {"request_type": required, "phone": phone}


def test_future_partial_date_fails_the_example_constraint_in_turkish() -> None:
    form = load_form(example_definition())
    answers = example_answers()
    answers["learned_on"] = "2027"
    result = validate(form, answers, "tr", today=TODAY)
    assert [(i.path, i.message) for i in result.issues] == [("learned_on", "Bu tarih gelecekte.")]


def test_choice_filter_limits_what_may_be_chosen() -> None:
    items = [
        field("warm_only", "yes_no_unknown"),
        field(
            "s",
            "single_choice",
            choices="colours",
            choice_filter="${warm_only} != 'yes' or choice('warm') = 'y'",
        ),
    ]
    assert codes(items, {"warm_only": "yes", "s": "red"}) == []
    assert codes(items, {"warm_only": "yes", "s": "blue"}) == [("s", IssueCode.NOT_A_CHOICE)]
    assert codes(items, {"warm_only": "no", "s": "blue"}) == []


def test_relevant_fields_lists_pages_groups_and_instance_paths() -> None:
    form = load_form(example_definition())
    paths = relevant_fields(form, example_answers(), today=TODAY)
    assert {"request", "detention", "contact_group", "detentions[0].days_held"} <= paths
    assert "detentions[1].days_held" not in paths  # released is "unknown" there
    paths = relevant_fields(form, {}, today=TODAY)
    assert "detention" not in paths and "detentions" not in paths


def test_localized_label_falls_back_to_the_default_language() -> None:
    form = load_form(example_definition())
    item = form.items["request_type"]
    assert localized_label(item, "ru", form) == "Что это за запрос?"
    assert localized_label(item, "de", form) == "What kind of request is it?"
    assert localized_label(form, "tr", form) == "Örnek: bir INTERPOL talebi"


@pytest.mark.parametrize(
    ("language", "code", "name"),
    [
        ("ru", "TR", "Турция"),
        ("tr", "RU", "Rusya"),
        ("en", "TJ", "Tajikistan"),
        ("xx", "DE", "Germany"),
    ],
)
def test_countries_are_localized_and_sorted_for_the_language(
    language: str, code: str, name: str
) -> None:
    listed = countries(language)
    assert dict(listed)[code] == name
    assert len(listed) >= 249
    assert len({c for c, _ in listed}) == len(listed)


def test_turkish_country_order_puts_c_cedilla_after_c() -> None:
    names = [n for _, n in countries("tr")]
    assert names.index("Çin") > names.index("Cezayir")
    assert names.index("Çin") < names.index("Danimarka")


def test_choices_for_applies_the_filter_in_the_right_repeat_instance() -> None:
    from forms import choices_for

    form = load_form(
        definition(
            [
                {
                    "name": "rep",
                    "type": "repeat",
                    "label": label("rep"),
                    "items": [
                        field("warm_only", "yes_no_unknown"),
                        field(
                            "s",
                            "single_choice",
                            choices="colours",
                            choice_filter="${warm_only} != 'yes' or choice('warm') = 'y'",
                        ),
                    ],
                }
            ],
            COLOURS,
        )
    )
    answers = {"rep": [{"warm_only": "yes"}, {"warm_only": "no"}]}
    assert [c.value for c in choices_for(form, answers, "rep[0].s")] == ["red"]
    assert [c.value for c in choices_for(form, answers, "rep[1].s")] == ["red", "blue", "green"]
    assert choices_for(form, answers, "rep[5].s") == []


def test_initial_answers_hold_the_defaults() -> None:
    from forms import initial_answers

    form = load_form(
        definition(
            [
                field("a", "integer", default=3),
                field("b", "text"),
                {
                    "name": "rep",
                    "type": "repeat",
                    "label": label("rep"),
                    "items": [field("m", "multiple_choice", choices="colours", default=["red"])],
                },
            ],
            COLOURS,
        )
    )
    assert initial_answers(form) == {"a": 3}
    assert initial_answers(form, "rep") == {"m": ["red"]}


def test_loaded_form_does_not_change_when_the_callers_dict_does() -> None:
    data = example_definition()
    form = load_form(data)
    data["title"]["en"] = "changed"
    assert form.source["title"]["en"] != "changed"
    assert form.hash != __import__("forms").form_hash(data)


def test_huge_repeat_is_reported_once_without_evaluating_every_instance() -> None:
    form = load_form(example_definition())
    answers = example_answers()
    answers["detentions"] = ["not an object"] * 100_000
    issues = validate(form, answers, "en", today=TODAY).issues
    assert (issues[0].path, issues[0].code) == ("detentions", IssueCode.TOO_MANY)
    assert len(issues) == 1 + 200  # the bound on instances looked at


@pytest.mark.parametrize("language", ["en", "ru", "tr"])
def test_every_engine_message_exists_in_each_shipped_language(language: str) -> None:
    from forms import engine_message
    from forms.messages import _MESSAGES

    assert set(_MESSAGES[language]) == set(IssueCode)
    for code in IssueCode:
        text = engine_message(code, language, min=2, max=3)
        assert text.strip() and "{" not in text


def test_text_of_only_spaces_counts_as_no_answer() -> None:
    items = [field("t", "text", required=True), field("u", "text")]
    form = load_form(definition(items))
    result = validate(form, {"t": "  \n", "u": " "}, "en")
    assert [(i.path, i.code) for i in result.issues] == [("t", IssueCode.REQUIRED)]
    assert result.answers == {}


def test_nested_repeats_are_bounded_as_a_whole() -> None:
    import time

    inner = {"name": "inner", "type": "repeat", "label": label("i"), "max_count": 200,
             "items": [field("x", "integer", relevant="${y} > 0")]}  # fmt: skip
    outer = {"name": "outer", "type": "repeat", "label": label("o"), "max_count": 200,
             "items": [field("y", "integer"), inner]}  # fmt: skip
    form = load_form(definition([outer]))
    answers = {"outer": [{"y": 1, "inner": [{"x": 1}] * 200}] * 200}  # 40,000 instances
    started = time.perf_counter()
    result = validate(form, answers, "en")
    assert time.perf_counter() - started < 30  # a hang guard, not a speed measurement
    assert IssueCode.TOO_MANY in {i.code for i in result.issues}
    assert len(result.issues) < 300


@pytest.mark.parametrize(("flag", "required"), [("yes", True), ("No", False), ("true", True)])
def test_required_accepts_xlsform_yes_and_no(flag: str, required: bool) -> None:
    items = [field("a", "text", required=flag)]
    assert codes(items, {}) == ([("a", IssueCode.REQUIRED)] if required else [])
