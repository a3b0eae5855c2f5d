"""The built-in forms: they load, speak all three languages, and their logic does what it says.

These tests run the real loader and validator over resources/forms/*.json and over the
committed answer fixtures (tests/forms/fixtures/<id>_full.json), which are realistic,
complete answer sets; the forms benchmark reuses interpol_abuse_full.json.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import forms
from forms import FormDefinition, IssueCode

FORM_IDS = ("interpol_abuse", "whistleblower", "transnational_repression")
LANGUAGES = ("en", "ru", "tr")
FIXTURES = Path(__file__).parent / "fixtures"
TEXT_KEYS = {"title", "description", "label", "hint", "constraint_message", "required_message"}
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# A fixed "today" keeps the date checks independent of the day the tests run.
TODAY = "2026-11-25"


def raw(form_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (forms.builtin_forms_dir() / f"{form_id}.json").read_text(encoding="utf-8")
    )
    return data


def full_answers(form_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (FIXTURES / f"{form_id}_full.json").read_text(encoding="utf-8")
    )
    return data


def load(form_id: str) -> FormDefinition:
    return forms.load_form((forms.builtin_forms_dir() / f"{form_id}.json").read_bytes())


def texts(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """Every human-readable text object in a raw definition, with its location."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in TEXT_KEYS:
                yield f"{where}/{key}", value
            else:
                yield from texts(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from texts(value, f"{where}/{index}")


# The one required INTERPOL question, so that a test sees only the issue it provokes.
REQUIRED_INTERPOL = {"request_types": ["red_notice"]}


def messages(answers: dict[str, Any], language: str) -> dict[str, str]:
    """Path -> message of every issue in INTERPOL-form ``answers`` (plus the required one)."""
    result = forms.validate(
        load("interpol_abuse"), {**REQUIRED_INTERPOL, **answers}, language, today=TODAY
    )
    return {issue.path: issue.message for issue in result.issues}


# --- Loading and languages ---------------------------------------------------------------


def test_builtin_forms_lists_exactly_the_three_forms() -> None:
    assert tuple(sorted(forms.builtin_forms())) == tuple(sorted(FORM_IDS))


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_builtin_form_loads_with_its_id_version_and_three_languages(form_id: str) -> None:
    form = load(form_id)
    assert form.id == form_id
    assert form.version == "1.0"
    assert tuple(form.languages) == LANGUAGES
    assert form.default_language == "en"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_text_is_written_in_every_declared_language(form_id: str) -> None:
    found = list(texts(raw(form_id)))
    assert len(found) > 50
    for where, text in found:
        assert set(text) == set(LANGUAGES), where
        assert all(text[lang].strip() for lang in LANGUAGES), where
        # Catch a text pasted untranslated: Russian is in Cyrillic, Turkish differs from English.
        assert CYRILLIC.search(text["ru"]), where
        assert text["tr"] != text["en"], where


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_choice_label_is_written_in_every_declared_language(form_id: str) -> None:
    for name, choices in raw(form_id)["choice_lists"].items():
        for choice in choices:
            label = choice["label"]
            assert set(label) == set(LANGUAGES), (name, choice["value"])
            assert CYRILLIC.search(label["ru"]), (name, choice["value"])
            assert label["tr"] != label["en"], (name, choice["value"])


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_form_opens_with_the_encryption_reassurance(form_id: str) -> None:
    first = raw(form_id)["pages"][0]["items"][0]
    assert first["type"] == "note"
    assert first["label"]["en"] == (
        "Everything you type is encrypted on this computer and saved as you go. "
        "Nothing is sent until you choose to export."
    )
    assert "шифруется" in first["label"]["ru"]
    assert "şifrelenir" in first["label"]["tr"]


# --- Full answers ------------------------------------------------------------------------


@pytest.mark.parametrize("form_id", FORM_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_full_realistic_answers_validate_clean_and_are_all_kept(
    form_id: str, language: str
) -> None:
    answers = full_answers(form_id)
    result = forms.validate(load(form_id), answers, language, today=TODAY)
    assert result.issues == ()
    # Nothing was dropped: every answered question applies in the full case.
    assert result.answers == answers


def test_full_interpol_fixture_answers_every_follow_up_question() -> None:
    answers = full_answers("interpol_abuse")
    relevant = forms.relevant_fields(load("interpol_abuse"), answers, TODAY)
    for path in (
        "detentions[0].det_period",
        "detentions[1].det_length",
        "extradition_stage",
        "relatives_details",
        "refugee_country",
        "ccf_decided_on",
        "ccf_outcome_other",
        "lawyer_contact",
    ):
        assert path in relevant


# --- Relevance keeps the simple case short -----------------------------------------------

SIMPLE_INTERPOL = {
    "request_types": ["red_notice"],
    "requesting_country": "TJ",
    "was_detained": "no",
    "consequences": ["none"],
    "protection_status": "none",
    "ccf_stage": "not_started",
    "has_lawyer": "no",
}


def test_simple_interpol_case_shows_fewer_fields_than_the_full_case() -> None:
    form = load("interpol_abuse")
    simple = forms.relevant_fields(form, SIMPLE_INTERPOL, TODAY)
    full = forms.relevant_fields(form, full_answers("interpol_abuse"), TODAY)
    assert simple < full
    hidden = {
        "detentions",
        "extradition_country",
        "refugee_country",
        "ccf_submitted_on",
        "ccf_outcome",
        "lawyer_name",
    }
    assert not hidden & simple
    assert hidden <= full


def test_simple_interpol_case_validates_without_any_follow_up() -> None:
    result = forms.validate(load("interpol_abuse"), SIMPLE_INTERPOL, "en", today=TODAY)
    assert result.issues == ()


def test_answering_not_detained_drops_the_detention_details() -> None:
    answers = full_answers("interpol_abuse")
    answers["was_detained"] = "no"
    result = forms.validate(load("interpol_abuse"), answers, "en", today=TODAY)
    assert result.issues == ()
    assert "detentions" not in result.answers


def test_ccf_details_appear_only_once_a_complaint_exists() -> None:
    form = load("interpol_abuse")
    preparing = forms.relevant_fields(form, {"ccf_stage": "preparing"}, TODAY)
    submitted = forms.relevant_fields(form, {"ccf_stage": "submitted"}, TODAY)
    decided = forms.relevant_fields(form, {"ccf_stage": "decided"}, TODAY)
    assert "ccf_submitted_on" not in preparing
    assert "ccf_submitted_on" in submitted and "ccf_outcome" not in submitted
    assert {"ccf_submitted_on", "ccf_decided_on", "ccf_outcome"} <= decided


def test_each_consequence_asks_its_own_follow_up_only_when_chosen() -> None:
    form = load("interpol_abuse")
    relevant = forms.relevant_fields(form, {"consequences": ["bank"]}, TODAY)
    assert "bank_details" in relevant
    assert not {"travel_details", "relatives_details", "job_details", "extradition_stage"} & (
        relevant
    )


def test_transnational_relatives_are_asked_about_only_when_affected() -> None:
    form = load("transnational_repression")
    assert "relatives" not in forms.relevant_fields(form, {"relatives_affected": "no"}, TODAY)
    assert "relatives" in forms.relevant_fields(form, {"relatives_affected": "yes"}, TODAY)


def test_relatives_can_be_described_without_names() -> None:
    answers = full_answers("transnational_repression")
    for relative in answers["relatives"]:
        relative.pop("rel_name", None)
    result = forms.validate(load("transnational_repression"), answers, "en", today=TODAY)
    assert result.issues == ()


def test_whistleblower_role_is_not_asked_of_someone_who_prefers_not_to_say() -> None:
    form = load("whistleblower")
    assert "role" not in forms.relevant_fields(form, {"relationship": "prefer_not"}, TODAY)
    assert "role" in forms.relevant_fields(form, {"relationship": "employee"}, TODAY)


def test_whistleblower_must_answer_both_consent_questions() -> None:
    answers = full_answers("whistleblower")
    del answers["consent_publish"], answers["consent_share"]
    result = forms.validate(load("whistleblower"), answers, "en", today=TODAY)
    assert {(i.path, i.code) for i in result.issues} == {
        ("consent_publish", IssueCode.REQUIRED),
        ("consent_share", IssueCode.REQUIRED),
    }


# --- Constraints and their messages in the reader's language -----------------------------

FUTURE_DATE = {"issued_on": "2027-01"}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "This date is in the future. Please check it."),
        ("ru", "Эта дата ещё не наступила. Пожалуйста, проверьте её."),
        ("tr", "Bu tarih henüz gelmedi. Lütfen kontrol edin."),
    ],
)
def test_a_date_in_the_future_is_refused_in_the_readers_language(
    language: str, expected: str
) -> None:
    assert messages(FUTURE_DATE, language) == {"issued_on": expected}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "Дата решения не может быть раньше даты подачи жалобы или в будущем."),
        ("tr", "Karar tarihi, başvuru tarihinden önce ya da ileri bir tarih olamaz."),
    ],
)
def test_a_ccf_decision_before_the_complaint_is_refused(language: str, expected: str) -> None:
    answers = {
        "ccf_stage": "decided",
        "ccf_submitted_on": "2022-01-10",
        "ccf_decided_on": "2021-12-31",
    }
    assert messages(answers, language) == {"ccf_decided_on": expected}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "Вариант «Пока ничего из этого» нельзя выбрать вместе с другими."),
        ("tr", "“Şimdilik bunların hiçbiri” seçeneği diğer seçeneklerle birlikte işaretlenemez."),
    ],
)
def test_none_of_these_cannot_be_combined_with_a_consequence(language: str, expected: str) -> None:
    answers = {"consequences": ["none", "bank"]}
    assert messages(answers, language) == {"consequences": expected}


def test_a_detention_that_ends_in_the_future_is_refused_inside_the_repeat() -> None:
    answers = {
        "was_detained": "yes",
        "detentions": [
            {"det_period": {"start": "2020-05-03", "end": "2020-05-04"}},
            {"det_period": {"start": "2026-11", "end": "2026-12"}},
        ],
    }
    assert messages(answers, "tr") == {
        "detentions[1].det_period": "Bu dönemdeki tarihlerden biri henüz gelmedi. "
        "Lütfen kontrol edin."
    }


def test_a_detention_still_going_on_may_leave_the_end_empty() -> None:
    answers = {"was_detained": "yes", "detentions": [{"det_period": {"start": "2026-10"}}]}
    assert messages(answers, "en") == {}


def test_a_detention_that_ends_before_it_starts_is_refused() -> None:
    answers = {
        "was_detained": "yes",
        "detentions": [{"det_period": {"start": "2020-05-03", "end": "2020-04"}}],
    }
    result = forms.validate(
        load("interpol_abuse"), {**REQUIRED_INTERPOL, **answers}, "ru", today=TODAY
    )
    assert [(i.path, i.code) for i in result.issues] == [
        ("detentions[0].det_period", IssueCode.RANGE_ORDER)
    ]


def test_released_without_conditions_cannot_be_combined_with_conditions() -> None:
    answers = copy.deepcopy(full_answers("interpol_abuse"))
    answers["detentions"][1]["det_conditions"] = ["no_conditions", "bail"]
    found = messages(answers, "ru")
    assert list(found) == ["detentions[1].det_conditions"]
    assert "«Отпустили без условий»" in found["detentions[1].det_conditions"]


# --- Guards for future edits ---------------------------------------------------------------


def fields(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        if item["type"] in ("group", "repeat"):
            yield from fields(item["items"])
        else:
            yield item


def all_fields(form_id: str) -> list[dict[str, Any]]:
    return [f for page in raw(form_id)["pages"] for f in fields(page["items"])]


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_date_question_refuses_dates_in_the_future(form_id: str) -> None:
    dated = [f for f in all_fields(form_id) if f["type"] in ("date", "partial_date", "date_range")]
    assert dated
    for field in dated:
        assert "today()" in field.get("constraint", ""), field["name"]
        assert "constraint_message" in field, field["name"]


# A free-text box that is always shown follows these directly ("What happened, in a few
# words?", "Anything to add about the police response?"), so "other" needs no box of its own.
OTHER_WITHOUT_OWN_BOX = {"rel_harm", "police_outcome"}


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_choosing_other_opens_a_box_to_say_what(form_id: str) -> None:
    lists = raw(form_id)["choice_lists"]
    every = all_fields(form_id)
    for field in every:
        if field["name"] in OTHER_WITHOUT_OWN_BOX or "choices" not in field:
            continue
        if "other" not in {c["value"] for c in lists[field["choices"]]}:
            continue
        openers = (f"selected(${{{field['name']}}}, 'other')", f"${{{field['name']}}} = 'other'")
        assert any(o in f.get("relevant", "") for f in every for o in openers), field["name"]
