"""``intake forms list / show / add``: the forms this vault can use.

They join the ``forms`` group that intake_app/cli/forms_cmds.py creates (validate,
import-xlsform need no vault); this module finds that group's sub-parsers and adds to
them, so the two modules stay independent. ``list`` and ``show`` work without a vault
too (built-in forms only, said on stderr); ``add`` needs the vault.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forms.canonical import MAX_DEFINITION_BYTES
from forms.errors import FormDefinitionError
from intake_app.cli._common import EXIT_OK, CliError, GlobalOptions, emit
from intake_app.cli._session import for_terminal, language_of, open_session, read_bounded
from intake_app.core.errors import FormNotFoundError

if TYPE_CHECKING:
    from forms import FormDefinition
    from forms.model import Item
    from intake_app.core.form_registry import FormInfo, FormOrigin, FormRegistry
    from intake_app.core.vault import Session

# The forms model, the registry and the vault are imported inside the commands:
# registering them must stay cheap (see intake_app/cli/__init__.py).

_HASH = re.compile(r"\A[0-9a-f]{64}\Z")


def forms_group(subparsers: Any, parents: list[argparse.ArgumentParser]) -> Any:
    """The sub-parsers of the ``forms`` command, creating the group if nobody has yet."""
    group = subparsers.choices.get("forms")
    if group is None:
        group = subparsers.add_parser("forms", parents=parents, help="form definitions")
        return group.add_subparsers(dest="forms_command", metavar="SUBCOMMAND", required=True)
    for action in group._actions:  # argparse keeps a group's sub-parsers among its actions
        if isinstance(action, argparse._SubParsersAction):
            return action
    return group.add_subparsers(dest="forms_command", metavar="SUBCOMMAND", required=True)


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``forms list``, ``forms show`` and ``forms add``."""
    sub = forms_group(subparsers, parents)
    p = sub.add_parser(
        "list",
        parents=parents,
        help="list the built-in forms and this vault's forms",
        description="List the forms cases can be written with: the built-in forms and the "
        "forms added to this vault (latest version of each, or every version with --all).",
    )
    p.add_argument("--all", action="store_true", help="every version, not only the latest")
    p.add_argument("--language", help="language of the titles (default: the vault's)")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser(
        "show",
        parents=parents,
        help="show a form's pages and questions",
        description="Show a form: title, version, content hash and every question.",
    )
    p.add_argument("form_id", metavar="ID", help="form id, or the content hash a case names")
    p.add_argument("--version", dest="form_version", help="this version (default: the latest)")
    p.add_argument("--language", help="language of the labels (default: the vault's)")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser(
        "add",
        parents=parents,
        help="add a form definition to this vault",
        description="Check a form definition completely and add it to this vault. "
        "Every problem is listed and nothing is added if there is one.",
    )
    p.add_argument("file", metavar="FORM.json")
    p.set_defaults(handler=cmd_add)


class _Forms:
    """The registry of the vault if there is one, else only the built-in forms."""

    def __init__(self, opts: GlobalOptions) -> None:
        from intake_app.core.vault import VaultState, vault_state

        self.session: Session | None = None
        if vault_state(opts.vault_dir) is VaultState.VAULT:
            self.session = open_session(opts)
        else:
            print("There is no vault here; showing the built-in forms only.", file=sys.stderr)

    def __enter__(self) -> _Forms:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.session is not None:
            self.session.close()

    def infos(self, all_versions: bool) -> list[FormInfo]:
        from forms import builtin_forms
        from intake_app.core.form_registry import FormInfo, FormOrigin

        if self.session is not None:
            return self.session.forms.list(all_versions=all_versions)
        return [
            FormInfo(f.id, f.version, f.hash, FormOrigin.BUILTIN) for f in builtin_forms().values()
        ]

    def load(self, info: FormInfo) -> FormDefinition:
        from forms import builtin_forms

        if self.session is not None:
            return self.session.forms.by_hash(info.hash)
        return builtin_forms()[info.id]

    def get(self, form_id: str, version: str | None) -> tuple[FormDefinition, FormOrigin]:
        from forms import builtin_forms
        from intake_app.core.form_registry import FormOrigin

        if self.session is not None:
            registry: FormRegistry = self.session.forms
            if _HASH.match(form_id) and version is None:  # e.g. the form of a received case
                form = registry.by_hash(form_id)
            else:
                form = registry.get(form_id, version)
            builtin = registry.builtin().get(form.id)
            origin = (
                FormOrigin.BUILTIN if builtin and builtin.hash == form.hash else FormOrigin.VAULT
            )
            return form, origin
        form_b = builtin_forms().get(form_id)
        if form_b is None or (version is not None and form_b.version != version):
            raise FormNotFoundError(form_id, version)
        return form_b, FormOrigin.BUILTIN


def cmd_list(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from forms import localized_text

    with _Forms(opts) as forms:
        language = language_of(forms.session, args.language)
        rows = []
        for info in forms.infos(args.all):
            form = forms.load(info)
            rows.append((info, localized_text(form.title, language, form.default_language), form))
    data = [
        {
            "id": info.id,
            "version": info.version,
            "hash": info.hash,
            "origin": info.origin.value,
            "title": title,
            "languages": list(form.languages),
        }
        for info, title, form in rows
    ]
    width = max([len(i.id) for i, _t, _f in rows] + [2])
    lines = [
        f"{i.id:<{width}}  {i.version:<8}  {_origin_word(i.origin):<8}  {t}" for i, t, _f in rows
    ]
    # Titles of forms received from others are shown safely (no terminal escapes).
    emit(opts, for_terminal("\n".join(lines)) if lines else "No forms.", data)
    return EXIT_OK


def _origin_word(origin: FormOrigin) -> str:
    from intake_app.core.form_registry import FormOrigin

    return "built-in" if origin is FormOrigin.BUILTIN else "vault"


def cmd_show(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from forms import localized_text

    with _Forms(opts) as forms:
        language = language_of(forms.session, args.language)
        form, origin = forms.get(args.form_id, args.form_version)
    if opts.json:
        emit(
            opts,
            "",
            {
                "id": form.id,
                "version": form.version,
                "hash": form.hash,
                "origin": origin.value,
                "title": localized_text(form.title, language, form.default_language),
                "languages": list(form.languages),
                "definition": form.source,
            },
        )
        return EXIT_OK
    text = localized_text
    lines = [
        text(form.title, language, form.default_language),
        f"id: {form.id}   version: {form.version}   {_origin_word(origin)}",
        f"content hash: {form.hash}",
        f"languages: {', '.join(form.languages)} (default {form.default_language})",
    ]
    if form.description:
        lines += ["", text(form.description, language, form.default_language)]
    for page in form.pages:
        lines.append("")
        lines += _outline(page, form, language, 0)
    emit(opts, for_terminal("\n".join(lines)))
    return EXIT_OK


def _outline(item: Item, form: FormDefinition, language: str, depth: int) -> list[str]:
    from forms import Field, Repeat, localized_text
    from forms.model import Container, FieldType

    label = localized_text(item.label, language, form.default_language)
    pad = "  " * depth
    if isinstance(item, Field):
        if item.type is FieldType.NOTE:
            return [f"{pad}({label})"]
        marks = []
        if item.required is True:
            marks.append("required")
        elif item.required is not False:
            marks.append("required when it applies")
        if item.relevant is not None:
            marks.append("asked only when it applies")
        extra = f"  [{', '.join(marks)}]" if marks else ""
        lines = [f"{pad}{item.name} ({item.type.value}): {label}{extra}"]
        for c in item.choices:
            lines.append(
                f"{pad}    {c.value} = {localized_text(c.label, language, form.default_language)}"
            )
        return lines
    kind = "repeat" if isinstance(item, Repeat) else ("page" if depth == 0 else "group")
    lines = [f"{pad}[{kind} {item.name}] {label}"]
    if isinstance(item, Container):
        for child in item.items:
            lines += _outline(child, form, language, depth + 1)
    return lines


def cmd_add(opts: GlobalOptions, args: argparse.Namespace) -> int:
    path = Path(args.file)
    data = read_bounded(path, MAX_DEFINITION_BYTES, "form definition")
    with open_session(opts) as session:
        try:
            result = session.forms.add(data)
        except FormDefinitionError as exc:
            for p in exc.problems:
                print(f"{p.location or '/'}: {p.message}", file=sys.stderr)
            raise CliError(f"{exc} Nothing was added.") from None
    form = result.form
    what = "Added" if result.added else "Already in this vault:"
    emit(
        opts,
        f"{what} form {form.id} version {form.version} (content hash {form.hash}).",
        {"id": form.id, "version": form.version, "hash": form.hash, "added": result.added},
    )
    return EXIT_OK
