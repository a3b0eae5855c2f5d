"""Nothing readable outside the vault: a unique canary never appears on disk in clear."""

from __future__ import annotations

import io
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from intake_app.core.vault import Session, unlock_vault
from tests.conftest import PASSPHRASE

MakeVault = Callable[..., Session]
SQLITE_MAGIC = b"SQLite format 3\0"


def _files(root: Path, since: float | None = None) -> Iterable[Path]:
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            path = Path(dirpath) / name
            try:
                if path.is_file() and (since is None or path.stat().st_mtime >= since):
                    yield path
            except OSError:
                continue


def _leaks(roots: list[tuple[Path, float | None]], needles: list[bytes]) -> list[str]:
    found = []
    for root, since in roots:
        for path in _files(root, since):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            found += [f"{path}: {n!r}" for n in needles if n in data]
    return found


def test_canary_in_case_and_attachment_never_reaches_disk_in_clear(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    start = time.time() - 1
    canary = f"CANARY-{uuid.uuid4()}"
    needles = [canary.encode(), canary.encode("utf-16-le"), SQLITE_MAGIC]
    # Other programs' files in the temp folder are not ours: look at what changed since.
    roots: list[tuple[Path, float | None]] = [
        (tmp_path, None),
        (Path(tempfile.gettempdir()), start),
    ]
    session = make_vault()
    case = session.cases.create(
        form_id="f", form_version="1", form_hash="h", title=canary, answers={"story": canary}
    )
    payload = (b"x" * 100_000 + canary.encode() + b"y" * 100_000) * 3
    att = session.attachments.add(case.id, io.BytesIO(payload), f"{canary}.txt", "text/plain")
    session.events.append("viewed", case.id, {"note": "no content here"})
    session.settings.language = "ru"
    # While the session is open (journals, caches), after a backup and after closing.
    assert _leaks(roots, needles) == []
    session.backup(tmp_path / "backup.file")
    session.close()
    assert _leaks(roots, needles) == []
    with unlock_vault(session.path, PASSPHRASE) as again:
        assert again.attachments.read_all(att.id) == payload
        assert again.cases.get(case.id).answers == {"story": canary}
        again.cases.save_answers(case.id, {"story": canary + " edited"})
        assert _leaks(roots, needles) == []
    assert _leaks(roots, needles) == []
