"""``intake identity``: show this vault's identity, write its card and its age keys.

Also ``open_vault``, the unlock step shared by the exchange commands (partner, export,
import): passphrase from ``--passphrase-file`` or a prompt, the buffer wiped after use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.cli._common import (
    EXIT_OK,
    CliError,
    GlobalOptions,
    check_new_file,
    emit,
    read_passphrase,
)

if TYPE_CHECKING:
    from intake_app.core.session import Session

# The core is imported inside the commands: registering them must stay cheap (see
# intake_app/cli/__init__.py).


def open_vault(opts: GlobalOptions) -> Session:
    """Unlock the vault named by the global options (prompting if needed)."""
    from intake_app.core.vault import unlock_vault

    passphrase = read_passphrase(opts)
    try:
        return unlock_vault(opts.vault_dir, passphrase)
    finally:
        passphrase[:] = bytes(len(passphrase))


def write_new_file(dest: Path, data: bytes) -> None:
    """Write ``data`` to the new file ``dest`` (fsutil.write_new_file); a file already
    there is one sentence for the person, not an error trace."""
    from intake_app.core.fsutil import write_new_file as write

    try:
        write(dest, data)
    except FileExistsError:
        raise CliError(f"{dest} already exists; choose a new file name.") from None


def cmd_show(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import identity

    with open_vault(opts) as session:
        info = identity.show(session)
    lines = [
        f"Name:               {info.name}",
        f"Fingerprint:        {info.fingerprint}",
        f"Signing key:        {info.signing_key}",
        f"Age recipient:      {info.age_x25519}",
    ]
    if info.age_hybrid:
        lines.append(f"Post-quantum (hybrid) age recipient: {info.age_hybrid}")
    data = {
        "name": info.name,
        "fingerprint": info.fingerprint,
        "signing_key": info.signing_key,
        "age_x25519": info.age_x25519,
        "age_hybrid": info.age_hybrid,
    }
    emit(opts, "\n".join(lines), data)
    return EXIT_OK


def cmd_card(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import identity

    if args.output != "-":
        check_new_file(Path(args.output).expanduser())
    with open_vault(opts) as session:
        card = identity.own_card(session)
    data = card.to_text().encode("ascii") if args.text else card.to_bytes()
    if args.output == "-":
        if not args.text:
            raise CliError("Only the text form (--text) can be written to the terminal.")
        sys.stdout.write(card.to_text())
        return EXIT_OK
    dest = Path(args.output).expanduser()
    write_new_file(dest, data)
    emit(
        opts,
        f"Wrote the contact card to {dest}. Its fingerprint: {card.fingerprint}",
        {"card": str(dest), "fingerprint": str(card.fingerprint), "name": card.name},
    )
    return EXIT_OK


def cmd_export_age(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import identity

    dest = Path(args.output).expanduser()
    check_new_file(dest)
    with open_vault(opts) as session:
        try:
            identity.write_age_identity_file(session, dest, include_hybrid=not args.x25519_only)
        except FileExistsError:
            raise CliError(f"{dest} already exists; choose a new file name.") from None
    print(
        "Warning: this file opens everything ever sent to this vault. Keep it offline "
        "(for example on a USB stick in a safe place) and never send it to anyone.",
        file=sys.stderr,
    )
    emit(opts, f"Wrote the age identity to {dest}.", {"age_identity": str(dest)})
    return EXIT_OK


def cmd_rename(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import identity

    with open_vault(opts) as session:
        card = identity.rename(session, args.name)
    emit(
        opts,
        f"The name on your contact card is now {card.name!r} (fingerprint unchanged). "
        "Give partners the new card if they should see it.",
        {"name": card.name, "fingerprint": str(card.fingerprint)},
    )
    return EXIT_OK


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    """Add ``intake identity ...``."""
    group = subparsers.add_parser(
        "identity", parents=parents, help="this vault's identity, contact card and age keys"
    )
    sub = group.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    p = sub.add_parser("show", parents=parents, help="name, fingerprint and public keys")
    p.set_defaults(handler=cmd_show)
    p = sub.add_parser("card", parents=parents, help="write this vault's contact card")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="new file ('-': stdout)")
    p.add_argument("--text", action="store_true", help="the pasteable text form")
    p.set_defaults(handler=cmd_card)
    p = sub.add_parser(
        "export-age",
        parents=parents,
        help="write the vault's age identity file, for recovery with the stock age tool",
    )
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the new file")
    p.add_argument(
        "--x25519-only",
        action="store_true",
        help="leave out the post-quantum key (age older than 1.3 refuses files that hold it)",
    )
    p.set_defaults(handler=cmd_export_age)
    p = sub.add_parser("rename", parents=parents, help="change the name on the contact card")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_rename)
