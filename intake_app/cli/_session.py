"""Opening the vault for a command, and small output helpers shared by the case commands."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from forms import AnswersError
from intake_app.cli._common import CliError, GlobalOptions, read_bounded, read_passphrase

if TYPE_CHECKING:
    from intake_app.core.vault import Session

# The vault and the answers reader are imported where they are used: the command
# modules that import this one are registered for every ``intake --help``.

#: A language tag as the forms use them ("en", "ru", "pt-BR").
_LANGUAGE = re.compile(r"\A[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*\Z")


def open_session(opts: GlobalOptions) -> Session:
    """Ask for the passphrase (prompt or --passphrase-file) and unlock the vault.

    The passphrase buffer is overwritten as soon as the vault is open (or refused).
    """
    from intake_app.core.vault import unlock_vault

    passphrase = read_passphrase(opts)
    try:
        return unlock_vault(opts.vault_dir, passphrase)
    finally:
        passphrase[:] = bytes(len(passphrase))


def language_of(session: Session | None, given: str | None) -> str:
    """``--language`` if given (checked), else the vault's language setting, else English."""
    if given is not None:
        if not _LANGUAGE.match(given):
            raise CliError(f"'{given[:20]}' is not a language code such as en, ru or tr.")
        return given
    if session is None:
        return "en"
    return str(session.settings.get("language"))


def read_answers(path: Path) -> object:
    """Parse an answers file strictly (forms.read_answers: UTF-8 JSON, no duplicate keys,
    no NaN, bounded size). CliError naming the file if it cannot be used.

    ``-`` reads standard input (then the passphrase must come from --passphrase-file).
    """
    from forms import read_answers as forms_read_answers
    from forms.validation import MAX_ANSWERS_BYTES

    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_ANSWERS_BYTES + 1)
    else:
        data = read_bounded(path, MAX_ANSWERS_BYTES, "answers file")
    try:
        return forms_read_answers(data)
    except AnswersError as exc:
        raise CliError(f"{path}: {exc}") from None


def human_size(size: int) -> str:
    """``size`` bytes as a short human figure (1023 B, 1.5 KiB, 12.0 MiB)."""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # pragma: no cover - the loop always returns


def for_terminal(text: str, *, one_line: bool = False) -> str:
    """``text`` safe to print: control and bidi-override characters become U+FFFD.

    Case content may come from someone else's bundle; escape sequences in it must not
    drive the caseworker's terminal, nor bidi marks reorder what they read. Newlines
    and tabs are kept (or become spaces with ``one_line``).
    """
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(" " if one_line else ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co"):
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)
