"""Checking one answer against its field's type (docs/forms.md, section 3.1)."""

from __future__ import annotations

import enum
import math
import re
from typing import Any

from forms.countries import country_codes
from forms.expressions.dates import is_full_date, is_partial_date
from forms.expressions.types import MAX_MAGNITUDE, is_empty
from forms.model import MAX_ATTACHMENTS, MAX_TEXT_LENGTH, Field, FieldType

_EMAIL = re.compile(r"\A[^@\s]{1,64}@[^@\s.]+(?:\.[^@\s.]+)+\Z")
_PHONE = re.compile(r"\A\+?[0-9 ().\-]{3,31}\Z")
_ATTACHMENT_ID = re.compile(r"\A[A-Za-z0-9_-]{1,128}\Z")
YES_NO_UNKNOWN = ("yes", "no", "unknown")


class IssueCode(enum.Enum):
    """Why an answer was not accepted; the message per language comes from forms.messages."""

    REQUIRED = "required"
    CONSTRAINT = "constraint"
    WRONG_TYPE = "wrong_type"
    TOO_LONG = "too_long"
    NOT_A_CHOICE = "not_a_choice"
    DUPLICATE_CHOICE = "duplicate_choice"
    INVALID_DATE = "invalid_date"
    INVALID_PARTIAL_DATE = "invalid_partial_date"
    RANGE_ORDER = "range_order"
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"
    INVALID_COUNTRY = "invalid_country"
    OUT_OF_RANGE = "out_of_range"
    TOO_FEW = "too_few"
    TOO_MANY = "too_many"
    UNKNOWN_FIELD = "unknown_field"
    NOT_AN_ANSWER = "not_an_answer"
    NOT_AN_OBJECT = "not_an_object"


#: (code, parameters for the message) or None when the answer is fine.
Check = tuple[IssueCode, dict[str, int]] | None


def max_length(f: Field) -> int:
    """The longest text ``f`` accepts."""
    limit = MAX_TEXT_LENGTH.get(f.type, MAX_TEXT_LENGTH[FieldType.TEXT])
    return min(limit, f.max_length) if f.max_length else limit


def check_value(f: Field, v: Any, offered: frozenset[str] | None = None) -> Check:
    """Check a non-empty answer ``v`` for field ``f``; ``offered`` overrides the choices."""
    t = f.type
    if t in MAX_TEXT_LENGTH:
        if not isinstance(v, str):
            return IssueCode.WRONG_TYPE, {}
        limit = max_length(f)
        if len(v) > limit:
            return IssueCode.TOO_LONG, {"max": limit}
        if t is FieldType.EMAIL and not _EMAIL.match(v):
            return IssueCode.INVALID_EMAIL, {}
        if t is FieldType.PHONE and (not _PHONE.match(v) or sum(c.isdigit() for c in v) < 3):
            return IssueCode.INVALID_PHONE, {}
        return None
    if t is FieldType.INTEGER or t is FieldType.DECIMAL:
        ok = isinstance(v, int) if t is FieldType.INTEGER else isinstance(v, int | float)
        if not ok or isinstance(v, bool):
            return IssueCode.WRONG_TYPE, {}
        if (
            isinstance(v, float) and not math.isfinite(v)
        ) or not -MAX_MAGNITUDE <= v <= MAX_MAGNITUDE:
            return IssueCode.OUT_OF_RANGE, {}
        return None
    if t is FieldType.DATE:
        return None if is_full_date(v) else (IssueCode.INVALID_DATE, {})
    if t is FieldType.PARTIAL_DATE:
        return None if is_partial_date(v) else (IssueCode.INVALID_PARTIAL_DATE, {})
    if t is FieldType.DATE_RANGE:
        if not isinstance(v, dict) or not set(v) <= {"start", "end"}:
            return IssueCode.WRONG_TYPE, {}
        start, end = v.get("start"), v.get("end")
        for part in (start, end):
            if part is not None and not is_partial_date(part):
                return IssueCode.INVALID_PARTIAL_DATE, {}
        if isinstance(start, str) and isinstance(end, str) and end < start[: len(end)]:
            return IssueCode.RANGE_ORDER, {}
        return None
    if t is FieldType.SINGLE_CHOICE or t is FieldType.YES_NO_UNKNOWN:
        if not isinstance(v, str):
            return IssueCode.WRONG_TYPE, {}
        allowed = offered if offered is not None else _choice_values(f)
        return None if v in allowed else (IssueCode.NOT_A_CHOICE, {})
    if t is FieldType.MULTIPLE_CHOICE:
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            return IssueCode.WRONG_TYPE, {}
        if len(set(v)) != len(v):
            return IssueCode.DUPLICATE_CHOICE, {}
        allowed = offered if offered is not None else _choice_values(f)
        return None if all(x in allowed for x in v) else (IssueCode.NOT_A_CHOICE, {})
    if t is FieldType.COUNTRY:
        if not isinstance(v, str):
            return IssueCode.WRONG_TYPE, {}
        return None if v in country_codes() else (IssueCode.INVALID_COUNTRY, {})
    if t is FieldType.ATTACHMENT:
        if not isinstance(v, list) or not all(
            isinstance(x, str) and _ATTACHMENT_ID.match(x) for x in v
        ):
            return IssueCode.WRONG_TYPE, {}
        if len(v) > MAX_ATTACHMENTS:
            return IssueCode.TOO_MANY, {"max": MAX_ATTACHMENTS}
        if len(set(v)) != len(v):
            return IssueCode.DUPLICATE_CHOICE, {}
        return None
    return IssueCode.NOT_AN_ANSWER, {}  # notes take no answer


def _choice_values(f: Field) -> frozenset[str]:
    if f.type is FieldType.YES_NO_UNKNOWN:
        return frozenset(YES_NO_UNKNOWN)
    return frozenset(c.value for c in f.choices)


def expression_value(f: Field, v: Any) -> Any:
    """The answer as expressions see it: None when empty or not of the field's type.

    Choice filters are not applied here (an answer outside the filter is still reported by
    validation); this only guarantees expressions never see a value of the wrong type.
    """
    if is_empty(v):
        return None
    if f.type is FieldType.DATE_RANGE and isinstance(v, dict) and not any(v.values()):
        return None
    return None if check_value(f, v) is not None else v
