"""The engine's own messages in English, Russian and Turkish, and text fallback.

Written for a frightened, non-technical reader: what is wrong and what to do, never
the answer itself. Languages without a translation fall back to English.

A message that states a number is a :class:`Counted`: one text per CLDR plural category
of its language, chosen by Babel's plural rules (not our own), so that English says
"1 entry" and Russian "не более 21 символа". Turkish puts no plural after a number
("3 karakter"), so its counted messages are plain strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from forms.values import IssueCode

if TYPE_CHECKING:
    from babel import Locale


@dataclass(frozen=True)
class Counted:
    """A message whose wording depends on the number in parameter ``count``.

    ``forms`` maps CLDR plural categories ("zero", "one", "two", "few", "many",
    "other") to texts; "other" is required and used for any category not given.
    """

    count: str
    forms: dict[str, str]

    def __post_init__(self) -> None:
        if "other" not in self.forms:
            raise ValueError("a counted message needs an 'other' form")


_EN: dict[IssueCode, str | Counted] = {
    IssueCode.REQUIRED: "This question needs an answer.",
    IssueCode.CONSTRAINT: "This answer is not accepted here. Please check it.",
    IssueCode.WRONG_TYPE: "This answer is not of the kind this question expects.",
    IssueCode.TOO_LONG: Counted(
        "max",
        {
            "one": "This text is too long: at most {max} character.",
            "other": "This text is too long: at most {max} characters.",
        },
    ),
    IssueCode.NOT_A_CHOICE: "Choose one of the options offered.",
    IssueCode.DUPLICATE_CHOICE: "The same option is given twice.",
    IssueCode.INVALID_DATE: "Enter a date as year-month-day, for example 2024-05-31.",
    IssueCode.INVALID_PARTIAL_DATE: (
        "Enter a year (2024), a year and month (2024-05) or a full date (2024-05-31)."
    ),
    IssueCode.RANGE_ORDER: "The end date cannot be before the start date.",
    IssueCode.INVALID_EMAIL: "This does not look like an email address (name@example.org).",
    IssueCode.INVALID_PHONE: "Enter a phone number using only digits, spaces and + - ( ).",
    IssueCode.INVALID_COUNTRY: "Choose a country from the list.",
    IssueCode.OUT_OF_RANGE: "This number is too large.",
    IssueCode.TOO_FEW: Counted(
        "min",
        {
            "one": "Add at least {min} entry here.",
            "other": "Add at least {min} entries here.",
        },
    ),
    IssueCode.TOO_MANY: Counted(
        "max",
        {
            "one": "There can be at most {max} entry here.",
            "other": "There can be at most {max} entries here.",
        },
    ),
    IssueCode.UNKNOWN_FIELD: "This answer does not belong to any question of the form.",
    IssueCode.NOT_AN_ANSWER: "This item takes no answer.",
    IssueCode.NOT_AN_OBJECT: "The answers must be a set of named answers (a JSON object).",
}

# "не более N" takes the genitive: 1 и 21 символа, 2 и 5 символов; "other" is for
# fractions ("1,5 символа"). The accusative after "добавьте": 1 запись, 2 записи,
# 5 записей.
_RU: dict[IssueCode, str | Counted] = {
    IssueCode.REQUIRED: "Пожалуйста, ответьте на этот вопрос.",
    IssueCode.CONSTRAINT: "Такой ответ здесь не подходит. Пожалуйста, проверьте его.",
    IssueCode.WRONG_TYPE: "Ответ на этот вопрос указан в неверном виде.",
    IssueCode.TOO_LONG: Counted(
        "max",
        {
            "one": "Текст слишком длинный: допускается не более {max} символа.",
            "few": "Текст слишком длинный: допускается не более {max} символов.",
            "many": "Текст слишком длинный: допускается не более {max} символов.",
            "other": "Текст слишком длинный: допускается не более {max} символа.",
        },
    ),
    IssueCode.NOT_A_CHOICE: "Выберите один из предложенных вариантов.",
    IssueCode.DUPLICATE_CHOICE: "Один и тот же вариант указан дважды.",
    IssueCode.INVALID_DATE: "Укажите дату в виде год-месяц-день, например 2024-05-31.",
    IssueCode.INVALID_PARTIAL_DATE: (
        "Укажите год (2024), год и месяц (2024-05) или полную дату (2024-05-31)."
    ),
    IssueCode.RANGE_ORDER: "Дата окончания не может быть раньше даты начала.",
    IssueCode.INVALID_EMAIL: "Это не похоже на адрес электронной почты (name@example.org).",
    IssueCode.INVALID_PHONE: "Укажите номер телефона: только цифры, пробелы и знаки + - ( ).",
    IssueCode.INVALID_COUNTRY: "Выберите страну из списка.",
    IssueCode.OUT_OF_RANGE: "Это число слишком большое.",
    IssueCode.TOO_FEW: Counted(
        "min",
        {
            "one": "Добавьте здесь хотя бы {min} запись.",
            "few": "Добавьте здесь хотя бы {min} записи.",
            "many": "Добавьте здесь хотя бы {min} записей.",
            "other": "Добавьте здесь хотя бы {min} записи.",
        },
    ),
    IssueCode.TOO_MANY: Counted(
        "max",
        {
            "one": "Здесь может быть не более {max} записи.",
            "few": "Здесь может быть не более {max} записей.",
            "many": "Здесь может быть не более {max} записей.",
            "other": "Здесь может быть не более {max} записи.",
        },
    ),
    IssueCode.UNKNOWN_FIELD: "Этот ответ не относится ни к одному вопросу формы.",
    IssueCode.NOT_AN_ANSWER: "Здесь ответ не нужен.",
    IssueCode.NOT_AN_OBJECT: "Ответы должны быть набором именованных ответов (объект JSON).",
}

# Turkish keeps the noun singular after a number: one text serves every count.
_TR: dict[IssueCode, str | Counted] = {
    IssueCode.REQUIRED: "Bu soruyu yanıtlamanız gerekiyor.",
    IssueCode.CONSTRAINT: "Bu yanıt burada kabul edilmiyor. Lütfen kontrol edin.",
    IssueCode.WRONG_TYPE: "Bu yanıt, sorunun beklediği türde değil.",
    IssueCode.TOO_LONG: "Bu metin çok uzun: en fazla {max} karakter olabilir.",
    IssueCode.NOT_A_CHOICE: "Sunulan seçeneklerden birini seçin.",
    IssueCode.DUPLICATE_CHOICE: "Aynı seçenek iki kez verilmiş.",
    IssueCode.INVALID_DATE: "Tarihi yıl-ay-gün biçiminde girin, örneğin 2024-05-31.",
    IssueCode.INVALID_PARTIAL_DATE: (
        "Bir yıl (2024), yıl ve ay (2024-05) ya da tam tarih (2024-05-31) girin."
    ),
    IssueCode.RANGE_ORDER: "Bitiş tarihi, başlangıç tarihinden önce olamaz.",
    IssueCode.INVALID_EMAIL: "Bu bir e-posta adresine benzemiyor (ad@ornek.org).",
    IssueCode.INVALID_PHONE: "Telefon numarasını yalnızca rakam, boşluk ve + - ( ) ile girin.",
    IssueCode.INVALID_COUNTRY: "Listeden bir ülke seçin.",
    IssueCode.OUT_OF_RANGE: "Bu sayı çok büyük.",
    IssueCode.TOO_FEW: "Burada en az {min} kayıt olmalı.",
    IssueCode.TOO_MANY: "Burada en fazla {max} kayıt olabilir.",
    IssueCode.UNKNOWN_FIELD: "Bu yanıt formdaki hiçbir soruya ait değil.",
    IssueCode.NOT_AN_ANSWER: "Bu öğe yanıt almaz.",
    IssueCode.NOT_AN_OBJECT: "Yanıtlar, adlandırılmış yanıtlardan oluşan bir nesne (JSON) olmalı.",
}

_MESSAGES: dict[str, dict[IssueCode, str | Counted]] = {"en": _EN, "ru": _RU, "tr": _TR}

#: Labels of the yes_no_unknown answers.
YES_NO_UNKNOWN_LABELS: dict[str, dict[str, str]] = {
    "yes": {"en": "Yes", "ru": "Да", "tr": "Evet"},
    "no": {"en": "No", "ru": "Нет", "tr": "Hayır"},
    "unknown": {"en": "I don't know", "ru": "Не знаю", "tr": "Bilmiyorum"},
}

#: Languages the engine's own messages exist in.
ENGINE_LANGUAGES = tuple(_MESSAGES)


def engine_message(code: IssueCode, language: str, **params: Any) -> str:
    """The engine's message for ``code`` in ``language`` (English when not translated).

    A counted message takes the form for its number under the plural rules of the
    language the text is written in (so a fallback to English follows English rules).
    Raises KeyError when a parameter the message names is missing.
    """
    base = _base(language)
    if base not in _MESSAGES:
        base = "en"
    entry = _MESSAGES[base][code]
    if isinstance(entry, Counted):
        category = _plural_category(base, params[entry.count])
        entry = entry.forms.get(category, entry.forms["other"])
    return entry.format(**params)


def localized_text(text: dict[str, str] | None, language: str, fallback: str = "en") -> str:
    """``text`` in ``language``, else in its base language, else ``fallback``, else any.

    Returns "" for None or an empty text; never raises.
    """
    if not text:
        return ""
    for lang in (language, _base(language), fallback):
        if lang in text:
            return text[lang]
    return next(iter(text.values()))


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    from babel import Locale  # on first use: only counted messages need plural rules

    return Locale.parse(language)


def _plural_category(language: str, count: int | float) -> str:
    """The CLDR plural category of ``count`` in ``language`` ("one", "few", ...)."""
    return str(_locale(language).plural_form(count))


def _base(language: str) -> str:
    return language.split("-")[0].split("_")[0].lower()
