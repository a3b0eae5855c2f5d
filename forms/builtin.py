"""The built-in forms shipped in resources/forms/<id>.json."""

from __future__ import annotations

from pathlib import Path

from forms.model import FormDefinition

#: Largest number of built-in form files read (a sanity bound, not a product limit).
_MAX_FILES = 100


def builtin_forms_dir() -> Path:
    """The folder holding the built-in definitions (``resources/forms`` of the project)."""
    return Path(__file__).resolve().parent.parent / "resources" / "forms"


def builtin_forms(folder: Path | None = None) -> dict[str, FormDefinition]:
    """Load every ``*.json`` in the built-in folder, by form id, sorted by id.

    Raises FormDefinitionError (naming the file in its problems' locations) if one is
    broken: a broken built-in form is a bug to fix, not something to skip silently.
    A file's name must be its form's id.
    """
    from forms.errors import FormDefinitionError
    from forms.loader import load_form
    from forms.problems import Problem

    folder = folder or builtin_forms_dir()
    forms: dict[str, FormDefinition] = {}
    if not folder.is_dir():
        return forms
    for path in sorted(folder.glob("*.json"))[:_MAX_FILES]:
        try:
            form = load_form(path.read_bytes())
        except FormDefinitionError as exc:
            raise FormDefinitionError(
                [Problem(f"{path.name}:{p.location}", p.message, p.severity) for p in exc.problems]
            ) from None
        if form.id != path.stem:
            raise FormDefinitionError(
                [Problem(f"{path.name}:/id", f"The id '{form.id}' differs from the file name.")]
            )
        forms[form.id] = form
    return dict(sorted(forms.items()))
