"""Start-up of the ``intake`` command line, beside a bare Python interpreter.

Run:  PYTHONPATH=. python benchmarks/bench_cli_startup.py [--runs 10]

Times whole child processes (spawn to exit, best of ``--runs``, via _common.run_child):

- ``python -c pass``: the floor, what any Python program pays before its first import;
- ``intake --help`` and ``intake age --help``: parser building only, no vault code;
- ``intake export`` and ``intake import`` against a vault folder that does not exist:
  everything these commands import and do before they would derive the key (the
  calibrated Argon2id unlock, about half a second by design, is not measured), ending
  in the refusal "There is no vault in this folder." (exit status 1).

The project is compiled to bytecode first (``_common.compile_project``, as for every
benchmark here) and each command gets one untimed warm-up run: an installed program
has its .pyc files, and compiling this project's sources on every run (this workplace
sets PYTHONDONTWRITEBYTECODE) would add some 70 ms that no user pays twice.

For each command it prints the wall time, the CPU time (steadier on a shared machine),
the cost above the floor in milliseconds, and the ratio to the floor. Issue 3 times
``intake export``/``intake import`` against ``age`` on whole commands, so every
millisecond here is paid on every bundle; the aim is that a command imports only what
it uses (tests/intake_app/cli/test_startup_imports.py keeps the heavy libraries out).
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Run, compile_project, run_child

REPO = Path(__file__).resolve().parents[1]
#: The refusal the export and import runs must end in: proof they got as far as the unlock.
NO_VAULT = "There is no vault in this folder."


def _best(argv: list[str], runs: int, env: dict[str, str], expect_status: int) -> Run:
    results = [run_child(argv, env=env, expect_status=expect_status) for _ in range(runs)]
    return min(results, key=lambda r: r.seconds)


def _check_refusal(argv: list[str], env: dict[str, str]) -> None:
    """Fail loudly unless ``argv`` ends in the no-vault refusal (not, say, an import error)."""
    done = subprocess.run(argv, capture_output=True, env={**os.environ, **env}, check=False)
    said = done.stderr.decode(errors="replace").strip()
    if done.returncode != 1 or said != NO_VAULT:
        raise RuntimeError(f"{' '.join(argv[2:])} did not stop at the unlock: {said!r}")


def main() -> int:
    """Print the start-up figures; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=10, help="runs per command (best is kept)")
    args = parser.parse_args()
    intake = [sys.executable, "-m", "intake_app"]
    compile_project()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {"PYTHONPATH": str(REPO)}
        passphrase = folder / "passphrase"
        passphrase.write_text("benchmark passphrase words\n")
        bundle = folder / "in.age"
        bundle.write_bytes(b"age-encryption.org/v1\n")
        no_vault = ["--vault", str(folder / "no-vault"), "--passphrase-file", str(passphrase)]
        export = [*intake, *no_vault, "export", "0123abcd", "--to", "partner"]
        export += ["-o", str(folder / "out.age")]
        importing = [*intake, *no_vault, "import", str(bundle)]
        for argv in (export, importing):
            _check_refusal(argv, env)  # also their warm-up
        run_child([*intake, "--help"], env=env)
        commands: list[tuple[str, list[str], int]] = [
            ("intake --help", [*intake, "--help"], 0),
            ("intake age --help", [*intake, "age", "--help"], 0),
            ("intake export (to the unlock)", export, 1),
            ("intake import (to the unlock)", importing, 1),
        ]
        floor = _best([sys.executable, "-c", "pass"], args.runs, env, 0)
        print(f"best of {args.runs} runs; floor = python -c pass")
        print(f"{'command':32} {'wall':>8} {'cpu':>8} {'above floor':>12} {'ratio':>7}")
        print(f"{'python -c pass':32} {floor.seconds:7.3f}s {floor.cpu_seconds:7.3f}s")
        for label, argv, status in commands:
            run = _best(argv, args.runs, env, status)
            extra_ms = (run.seconds - floor.seconds) * 1000
            ratio = run.seconds / floor.seconds
            print(
                f"{label:32} {run.seconds:7.3f}s {run.cpu_seconds:7.3f}s "
                f"{extra_ms:9.0f} ms {ratio:6.1f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
