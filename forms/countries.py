"""Countries: ISO 3166-1 alpha-2 codes (pycountry) with names from CLDR (Babel).

Babel's CLDR data is maintained upstream and has names in every language we ship (ru,
tr, fa, ar, tg, ...); pycountry gives the authoritative list of codes. "XK" (Kosovo) is
added: it is user-assigned in ISO but used by CLDR and by travel documents.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

_EXTRA_CODES = ("XK",)


# pycountry and Babel load their data lazily here: every `intake` command imports this
# package, and most never show a country.


@functools.cache
def country_codes() -> frozenset[str]:
    """Every accepted country code (upper case)."""
    import pycountry

    return frozenset([c.alpha_2 for c in pycountry.countries] + list(_EXTRA_CODES))


@functools.cache
def _locale(language: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale("en")


def country_name(code: str, language: str) -> str:
    """The name of ``code`` in ``language`` (English if CLDR has none, the code if unknown)."""
    name = _locale(language).territories.get(code) or _locale("en").territories.get(code)
    return str(name) if name else code


# Letters that are letters of their own (sorted after their base letter) per language.
_TAILORING: dict[str, str] = {
    "tr": "abcçdefgğhıijklmnoöprsştuüvyz",
    "az": "abcçdeəfgğhxıijkqlmnoöprsştuüvyz",
}


def _sort_key(language: str) -> functools.partial[tuple[tuple[int, ...], str]]:
    return functools.partial(_key, _TAILORING.get(language.split("-")[0].lower(), ""), language)


def _key(alphabet: str, language: str, name: str) -> tuple[tuple[int, ...], str]:
    if alphabet:
        lowered = name.replace("I", "ı").replace("İ", "i").lower()
        primary = tuple(
            alphabet.index(ch) if ch in alphabet else 1000 + ord(_base(ch)) for ch in lowered
        )
    else:
        primary = tuple(ord(_base(ch)) for ch in name.casefold())
    return primary, name


def _base(ch: str) -> str:
    """``ch`` without accents (é -> e, ё -> е), for a collation close to a dictionary's."""
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0] if decomposed else ch


@functools.cache
def _countries(language: str) -> tuple[tuple[str, str], ...]:
    pairs = [(code, country_name(code, language)) for code in country_codes()]
    key = _sort_key(language)
    pairs.sort(key=lambda p: key(p[1]))
    return tuple(pairs)


def countries(language: str) -> list[tuple[str, str]]:
    """Every country as ``(code, name)`` in ``language``, sorted for readers of it."""
    return list(_countries(language))
