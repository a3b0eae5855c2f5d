"""Look-alike display names: does one name pass for another when a person reads it?

A caseworker under pressure reads a partner's *name*, not its fingerprint. A forger who
calls himself "Аmnesty" (Cyrillic А), "Ａｍｎｅｓｔｙ" (full-width), "Amnesty  " or
"Arnnesty" ("rn" for "m") must not pass as a new, unrelated sender next to the real
"Amnesty". So names are never compared as strings but by a *name key*: the Unicode
UTS #39 skeleton (section 4, "Confusable Detection") of the name after

1. removing default-ignorable and format characters (zero-width characters, joiners,
   bidi controls, variation selectors, the soft hyphen, tags): invisible, so they
   cannot tell two names apart for a reader;
2. NFKC (compatibility forms: full-width and mathematical letters, ligatures);
3. turning every run of white space into one space, trimming both ends.

Two keys are made, and names are confusable if any key of one equals a key of the
other: the skeleton of the case-folded name (``AMNESTY`` is ``amnesty``, as before this
module), and the skeleton of the name *as written*, case-folded and skeletonised again
(UTS #39 is case-sensitive on purpose: capital ``I`` looks like small ``l``, which
folding first would lose: "lnternational" passes for "International").

The confusables data is Unicode's own ``confusables.txt``, vendored in
``resources/unicode/`` with its licence (see the README there for why, and how to
refresh it). The key is for comparison only: it is never shown, stored or sent.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

#: Unicode's confusables.txt (UTS #39 data), shipped with the program.
CONFUSABLES_FILE = Path(__file__).resolve().parents[2] / "resources" / "unicode" / "confusables.txt"

# Default_Ignorable_Code_Point (Unicode DerivedCoreProperties.txt). Python's unicodedata
# does not expose the property; the ranges have been stable for many versions. Format
# characters (category Cf) are removed as well, whatever their version.
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)


def _ignorable(ch: str) -> bool:
    cp = ord(ch)
    if unicodedata.category(ch) == "Cf":
        return True
    return any(lo <= cp <= hi for lo, hi in _IGNORABLE_RANGES)


@cache
def _table() -> dict[str, str]:
    """Source character -> prototype string, from confusables.txt (read once)."""
    table: dict[str, str] = {}
    text = CONFUSABLES_FILE.read_text(encoding="utf-8-sig")
    for line in text.splitlines():
        data = line.split("#", 1)[0].strip()
        if not data:
            continue
        source, target, _kind = (field.strip() for field in data.split(";"))
        table[chr(int(source, 16))] = "".join(chr(int(cp, 16)) for cp in target.split())
    return table


def _skeleton(text: str) -> str:
    """UTS #39 skeleton: NFD, map every character to its prototype, NFD again."""
    table = _table()
    mapped = "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", mapped)


def _prepared(name: str) -> str:
    """The name without invisible characters, in NFKC, with single inner spaces."""
    visible = "".join(ch for ch in name if not _ignorable(ch))
    # Removing first lets a base letter and its mark, split by an invisible, compose.
    folded = unicodedata.normalize("NFKC", visible)
    # NFKC turns most spaces into U+0020 but not all (tab, line separator, ...);
    # str.split() knows every white-space character.
    return " ".join(folded.split())


def name_keys(name: str) -> frozenset[str]:
    """The one or two comparison keys of a display name (module docstring). For
    comparison only: never shown, stored or logged."""
    plain = _prepared(name)
    by_case = _skeleton(plain.casefold())
    as_written = _skeleton(_skeleton(plain).casefold())
    return frozenset({by_case, as_written})


def names_confusable(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` look alike to a reader: same name in another letter case,
    with invisible characters or odd spaces, or with look-alike letters from another
    script or form (UTS #39 skeleton). Never raises for any ``str``."""
    return not name_keys(a).isdisjoint(name_keys(b))
