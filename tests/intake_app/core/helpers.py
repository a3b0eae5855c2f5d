"""Helpers for core tests: file fingerprints of a folder, child processes on a vault."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def folder_hashes(folder: Path) -> dict[str, str]:
    """Return {relative path: sha256} for every file under ``folder``."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def vault_content(vault: Path, passphrase: bytes) -> list[object]:
    """Unlock ``vault`` and return everything a person can see in it, for comparison."""
    from intake_app.core.vault import unlock_vault

    with unlock_vault(vault, passphrase) as s:
        out: list[object] = [s.settings.all(), [(e.kind, e.subject) for e in s.events.list()]]
        for case in s.cases.list():
            out.append((case.id, case.title, case.answers, case.status, case.updated_at))
            for att in s.attachments.for_case(case.id):
                out.append((att.display_name, att.sha256, s.attachments.read_all(att.id)))
        out.append(s.check_integrity())
    return out


def python_child(code: str, *args: str) -> subprocess.Popen[str]:
    """Start ``python -c code args...`` with this repository on the path."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
