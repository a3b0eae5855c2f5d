"""Bundle export and import against the stock age tool, on the same large attachment.

For each size (default 512M and 2G) one random attachment is put into a reporter's
vault; then, each as its own child process (wall time and peak resident memory):

- ``intake export CASE --to Org --x25519`` vs ``age -r SELF -r ORG -o FILE PLAIN``
  (the same two X25519 recipients: a bundle always includes its sender);
- ``intake import BUNDLE`` (into the organisation's vault) vs ``age -d -i ID -o FILE``.

Both intake commands include starting Python and unlocking the vault (the calibrated
Argon2id, about 0.5 s), as a person running them would. Targets (issue 3): export no
slower than age, import at most 1.5x age -d, peak memory under 150 MiB at any size.

Two more figures put the ratios in context, measured in the same run:

- the **fixed cost** of each command: the same export and import of a case with no
  attachment (start-up, unlock, signing, the transaction), paid whatever the size;
  "beyond the fixed cost" is (ours - fixed) / age.
- **age + fsync** (``age ... -o FILE && sync FILE``): our commands fsync what they
  write before saying they are done (a bundle is often carried away on a USB stick;
  a vault must survive a power cut), which the stock tool does not; this peer does
  the same durable work.
The vaults are created once per run with the calibrated KDF. Needs the stock ``age``
and about 6x the largest size of free disk in --workdir.

    python benchmarks/bench_bundle.py [--sizes 512M,2G] [--repeat 3] [--workdir DIR]

Each round exports a new bundle and imports it (a new bundle id: full work each
time); the best round of each command is compared, peak memory is the worst round.
The CPU time (user + system) of each best round is printed too: on a shared machine it
moves much less with the load than wall time does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, cast

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]

from _common import Run, compile_project, ratio_line, run_child  # noqa: E402

PASSPHRASE = b"benchmark passphrase"
_UNITS = {"K": 1024, "M": 1024**2, "G": 1024**3}


def parse_size(text: str) -> int:
    """'512M' -> bytes."""
    text = text.strip().upper()
    if text and text[-1] in _UNITS:
        return int(text[:-1]) * _UNITS[text[-1]]
    return int(text)


def write_random(path: Path, size: int) -> None:
    with path.open("wb") as out:
        left = size
        while left:
            n = min(left, 4 * 1024 * 1024)
            out.write(os.urandom(n))
            left -= n


def setup(work: Path) -> tuple[str, str, str, float]:
    """Create the two vaults with one calibrated KDF (as ``intake init`` calibrates: about
    0.5 s here; calibrating each would give the two commands different unlock costs);
    return (org x25519, reporter x25519, path of the org's age identity file, seconds
    of one unlock derivation)."""
    import time

    from crypto.vaultkey import calibrate
    from intake_app.core import identity, partners
    from intake_app.core.vault import create_vault

    kdf = calibrate()
    start = time.perf_counter()
    kdf.derive(PASSPHRASE, os.urandom(16))
    unlock = time.perf_counter() - start
    with (
        create_vault(work / "reporter", PASSPHRASE, name="Reporter", kdf=kdf) as rep,
        create_vault(work / "org", PASSPHRASE, name="Org", kdf=kdf) as org,
    ):
        card = identity.own_card(org)
        partner = partners.add_partner(rep, card.to_bytes()).partner
        partners.verify_partner(rep, partner, str(card.fingerprint))
        ident = work / "org-identity.txt"
        identity.write_age_identity_file(org, ident, include_hybrid=False)
        return (
            card.public_keys.age_x25519,
            identity.own_card(rep).public_keys.age_x25519,
            str(ident),
            unlock,
        )


def add_case(work: Path, plain: Path | None) -> str:
    """A case in the reporter's vault with ``plain`` attached (none: no attachment, so
    its export and import cost only the fixed part)."""
    from forms import builtin_forms, canonical_json, form_hash
    from intake_app.core.vault import unlock_vault

    form = builtin_forms()["whistleblower"]
    digest = form_hash(form)
    with unlock_vault(work / "reporter", PASSPHRASE) as s:
        s.form_definitions.put(digest, form.id, form.version, canonical_json(form.source).decode())
        case = s.cases.create(form_id=form.id, form_version=form.version, form_hash=digest)
        if plain is not None:
            with plain.open("rb") as src:
                s.attachments.add(case.id, src, "evidence.bin", "application/octet-stream")
        return case.id


def fixed_costs(work: Path, intake: list[str], env: dict[str, str], repeat: int) -> tuple[Run, Run]:
    """Best export and import of a case with no attachment (start-up, unlock, signing)."""
    case_id = add_case(work, None)
    exports: list[Run] = []
    imports: list[Run] = []
    bundle = work / "empty.age"
    for _ in range(repeat):
        exports.append(run_child(export_argv(intake, work, case_id, bundle), env=env))
        imports.append(run_child(import_argv(intake, work, bundle), env=env))
        bundle.unlink()
    return min(exports, key=lambda r: r.seconds), min(imports, key=lambda r: r.seconds)


def export_argv(intake: list[str], work: Path, case_id: str, bundle: Path) -> list[str]:
    """``intake export`` of the case to the organisation (X25519, like the age peer)."""
    return [
        *intake,
        *("--vault", str(work / "reporter"), "export", case_id),
        *("--to", "Org", "--x25519", "-o", str(bundle)),
    ]


def import_argv(intake: list[str], work: Path, bundle: Path) -> list[str]:
    """``intake import`` of the bundle into the organisation's vault."""
    return [*intake, "--vault", str(work / "org"), "import", str(bundle)]


def durable(argv: list[str], out: Path) -> list[str]:
    """``argv``, then an fsync of ``out`` (coreutils ``sync FILE``), as one command."""
    return ["sh", "-c", '"$@" && sync "$0"', str(out), *argv]


def breakdown(work: Path, case_id: str, size: int) -> None:
    """Time the stages in-process (no start-up, no unlock) to show where time goes."""
    import io
    import time

    from crypto.bundle import BundleKind, ItemInfo, ItemRole, ItemSource, open_bundle, seal_bundle
    from crypto.identity import VaultIdentity
    from intake_app.core import export, identity, importing
    from intake_app.core.exchange_io import PieceReader
    from intake_app.core.vault import unlock_vault

    with unlock_vault(work / "reporter", PASSPHRASE) as rep:
        (att,) = rep.attachments.for_case(case_id)
        t = time.perf_counter()
        for _ in rep.attachments.open(att.id):
            pass
        store_read = time.perf_counter() - t
        me = VaultIdentity.from_bytes(rep.identity.load() or b"")
        card = identity.own_card(rep)
        block = os.urandom(1024 * 1024)
        chunks = [block] * (size // len(block))

        def source() -> BinaryIO:
            return cast(BinaryIO, PieceReader(iter(chunks)))

        import hashlib

        digest = hashlib.sha256()
        for c in chunks:
            digest.update(c)
        info = ItemInfo(
            "x", "application/octet-stream", ItemRole.ATTACHMENT, size, digest.hexdigest()
        )
        record = {"case_ref": "0" * 32, "in_reply_to": "0" * 32}
        msg = ItemInfo("m", "text/plain", ItemRole.MESSAGE, 0, hashlib.sha256(b"").hexdigest())
        t = time.perf_counter()
        with (work / "seal-only.age").open("wb") as out:
            seal_bundle(
                me,
                card,
                [],
                BundleKind.REPLY,
                record,
                [ItemSource(msg, lambda: io.BytesIO(b"")), ItemSource(info, source)],
                out,
                post_quantum=False,
            )
        seal_only = time.perf_counter() - t
        t = time.perf_counter()
        with (work / "seal-only.age").open("rb") as src:
            reader = open_bundle(me, src)
            for _, pieces in reader.items():
                for _ in pieces:
                    pass
        open_only = time.perf_counter() - t
        (work / "seal-only.age").unlink()
        org = rep.partners.list()[0].id
        t = time.perf_counter()
        result = export.export_case(rep, case_id, [org], work / "bd.age", post_quantum=False)
        full_export = time.perf_counter() - t
    with unlock_vault(work / "org", PASSPHRASE) as org_s:
        t = time.perf_counter()
        org_s.attachments.add(
            org_s.cases.list()[0].id,
            io.BytesIO(b"".join(chunks[:64])),
            "x",
            "application/octet-stream",
        )
        store_add_64 = time.perf_counter() - t
        t = time.perf_counter()
        importing.import_bundle(org_s, result.path)
        full_import = time.perf_counter() - t
    result.path.unlink()
    mib = size / 2**20
    print(
        f"  in-process, {mib:.0f} MiB: attachment store read {store_read:.2f} s, "
        f"bundle seal alone {seal_only:.2f} s, bundle open+verify alone {open_only:.2f} s, "
        f"store add {store_add_64 * mib / 64:.2f} s (from 64 MiB), "
        f"export {full_export:.2f} s, import {full_import:.2f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="512M,2G", help="comma-separated, e.g. 512M,2G")
    parser.add_argument("--workdir", default=None, help="scratch folder (default: a temp dir)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per size (best is kept)")
    parser.add_argument("--breakdown", action="store_true", help="also time each stage in-process")
    args = parser.parse_args()
    if shutil.which("age") is None:
        print("The stock age tool is needed: apt-get install age", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="bench-bundle-", dir=args.workdir)).resolve()
    # ``python -m`` puts the working folder first on sys.path, before PYTHONPATH: run
    # the children from this tree, or another checkout's code would be measured.
    os.chdir(REPO)
    compile_project()
    env = {"PYTHONPATH": str(REPO)}
    intake = [sys.executable, "-m", "intake_app", "--passphrase-file", str(work / "pw")]
    try:
        (work / "pw").write_bytes(PASSPHRASE)
        org_recipient, rep_recipient, ident, unlock = setup(work)
        print(f"work folder: {work}; vaults created with the calibrated KDF")
        fixed_export, fixed_import = fixed_costs(work, intake, env, args.repeat)
        print(
            f"fixed cost (a case with no attachment, best of {args.repeat}): "
            f"export {fixed_export.seconds:.3f} s, import {fixed_import.seconds:.3f} s; "
            f"of each, the unlock's Argon2id {unlock:.3f} s"
        )
        for label in args.sizes.split(","):
            size = parse_size(label)
            plain = work / "plain.bin"
            write_random(plain, size)
            case_id = add_case(work, plain)
            runs: dict[str, list[Run]] = {
                "export": [],
                "age -r": [],
                "age -r+fsync": [],
                "import": [],
                "age -d": [],
                "age -d+fsync": [],
            }
            # Ours and the peer alternate within each round, so both meet the same load;
            # each round exports a new bundle (a new id), so every import does full work.
            for _ in range(args.repeat):
                bundle, peer, out = work / "bundle.age", work / "peer.age", work / "peer.out"
                runs["export"].append(
                    run_child(export_argv(intake, work, case_id, bundle), env=env)
                )
                age_r = [
                    "age",
                    "-r",
                    rep_recipient,
                    "-r",
                    org_recipient,
                    "-o",
                    str(peer),
                    str(plain),
                ]
                runs["age -r"].append(run_child(age_r))
                peer.unlink()
                runs["age -r+fsync"].append(run_child(durable(age_r, peer)))
                peer.unlink()
                runs["import"].append(run_child(import_argv(intake, work, bundle), env=env))
                age_d = ["age", "-d", "-i", ident, "-o", str(out), str(bundle)]
                runs["age -d"].append(run_child(age_d))
                out.unlink()
                runs["age -d+fsync"].append(run_child(durable(age_d, out)))
                out.unlink()
                bundle.unlink()
            best = {k: min(v, key=lambda r: r.seconds) for k, v in runs.items()}
            peak = {k: max(r.peak_rss_mib for r in v) for k, v in runs.items()}
            print(f"--- {label} ({size} bytes), best of {args.repeat}")
            for ours, peer_name, fixed in (
                ("export", "age -r", fixed_export),
                ("import", "age -d", fixed_import),
            ):
                t, age_t = best[ours].seconds, best[peer_name].seconds
                synced = best[peer_name + "+fsync"].seconds
                print(ratio_line(ours, t, age_t, peer_name))
                print(
                    f"  vs {peer_name}+fsync {synced:.3f} s = {t / synced:.2f}x; beyond the "
                    f"fixed cost ({fixed.seconds:.3f} s): {(t - fixed.seconds) / age_t:.2f}x"
                )
            print("  peak memory (MiB): " + ", ".join(f"{k} {v:.0f}" for k, v in peak.items()))
            # CPU time of the best round: on a loaded machine wall time varies with the
            # load, CPU time much less (ours spreads over two cores, age over one).
            print(
                "  CPU (s, best round): "
                + ", ".join(f"{k} {v.cpu_seconds:.2f}" for k, v in best.items())
            )
            if args.breakdown:
                breakdown(work, case_id, size)
            plain.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
