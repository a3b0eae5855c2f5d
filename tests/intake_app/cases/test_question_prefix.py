"""A rendered answer's question gets one colon, never "?:"."""

from __future__ import annotations

import pytest

from intake_app.core.case_view import question_prefix


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("Which country made the request?", "Which country made the request?"),
        ("Какая страна направила запрос?", "Какая страна направила запрос?"),
        ("City or place", "City or place:"),
        ("Notes:", "Notes:"),
    ],
)
def test_questions_get_a_colon_only_when_they_do_not_end_in_one_or_a_question_mark(
    label: str, shown: str
) -> None:
    assert question_prefix(label) == shown
