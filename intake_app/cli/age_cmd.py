"""``intake age``: encrypt and decrypt age v1 files, with the stock ``age`` tool's flags.

    intake age -e -r RECIPIENT... [-R FILE...] [-a] [-o OUT] [IN]
    intake age -e -p [--passphrase-file FILE] [-a] [-o OUT] [IN]
    intake age -d -i IDENTITY_FILE... [-o OUT] [IN]
    intake age -d [--passphrase-file FILE] [-o OUT] [IN]

Needs no vault. IN and OUT default to standard input and output.

Contract: on any failure the exit status is non-zero, stderr has one sentence, and no
output file is left behind (output goes to a temporary file beside OUT that is renamed
only on success; an OUT that is a device or a pipe, such as /dev/null, is written as
it is, like standard output). Decrypting to standard output releases nothing until the
whole file has authenticated: a seekable input is verified in a first pass and streamed in a
second; a pipe is buffered in memory up to ``MAX_PIPE_PLAINTEXT`` bytes, beyond which
the command refuses and asks for ``-o``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from intake_app.cli._common import EXIT_OK, EXIT_USAGE, CliError, GlobalOptions, read_passphrase

if TYPE_CHECKING:
    from crypto.age import Identity, Recipient

# crypto.age is imported by the functions that use it: ``intake --help`` registers this
# command too, and should not pay for loading the age implementation.

#: Plaintext held in memory when decrypting a pipe to standard output.
MAX_PIPE_PLAINTEXT = 64 * 1024 * 1024
#: Identity and recipient files larger than this are refused unread.
MAX_KEY_FILE_BYTES = 64 * 1024
#: Passphrase work factor for ``-p`` (age's own default: about a second, 256 MiB).
SCRYPT_WORK_FACTOR = 18


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    """Add ``age`` to the ``intake`` command line."""
    parser = subparsers.add_parser(
        "age",
        parents=parents,
        help="encrypt or decrypt an age file (like the stock age tool; no vault needed)",
        description="Encrypt to age recipients or a passphrase, or decrypt with age "
        "identity files or a passphrase. Files open with the stock age tool and back.",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("-e", "--encrypt", action="store_true", help="encrypt (the default)")
    mode.add_argument("-d", "--decrypt", action="store_true", help="decrypt")
    parser.add_argument(
        "-r",
        "--recipient",
        action="append",
        default=[],
        metavar="RECIPIENT",
        help="encrypt to this age1... or age1pq1... public key (repeatable)",
    )
    parser.add_argument(
        "-R",
        "--recipients-file",
        action="append",
        default=[],
        metavar="FILE",
        help="encrypt to the recipients listed in FILE, one per line (repeatable)",
    )
    parser.add_argument("-p", "--passphrase", action="store_true", help="encrypt with a passphrase")
    parser.add_argument(
        "-i",
        "--identity",
        action="append",
        default=[],
        metavar="FILE",
        help="decrypt with the secret keys in this identity file (repeatable)",
    )
    parser.add_argument("-a", "--armor", action="store_true", help="write an ASCII-armored file")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT (default: stdout)")
    parser.add_argument("input", nargs="?", metavar="IN", help="read IN (default: stdin)")
    parser.set_defaults(handler=run)


def run(opts: GlobalOptions, args: argparse.Namespace) -> int:
    """Encrypt or decrypt as asked; return the exit status."""
    from crypto.age import encrypt

    if args.decrypt:
        if args.recipient or args.recipients_file or args.passphrase or args.armor:
            raise CliError(
                "-r, -R, -p and -a are for encryption; decrypting takes -i or a passphrase.",
                EXIT_USAGE,
            )
        identities = _identities(opts, args)
        special = _open_special_output(args.output)
        with _input(args.input) as src:
            if special is not None:
                with special:
                    _decrypt_released(identities, src, special)
            elif args.output is not None:
                _atomic_output(Path(args.output), lambda dst: _decrypt_stream(identities, src, dst))
            else:
                _decrypt_released(identities, src, sys.stdout.buffer)
        return EXIT_OK
    if args.identity:
        raise CliError("-i is for decryption; add -d.", EXIT_USAGE)
    recipients = _recipients(opts, args)
    if args.output is None and not args.armor and sys.stdout.isatty():
        raise CliError("Refusing to write binary data to the terminal: add -a or -o OUT.")
    special = _open_special_output(args.output)
    with _input(args.input) as src:
        if special is not None:
            with special:
                encrypt(recipients, src, special, armor=args.armor)
        elif args.output is not None:
            _atomic_output(
                Path(args.output), lambda dst: encrypt(recipients, src, dst, armor=args.armor)
            )
        else:
            out = sys.stdout.buffer
            encrypt(recipients, src, out, armor=args.armor)
            out.flush()
    return EXIT_OK


# -- keys -------------------------------------------------------------------------------


def _recipients(opts: GlobalOptions, args: argparse.Namespace) -> list[Recipient]:
    from crypto.age import RecipientError, ScryptRecipient, parse_recipient

    if args.passphrase:
        if args.recipient or args.recipients_file:
            raise CliError("-p cannot be combined with -r or -R: a passphrase file has one key.")
        passphrase = read_passphrase(opts, confirm=True)
        try:
            return [ScryptRecipient(bytes(passphrase), SCRYPT_WORK_FACTOR)]
        finally:
            passphrase[:] = bytes(len(passphrase))
    recipients: list[Recipient] = []
    for number, text in enumerate(args.recipient, start=1):
        try:
            recipients.append(parse_recipient(text))
        except RecipientError:
            raise CliError(f"Recipient {number} (-r) is not a valid age public key.") from None
    for name in args.recipients_file:
        text = _read_key_file(Path(name), "recipients")
        for line_no, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            try:
                recipients.append(parse_recipient(stripped))
            except RecipientError:
                raise CliError(
                    f"Line {line_no} of the recipients file {name} is not a valid age public key."
                ) from None
    if not recipients:
        raise CliError("Say whom to encrypt to: -r RECIPIENT, -R FILE or -p.", EXIT_USAGE)
    return recipients


def _identities(opts: GlobalOptions, args: argparse.Namespace) -> list[Identity]:
    from crypto.age import ScryptIdentity, parse_identities

    identities: list[Identity] = []
    for name in args.identity:
        identities += parse_identities(_read_key_file(Path(name), "identity"))
    if opts.passphrase_file is None and not identities and not sys.stdin.isatty():
        raise CliError(
            "Say how to decrypt: -i IDENTITY_FILE, or --passphrase-file FILE for a "
            "passphrase-protected file.",
            EXIT_USAGE,
        )
    if opts.passphrase_file is not None or not identities:
        passphrase = read_passphrase(opts)
        try:
            identities.append(ScryptIdentity(bytes(passphrase)))
        finally:
            passphrase[:] = bytes(len(passphrase))
    return identities


def _read_key_file(path: Path, kind: str) -> str:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise CliError(f"Cannot read the {kind} file {path}: {exc.strerror}.") from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise CliError(f"The {kind} file {path} is too large to be an {kind} file.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise CliError(f"The {kind} file {path} is not a text file.") from None


# -- input and output ---------------------------------------------------------------------


@contextlib.contextmanager
def _input(name: str | None) -> Iterator[BinaryIO]:
    if name is None or name == "-":
        yield sys.stdin.buffer
        return
    try:
        fh = Path(name).open("rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise CliError(f"Cannot read {name}: {exc.strerror}.") from None
    with fh:
        yield fh


def _open_special_output(name: str | None) -> BinaryIO | None:
    """``-o`` naming something that exists and is not a regular file (``/dev/null``, a
    pipe, ``/dev/stdout``), opened for writing as it is; None for a regular file, a new
    name or no ``-o``. A temporary file renamed over such a path would replace the
    device or pipe itself with a file (as root, ``/dev/null``). CliError for a folder.
    """
    if name is None:
        return None
    path = Path(name)
    try:
        mode = path.stat().st_mode  # follows a symbolic link to what it names
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CliError(f"Cannot write to {name}: {exc.strerror}.") from None
    if stat.S_ISDIR(mode):
        raise CliError(f"{name} is a folder; give -o the name of a new file.", EXIT_USAGE)
    if stat.S_ISREG(mode):
        return None
    try:
        return path.open("wb")
    except OSError as exc:
        raise CliError(f"Cannot write to {name}: {exc.strerror}.") from None


def _atomic_output(path: Path, produce: Callable[[BinaryIO], object]) -> None:
    """Run ``produce`` on a temporary file beside ``path``; rename it only on success.

    A symbolic link is followed: the file it names is replaced, the link is kept (as
    the stock age tool writes through it).
    """
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    directory = path.parent if str(path.parent) else Path()
    try:
        fd, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise CliError(f"Cannot write to the folder of {path}: {exc.strerror}.") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as dst:
            produce(dst)
        # No fsync, like stock age: the rename guards against failures and interruption
        # of this process (the contract), not against power loss; an fsync cost about
        # 0.1 s per 256 MiB here, a third of the whole run.
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _decrypt_stream(identities: list[Identity], src: BinaryIO, dst: BinaryIO) -> None:
    from crypto.age import Decryptor

    Decryptor(identities, src).read_into(dst)


def _decrypt_released(identities: list[Identity], src: BinaryIO, out: BinaryIO) -> None:
    """Release plaintext to ``out`` (stdout, a pipe, a device) only after the whole
    file has authenticated."""
    from crypto.age import Decryptor

    if _seekable(src):
        start = src.tell()
        for _ in Decryptor(identities, src).chunks():
            pass  # first pass: authenticate everything, keep nothing
        src.seek(start)
        # A file changed between the passes fails the second pass like any damage.
        Decryptor(identities, src).read_into(out)
        out.flush()
        return
    buffered = io.BytesIO()
    for chunk in Decryptor(identities, src).chunks():
        if buffered.tell() + len(chunk) > MAX_PIPE_PLAINTEXT:
            raise CliError(
                "The decrypted data is too large to check in memory before printing it; "
                "use -o OUT to write it to a file."
            )
        buffered.write(chunk)
    out.write(buffered.getbuffer())
    out.flush()


def _seekable(src: BinaryIO) -> bool:
    try:
        return src.seekable()
    except (OSError, ValueError):
        return False
