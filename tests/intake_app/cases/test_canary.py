"""Nothing readable leaves the vault: a case with an attachment, searched for on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from intake_app.core.cases import AttachRequest, new_case
from intake_app.core.vault import Session
from tests.intake_app.cases.conftest import INTERPOL_ANSWERS

CANARY = "CANARY-7f3a9c-kanarya-канарейка"


def _encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def _hits(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {n!r}" for n in needles if n in data]
    return found


def test_no_plaintext_of_a_case_or_its_attachment_under_the_vault_or_temp_folder(
    make_vault: Callable[..., Session], tmp_path: Path, private_tmp: Path
) -> None:
    session = make_vault()
    evidence_dir = tmp_path / "outside"
    evidence_dir.mkdir()
    doc = evidence_dir / "statement.txt"
    doc.write_text(f"My statement {CANARY}-attachment\n" * 50, "utf-8")
    answers = {
        **INTERPOL_ANSWERS,
        "stated_charges": f"{CANARY}-answer",
        "detentions": [{"det_country": "DE", "det_place": f"{CANARY}-place"}],
    }
    created = new_case(
        session,
        session.forms.get("interpol_abuse"),
        answers,
        [AttachRequest(doc, "ev_court")],
        title=f"{CANARY}-title",
    )
    # Readable through the vault...
    assert session.cases.get(created.case.id).answers["stated_charges"] == f"{CANARY}-answer"
    assert CANARY.encode() in session.attachments.read_all(created.attachments[0].record.id)
    # ...and nowhere on disk, while open and after closing.
    needles = [*_encodings(CANARY), b"statement.txt"]
    assert _hits(session.path, needles) == []
    assert _hits(private_tmp, needles) == []
    session.close()
    assert _hits(session.path, needles) == []
    assert _hits(private_tmp, needles) == []
    assert list(private_tmp.iterdir()) == []
