"""scripts/system-deps.sh, run as a user who is not root on a machine missing packages.

The script is run for real; only the commands it asks the system (``id``,
``dpkg-query``, ``sudo``) are stand-ins on its PATH, so the not-root branch can be
exercised on any machine (CI runs as root).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "system-deps.sh"


def _fake_system(tmp_path: Path, *, with_sudo: bool) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("env", "bash"):
        found = shutil.which(tool)
        assert found is not None
        (bin_dir / tool).symlink_to(found)
    stand_ins = {"id": "echo 1000", "dpkg-query": "exit 1"}  # not root; nothing installed
    if with_sudo:
        stand_ins["sudo"] = "exit 0"
    for name, body in stand_ins.items():
        (bin_dir / name).write_text(f"#!{shutil.which('bash')}\n{body}\n")
        (bin_dir / name).chmod(0o755)
    return {**os.environ, "PATH": str(bin_dir)}


@pytest.mark.parametrize(("with_sudo", "prefix"), [(True, "sudo sh -c '"), (False, "su -c '")])
def test_not_root_prints_a_command_this_machine_can_run_and_fails(
    tmp_path: Path, with_sudo: bool, prefix: str
) -> None:
    env = _fake_system(tmp_path, with_sudo=with_sudo)
    result = subprocess.run(
        [str(SCRIPT), "test"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "Missing system packages. Run this once, then try again:"
    command = lines[1].strip()
    assert command.startswith(prefix + "apt-get update && apt-get install libxcb-cursor0 ")
    assert command.endswith(" age openssh-client'")
    assert result.stdout == ""
