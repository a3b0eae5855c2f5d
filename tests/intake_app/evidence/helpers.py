"""Small helpers shared by the evidence tests."""

from __future__ import annotations

import hashlib
import io

from intake_app.core.evidence import CleanedEvidence, inspect_and_clean


def attach(data: bytes, name: str = "evidence", **options: object) -> tuple[CleanedEvidence, bytes]:
    """Inspect and clean ``data``; return the outcome and the bytes it says to store."""
    evidence = inspect_and_clean(io.BytesIO(data), name, **options)  # type: ignore[arg-type]
    with evidence.open_cleaned() as stream:
        stored = stream.read()
    assert evidence.original_sha256 == hashlib.sha256(data).hexdigest()
    assert evidence.original_size == len(data)
    assert evidence.stored_sha256 == hashlib.sha256(stored).hexdigest()
    assert evidence.stored_size == len(stored)
    return evidence, stored


def summaries(evidence: CleanedEvidence) -> set[str]:
    return {item.summary for item in evidence.found}
