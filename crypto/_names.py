"""Display-name rules (docs/bundle-format.md section 8). Private; re-exported by
crypto.bundle for the application.

Hostile names (control, bidi, separators, ``.``/``..``, not NFC) are rejected on
import; merely awkward names (Windows device names, trailing dots) are accepted and
sanitised only when the application writes a copy to the file system.
"""

from __future__ import annotations

import re
import unicodedata

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible characters with no place in a name: a partner called "Amnesty" plus a word
# joiner looks exactly like "Amnesty" but is another name, so a name-clash warning
# would not fire. Unicode's default-ignorable code points, except the zero-width
# (non-)joiner and variation selectors that scripts and emoji need (ZWJ/ZWNJ are
# required in Persian, Indic scripts and emoji sequences).
_INVISIBLE = frozenset(
    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u2060\u2061\u2062\u2063\u2064"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
    "\U0001bca0\U0001bca1\U0001bca2\U0001bca3"
) | frozenset(chr(c) for c in [*range(0x1D173, 0x1D17B), *range(0xE0000, 0xE0080)])
_ZWNJ, _ZWJ = "\u200c", "\u200d"
# Scripts whose letters join, where ZWNJ/ZWJ choose a letter form (Persian needs ZWNJ):
# Arabic (with Syriac, Thaana, NKo...), Mongolian, Phags-pa, and a few historic ones.
_JOINING_SCRIPTS = (
    (0x0600, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFE),
    (0x1800, 0x18AF),
    (0xA840, 0xA87F),
    (0x10AC0, 0x10AFF),
    (0x10B80, 0x10BAF),
    (0x10D00, 0x10D3F),
    (0x10F30, 0x10F6F),
    (0x1E900, 0x1E95F),
)
_SEPARATORS = frozenset("/\\:")
_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn", "Zl", "Zp"})
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
_WINDOWS_BAD = re.compile(r'[<>"|?*]')
_MAX_EXPORT_BYTES = 200


def _joining(ch: str) -> bool:
    return any(lo <= ord(ch) <= hi for lo, hi in _JOINING_SCRIPTS)


def _joiner_needed(name: str, i: int) -> bool:
    """Whether the ZWJ/ZWNJ at ``name[i]`` is where a script or emoji needs it.

    Allowed only between two characters: after a virama (Indic conjuncts and half
    forms), between letters of a joining script (Persian "می‌خواهم"), and for ZWJ also
    between emoji (family and profession sequences). Anywhere else (at the ends, in
    Latin text, doubled) it is invisible and only makes one name look like another.
    """
    if i == 0 or i == len(name) - 1:
        return False
    before, after = name[i - 1], name[i + 1]
    if after in (_ZWJ, _ZWNJ):
        return False
    if unicodedata.combining(before) == 9:  # virama
        return True
    if _joining(before) and _joining(after):
        return True
    emoji_before = unicodedata.category(before) in {"So", "Sk"} or before == "\ufe0f"
    return name[i] == _ZWJ and emoji_before and unicodedata.category(after) == "So"


def _rejected_char(name: str, i: int) -> bool:
    ch = name[i]
    if ch in (_ZWJ, _ZWNJ):
        return not _joiner_needed(name, i)
    return ch in _BIDI or ch in _INVISIBLE or unicodedata.category(ch) in _BAD_CATEGORIES


def is_hostile_name(name: str, max_length: int, *, allow_separators: bool = False) -> bool:
    """Return True if ``name`` must be rejected as hostile (never raises).

    ``allow_separators`` admits ``/ \\ :`` (for identifiers that are never file names).
    """
    if not name or len(name) > max_length or name in {".", ".."}:
        return True
    if unicodedata.normalize("NFC", name) != name:
        return True
    for i, ch in enumerate(name):
        if _rejected_char(name, i):
            return True
        if ch in _SEPARATORS and not allow_separators:
            return True
    return False


def sanitize_for_export(name: str) -> str:
    """Return a file name safe on Windows, macOS and Linux for a display name that
    passed ``is_hostile_name`` (section 8's sanitising rule). Never returns a path."""
    nfc = unicodedata.normalize("NFC", name)
    cleaned = "".join(
        "_" if ch in _SEPARATORS or _rejected_char(nfc, i) else ch for i, ch in enumerate(nfc)
    )
    cleaned = _WINDOWS_BAD.sub("_", cleaned).rstrip(" .").lstrip(".")
    stem, dot, _ = cleaned.partition(".")
    if stem.rstrip(" ").lower() in _RESERVED:
        cleaned = "_" + cleaned
    encoded = cleaned.encode("utf-8")
    if len(encoded) > _MAX_EXPORT_BYTES:
        suffix = ("." + cleaned.rsplit(".", 1)[1]) if dot else ""
        suffix_bytes = suffix.encode("utf-8")
        if len(suffix_bytes) > 32:
            suffix, suffix_bytes = "", b""
        head = encoded[: _MAX_EXPORT_BYTES - len(suffix_bytes)].decode("utf-8", errors="ignore")
        cleaned = head.rstrip(" .") + suffix
    # Stripping and truncating can leave a joiner at an end: drop such joiners last.
    while any(
        ch in (_ZWJ, _ZWNJ) and not _joiner_needed(cleaned, i) for i, ch in enumerate(cleaned)
    ):
        cleaned = "".join(
            ch
            for i, ch in enumerate(cleaned)
            if ch not in (_ZWJ, _ZWNJ) or _joiner_needed(cleaned, i)
        )
    return cleaned or "item"
