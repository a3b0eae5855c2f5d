"""Dates shown to the person always have four-digit years (English wrote "11/25/26")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from intake_app.ui.app import create_application
from intake_app.ui.dates import date_format, local_time


@pytest.mark.parametrize("language", ["en", "ru", "tr"])
def test_times_from_the_vault_show_the_whole_year_in_the_language_s_order(
    language: str,
) -> None:
    create_application()
    QLocale.setDefault(QLocale(language))
    try:
        text = local_time("1998-03-04T12:00:00.000Z")
        assert "1998" in text
        assert "yyyy" in date_format(QLocale())
        if language == "en":
            assert text.startswith("3/4/1998")  # month first, as English writes it
        else:
            assert text.startswith("04.03.1998") or text.startswith("4.03.1998")
    finally:
        QLocale.setDefault(QLocale("en"))


def test_an_unreadable_time_shows_nothing() -> None:
    assert local_time("not a time") == ""
