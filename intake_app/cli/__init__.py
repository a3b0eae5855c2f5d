"""The ``intake`` console script.

With no subcommand it opens the desktop app; subcommands expose the Qt-free core for
batch work, scripting and tests. Each command module registers its own subcommands, so
adding a command never touches the others.

Contract: ``main`` returns 0 on success and a non-zero status otherwise, having written
one plain sentence to stderr (a traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from intake_app.cli._common import (
    EXIT_USAGE,
    CliError,
    GlobalOptions,
    add_global_options,
    describe_error,
)

#: Modules that define subcommands; each has ``register(subparsers, parents)``.
COMMAND_MODULES: tuple[str, ...] = (
    "intake_app.cli.vault_cmds",
    "intake_app.cli.age_cmd",
    "intake_app.cli.forms_cmds",
    "intake_app.cli.identity_cmds",
    "intake_app.cli.partner_cmds",
    "intake_app.cli.exchange_cmds",
    "intake_app.cli.forms_vault_cmds",
    "intake_app.cli.case_cmds",
)


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are one sentence and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{message[0].upper()}{message[1:]}. See 'intake --help'.", EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """Return the full parser: global options work before and after the subcommand."""
    parser = _Parser(
        prog="intake",
        description="Intake Desk: write, encrypt, sign and hand over reports. "
        "With no command, opens the desktop app.",
    )
    add_global_options(parser, suppress=False)
    # Sub-parsers get the same options with SUPPRESS defaults, so a value given before the
    # subcommand is not overwritten by the sub-parser's default.
    common = _Parser(add_help=False)
    add_global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, [common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        parser = build_parser()
        args = parser.parse_args(args_list)
        opts = GlobalOptions.from_namespace(args)
        if args.command is None:
            from intake_app.ui.app import run_desktop  # the entry point is the ui's only importer

            return run_desktop(opts.vault_dir)
        status: int = args.handler(opts, args)
        return status
    except KeyboardInterrupt:
        print("Interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except Exception as exc:  # one sentence for people, the traceback only on request
        if debug:
            raise
        message, code = describe_error(exc)
        print(message, file=sys.stderr)
        return code
