"""Reading definition JSON strictly, and the canonical JSON behind the content hash."""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

from forms.errors import FormDefinitionError
from forms.problems import Problem, shown

#: Largest definition accepted, in bytes of JSON.
MAX_DEFINITION_BYTES = 2 * 1024 * 1024


def canonical_json(definition: dict[str, Any]) -> bytes:
    """The canonical form of ``definition`` (docs/forms.md, section 7).

    Sorted keys, no whitespace, UTF-8, NaN/Infinity refused (ValueError).
    """
    return json.dumps(
        definition, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def form_hash(definition: Any) -> str:
    """Lowercase hex SHA-256 of the canonical JSON of a definition (dict or FormDefinition)."""
    source = getattr(definition, "source", definition)
    return hashlib.sha256(canonical_json(source)).hexdigest()


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


class _HugeNumberError(ValueError):
    """A number literal such as 1e400 that Python would read as infinity."""


def _finite_float(text: str) -> float:
    # json reads 1e400 as inf without calling parse_constant: refused like Infinity,
    # or it would be stored and later written out as the non-JSON word Infinity.
    value = float(text)
    if not math.isfinite(value):
        raise _HugeNumberError(text)
    return value


def parse_strict_json(data: str | bytes, what: str, limit: int) -> Any:
    """Parse JSON strictly: at most ``limit`` bytes, no duplicate keys, no NaN/Infinity.

    Raises ``StrictJSONError`` carrying one plain sentence naming ``what``.
    """
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if size > limit:
        raise StrictJSONError(f"The {what} is larger than {limit // 1024 // 1024} MiB.")
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
        )
    except _DuplicateKeyError as exc:
        message = f"The key '{shown(exc.key)}' appears twice in one object of the {what}."
    except UnicodeDecodeError:
        message = f"The {what} is not UTF-8 text."
    except json.JSONDecodeError as exc:
        message = f"The {what} is not valid JSON (line {exc.lineno}, column {exc.colno})."
    except RecursionError:
        message = f"The {what} is nested too deeply."
    except _HugeNumberError:
        message = f"The {what} contains a number that is too large."
    except ValueError as exc:
        # Raised by _refuse_constant (NaN, Infinity) or by int() for a huge literal.
        message = (
            f"The {what} contains {exc}, which JSON does not allow."
            if str(exc) in ("NaN", "Infinity", "-Infinity")
            else f"The {what} contains a number with too many digits."
        )
    raise StrictJSONError(message)


class StrictJSONError(ValueError):
    """Internal: why strict JSON parsing failed, as one sentence."""


def read_json(data: str | bytes, what: str = "form definition") -> Any:
    """Parse a definition's JSON strictly; raise FormDefinitionError with one Problem at "/"."""
    try:
        return parse_strict_json(data, what, MAX_DEFINITION_BYTES)
    except StrictJSONError as exc:
        raise FormDefinitionError([Problem("", str(exc))]) from None
