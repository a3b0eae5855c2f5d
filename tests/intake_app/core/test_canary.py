"""Nothing readable outside the vault: a unique canary never appears on disk in clear."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from intake_app.core.vault import Session
from tests.intake_app.core.helpers import python_child

MakeVault = Callable[..., Session]
SQLITE_MAGIC = b"SQLite format 3\0"
#: Files this large in the shared temp folder are other programs' (benchmarks); the
#: scenario below writes well under a megabyte.
_MAX_SCANNED = 64 * 1024 * 1024

# The whole scenario runs in a child whose TMPDIR is a fresh folder, so Python and SQLite
# in that process put any temporary file there, and that folder can be searched for the
# SQLite magic without meeting other programs' files.
_SCENARIO = """
import io, sys
from pathlib import Path
import pytest  # the fast-KDF double exists only under pytest
from crypto.testing import fast_kdf_params
from intake_app.core.vault import create_vault, unlock_vault
vault, canary = Path(sys.argv[1]), sys.argv[2]
s = create_vault(vault, b"pw", kdf=fast_kdf_params())
case = s.cases.create(form_id="f", form_version="1", form_hash="h", title=canary,
                      answers={"story": canary})
payload = (b"x" * 100_000 + canary.encode() + b"y" * 100_000) * 3
att = s.attachments.add(case.id, io.BytesIO(payload), canary + ".txt", "text/plain")
s.events.append("viewed", case.id, {"note": "no content here"})
s.settings.language = "ru"
print("open", flush=True)
sys.stdin.readline()
s.backup(vault.parent / "backup.file")
s.close()
with unlock_vault(vault, b"pw") as again:
    assert again.attachments.read_all(att.id) == payload
    assert again.cases.get(case.id).answers == {"story": canary}
    again.cases.save_answers(case.id, {"story": canary + " edited"})
print("done", flush=True)
"""


def _files(root: Path, since: float | None) -> Iterable[Path]:
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            path = Path(dirpath) / name
            try:
                st = path.stat()
            except OSError:
                continue
            if since is not None and (st.st_mtime < since or st.st_size > _MAX_SCANNED):
                continue
            yield path


def _leaks(root: Path, needles: list[bytes], since: float | None = None) -> list[str]:
    found = []
    for path in _files(root, since):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        found += [f"{path}: {n!r}" for n in needles if n in data]
    return found


def test_canary_in_case_and_attachment_never_reaches_disk_in_clear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = time.time() - 1
    canary = f"CANARY-{uuid.uuid4()}"
    ours = [canary.encode(), canary.encode("utf-16-le"), SQLITE_MAGIC]
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    child = python_child(_SCENARIO, str(tmp_path / "vault"), canary)
    assert child.stdout is not None and child.stdin is not None
    try:
        assert child.stdout.readline().strip() == "open"
        # While the vault is open: the vault folder and the child's temp folder hold
        # neither the canary nor a plaintext SQLite file; the shared temp folder (files
        # changed since the start) holds no canary.
        assert _leaks(tmp_path, ours) == []
        assert _leaks(Path(tempfile.gettempdir()), ours[:2], since=start) == []
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "done"
    finally:
        child.communicate(timeout=60)
    assert child.returncode == 0
    assert (tmp_path / "backup.file").exists()
    assert _leaks(tmp_path, ours) == []  # vault, backup, the child's temp folder
    assert _leaks(Path(tempfile.gettempdir()), ours[:2], since=start) == []


def test_rollback_journal_holds_no_plaintext_during_a_write(make_vault: MakeVault) -> None:
    from intake_app.storage.cases import CaseRepository

    canary = f"CANARY-{uuid.uuid4()}"
    session = make_vault()
    case = session.cases.create(
        form_id="f", form_version="1", form_hash="h", answers={"story": canary * 50}
    )
    db = session._require_db()  # the storage layer under the session, to hold a write open
    journal = session.path / "vault.db-journal"
    with db.transaction() as conn:
        # Overwriting the page that holds the canary puts its old content in the journal.
        conn.execute("UPDATE cases SET answers = '{}' WHERE id = ?", (case.id,))
        conn.execute("UPDATE cases SET title = ? WHERE id = ?", ("x" * 3000, case.id))
        assert journal.exists()
        held = journal.read_bytes()
    assert len(held) > 4096
    assert canary.encode() not in held
    assert SQLITE_MAGIC not in held
    assert CaseRepository(db).get(case.id).answers == {}


def test_scanner_finds_a_planted_canary(tmp_path: Path) -> None:
    # The search above must be able to fail: a plaintext file in the tree is found.
    canary = f"CANARY-{uuid.uuid4()}".encode()
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "leak.bin").write_bytes(b"..." + canary + SQLITE_MAGIC)
    assert len(_leaks(tmp_path, [canary, SQLITE_MAGIC])) == 2
