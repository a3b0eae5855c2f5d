"""Full and partial ISO dates as used in answers and expressions."""

from __future__ import annotations

import datetime as _dt
import re

_PARTIAL = re.compile(r"\A([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")


def is_partial_date(text: object) -> bool:
    """True for "YYYY", "YYYY-MM" or a real "YYYY-MM-DD" between years 1000 and 9999."""
    if not isinstance(text, str) or len(text) > 10:
        return False
    m = _PARTIAL.match(text)
    if m is None:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    if int(year) < 1000:
        return False
    if month is None:
        return True
    if not 1 <= int(month) <= 12:
        return False
    if day is None:
        return True
    try:
        _dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def is_full_date(text: object) -> bool:
    """True for a real calendar date written "YYYY-MM-DD"."""
    return isinstance(text, str) and len(text) == 10 and is_partial_date(text)
