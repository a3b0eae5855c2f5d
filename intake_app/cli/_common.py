"""Shared plumbing for command modules: global options, passphrases, output, errors."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake_app.core.paths import default_vault_dir

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
#: Ctrl+C, or SIGTERM/SIGHUP while a command runs (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130

#: A passphrase file larger than this is not a passphrase file.
MAX_PASSPHRASE_FILE_BYTES = 4096


class CliError(Exception):
    """A failure the command line reports as one sentence with an exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class GlobalOptions:
    """Options every subcommand accepts, before or after its name."""

    vault_dir: Path
    passphrase_file: Path | None
    json: bool
    debug: bool

    @classmethod
    def from_namespace(cls, ns: argparse.Namespace) -> GlobalOptions:
        vault = getattr(ns, "vault", None) or os.environ.get("INTAKE_VAULT")
        pf = getattr(ns, "passphrase_file", None)
        return cls(
            vault_dir=Path(vault).expanduser() if vault else default_vault_dir(),
            passphrase_file=Path(pf).expanduser() if pf else None,
            json=bool(getattr(ns, "json", False)),
            debug=bool(getattr(ns, "debug", False)),
        )


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Add the global options; ``suppress`` leaves unset values out of the namespace."""
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--vault",
        metavar="DIR",
        default=default,
        help="vault folder (default: $INTAKE_VAULT or the platform's user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="read the passphrase from FILE instead of prompting (one trailing newline is ignored)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="machine-readable output",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="show tracebacks on errors (may print sensitive details)",
    )


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``; CliError naming the file if unreadable or over ``limit``."""
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise CliError(f"Cannot read the {what} {path}: {exc.strerror or 'error'}.") from None
    if len(data) > limit:
        raise CliError(f"The {what} {path} is larger than {limit // (1024 * 1024)} MiB.")
    return data


def read_passphrase_file(path: Path) -> bytearray:
    """Return the passphrase in ``path`` as UTF-8 bytes, without one trailing newline
    (LF or CRLF) and without a leading UTF-8 byte-order mark.

    Raises ``CliError`` if the file cannot be read, is too large or is empty.
    """
    try:
        with path.open("rb") as fh:
            data = bytearray(fh.read(MAX_PASSPHRASE_FILE_BYTES + 1))
    except OSError as exc:
        raise CliError(f"Cannot read the passphrase file {path}: {exc.strerror}.") from None
    if len(data) > MAX_PASSPHRASE_FILE_BYTES:
        raise CliError(f"The passphrase file {path} is too large to be a passphrase file.")
    # Some Windows editors start a UTF-8 file with a byte-order mark; nobody types one at
    # a prompt, so keeping it would make the same passphrase differ between the two.
    if data.startswith(b"\xef\xbb\xbf"):
        del data[:3]
    if data.endswith(b"\r\n"):
        del data[-2:]
    elif data.endswith(b"\n"):
        del data[-1:]
    if not data:
        raise CliError(f"The passphrase file {path} is empty.")
    return data


def read_passphrase(
    opts: GlobalOptions, prompt: str = "Passphrase: ", *, confirm: bool = False
) -> bytearray:
    """Return the passphrase from ``--passphrase-file`` or an interactive prompt.

    Never reads it from an argument or the environment. With ``confirm`` the prompt asks
    twice and refuses a mismatch.
    """
    if opts.passphrase_file is not None:
        return read_passphrase_file(opts.passphrase_file)
    if not sys.stdin.isatty():
        raise CliError("No passphrase: use --passphrase-file FILE when not at a terminal.")
    try:
        first = getpass.getpass(prompt)
        if not first:
            raise CliError("The passphrase is empty.")
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise CliError("The two passphrases differ; nothing was changed.")
    except EOFError:  # Ctrl+D at the prompt: the person chose not to answer
        print(file=sys.stderr)  # end the prompt's line
        raise CliError("No passphrase was entered; nothing was changed.") from None
    except KeyboardInterrupt:  # Ctrl+C: main() says so, on a line of its own
        print(file=sys.stderr)
        raise
    return bytearray(first.encode("utf-8"))


#: Lone surrogates: what Python makes of file-name bytes that are not UTF-8. A strict
#: UTF-8 stream refuses to print them, and they are not valid JSON text.
_SURROGATES = re.compile("[\ud800-\udfff]")
#: Characters that must not reach a terminal from a file name or other outside text:
#: control characters (escape sequences drive the terminal; CR and LF forge lines),
#: lone surrogates, and the bidi controls that reorder what is shown around them.
_BIDI_AND_SURROGATES = "\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE_ON_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_AND_SURROGATES}]")
# In text for people, line breaks and tabs stay, and so do bidi marks: right-to-left
# labels (Farsi, Arabic) use them; text from outside reaches it through for_terminal.
_UNSAFE_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def shown(text: object) -> str:
    """``text`` (a file name, a sentence naming one) safe to print as one line: every
    control character (line breaks included), undecodable file-name byte and bidi
    control becomes U+FFFD, so a hostile file name cannot forge an output line, drive
    the terminal or make printing fail."""
    return _UNSAFE_ON_ONE_LINE.sub("\ufffd", str(text))


def emit(opts: GlobalOptions, text: str, data: Any = None) -> None:
    """Print ``text`` for people, or ``data`` as JSON with ``--json``.

    The JSON is always valid UTF-8: a file name that is not (its undecodable bytes)
    shows U+FFFD there; lists of outcomes keep the order of the arguments, which
    identifies them. In ``text``, control characters other than line breaks and tabs,
    and undecodable file-name bytes, become U+FFFD (file names go through ``shown``).
    """
    if opts.json and data is not None:
        dumped = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
        print(_SURROGATES.sub("\ufffd", dumped))
    elif text:
        print(_UNSAFE_IN_TEXT.sub("\ufffd", text))


def check_new_file(dest: Path) -> None:
    """Refuse, with one sentence, a new file's path that exists or whose folder does not.

    Commands call it before unlocking the vault, so nobody types a passphrase for
    nothing, and a missing folder is not reported by the name of a temporary file.
    """
    if dest.exists():
        raise CliError(f"{dest} already exists; choose a new file name.")
    if not dest.parent.is_dir():
        raise CliError(f"The folder {dest.parent} does not exist.")


def describe_error(exc: BaseException) -> tuple[str, int]:
    """Map an exception to one plain sentence and an exit status.

    Our error classes carry a human sentence as their message (their docstring by
    default); anything else is an internal fault and is reported without its details,
    which could contain case content.
    """
    if isinstance(exc, CliError):
        return str(exc), exc.code
    from intake_app.core.errors import IntakeError

    if isinstance(exc, IntakeError):
        return str(exc), EXIT_FAILURE
    for root in _leaf_error_roots():
        if isinstance(exc, root):
            return str(exc), EXIT_FAILURE
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"A file operation failed{where}: {exc.strerror or 'unknown error'}.", EXIT_FAILURE
    return (
        f"Internal error ({type(exc).__name__}). Run again with --debug for details.",
        EXIT_FAILURE,
    )


def _leaf_error_roots() -> tuple[type[BaseException], ...]:
    from crypto.errors import CryptoError
    from forms.errors import FormsError

    return (CryptoError, FormsError)
