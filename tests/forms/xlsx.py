"""Building XLSForm spreadsheets with openpyxl in a test's tmp_path.

``choices=False`` / ``settings=False`` leave that sheet out; None uses the default table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

Table = list[list[Any]]

SURVEY: Table = [
    [
        "type",
        "name",
        "label::English (en)",
        "label::Russian (ru)",
        "hint::English (en)",
        "hint::Russian (ru)",
        "required",
        "relevant",
        "constraint",
        "constraint_message::English (en)",
        "constraint_message::Russian (ru)",
        "choice_filter",
        "default",
        "appearance",
    ],
    [
        "select_one kinds",
        "kind",
        "What kind of request?",
        "Какой запрос?",
        None,
        None,
        "yes",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    ],
    [
        "integer",
        "age",
        "Age",
        "Возраст",
        "In years",
        "В годах",
        None,
        None,
        ". >= 0 and . < 130",
        "Give a real age.",
        "Укажите настоящий возраст.",
        None,
        None,
        None,
    ],
    [
        "begin group",
        "details",
        "Details",
        "Подробности",
        None,
        None,
        None,
        "${kind} != 'other'",
        None,
        None,
        None,
        None,
        None,
        None,
    ],
    [
        "select_one cities",
        "city",
        "City",
        "Город",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        "region = ${kind}",
        None,
        "minimal",
    ],
    [
        "text",
        "story",
        "Story",
        "История",
        None,
        None,
        "${age} > 17",
        None,
        None,
        None,
        None,
        None,
        None,
        "multiline",
    ],
    ["end group", None, None, None, None, None, None, None, None, None, None, None, None, None],
    [
        "begin repeat",
        "detentions",
        "Detention",
        "Задержание",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    ],
    [
        "date",
        "detained_on",
        "When?",
        "Когда?",
        None,
        None,
        None,
        None,
        ". <= today()",
        None,
        None,
        None,
        None,
        None,
    ],
    [
        "select_multiple kinds",
        "how",
        "How?",
        "Как?",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        "red diffusion",
        None,
    ],
    ["end repeat", None, None, None, None, None, None, None, None, None, None, None, None, None],
    [
        "note",
        "thanks",
        "Thank you",
        "Спасибо",
        None,
        None,
        None,
        "count(${detentions}) > 0",
        None,
        None,
        None,
        None,
        None,
        None,
    ],
]

CHOICES: Table = [
    ["list_name", "name", "label::English (en)", "label::Russian (ru)", "region"],
    ["kinds", "red", "Red notice", "Красное уведомление", None],
    ["kinds", "diffusion", "Diffusion", "Циркуляр", None],
    ["kinds", "other", "Other", "Другое", None],
    ["cities", "ist", "Istanbul", "Стамбул", "red"],
    ["cities", "ank", "Ankara", "Анкара", "diffusion"],
]

SETTINGS: Table = [
    ["form_title", "form_id", "version", "default_language"],
    ["Intake test", "intake_test", "2024.1", "English (en)"],
]


def write_xlsform(
    path: Path,
    survey: Table | None = None,
    choices: Table | bool | None = None,
    settings: Table | bool | None = None,
    extra: dict[str, Table] | None = None,
) -> Path:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    sheets: dict[str, Table] = {"survey": survey if survey is not None else SURVEY}
    if choices is not False:
        sheets["choices"] = choices if isinstance(choices, list) else CHOICES
    if settings is not False:
        sheets["settings"] = settings if isinstance(settings, list) else SETTINGS
    sheets.update(extra or {})
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path
