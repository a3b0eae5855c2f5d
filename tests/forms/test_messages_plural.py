"""Counted engine messages agree with their number in English, Russian and Turkish."""

from __future__ import annotations

import pytest
from babel import Locale

from forms import engine_message
from forms.messages import _MESSAGES, Counted
from forms.values import IssueCode

COUNTS = (0, 1, 2, 5, 11, 21, 22, 25, 101)

# Expected wording per count: one row per language and message, written out in full
# so that a wrong rule (ours or a data change) shows as a readable difference.
EN_CHAR = {1: "character"}
EN_ENTRY = {1: "entry"}
RU_GENITIVE_CHAR = {1: "символа", 21: "символа", 101: "символа"}
RU_ACCUSATIVE_ENTRY = {1: "запись", 21: "запись", 101: "запись", 2: "записи", 22: "записи"}
RU_GENITIVE_ENTRY = {1: "записи", 21: "записи", 101: "записи"}


def _expected(language: str, code: IssueCode, n: int) -> str:
    if language == "en":
        if code is IssueCode.TOO_LONG:
            return f"This text is too long: at most {n} {EN_CHAR.get(n, 'characters')}."
        if code is IssueCode.TOO_FEW:
            return f"Add at least {n} {EN_ENTRY.get(n, 'entries')} here."
        return f"There can be at most {n} {EN_ENTRY.get(n, 'entries')} here."
    if language == "ru":
        if code is IssueCode.TOO_LONG:
            word = RU_GENITIVE_CHAR.get(n, "символов")
            return f"Текст слишком длинный: допускается не более {n} {word}."
        if code is IssueCode.TOO_FEW:
            return f"Добавьте здесь хотя бы {n} {RU_ACCUSATIVE_ENTRY.get(n, 'записей')}."
        return f"Здесь может быть не более {n} {RU_GENITIVE_ENTRY.get(n, 'записей')}."
    if code is IssueCode.TOO_LONG:
        return f"Bu metin çok uzun: en fazla {n} karakter olabilir."
    if code is IssueCode.TOO_FEW:
        return f"Burada en az {n} kayıt olmalı."
    return f"Burada en fazla {n} kayıt olabilir."


COUNTED = {IssueCode.TOO_LONG: "max", IssueCode.TOO_FEW: "min", IssueCode.TOO_MANY: "max"}


@pytest.mark.parametrize("n", COUNTS)
@pytest.mark.parametrize("code", list(COUNTED))
@pytest.mark.parametrize("language", ["en", "ru", "tr"])
def test_counted_message_agrees_with_its_number(language: str, code: IssueCode, n: int) -> None:
    text = engine_message(code, language, **{COUNTED[code]: n})
    assert text == _expected(language, code, n)


def test_the_reported_one_entry_message_is_singular() -> None:
    assert engine_message(IssueCode.TOO_FEW, "en", min=1) == "Add at least 1 entry here."


def test_regional_language_tags_use_their_base_languages_rules() -> None:
    assert engine_message(IssueCode.TOO_LONG, "ru-RU", max=21).endswith("21 символа.")
    assert engine_message(IssueCode.TOO_MANY, "en_GB", max=1).endswith("1 entry here.")


def test_untranslated_language_falls_back_to_english_with_english_rules() -> None:
    # Polish would pick "few" for 2; the English text must still say "entries".
    assert engine_message(IssueCode.TOO_FEW, "pl", min=2) == "Add at least 2 entries here."
    assert engine_message(IssueCode.TOO_FEW, "pl", min=1) == "Add at least 1 entry here."


def test_only_the_counted_codes_depend_on_a_number() -> None:
    for table in _MESSAGES.values():
        counted = {code for code, entry in table.items() if isinstance(entry, Counted)}
        assert counted <= set(COUNTED)
    assert {c for c, e in _MESSAGES["en"].items() if isinstance(e, Counted)} == set(COUNTED)
    assert {c for c, e in _MESSAGES["ru"].items() if isinstance(e, Counted)} == set(COUNTED)


@pytest.mark.parametrize("language", ["en", "ru"])  # Turkish has no counted forms
def test_every_whole_number_category_has_its_own_written_form(language: str) -> None:
    # Whole numbers must never reach the "other" fallback by accident: each category
    # Babel gives for 0..200 is written out (Russian "other" is only for fractions).
    locale = Locale.parse(language)
    categories = {locale.plural_form(n) for n in range(201)}
    for entry in _MESSAGES[language].values():
        if isinstance(entry, Counted):
            assert categories <= set(entry.forms)
            for text in entry.forms.values():
                assert "{" + entry.count + "}" in text


def test_counted_message_without_other_form_is_refused() -> None:
    with pytest.raises(ValueError):
        Counted("max", {"one": "{max} thing"})
