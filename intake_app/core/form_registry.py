"""The forms available to one vault: the built-in forms plus the forms stored in the vault.

Built-in forms are read from resources/forms by the forms package; the vault stores
definitions in ``form_definitions`` by content hash (forms added with ``intake forms
add``, forms that arrived with an imported bundle, and a copy of every built-in form a
case was written with). Because a case records the hash of its form and that exact
definition is kept in the vault, the case renders the same years later even after the
program ships a changed built-in form.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from forms import canonical_json
from intake_app.core.errors import FormNotFoundError, FormVersionConflictError
from intake_app.storage.events import EventLog
from intake_app.storage.exchange_rows import FormDefinitionRows
from intake_app.storage.form_catalog import FormCatalogRows

if TYPE_CHECKING:
    from forms import FormDefinition

# The forms loader and the built-in forms are imported where they are used: every
# session has a registry, and commands that never read a form (``intake export``) should
# not pay the loader's start-up (the expression compiler, Babel).


class FormOrigin(enum.Enum):
    """Where a form comes from."""

    BUILTIN = "builtin"  # shipped with the program
    VAULT = "vault"  # stored in this vault (added, received, or an older built-in copy)


@dataclass(frozen=True)
class FormInfo:
    """A form as listed: enough to choose one, without loading it."""

    id: str
    version: str
    hash: str
    origin: FormOrigin


@dataclass(frozen=True)
class AddedForm:
    """What ``FormRegistry.add`` did: the form, and False when it was already there."""

    form: FormDefinition
    added: bool


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key for versions: numbers compare as numbers ("1.10" after "1.9").

    Numeric parts sort before text parts at the same position, so "2.0" > "2.0-beta" is
    not promised; versions are compared only to pick the latest of one form.
    """
    parts = re.findall(r"\d+|[A-Za-z]+", version)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


class FormRegistry:
    """Look up, list and add forms for one open vault.

    Definitions loaded from the vault are kept parsed by hash for the life of the
    registry (they never change: a hash names exactly one definition).
    """

    def __init__(
        self,
        definitions: FormDefinitionRows,
        catalog: FormCatalogRows,
        events: EventLog,
        transaction: Callable[[], AbstractContextManager[None]],
        builtin_folder: Path | None = None,
    ) -> None:
        self._definitions = definitions
        self._catalog = catalog
        self._events = events
        self._transaction = transaction
        self._builtin_folder = builtin_folder
        self._builtin: dict[str, FormDefinition] | None = None
        self._parsed: dict[str, FormDefinition] = {}

    def with_builtin_folder(self, folder: Path) -> FormRegistry:
        """A registry over the same vault that reads built-in forms from ``folder``.

        For tests and tools that need another set of built-in forms; the vault's stored
        definitions are the same.
        """
        return FormRegistry(
            self._definitions, self._catalog, self._events, self._transaction, folder
        )

    def builtin(self) -> dict[str, FormDefinition]:
        """The built-in forms by id (loaded once). Raises FormDefinitionError if one is broken."""
        if self._builtin is None:
            from forms import builtin_forms

            self._builtin = builtin_forms(self._builtin_folder)
        return self._builtin

    def list(self, *, all_versions: bool = False) -> list[FormInfo]:
        """Every form new cases can use, sorted by id then newest version first.

        That is the built-in forms and the forms added to the vault; definitions kept only
        to render existing cases (older built-in versions, forms received in bundles) are
        not offered, so a received form can never stand in for a built-in one. A form
        that is both is listed once, as built-in. Without ``all_versions`` only the latest
        version of each id is listed.
        """
        infos: dict[str, FormInfo] = {}
        for form in self.builtin().values():
            infos[form.hash] = FormInfo(form.id, form.version, form.hash, FormOrigin.BUILTIN)
        for row in self._catalog.added():
            infos.setdefault(
                row.hash, FormInfo(row.form_id, row.version, row.hash, FormOrigin.VAULT)
            )
        # Stable sorts, last key first: by id, then newest version, then built-in first.
        ordered = sorted(infos.values(), key=lambda i: i.origin is not FormOrigin.BUILTIN)
        ordered.sort(key=lambda i: version_key(i.version), reverse=True)
        ordered.sort(key=lambda i: i.id)
        if all_versions:
            return ordered
        latest: dict[str, FormInfo] = {}
        for info in ordered:
            latest.setdefault(info.id, info)
        return list(latest.values())

    def get(self, form_id: str, version: str | None = None) -> FormDefinition:
        """The form ``form_id`` at ``version`` (the latest version when None).

        When a built-in and a stored form share id and version, the built-in one wins.
        Raises FormNotFoundError.
        """
        candidates = [i for i in self.list(all_versions=True) if i.id == form_id]
        if version is not None:
            candidates = [i for i in candidates if i.version == version]
        if not candidates:
            raise FormNotFoundError(form_id, version)
        return self.by_hash(candidates[0].hash)

    def by_hash(self, content_hash: str) -> FormDefinition:
        """The exact definition with ``content_hash`` (built-in or stored).

        Raises FormNotFoundError when the vault does not hold it.
        """
        for form in self.builtin().values():
            if form.hash == content_hash:
                return form
        cached = self._parsed.get(content_hash)
        if cached is not None:
            return cached
        text = self._definitions.get(content_hash)
        if text is None:
            raise FormNotFoundError(content_hash)
        from forms import load_form

        form = load_form(text)
        if form.hash != content_hash:  # the row does not hold what its key says
            raise FormNotFoundError(content_hash)
        self._parsed[content_hash] = form
        return form

    def add(self, definition: bytes | str) -> AddedForm:
        """Check ``definition`` completely and store it in the vault.

        Returns the form and whether it was new (the same content twice is stored once).
        The definition and a ``form_added`` event are written in one transaction.
        Raises FormDefinitionError listing every problem (nothing stored), or
        FormVersionConflictError when a different form already has this id and version.
        """
        from forms import load_form

        form = load_form(definition)
        usable = self.list(all_versions=True)
        if any(i.hash == form.hash for i in usable):
            return AddedForm(form, added=False)
        if any(i.id == form.id and i.version == form.version for i in usable):
            raise FormVersionConflictError(form.id, form.version)
        with self._transaction():
            self.remember(form)
            self._events.append(
                "form_added", form.hash, {"form_id": form.id, "version": form.version}
            )
        return AddedForm(form, added=True)

    def remember(self, form: FormDefinition) -> bool:
        """Store the exact definition of ``form`` by its hash; True if it was not there.

        Called when a case is created, so the case keeps rendering with the definition it
        was written in. Joins the caller's transaction when there is one.
        """
        text = canonical_json(form.source).decode("utf-8")
        added = self._definitions.put(form.hash, form.id, form.version, text)
        self._parsed.setdefault(form.hash, form)
        return added
