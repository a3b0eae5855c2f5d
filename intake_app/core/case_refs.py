"""Finding a case by what a person typed: its full id or a unique prefix of it.

Kept apart from intake_app/core/cases.py, which brings the forms validator and the
evidence cleaners: ``intake export`` needs to find a case, not to write one.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from intake_app.core.errors import AmbiguousCaseIdError, CaseNotFoundError, RecordNotFoundError

if TYPE_CHECKING:
    from intake_app.core.session import Session
    from intake_app.storage.records import CaseRecord

#: Shortest id prefix accepted for a case (shorter ones match too much to be safe).
MIN_ID_PREFIX = 4


def find_case(session: Session, ref: str) -> CaseRecord:
    """The case whose id is ``ref`` or starts with ``ref`` (at least 4 characters).

    Raises CaseNotFoundError (no match, or a too short prefix) or AmbiguousCaseIdError.
    """
    ref = ref.strip()
    # Ids made here are lower-case UUIDs; ids of imported cases are taken as they are.
    for candidate in dict.fromkeys((ref, ref.lower())):
        with contextlib.suppress(RecordNotFoundError):
            return session.cases.get(candidate)
    if len(ref) < MIN_ID_PREFIX:
        raise CaseNotFoundError
    for candidate in dict.fromkeys((ref, ref.lower())):
        ids = session.case_lookup.ids_with_prefix(candidate, limit=2)
        if len(ids) > 1:
            raise AmbiguousCaseIdError
        if ids:
            return session.cases.get(ids[0])
    raise CaseNotFoundError
