"""Vault subcommands: init, check, passwd, backup, restore.

Each prints one line for people (or JSON with ``--json``) and returns 0, or raises an
error that ``intake_app.cli.main`` turns into one sentence and a non-zero status.
Passphrases come from a prompt or a file, never from an argument; buffers holding them
are overwritten after use (Python may still hold copies; see docs/vault.md).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from intake_app.cli._common import (
    EXIT_FAILURE,
    EXIT_OK,
    CliError,
    GlobalOptions,
    check_new_file,
    emit,
    read_passphrase,
    read_passphrase_file,
)

# The core is imported inside the commands: registering them must stay cheap (see
# intake_app/cli/__init__.py).


def _wipe(secret: bytearray) -> None:
    secret[:] = bytes(len(secret))


def cmd_init(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core.identity import check_display_name
    from intake_app.core.vault import check_creatable, create_vault

    check_creatable(opts.vault_dir)  # before the prompt: no passphrase typed for nothing
    if args.name is not None:
        check_display_name(args.name)  # before asking for a passphrase
    passphrase = read_passphrase(opts, "New passphrase: ", confirm=True)
    _warn_if_weak(passphrase)
    try:
        create_vault(opts.vault_dir, passphrase, name=args.name).close()
    finally:
        _wipe(passphrase)
    emit(
        opts,
        f"Created a new vault in {opts.vault_dir}.",
        {"vault": str(opts.vault_dir), "created": True},
    )
    return EXIT_OK


def _warn_if_weak(passphrase: bytearray) -> None:
    """Say on stderr when a new passphrase is easy to guess; scripts may still use it.

    The desktop wizard refuses such passphrases; the command line serves scripts and
    tests, so it warns instead of refusing, with the same estimate (core/strength.py).
    """
    from intake_app.core.strength import estimate

    rating = estimate(passphrase.decode("utf-8", errors="replace"))
    if not rating.acceptable:
        print(
            "Warning: this passphrase is easy to guess for someone who takes this computer; "
            "a few unrelated words (at least 10 characters) are much stronger.",
            file=sys.stderr,
        )


def cmd_check(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core.vault import unlock_vault

    passphrase = read_passphrase(opts)
    try:
        session = unlock_vault(opts.vault_dir, passphrase)
    finally:
        _wipe(passphrase)
    with session:
        problems = session.check_integrity()
    if not problems:
        emit(opts, "ok", {"vault": str(opts.vault_dir), "ok": True, "problems": []})
        return EXIT_OK
    emit(
        opts, "\n".join(problems), {"vault": str(opts.vault_dir), "ok": False, "problems": problems}
    )
    print(
        f"The vault is damaged ({len(problems)} problem(s) found); restore it from a backup.",
        file=sys.stderr,
    )
    return EXIT_FAILURE


def cmd_passwd(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core.vault import unlock_vault

    passphrase = read_passphrase(opts, "Current passphrase: ")
    try:
        if args.new_passphrase_file is not None:
            new = read_passphrase_file(Path(args.new_passphrase_file).expanduser())
        else:
            prompt_opts = GlobalOptions(opts.vault_dir, None, opts.json, opts.debug)
            new = read_passphrase(prompt_opts, "New passphrase: ", confirm=True)
        _warn_if_weak(new)
        try:
            with unlock_vault(opts.vault_dir, passphrase) as session:
                session.change_passphrase(new)
        finally:
            _wipe(new)
    finally:
        _wipe(passphrase)
    emit(opts, "The passphrase was changed.", {"vault": str(opts.vault_dir), "changed": True})
    return EXIT_OK


def cmd_backup(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core.vault import unlock_vault

    dest = Path(args.output).expanduser()
    check_new_file(dest)
    passphrase = read_passphrase(opts)
    try:
        session = unlock_vault(opts.vault_dir, passphrase)
    finally:
        _wipe(passphrase)
    with session:
        session.backup(dest, _progress_printer() if sys.stderr.isatty() else None)
    emit(
        opts,
        f"Wrote the backup to {dest} and checked it.",
        {"vault": str(opts.vault_dir), "backup": str(dest), "verified": True},
    )
    return EXIT_OK


def _progress_printer() -> Callable[[int, int], None]:
    """Return a callback that keeps one 'Backing up: NN%' line updated on stderr."""
    shown = -1

    def show(done: int, total: int) -> None:
        nonlocal shown
        percent = 100 * done // total if total else 100
        if percent != shown:
            shown = percent
            end = "\n" if percent >= 100 else ""
            print(f"\rBacking up: {percent}%", end=end, file=sys.stderr, flush=True)

    return show


def cmd_restore(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core.vault import check_creatable, restore_backup

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"There is no backup file at {source}.")
    check_creatable(opts.vault_dir)  # before the prompt: no passphrase typed for nothing
    passphrase = read_passphrase(opts, "Passphrase of the backup: ")
    try:
        restore_backup(source, opts.vault_dir, passphrase)
    finally:
        _wipe(passphrase)
    emit(
        opts,
        f"Restored the vault into {opts.vault_dir}.",
        {"vault": str(opts.vault_dir), "restored_from": str(source)},
    )
    return EXIT_OK


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    """Add the vault subcommands."""
    p = subparsers.add_parser("init", parents=parents, help="create a new vault")
    p.add_argument(
        "--name",
        metavar="NAME",
        help="the name on this vault's contact card (default: a neutral placeholder; "
        "a reporter may use a pseudonym)",
    )
    p.set_defaults(handler=cmd_init)
    p = subparsers.add_parser(
        "check", parents=parents, help="unlock and check the vault's integrity"
    )
    p.set_defaults(handler=cmd_check)
    p = subparsers.add_parser("passwd", parents=parents, help="change the vault's passphrase")
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from FILE instead of prompting",
    )
    p.set_defaults(handler=cmd_passwd)
    p = subparsers.add_parser("backup", parents=parents, help="write an encrypted backup")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the new backup file")
    p.set_defaults(handler=cmd_backup)
    p = subparsers.add_parser(
        "restore",
        parents=parents,
        help="restore a backup into --vault (which must be empty or absent)",
    )
    p.add_argument("file", metavar="FILE", help="the backup file")
    p.set_defaults(handler=cmd_restore)
