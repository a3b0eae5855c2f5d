"""The ``intake`` console script.

With no subcommand it opens the desktop app; subcommands expose the Qt-free core for
batch work, scripting and tests. Each command module registers its own subcommands, so
adding a command never touches the others.

Contract: ``main`` returns 0 on success and a non-zero status otherwise, having written
one plain sentence to stderr (a traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from types import FrameType

from intake_app.cli._common import (
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    CliError,
    GlobalOptions,
    add_global_options,
    describe_error,
    shown,
)
from intake_app.core.malloc_tuning import keep_freed_memory

#: Modules that define subcommands; each has ``register(subparsers, parents)``.
COMMAND_MODULES: tuple[str, ...] = (
    "intake_app.cli.vault_cmds",
    "intake_app.cli.age_cmd",
    "intake_app.cli.forms_cmds",
    "intake_app.cli.forms_vault_cmds",
    "intake_app.cli.case_cmds",
    "intake_app.cli.identity_cmds",
    "intake_app.cli.partner_cmds",
    "intake_app.cli.exchange_cmds",
)

#: The top-level commands each module registers. Running one command imports only its
#: module(s). Help, a mistyped command or one missing here imports every module, so a
#: gap costs time, never a command; a test keeps this in step.
#:
#: Registering must stay cheap: a command module imports the core (vault, cases, forms,
#: bundles) inside its handlers, never at its top, and the core imports heavy libraries
#: (Pillow, pypdf, keyring, Babel) where it uses them. Otherwise every command, and the
#: desktop started by a bare ``intake``, pays for all of them;
#: tests/intake_app/cli/test_startup_imports.py checks it, and
#: benchmarks/bench_cli_startup.py measures it.
COMMAND_OWNERS: dict[str, tuple[str, ...]] = {
    "init": ("intake_app.cli.vault_cmds",),
    "check": ("intake_app.cli.vault_cmds",),
    "passwd": ("intake_app.cli.vault_cmds",),
    "backup": ("intake_app.cli.vault_cmds",),
    "restore": ("intake_app.cli.vault_cmds",),
    "age": ("intake_app.cli.age_cmd",),
    "forms": ("intake_app.cli.forms_cmds", "intake_app.cli.forms_vault_cmds"),
    "case": ("intake_app.cli.case_cmds",),
    "identity": ("intake_app.cli.identity_cmds",),
    "partner": ("intake_app.cli.partner_cmds",),
    "source": ("intake_app.cli.partner_cmds",),
    "export": ("intake_app.cli.exchange_cmds",),
    "import": ("intake_app.cli.exchange_cmds",),
}


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are one sentence and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{message[0].upper()}{message[1:]}. See 'intake --help'.", EXIT_USAGE)


def command_name(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` runs (the first word that is not a global option or its
    value), or None when there is none or an option is not one this parser knows."""
    options = _Parser(add_help=False)
    add_global_options(options, suppress=False)
    takes_value = {
        flag for action in options._actions if action.nargs != 0 for flag in action.option_strings
    }
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if not word.startswith("-") or word == "-":
            return word
        flag = word.split("=", 1)[0]
        if flag not in options._option_string_actions:
            return None  # -h, an abbreviation, a typo: let the full parser handle it
        if flag in takes_value and "=" not in word:
            next(words, None)
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Return the parser: global options work before and after the subcommand.

    With ``argv``, only the modules registering the command it runs are imported (see
    ``COMMAND_OWNERS``); without, or for help and unknown commands, the full parser.
    """
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
    command = command_name(argv) if argv is not None else None
    modules = COMMAND_OWNERS.get(command or "", COMMAND_MODULES)
    for name in modules:
        importlib.import_module(name).register(sub, [common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    keep_freed_memory()  # before any stream allocates (core/malloc_tuning.py says why)
    _never_fail_to_print()
    try:
        parser = build_parser(args_list)
        args = parser.parse_args(args_list)
        opts = GlobalOptions.from_namespace(args)
        if args.command is None:
            from intake_app.ui.app import run_desktop  # the entry point is the ui's only importer

            return run_desktop(opts.vault_dir)
        with _termination_as_interrupt():
            status: int = args.handler(opts, args)
        return status
    except KeyboardInterrupt:
        print("Interrupted; nothing was changed.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # one sentence for people, the traceback only on request
        if debug:
            raise
        message, code = describe_error(exc)
        print(shown(message), file=sys.stderr)  # it may name a file: still one line
        return code


@contextlib.contextmanager
def _termination_as_interrupt() -> Iterator[None]:
    """While a command runs, SIGTERM and SIGHUP (``kill``, a closed terminal, a timeout)
    raise KeyboardInterrupt like Ctrl+C, so the command undoes what it had begun: by
    default the process died where it stood, leaving e.g. the unauthenticated plaintext
    of 'intake age -d -o OUT' in OUT's temporary file. The previous handlers come back
    afterwards (``main`` also runs inside other programs, such as the tests)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers
        return
    names = ("SIGTERM", "SIGHUP")
    signums = [getattr(signal, n) for n in names if hasattr(signal, n)]
    # Only where the default would kill us: a signal ignored on purpose ('nohup intake
    # import ...' ignores SIGHUP) stays ignored, and another program's handler stays.
    previous = {
        signum: handler
        for signum in signums
        if (handler := signal.getsignal(signum)) is signal.SIG_DFL
    }

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    for signum in previous:
        signal.signal(signum, interrupt)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _never_fail_to_print() -> None:
    """Let stdout and stderr print any text, escaping what their encoding cannot hold.

    With a locale whose encoding is not UTF-8, or a strict UTF-8 one, a name in another
    script or an undecodable file-name byte raised UnicodeEncodeError while printing
    the result - after the work was done, reported as an internal error.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", None) == "strict":
            with contextlib.suppress(Exception):  # a replaced stream may not allow it
                reconfigure(errors="backslashreplace")
