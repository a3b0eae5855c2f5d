"""The passphrase prompt on a real terminal (a pseudo-terminal driving a real process)."""

from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

import pytest

pty = pytest.importorskip("pty")

REPO = Path(__file__).resolve().parents[3]


def _run_on_terminal(args: list[str], keys: bytes) -> tuple[str, int]:
    """Run ``intake args`` on a pseudo-terminal, type ``keys`` at the first prompt and
    return (everything it printed, exit status)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the intake process
        os.environ["PYTHONPATH"] = str(REPO)
        os.execv(sys.executable, [sys.executable, "-m", "intake_app", *args])  # noqa: S606 - a pty child must exec directly
    out = b""
    typed = False
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal: it has exited
                break
            if not chunk:
                break
            out += chunk
        if not typed and b"assphrase" in out:
            os.write(fd, keys)
            typed = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return out.decode(errors="replace"), os.waitstatus_to_exitcode(status)


def test_ctrl_d_at_the_passphrase_prompt_is_one_sentence_and_creates_nothing(
    tmp_path: Path,
) -> None:
    vault = tmp_path / "v"
    out, status = _run_on_terminal(["init", "--vault", str(vault)], b"\x04")
    assert status == 1
    assert "No passphrase was entered; nothing was changed." in out
    assert "Traceback" not in out and "Internal error" not in out
    assert not vault.exists()


def test_ctrl_c_at_the_passphrase_prompt_says_so_on_its_own_line(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    out, status = _run_on_terminal(["init", "--vault", str(vault)], b"\x03")
    assert status == 130
    lines = [line.strip() for line in out.splitlines()]
    assert "Interrupted; nothing was changed." in lines
    assert "Traceback" not in out
    assert not vault.exists()
