"""``intake case new / list / show / attach / delete``.

Attaching files to a new case: ``--attach FILE`` attaches FILE as general evidence;
``--attach FIELD=FILE`` puts it in the form's attachment question FIELD (e.g.
``ev_notice=notice.pdf`` in the INTERPOL form; ``detentions[0].papers=FILE`` for a
question inside the first entry of a repeated group, which the answers must contain). A name before
``=`` that is not a question of the form is read as part of the file name, so a file
called ``a=b.jpg`` still attaches as general evidence. Metadata is removed unless
``--keep-metadata``; what was removed (or why not) is printed on stderr per file.

Case ids: the full id or a unique prefix of at least 4 characters.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forms import FormDefinitionError
from intake_app.cli._common import EXIT_FAILURE, EXIT_OK, CliError, GlobalOptions, emit
from intake_app.cli._session import (
    for_terminal,
    human_size,
    language_of,
    open_session,
    read_answers,
)
from intake_app.core.errors import FormNotFoundError, InvalidAnswersError

if TYPE_CHECKING:
    from intake_app.core.cases import AttachOutcome, AttachRequest
    from intake_app.core.vault import Session
    from intake_app.storage.records import AttachmentRecord, CaseRecord

# The case, form and evidence code is imported inside the commands: registering them
# must stay cheap (see intake_app/cli/__init__.py).


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add the ``case`` command group."""
    case = subparsers.add_parser("case", parents=parents, help="write, read and delete cases")
    sub = case.add_subparsers(dest="case_command", metavar="SUBCOMMAND", required=True)

    p = sub.add_parser(
        "new",
        parents=parents,
        help="create a case from a form and a JSON file of answers",
        description="Create a case. The answers are checked against the form: every "
        "problem is listed (path: message) and nothing is saved if there is one. Prints "
        "the new case's id.",
        epilog="--attach FILE attaches FILE as general evidence; --attach FIELD=FILE puts "
        "it in the form's attachment question FIELD. Identifying metadata (GPS position, "
        "camera serial numbers, document authors) is removed unless --keep-metadata.",
    )
    p.add_argument("--form", required=True, metavar="ID", help="form id (see 'intake forms list')")
    p.add_argument("--form-version", metavar="VERSION", help="form version (default: latest)")
    p.add_argument(
        "--answers",
        required=True,
        metavar="FILE.json",
        help="the answers ('-' reads standard input)",
    )
    p.add_argument(
        "--attach",
        action="extend",
        nargs="+",
        default=[],
        metavar="[FIELD=]FILE",
        help="files to attach (several allowed)",
    )
    p.add_argument("--keep-metadata", action="store_true", help="store files exactly as given")
    p.add_argument("--title", help="the case's title (default: form title, country and date)")
    p.add_argument("--language", help="language of messages (default: the vault's)")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("list", parents=parents, help="list the cases in this vault")
    p.add_argument("--limit", type=int, default=1000, help="at most this many (default 1000)")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser(
        "show", parents=parents, help="show a case with the form's labels and its attachments"
    )
    p.add_argument("case_id", metavar="ID", help="case id or a unique prefix")
    p.add_argument("--language", help="language of the labels (default: the vault's)")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("attach", parents=parents, help="attach a file to a case")
    p.add_argument("case_id", metavar="ID", help="case id or a unique prefix")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--field", help="the form's attachment question to put it in")
    p.add_argument("--keep-metadata", action="store_true", help="store the file exactly as given")
    p.add_argument("--language", help="language of messages (default: the vault's)")
    p.set_defaults(handler=cmd_attach)

    p = sub.add_parser(
        "delete",
        parents=parents,
        help="delete a case and its attachments for good",
        description="Delete a case, its answers and its attached files. Asks for "
        "confirmation at a terminal; use --yes in scripts.",
    )
    p.add_argument("case_id", metavar="ID", help="case id or a unique prefix")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_delete)


# --- new ------------------------------------------------------------------------------


def _split_attach(raw: str, field_names: set[str]) -> AttachRequest:
    from intake_app.core import answer_paths
    from intake_app.core.cases import AttachRequest

    name, sep, rest = raw.partition("=")
    parsed = answer_paths.parse(name) if sep and rest else None
    if parsed is not None and parsed[1] in field_names:
        return AttachRequest(Path(rest).expanduser(), name)
    return AttachRequest(Path(raw).expanduser())


def _check_files(requests: list[AttachRequest]) -> None:
    """Refuse before anything is written: every file must be a readable regular file."""
    for req in requests:
        if not req.path.is_file():
            raise CliError(f"There is no file at {req.path}; nothing was saved.")
        try:
            with req.path.open("rb"):
                pass
        except OSError as exc:
            raise CliError(f"Cannot read {req.path}: {exc.strerror or 'error'}.") from None


def cmd_new(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core.cases import new_case
    from intake_app.core.evidence import EvidenceSourceError

    answers = read_answers(Path(args.answers))
    with open_session(opts) as session:
        language = language_of(session, args.language)
        form = session.forms.get(args.form, args.form_version)
        requests = [_split_attach(a, set(form.items)) for a in args.attach]
        _check_files(requests)
        try:
            created = new_case(
                session,
                form,
                answers,
                requests,
                keep_metadata=args.keep_metadata,
                language=language,
                title=args.title,
            )
        except InvalidAnswersError as exc:
            _report_issues(opts, exc)
            raise CliError(str(exc)) from None
        except EvidenceSourceError as exc:
            raise CliError(f"{exc} Nothing was saved.") from None
    for outcome in created.attachments:
        print(_cleaning_line(outcome), file=sys.stderr)
    case = created.case
    emit(
        opts,
        case.id,
        {
            "id": case.id,
            "title": case.title,
            "form": {"id": case.form_id, "version": case.form_version, "hash": case.form_hash},
            "attachments": [_outcome_json(o) for o in created.attachments],
        },
    )
    return EXIT_OK


def _report_issues(opts: GlobalOptions, exc: InvalidAnswersError) -> None:
    if opts.json:
        issues = [{"path": i.path, "code": i.code.value, "message": i.message} for i in exc.issues]
        emit(opts, "", {"ok": False, "issues": issues})
    for issue in exc.issues:
        print(f"{issue.path or '/'}: {issue.message}", file=sys.stderr)


def _cleaning_line(o: AttachOutcome) -> str:
    name = for_terminal(o.record.display_name, one_line=True)
    if o.warning is not None:
        return f"{name}: {o.warning.message}"
    removed = [i.summary for i in o.found if not i.kept]
    kept = [i.summary for i in o.found if i.kept]
    if not removed and not kept:
        return f"{name}: no identifying metadata found."
    text = f"{name}: removed {', '.join(removed)}." if removed else f"{name}:"
    if kept:
        text += f" Kept because it is part of the content: {', '.join(kept)}."
    return text


def _outcome_json(o: AttachOutcome) -> dict[str, Any]:
    return {
        **_attachment_json(o.record),
        "field": o.field,
        "warning": o.warning.value if o.warning else None,
        "warning_message": o.warning.message if o.warning else None,
        "found": [
            {"kind": i.kind.value, "field": i.field, "summary": i.summary, "kept": i.kept}
            for i in o.found
        ],
    }


# --- list and show --------------------------------------------------------------------


def _case_json(case: CaseRecord) -> dict[str, Any]:
    return {
        "id": case.id,
        "title": case.title,
        "status": case.status.value,
        "direction": case.direction.value,
        "form": {"id": case.form_id, "version": case.form_version, "hash": case.form_hash},
        "created_at": case.created_at,
        "updated_at": case.updated_at,
        "sealed": case.sealed,
        "source": case.source_id,
        "partner": case.partner_id,
    }


def _origin_line(case: CaseRecord) -> str | None:
    """Who a received case came from, by the id 'intake source/partner list' shows."""
    if case.source_id is not None:
        return f"received from source {case.source_id[:8]} (see 'intake source list')"
    if case.partner_id is not None:
        return f"received from partner {case.partner_id[:8]} (see 'intake partner list')"
    return None


def _attachment_json(rec: AttachmentRecord) -> dict[str, Any]:
    return {
        "id": rec.id,
        "name": rec.display_name,
        "media_type": rec.media_type,
        "size": rec.size,
        "sha256": rec.sha256,
        "original_sha256": rec.original_sha256,
        "metadata_removed": list(rec.metadata_removed),
        "created_at": rec.created_at,
    }


def cmd_list(opts: GlobalOptions, args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1.")
    with open_session(opts) as session:
        cases = session.cases.list(limit=args.limit)
    lines = [
        f"{c.id[:8]}  {c.created_at[:10]}  {c.status.value:<9}  {for_terminal(c.form_id):<24}  "
        f"{for_terminal(c.title, one_line=True)}"
        for c in cases
    ]
    emit(opts, "\n".join(lines) if lines else "No cases yet.", [_case_json(c) for c in cases])
    return EXIT_OK


def cmd_show(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core.case_view import question_prefix
    from intake_app.core.cases import find_case

    with open_session(opts) as session:
        language = language_of(session, args.language)
        case = find_case(session, args.case_id)
        attachments = session.attachments.for_case(case.id)
        rendered = _render(session, case, attachments, language)
        history = session.events.list(subject=case.id)
    if opts.json:
        data = _case_json(case)
        data["answers"] = case.answers
        data["language"] = language
        data["rendered"] = (
            None
            if rendered is None
            else [
                {"depth": ln.depth, "label": ln.label, "value": ln.value, "path": ln.path}
                for ln in rendered
            ]
        )
        data["attachments"] = [_attachment_json(a) for a in attachments]
        data["history"] = [{"time": e.time, "event": e.kind} for e in history]
        emit(opts, "", data)
        return EXIT_OK
    lines = [
        for_terminal(case.title, one_line=True),
        # The status says what matters (draft, exported, received); the bare direction
        # word beside it ("draft   sent") read as a contradiction.
        f"id: {case.id}   status: {case.status.value}",
        for_terminal(
            f"form: {case.form_id} version {case.form_version} (content hash {case.form_hash})",
            one_line=True,
        ),
        f"created: {case.created_at}   updated: {case.updated_at}",
    ]
    origin = _origin_line(case)
    if origin is not None:
        lines.append(origin)
    lines.append("")
    if rendered is None:
        lines.append(
            "(The form of this case is not in the vault, or this version cannot read it; "
            "showing the answers as stored.)"
        )
        lines += [
            f"  {for_terminal(f'{k}: {v}', one_line=True)}" for k, v in sorted(case.answers.items())
        ]
    elif not rendered:
        lines.append("(No answers.)")
    for ln in rendered or ():
        pad = "  " * ln.depth
        label = for_terminal(ln.label, one_line=True)
        if ln.value is None:
            lines.append(f"{pad}{label}")
            continue
        # Long answers keep their line breaks, indented under their question.
        value = for_terminal(ln.value).replace("\n", "\n" + pad + "    ")
        lines.append(f"{pad}{question_prefix(label)} {value}")
    lines += ["", f"Attachments ({len(attachments)}):" if attachments else "No attachments."]
    for a in attachments:
        name = for_terminal(a.display_name, one_line=True)
        lines.append(f"  {name}  {for_terminal(a.media_type)}  {human_size(a.size)}  id {a.id[:8]}")
        removed = ", ".join(a.metadata_removed) if a.metadata_removed else "nothing"
        removed = for_terminal(removed, one_line=True)
        lines.append(f"    metadata removed: {removed}")
        if a.original_sha256 != a.sha256:
            lines.append(f"    sha256 of the original: {for_terminal(a.original_sha256)}")
        lines.append(f"    sha256 as stored:       {a.sha256}")
    # The vault's record of what happened to this case (chain of custody), oldest first.
    lines += ["", "History:"]
    lines += [f"  {e.time[:19].replace('T', ' ')} UTC  {for_terminal(e.kind)}" for e in history]
    emit(opts, "\n".join(lines))
    return EXIT_OK


def _render(
    session: Session, case: CaseRecord, attachments: list[AttachmentRecord], language: str
) -> list[Any] | None:
    from intake_app.core.case_view import render_answers
    from intake_app.core.cases import case_form

    try:
        form = case_form(session, case)
    except (FormNotFoundError, FormDefinitionError):
        # Missing, or a received definition this version cannot load (a newer sender's
        # form features, or a broken sender): the answers as stored are still shown.
        return None
    return render_answers(form, case.answers, language, {a.id: a for a in attachments})


# --- attach and delete ----------------------------------------------------------------


def cmd_attach(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core.cases import AttachRequest, attach_file

    path = Path(args.file).expanduser()
    _check_files([AttachRequest(path)])
    with open_session(opts) as session:
        language = language_of(session, args.language)
        try:
            outcome = attach_file(
                session,
                args.case_id,
                path,
                field=args.field,
                keep_metadata=args.keep_metadata,
                language=language,
            )
        except InvalidAnswersError as exc:
            _report_issues(opts, exc)
            raise CliError(str(exc)) from None
    print(_cleaning_line(outcome), file=sys.stderr)
    emit(opts, outcome.record.id, _outcome_json(outcome))
    return EXIT_OK


def cmd_delete(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core.cases import delete_case, find_case

    if not args.yes and not sys.stdin.isatty():
        raise CliError("Not at a terminal: add --yes to delete without a question.")
    with open_session(opts) as session:
        case = find_case(session, args.case_id)
        if not args.yes:
            count = len(session.attachments.for_case(case.id))
            question = (
                f"Delete the case {case.id[:8]} ({case.title}) and its {count} attached "
                "file(s) for good? Type 'yes' to delete: "
            )
            try:
                answer = input(question)
            except EOFError:
                answer = ""
            if answer.strip().lower() not in ("yes", "y"):
                print("Nothing was deleted.", file=sys.stderr)
                return EXIT_FAILURE
        deleted = delete_case(session, case.id)
    emit(opts, f"Deleted the case {deleted.id}.", {"id": deleted.id, "deleted": True})
    return EXIT_OK
