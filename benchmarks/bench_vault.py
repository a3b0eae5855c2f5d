"""Vault benchmarks: unlock time split, attachment throughput vs a file copy, memory.

Prints figures and ratios against peers measured in the same run; asserts nothing.

    PYTHONPATH=. python benchmarks/bench_vault.py [--size-mib 256] [--big-mib 1024]

1. Unlock with calibrated Argon2id: the KDF alone, the whole unlock, and the rest.
2. Attachment write (file -> vault) and read (vault -> file) in MiB/s beside
   shutil.copyfile of the same data, with the ratio.
3. Peak resident memory of a child process storing a ``--big-mib`` attachment, beside a
   child storing a 16 MiB one (flat memory means both peaks are about equal).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import run_child, timed  # the script's own folder is on sys.path

from crypto import vaultkey
from intake_app.core.vault import create_vault, unlock_vault
from intake_app.storage.database import Database

PASSPHRASE = b"benchmark passphrase"
MIB = 1024 * 1024


def _random_file(path: Path, size_mib: int) -> None:
    block = os.urandom(MIB)  # one random MiB repeated: incompressible enough, fast to make
    with path.open("wb") as out:
        for i in range(size_mib):
            out.write(block[i % 7 :] + block[: i % 7])


def bench_unlock(work: Path) -> None:
    params = vaultkey.calibrate()
    vault = work / "unlock-vault"
    create_vault(vault, PASSPHRASE, kdf=params).close()
    # Time the KDF inside each real unlock: wrap the unwrap function the core calls.
    kdf_times: list[float] = []
    real_unwrap = vaultkey.unwrap_key

    def timed_unwrap(blob: bytes, passphrase: bytes | bytearray) -> bytearray:
        key, seconds = timed(lambda: real_unwrap(blob, passphrase))
        kdf_times.append(seconds)
        return key

    vaultkey.unwrap_key = timed_unwrap  # type: ignore[assignment]
    try:
        runs = []
        for _ in range(5):
            session, total = timed(lambda: unlock_vault(vault, PASSPHRASE))
            session.close()
            runs.append((total - kdf_times[-1], kdf_times[-1], total))
    finally:
        vaultkey.unwrap_key = real_unwrap
    rest, kdf, total = min(runs)  # the run with the least noise outside the KDF
    print(
        f"KDF params: Argon2id memory={params.memory_kib // 1024} MiB, "
        f"iterations={params.iterations}, lanes={params.lanes}"
    )
    print(
        f"unlock: {total:.3f} s total = KDF {kdf:.3f} s + rest {rest:.3f} s "
        f"(target: rest <= 0.200 s)"
    )


def bench_throughput(work: Path, size_mib: int) -> None:
    src = work / "source.bin"
    _random_file(src, size_mib)
    vault = work / "throughput-vault"
    session = create_vault(vault, PASSPHRASE, kdf=vaultkey.calibrate(0.05))
    case = session.cases.create(form_id="bench", form_version="1", form_hash="-")
    copies, synced, writes, reads = [], [], [], []
    for i in range(3):
        _, t = timed(lambda: shutil.copyfile(src, work / "copy.bin"))
        copies.append(t)
        (work / "copy.bin").unlink()
        _, t = timed(lambda: _copy_and_sync(src, work / "copy.bin"))
        synced.append(t)
        (work / "copy.bin").unlink()
        start = time.perf_counter()
        with src.open("rb") as fh:
            rec = session.attachments.add(case.id, fh, f"{i}.bin", "application/octet-stream")
        writes.append(time.perf_counter() - start)
        start = time.perf_counter()
        with (work / "out.bin").open("wb") as out:
            session.attachments.read_into(rec.id, out)
        reads.append(time.perf_counter() - start)
        (work / "out.bin").unlink()
        session.attachments.delete(rec.id)
    session.close()
    copy, sync, write, read = min(copies), min(synced), min(writes), min(reads)
    blob_write, blob_read = _sqlcipher_blob(work, src, size_mib)

    def rate(seconds: float) -> float:
        return size_mib / seconds

    print(f"attachments, {size_mib} MiB, best of 3:")
    print(f"  file copy (shutil.copyfile):  {rate(copy):6.0f} MiB/s")
    print(f"  file copy + fsync:            {rate(sync):6.0f} MiB/s")
    print(
        f"  attachment write (+fsync):    {rate(write):6.0f} MiB/s = {copy / write:.2f}x of copy, "
        f"{sync / write:.2f}x of copy+fsync"
    )
    print(f"  attachment read (verified):   {rate(read):6.0f} MiB/s = {copy / read:.2f}x of copy")
    print(f"  SQLCipher BLOB write (peer):  {rate(blob_write):6.0f} MiB/s (incremental blob I/O)")
    print(f"  SQLCipher BLOB read (peer):   {rate(blob_read):6.0f} MiB/s")
    print("  (target: >= 0.50x of copy)")


def _sqlcipher_blob(work: Path, src: Path, size_mib: int) -> tuple[float, float]:
    """The design we did not choose: the same bytes as one BLOB in the vault's database
    (same pragmas), written and read in 1 MiB pieces through incremental blob I/O."""
    db = Database.create(work / "blob.db", os.urandom(32))
    conn = db.connection
    conn.execute("CREATE TABLE blobs (data BLOB)")
    start = time.perf_counter()
    with db.transaction() as c, src.open("rb") as fh:
        c.execute("INSERT INTO blobs VALUES (zeroblob(?))", (size_mib * MIB,))
        rowid = c.execute("SELECT last_insert_rowid()").fetchone()[0]
        with c.open_blob("blobs", "data", rowid) as blob:
            while block := fh.read(MIB):
                blob.write(block)
    write = time.perf_counter() - start
    start = time.perf_counter()
    with conn.open_blob("blobs", "data", rowid, readonly=True) as blob:
        while blob.read(MIB):
            pass
    read = time.perf_counter() - start
    db.close()
    return write, read


def _copy_and_sync(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    with dst.open("rb+") as fh:
        os.fsync(fh.fileno())


_CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from intake_app.core.vault import unlock_vault
with unlock_vault(Path(sys.argv[2]), b"benchmark passphrase") as s:
    case = s.cases.list()[0]
    with open(sys.argv[3], "rb") as fh:
        s.attachments.add(case.id, fh, "big.bin", "application/octet-stream")
"""


def bench_memory(work: Path, big_mib: int) -> None:
    repo = str(Path(__file__).resolve().parent.parent)
    vault = work / "memory-vault"
    with create_vault(vault, PASSPHRASE, kdf=vaultkey.calibrate(0.05)) as s:
        s.cases.create(form_id="bench", form_version="1", form_hash="-")
    peaks = {}
    for size in (16, big_mib):
        src = work / f"src-{size}.bin"
        _random_file(src, size)
        run = run_child([sys.executable, "-c", _CHILD, repo, str(vault), str(src)])
        peaks[size] = run
        src.unlink()
    small, big = peaks[16], peaks[big_mib]
    print(
        f"peak RSS storing an attachment: {small.peak_rss_mib:.0f} MiB for 16 MiB, "
        f"{big.peak_rss_mib:.0f} MiB for {big_mib} MiB "
        f"({big.seconds:.1f} s, {big_mib / big.seconds:.0f} MiB/s incl. unlock) = "
        f"{big.peak_rss_mib / small.peak_rss_mib:.2f}x"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=256)
    parser.add_argument("--big-mib", type=int, default=1024)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: temp)")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        bench_unlock(work)
        bench_throughput(work, args.size_mib)
        bench_memory(work, args.big_mib)
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
