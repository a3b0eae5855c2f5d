"""Killing the process at any moment leaves a consistent vault (DESIGN.md, Reliability)."""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from intake_app.core.vault import Session, unlock_vault
from tests.conftest import PASSPHRASE
from tests.intake_app.core.helpers import python_child

MakeVault = Callable[..., Session]

# Writes cases, answers and attachments as fast as it can, announcing each finished step
# on stdout; the test kills it with SIGKILL after a given number of steps, mid-write.
_WRITER = """
import io, os, sys
from pathlib import Path
from intake_app.core.vault import unlock_vault
s = unlock_vault(Path(sys.argv[1]), sys.argv[2].encode())
step = 0
while True:
    case = s.cases.create(form_id="f", form_version="1", form_hash="h", title=f"c{step}")
    s.cases.save_answers(case.id, {"story": "x" * 20000, "step": step})
    s.attachments.add(case.id, io.BytesIO(os.urandom(300_000)), f"a{step}", "x/y")
    if step % 3 == 0:
        s.delete_case(case.id)
    step += 1
    print(step, flush=True)
"""


@pytest.mark.parametrize("steps", [1, 4, 9])
def test_vault_killed_mid_write_opens_consistent(make_vault: MakeVault, steps: int) -> None:
    vault = make_vault()
    vault.close()
    child = python_child(_WRITER, str(vault.path), PASSPHRASE.decode())
    assert child.stdout is not None
    for _ in range(steps):
        assert child.stdout.readline().strip()
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with unlock_vault(vault.path, PASSPHRASE) as s:
        assert s.check_integrity() == []
        cases = s.cases.list()
        assert len(cases) >= steps - (steps + 2) // 3
        for case in cases:
            for att in s.attachments.for_case(case.id):
                assert len(s.attachments.read_all(att.id)) == 300_000
        refs = {ref for ref, _ in s.attachments.file_paths()}
    stored = {p.name for p in (Path(vault.path) / "attachments").iterdir()}
    assert stored == refs  # the interrupted write's file was swept
