"""``intake forms ...``: the form commands that need no vault.

``validate FILE`` checks a definition (and optionally answers to it);
``import-xlsform FILE.xlsx -o FORM.json`` converts a spreadsheet, writing atomically.
The vault commands (list, show, add) are registered by the vault's own module.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from forms import FormDefinitionError, Severity
from forms.canonical import MAX_DEFINITION_BYTES
from forms.errors import XLSFormError
from intake_app.cli._common import (
    EXIT_FAILURE,
    EXIT_OK,
    CliError,
    GlobalOptions,
    emit,
    read_bounded,
)

# The forms loader, validator and XLSForm reader are imported by the commands that use
# them: registering these commands (``intake --help``) must stay cheap.


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``forms validate`` and ``forms import-xlsform``."""
    forms = subparsers.add_parser("forms", parents=parents, help="form definitions")
    sub = forms.add_subparsers(dest="forms_command", metavar="SUBCOMMAND", required=True)

    v = sub.add_parser(
        "validate",
        parents=parents,
        help="check a form definition file (and optionally answers to it)",
        description="Check a form definition. Prints 'ok', or every problem with its "
        "location; exit status 1 when there are problems.",
    )
    v.add_argument("file", metavar="FILE", help="form definition (.json)")
    v.add_argument("--answers", metavar="ANSWERS", help="also check these answers (.json)")
    v.add_argument("--language", default="en", help="language of answer messages (default en)")
    v.set_defaults(handler=_validate)

    x = sub.add_parser(
        "import-xlsform",
        parents=parents,
        help="convert an XLSForm spreadsheet to a form definition",
        description="Convert an XLSForm (.xlsx) to a form definition. Warnings list what "
        "was not converted; on any error nothing is written.",
    )
    x.add_argument("file", metavar="FILE.xlsx")
    x.add_argument(
        "-o",
        "--output",
        metavar="FORM.json",
        required=True,
        help="where to write the definition (replaced atomically, only on success)",
    )
    x.set_defaults(handler=_import_xlsform)


def _validate(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from forms import load_form, read_answers, validate
    from forms.validation import MAX_ANSWERS_BYTES

    path = Path(args.file)
    try:
        form = load_form(read_bounded(path, MAX_DEFINITION_BYTES, "form definition"))
    except FormDefinitionError as exc:
        problems = [{"location": p.location or "/", "message": p.message} for p in exc.problems]
        emit(opts, "\n".join(str(p) for p in exc.problems), {"ok": False, "problems": problems})
        raise CliError(str(exc)) from None
    summary = {"ok": True, "id": form.id, "version": form.version, "hash": form.hash}
    if args.answers is None:
        emit(opts, "ok", summary)
        return EXIT_OK
    answers = read_answers(read_bounded(Path(args.answers), MAX_ANSWERS_BYTES, "answers file"))
    result = validate(form, answers, args.language)
    if result.ok:
        emit(opts, "ok", {**summary, "answers": result.answers})
        return EXIT_OK
    issues = [{"path": i.path, "code": i.code.value, "message": i.message} for i in result.issues]
    text = "\n".join(f"{i.path or '/'}: {i.message}" for i in result.issues)
    emit(opts, text, {"ok": False, "issues": issues})
    n = len(issues)
    raise CliError(f"The answers have {n} issue{'s' if n != 1 else ''}.", EXIT_FAILURE)


def _import_xlsform(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from forms.xlsform import convert_xlsform

    source, target = Path(args.file), Path(args.output)
    if target.is_dir():
        raise CliError(f"{target} is a folder; give a file name for the form definition.")
    if _same_file(source, target):
        raise CliError(f"{target} is the spreadsheet itself; give another name, e.g. FORM.json.")
    try:
        conversion = convert_xlsform(source)
    except XLSFormError as exc:
        if exc.problems:
            emit(opts, "\n".join(str(p) for p in exc.problems), _problems_json(exc.problems))
        raise CliError(str(exc)) from None
    text = json.dumps(conversion.definition, ensure_ascii=False, indent=2) + "\n"
    _write_atomically(target, text.encode("utf-8"))
    summary = _problems_json(conversion.warnings)
    summary.update(ok=True, output=str(target))
    lines = [str(w) for w in conversion.warnings]
    lines.append(f"Wrote {target} ({len(conversion.warnings)} warning(s)).")
    emit(opts, "\n".join(lines), summary)
    return EXIT_OK


def _same_file(a: Path, b: Path) -> bool:
    """True when ``b`` is ``a`` (also through links), so writing ``b`` would destroy ``a``."""
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _problems_json(problems: list[Any]) -> dict[str, Any]:
    return {
        "ok": False,
        "problems": [
            {"location": p.location, "message": p.message, "severity": p.severity.value}
            for p in problems
        ],
        "errors": sum(p.severity is Severity.ERROR for p in problems),
    }


def _write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then rename it into place."""
    folder = target.parent if str(target.parent) else Path()
    try:
        fd, tmp = tempfile.mkstemp(prefix=".intake-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise CliError(f"Cannot write to {folder}: {exc.strerror or 'error'}.") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CliError(f"Cannot write {target}: {exc.strerror or 'error'}.") from None
