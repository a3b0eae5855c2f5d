"""Look-alike names: what a reader cannot tell apart collides, different names do not."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.core.names import CONFUSABLES_FILE, name_keys, names_confusable

LOOK_ALIKES = [
    ("Аmnesty", "Amnesty"),  # Cyrillic capital А
    ("Amnestу", "Amnesty"),  # Cyrillic small у
    ("Αmnesty", "Amnesty"),  # Greek capital alpha
    ("ΑΜΝΕSΤΥ", "Amnesty"),  # Greek capitals, Latin S
    ("Ꭺmnesty", "Amnesty"),  # Cherokee A
    ("Мемориaл", "Мемориал"),  # a Latin a inside a Cyrillic name
    ("Ａｍｎｅｓｔｙ", "Amnesty"),  # full-width forms
    ("𝐀𝐦𝐧𝐞𝐬𝐭𝐲", "Amnesty"),  # mathematical bold
    ("Amnesty\u200b", "Amnesty"),  # zero-width space
    ("Am\u200dnesty", "Amnesty"),  # zero-width joiner
    ("Amnes\u00adty", "Amnesty"),  # soft hyphen
    ("\u2066Amnesty\u2069", "Amnesty"),  # bidi isolate
    ("Amnesty\u202e", "Amnesty"),  # right-to-left override
    ("Amnesty\ufeff", "Amnesty"),  # byte order mark
    ("AMNESTY", "amnesty"),  # letter case
    ("Amnesty  ", "Amnesty"),  # trailing spaces
    (" Amnesty  International", "Amnesty International"),  # extra spaces
    ("Amnesty\u00a0International", "Amnesty International"),  # no-break space
    ("Amnesty\u3000International", "Amnesty International"),  # ideographic space
    ("Arnnesty", "Amnesty"),  # "rn" for "m"
    ("Lawyers Gui1d", "Lawyers Guild"),  # digit one for l
    ("0pen Dialog", "Open Dialog"),  # digit zero for O
    ("lnternational", "International"),  # small l for capital I
    ("Isık", "Isik"),  # dotless ı differs from i by a dot only
]

DIFFERENT = [
    ("Anna", "Ana"),
    ("Иван", "Ivan"),  # a transliteration is another spelling, not a look-alike
    ("Анна", "Anna"),  # Cyrillic н is not n
    ("Мемориал", "Memorial"),
    ("Işık", "Isik"),  # ş has a visible cedilla
    ("İstanbul Barosu", "Istanbul Barosu"),  # the dot on İ is visible
    ("Amnestý", "Amnesty"),
    ("Freedom House", "Freedom Hous"),
    ("Org", "Org2"),
    ("Amnesty International", "AmnestyInternational"),
    ("ivan", "lvan"),
]


@pytest.mark.parametrize(("forged", "real"), LOOK_ALIKES)
def test_look_alike_names_are_confusable_both_ways(forged: str, real: str) -> None:
    assert names_confusable(forged, real)
    assert names_confusable(real, forged)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_are_not_confusable(a: str, b: str) -> None:
    assert not names_confusable(a, b)
    assert not names_confusable(b, a)


def test_keys_are_for_comparison_and_name_the_skeleton_prototypes() -> None:
    # UTS #39 prototypes: m -> rn, I -> l, Cyrillic а -> a.
    assert name_keys("Аmnesty") == frozenset({"arnnesty"})
    assert "lnternational" in name_keys("International")


@given(st.text(max_size=40))
def test_every_name_is_confusable_with_itself_and_its_invisible_padding(name: str) -> None:
    assert names_confusable(name, name)
    assert names_confusable(name, f"\u200b{name}\u2060 ")


@given(st.text(max_size=40))
def test_the_comparison_never_raises_and_keys_are_never_empty_sets(name: str) -> None:
    assert name_keys(name)


def test_the_vendored_confusables_data_is_the_recorded_unicode_version() -> None:
    # Refreshing the data is a deliberate act (resources/unicode/README.md): update
    # this hash with it, after reading the differences.
    data = CONFUSABLES_FILE.read_bytes()
    assert b"# Version: 18.0.0" in data[:400]
    assert (
        hashlib.sha256(data).hexdigest()
        == "6ed3ee967c9dfdf6677d563c9985182fbc50a2efb7d6059cd57b2e2ce18f5b92"
    )
    assert (CONFUSABLES_FILE.parent / "LICENSE").read_text().startswith("UNICODE LICENSE V3")
