"""Finding a country the way a hurried person types it.

Typing must find the country whatever the keyboard: "turk", "Turkey" and "türkiye" all
find "Türkiye"; "ivory" finds "Côte d’Ivoire"; "США" finds the United States in Russian.
Names and typed text are compared folded: without accents or dots (ü -> u, ё -> е,
ı/İ -> i), apostrophes unified, any case. Each country is also found by its English name
(many people type on a Latin keyboard whatever their language) and by a few names people
still use for it ("Turkey", "Ivory Coast", "Czech Republic", "USA", "UK" ...).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from forms import country_name

#: The item role holding a country's folded search text.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7

# Names still in everyday use that CLDR does not give (former names, short forms).
_ALIASES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE", "ОАЭ", "BAE"),
    "CD": ("Congo-Kinshasa", "DRC", "ДРК"),
    "CG": ("Congo-Brazzaville",),
    "CI": ("Ivory Coast", "Кот-д'Ивуар"),
    "CV": ("Cape Verde",),
    "CZ": ("Czech Republic", "Чешская Республика"),
    "GB": ("UK", "Great Britain", "England", "Scotland", "Wales", "Британия", "İngiltere"),
    "KP": ("North Korea", "КНДР"),
    "KR": ("Korea",),
    "MK": ("Macedonia",),
    "MM": ("Burma", "Бирма"),
    "NL": ("Holland", "Голландия", "Hollanda"),
    "RU": ("РФ", "Russian Federation", "Российская Федерация"),
    "SZ": ("Swaziland", "Свазиленд"),
    "TR": ("Turkey", "Турецкая Республика"),
    "US": ("USA", "США", "ABD", "America", "Америка"),
}


def fold(text: str) -> str:
    """``text`` without accents, dots or case, apostrophes unified: for comparing."""
    text = text.replace("ı", "i").replace("İ", "I").replace("’", "'").replace("ʼ", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def search_text(code: str, name: str) -> str:
    """Everything ``code`` can be found by (shown ``name``, English name, aliases), folded."""
    names: Iterable[str] = (name, country_name(code, "en"), *_ALIASES.get(code, ()))
    return " | ".join(dict.fromkeys(fold(n) for n in names))


def names_to_codes(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Folded name, English name or alias -> code, for text typed without choosing."""
    result: dict[str, str] = {}
    for code, name in pairs:
        for part in search_text(code, name).split(" | "):
            result.setdefault(part, code)
    return result


class CountryCompleter(QCompleter):
    """Matches typed text against ``SEARCH_ROLE`` (folded, anywhere in it); shows and
    inserts the country's name as the list spells it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")
