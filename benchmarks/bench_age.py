"""Benchmark ``intake age`` against the stock ``age`` tool on the same random file.

Encrypts and decrypts a random file (256 MiB by default) with both programs in the same
run, each as a child process (start-up included, as a user would see it), and prints
wall-time ratios (ours / age; below 1.00 means faster) and peak resident memory.
Each figure is the best of ``--repeat`` runs. Needs ``age`` and ``age-keygen``
(``apt-get install -y age``).

    PYTHONPATH=. python benchmarks/bench_age.py [--mib 256] [--repeat 3]

The "library" lines time crypto.age in this process (what bundle export and import
do), against the same age CLI runs.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Run, ratio_line, run_child, timed

from crypto.age import decrypt, encrypt, parse_identities, parse_recipient

REPO = Path(__file__).resolve().parents[1]


def _random_file(path: Path, mib: int) -> str:
    digest = hashlib.sha256()
    with path.open("wb") as fh:
        for _ in range(mib):
            block = os.urandom(1 << 20)
            digest.update(block)
            fh.write(block)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _best(argv: list[str], repeat: int, env: dict[str, str] | None = None) -> Run:
    runs = [run_child(argv, env=env) for _ in range(repeat)]
    return min(runs, key=lambda r: r.seconds)


def _lib_encrypt(recipient: str, src: Path, dst: Path) -> None:
    with src.open("rb") as fin, dst.open("wb") as fout:
        encrypt([parse_recipient(recipient)], fin, fout)


def _lib_decrypt(key: Path, src: Path, dst: Path) -> None:
    identities = parse_identities(key.read_text())
    with src.open("rb") as fin, dst.open("wb") as fout:
        decrypt(identities, fin, fout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mib", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3)
    opts = parser.parse_args()
    age, keygen = shutil.which("age"), shutil.which("age-keygen")
    if age is None or keygen is None:
        print("The stock age tool is not installed: apt-get install -y age", file=sys.stderr)
        return 1
    env = {"PYTHONPATH": str(REPO)}
    ours = [sys.executable, "-m", "intake_app", "age"]
    with tempfile.TemporaryDirectory(prefix="bench-age-") as tmp:
        folder = Path(tmp)
        plain = folder / "plain"
        key = folder / "key.txt"
        print(f"writing {opts.mib} MiB of random data ...")
        expected = _random_file(plain, opts.mib)

        subprocess.run([keygen, "-o", str(key)], check=True, capture_output=True)
        recipient = subprocess.run(
            [keygen, "-y", str(key)], check=True, capture_output=True, text=True
        ).stdout.strip()

        enc_ours = _best(
            [*ours, "-e", "-r", recipient, "-o", str(folder / "ours.age"), str(plain)],
            opts.repeat,
            env,
        )
        enc_age = _best(
            [age, "-r", recipient, "-o", str(folder / "age.age"), str(plain)], opts.repeat
        )
        # Each decrypts the other's file too, so the figures also prove interoperability.
        dec_ours = _best(
            [*ours, "-d", "-i", str(key), "-o", str(folder / "ours.out"), str(folder / "age.age")],
            opts.repeat,
            env,
        )
        dec_age = _best(
            [age, "-d", "-i", str(key), "-o", str(folder / "age.out"), str(folder / "ours.age")],
            opts.repeat,
        )
        stdout_ours = _best(
            [*ours, "-d", "-i", str(key), str(folder / "age.age")], opts.repeat, env
        )
        stdout_age = _best([age, "-d", "-i", str(key), str(folder / "ours.age")], opts.repeat)
        # The library alone, as the bundle export and import use it (no interpreter start).
        lib_enc = min(
            timed(lambda: _lib_encrypt(recipient, plain, folder / "lib.age"))[1]
            for _ in range(opts.repeat)
        )
        lib_dec = min(
            timed(lambda: _lib_decrypt(key, folder / "age.age", folder / "lib.out"))[1]
            for _ in range(opts.repeat)
        )
        for name in ("ours.out", "age.out", "lib.out"):
            if _sha256(folder / name) != expected:
                print(f"MISMATCH: {name} differs from the plaintext", file=sys.stderr)
                return 1

    print(f"file: {opts.mib} MiB random, best of {opts.repeat}, X25519 recipient")
    print(ratio_line("encrypt", enc_ours.seconds, enc_age.seconds, "age"))
    print(ratio_line("decrypt to file", dec_ours.seconds, dec_age.seconds, "age"))
    print(
        ratio_line(
            "decrypt to stdout (ours: two passes)", stdout_ours.seconds, stdout_age.seconds, "age"
        )
    )
    print(ratio_line("library encrypt (in-process)", lib_enc, enc_age.seconds, "age CLI"))
    print(ratio_line("library decrypt (in-process)", lib_dec, dec_age.seconds, "age CLI"))
    print(
        f"peak RSS MiB: encrypt {enc_ours.peak_rss_mib:.0f} vs {enc_age.peak_rss_mib:.0f} (age); "
        f"decrypt {dec_ours.peak_rss_mib:.0f} vs {dec_age.peak_rss_mib:.0f} (age); "
        f"to stdout {stdout_ours.peak_rss_mib:.0f} vs {stdout_age.peak_rss_mib:.0f} (age)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
