"""Helpers shared by the benchmark scripts: timing, peak memory, ratio lines.

Benchmarks print figures and ratios against a peer measured in the same run; they
never assert speed (tests do not time things).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Run:
    """One measured run of a child process."""

    seconds: float
    peak_rss_mib: float
    #: user + system CPU time of the command: steadier than wall time on a shared machine
    cpu_seconds: float = 0.0


def run_child(
    argv: Sequence[str],
    *,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    expect_status: int = 0,
) -> Run:
    """Run ``argv`` to completion; return wall time and the child's peak resident memory.

    Each call runs the command in a fresh intermediate Python process so that
    ``RUSAGE_CHILDREN`` reports this command's peak alone, not the largest earlier child.
    Raises RuntimeError (with the child's stderr) unless it exits with ``expect_status``:
    a benchmark that times a deliberate failure (start-up up to a refusal) says so.
    """
    probe = (
        "import resource,subprocess,sys,time,json;"
        "t=time.perf_counter();"
        "p=subprocess.run(sys.argv[1:],input=sys.stdin.buffer.read() or None,"
        "stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
        "dt=time.perf_counter()-t;"
        "ru=resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(json.dumps([p.returncode,dt,ru.ru_maxrss,p.stderr.decode(errors='replace'),"
        "ru.ru_utime+ru.ru_stime]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *argv],
        input=stdin or b"",
        capture_output=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    import json

    code, seconds, maxrss_kib, err, cpu = json.loads(out.stdout)
    if code != expect_status:
        raise RuntimeError(f"{argv[0]} failed ({code}): {err.strip()}")
    return Run(seconds=seconds, peak_rss_mib=maxrss_kib / 1024, cpu_seconds=cpu)


def compile_project() -> None:
    """Compile the project's modules to bytecode beside them (``__pycache__``, ignored
    by git), as any first run on a person's machine does.

    This workplace sets PYTHONDONTWRITEBYTECODE, so without this every measured command
    would compile about a hundred of our modules from source, some 0.1-0.2 s that no
    user pays (Python still reads bytecode that exists).
    """
    repo = Path(__file__).resolve().parents[1]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "intake_app", "crypto", "forms"],
        cwd=repo,
        check=True,
    )


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    """Return ``fn()`` and the seconds it took."""
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def self_peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ratio_line(label: str, ours: float, peer: float, peer_name: str) -> str:
    """Format 'label: ours s vs peer s (peer_name) = ratio x'."""
    return f"{label}: {ours:.3f} s vs {peer:.3f} s ({peer_name}) = {ours / peer:.2f}x"
