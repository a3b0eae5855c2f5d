"""``intake export`` and ``intake import``: bundles out to partners, bundles in.

``intake import FILE...`` reports each file on its own line (``FILE: sentence``) and
continues past bad ones. Exit status: 0 when every file is now in the vault (imported
now, or already before); 1 when any file was refused or could not be stored (one
summary sentence on stderr). With ``--json``: one list with an object per file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.cli._common import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    CliError,
    GlobalOptions,
    emit,
    shown,
)
from intake_app.cli.identity_cmds import open_vault

if TYPE_CHECKING:
    from intake_app.core.importing import ImportOutcome
    from intake_app.core.session import Session

# The core is imported inside each command, before the vault is unlocked: registering
# these commands (for ``intake --help`` or any other command) must not load the vault,
# bundle and case code, and ``intake import`` has no use for the export side.


def cmd_export(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import export, partners
    from intake_app.core.case_refs import find_case

    dest = Path(args.output).expanduser()
    if dest.is_dir():
        dest = dest / export.default_bundle_name()
    elif dest.exists():
        raise CliError(f"{dest} already exists; choose a new file name.")
    if not dest.parent.is_dir():
        raise CliError(f"The folder {dest.parent} does not exist.")
    with open_vault(opts) as session:
        case = find_case(session, args.case)
        # The same partner named twice (by name and by id) is one recipient, said once.
        found = (partners.find_partner(session, ref) for ref in args.to)
        targets = list({p.id: p for p in found}.values())
        try:
            result = export.export_case(
                session, case.id, [p.id for p in targets], dest, post_quantum=not args.x25519
            )
        except OSError as exc:  # not one of ours: named the temporary file it failed on
            raise CliError(
                f"Cannot write the bundle into the folder {dest.parent}: {exc.strerror or 'error'}."
            ) from None
    kind = "post-quantum (hybrid)" if result.post_quantum else "X25519"
    emit(
        opts,
        f"Wrote {shown(result.path)} ({result.size} bytes, {kind} encryption) for "
        f"{', '.join(repr(p.display_name) for p in targets)} and this vault.",
        {
            "file": str(result.path),
            "bundle_id": result.bundle_id,
            "manifest_sha256": result.manifest_sha256,
            "size": result.size,
            "recipients": list(result.recipients),
            "post_quantum": result.post_quantum,
            "case": case.id,
        },
    )
    return EXIT_OK


def _sender_verified(session: Session, o: ImportOutcome) -> bool | None:
    """Whether the partner or source an imported case came from is verified (None when
    nothing was imported). An unverified partner is only a card someone added."""
    from intake_app.core.importing import ImportStatus

    if o.status is not ImportStatus.IMPORTED:
        return None
    if o.partner_id is not None:
        return session.partners.get(o.partner_id).verified
    if o.source_id is not None:
        return session.sources.get(o.source_id).verified_at is not None
    return None


def _line(o: ImportOutcome, verified: bool | None) -> str:
    from intake_app.core.importing import ImportStatus

    if o.status is ImportStatus.IMPORTED:
        state = "verified" if verified else "not verified"
        if o.partner_name is not None:
            origin = f"the partner {o.partner_name!r} ({state})"
        elif o.new_source:
            origin = f"a new source ({(o.source_id or '')[:8]}, not verified)"
        else:
            origin = f"the known source {(o.source_id or '')[:8]} ({state})"
        return f"{shown(o.path)}: imported as case {o.case_id} from {origin}."
    return f"{shown(o.path)}: {o.message}"


def _json(o: ImportOutcome, verified: bool | None) -> dict[str, object]:
    return {
        "sender_verified": verified,
        "file": str(o.path),
        "status": o.status.value,
        "reason": o.reason.value if o.reason else None,
        "message": o.message,
        "bundle_id": o.bundle_id,
        "case": o.case_id,
        "case_deleted": o.case_deleted,
        "sender_fingerprint": o.sender_fingerprint,
        "partner": o.partner_id,
        "partner_name": o.partner_name,
        "source": o.source_id,
        "new_source": o.new_source,
        "manifest_sha256": o.manifest_sha256,
    }


def cmd_import(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import importing

    paths = [Path(f).expanduser() for f in args.files]
    outcomes: list[tuple[ImportOutcome, bool | None]] = []
    interrupted = False
    with open_vault(opts) as session:
        try:
            for path in paths:
                outcome = importing.import_bundle(session, path)
                verified = _sender_verified(session, outcome)
                outcomes.append((outcome, verified))
                # A lone file that fails is said once, on stderr, below.
                if not opts.json and (outcome.ok or len(paths) > 1):
                    print(_line(outcome, verified), flush=True)
        except KeyboardInterrupt:
            # Ctrl+C or kill: the file in progress was undone, those before it were
            # not, so "nothing was changed" would be untrue; say what is in the vault.
            interrupted = True
    if opts.json:
        emit(opts, "", [_json(o, v) for o, v in outcomes])
    if interrupted:
        stored = sum(o.ok for o, _ in outcomes)
        raise CliError(
            f"Interrupted: {stored} of {len(paths)} files are in the vault; the file in "
            "progress was not imported.",
            EXIT_INTERRUPTED,
        )
    bad = [o for o, _ in outcomes if not o.ok]
    if bad:
        if len(outcomes) == 1:
            print(bad[0].message, file=sys.stderr)
        elif len(bad) == len(outcomes):
            print(f"None of the {len(outcomes)} files was imported.", file=sys.stderr)
        else:
            print(
                f"{len(bad)} of {len(outcomes)} files were not imported; the others were.",
                file=sys.stderr,
            )
        return EXIT_FAILURE
    return EXIT_OK


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    """Add ``intake export`` and ``intake import``."""
    p = subparsers.add_parser(
        "export", parents=parents, help="write a case as a signed, encrypted bundle"
    )
    p.add_argument("case", metavar="CASE", help="case id or unique prefix")
    p.add_argument(
        "--to",
        metavar="PARTNER",
        action="append",
        required=True,
        help="a verified partner (name, id or id prefix); repeat for several",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="the new bundle file, or a folder (a neutral random name is chosen)",
    )
    p.add_argument(
        "--x25519",
        action="store_true",
        help="classic X25519 encryption only, for partners whose age is older than 1.3",
    )
    p.set_defaults(handler=cmd_export)
    p = subparsers.add_parser("import", parents=parents, help="import bundles into this vault")
    p.add_argument("files", metavar="FILE", nargs="+", help="bundle files")
    p.set_defaults(handler=cmd_import)
