"""Canonical JSON (docs/bundle-format.md section 3): one value, exactly one byte string.

Private to crypto/: manifests and contact-card bodies use it. Parsing is strict and
bounded: duplicate keys, floats, negative or huge integers, non-ASCII keys, excessive
depth or size, and any byte sequence that is not the canonical serialisation of what
it decodes to are all rejected with ``CanonicalJsonError``.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 32
MAX_VALUES = 10_000
MAX_STRING_BYTES = 65_536
MAX_INT = 2**53 - 1


class CanonicalJsonError(ValueError):
    """The bytes are not canonical JSON within the format's bounds (internal)."""


def dumps(value: Any) -> bytes:
    """Serialise ``value`` canonically; raise ``CanonicalJsonError`` if it has no
    canonical form (a float, a negative or huge integer, a non-ASCII key, too deep)."""
    _check(value, 0, [0])
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def loads(data: bytes, *, max_bytes: int) -> Any:
    """Parse canonical JSON of at most ``max_bytes``; raise ``CanonicalJsonError``."""
    if len(data) > max_bytes:
        raise CanonicalJsonError("too large")
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise CanonicalJsonError("not UTF-8") from exc
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_float=_no_float,
            parse_constant=_no_float,
        )
    except (ValueError, RecursionError) as exc:
        raise CanonicalJsonError("not JSON") from exc
    # dumps() checks depth, counts, integer range and key alphabet on the way.
    try:
        again = dumps(value)
    except UnicodeEncodeError as exc:  # lone surrogates decoded from \ud800 escapes
        raise CanonicalJsonError("invalid string") from exc
    if again != data:
        raise CanonicalJsonError("not canonical")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CanonicalJsonError("duplicate key")
        result[key] = value
    return result


def _no_float(text: str) -> Any:
    raise CanonicalJsonError("floats are not allowed")


def _check(value: Any, depth: int, count: list[int]) -> None:
    count[0] += 1
    if count[0] > MAX_VALUES:
        raise CanonicalJsonError("too many values")
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if not 0 <= value <= MAX_INT:
            raise CanonicalJsonError("integer out of range")
        return
    if isinstance(value, str):
        if len(value.encode("utf-8", errors="surrogatepass")) > MAX_STRING_BYTES:
            raise CanonicalJsonError("string too long")
        return
    if isinstance(value, list | dict) and depth >= MAX_DEPTH:
        raise CanonicalJsonError("too deep")  # at most MAX_DEPTH nested containers
    if isinstance(value, list):
        for element in value:
            _check(element, depth + 1, count)
        return
    if isinstance(value, dict):
        for key, element in value.items():
            if not isinstance(key, str) or not key.isascii():
                raise CanonicalJsonError("keys must be ASCII strings")
            _check(element, depth + 1, count)
        return
    raise CanonicalJsonError("type has no canonical JSON form")
