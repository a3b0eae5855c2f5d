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
_SEPARATORS = frozenset("/\\:")
_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn", "Zl", "Zp"})
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
_WINDOWS_BAD = re.compile(r'[<>"|?*]')
_MAX_EXPORT_BYTES = 200


def is_hostile_name(name: str, max_length: int, *, allow_separators: bool = False) -> bool:
    """Return True if ``name`` must be rejected as hostile (never raises).

    ``allow_separators`` admits ``/ \\ :`` (for identifiers that are never file names).
    """
    if not name or len(name) > max_length or name in {".", ".."}:
        return True
    if unicodedata.normalize("NFC", name) != name:
        return True
    for ch in name:
        if ch in _BIDI or unicodedata.category(ch) in _BAD_CATEGORIES:
            return True
        if ch in _SEPARATORS and not allow_separators:
            return True
    return False


def sanitize_for_export(name: str) -> str:
    """Return a file name safe on Windows, macOS and Linux for a display name that
    passed ``is_hostile_name`` (section 8's sanitising rule). Never returns a path."""
    cleaned = "".join(
        "_"
        if ch in _BIDI or ch in _SEPARATORS or unicodedata.category(ch) in _BAD_CATEGORIES
        else ch
        for ch in unicodedata.normalize("NFC", name)
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
    return cleaned or "item"
