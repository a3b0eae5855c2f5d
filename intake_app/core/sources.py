"""Sources: people who sent cases to this vault, each pinned to the key that signed.

A source is created by the first bundle signed by an unknown key (core/importing.py);
later bundles with the same key join it. A caseworker who reaches the person over
another channel can confirm the source's fingerprint, as for partners: from then on
the source is marked verified (its cases came from the person who confirmed it).
"""

from __future__ import annotations

from crypto.cards import parse_card
from crypto.fingerprint import Fingerprint, parse_fingerprint
from intake_app.core.errors import (
    AmbiguousSourceError,
    FingerprintMismatchError,
    SourceNotFoundError,
)
from intake_app.core.session import Session
from intake_app.storage.records import SourceRecord

_MIN_ID_PREFIX = 4


def source_fingerprint(source: SourceRecord) -> Fingerprint | None:
    """The fingerprint of the source's card (None for a source stored without one)."""
    if source.card is None:
        return None
    return parse_card(source.card).fingerprint


def list_sources(session: Session) -> list[SourceRecord]:
    """Every source, oldest first."""
    return session.sources.list()


def find_source(session: Session, ref: str) -> SourceRecord:
    """A source by its id or a unique id prefix (at least four characters).

    Raises ``SourceNotFoundError`` or ``AmbiguousSourceError``.
    """
    sources = session.sources.list()
    for s in sources:
        if s.id == ref:
            return s
    if len(ref) >= _MIN_ID_PREFIX:
        matches = [s for s in sources if s.id.startswith(ref.lower())]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise AmbiguousSourceError
    raise SourceNotFoundError


def verify_source(session: Session, source: SourceRecord, fingerprint: str) -> SourceRecord:
    """Mark ``source`` verified if ``fingerprint`` (as read aloud) matches its card's;
    constant-time comparison. Raises ``FingerprintError`` for text that is not 30
    digits and ``FingerprintMismatchError`` (logged; nothing changes) for a mismatch."""
    offered = parse_fingerprint(fingerprint)
    expected = source_fingerprint(source)
    if expected is None or not expected.matches(offered):
        session.events.append("source_verify_failed", source.id, {})
        raise FingerprintMismatchError
    with session.transaction():
        session.sources.mark_verified(source.id)
        session.events.append("source_verified", source.id, {"fingerprint": expected.digits})
    return session.sources.get(source.id)
