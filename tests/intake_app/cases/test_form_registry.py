"""The forms of a vault: built-in ones, added ones, and the exact definition of every case."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from forms import FormDefinitionError, builtin_forms_dir, load_form
from intake_app.core.case_view import render_answers
from intake_app.core.cases import case_form, new_case
from intake_app.core.errors import FormNotFoundError, FormVersionConflictError
from intake_app.core.form_registry import FormOrigin, version_key
from intake_app.core.vault import Session
from tests.intake_app.cases.conftest import INTERPOL_ANSWERS

SMALL_FORM: dict[str, Any] = {
    "format": 1,
    "id": "ngo-intake",
    "version": "1",
    "default_language": "en",
    "languages": ["en", "ru"],
    "title": {"en": "NGO intake", "ru": "Анкета НКО"},
    "pages": [
        {
            "name": "main",
            "title": {"en": "About you", "ru": "О вас"},
            "items": [
                {
                    "name": "city",
                    "type": "text",
                    "required": True,
                    "label": {"en": "City", "ru": "Город"},
                }
            ],
        }
    ],
}


def _form(version: str, city_label: str) -> bytes:
    data = copy.deepcopy(SMALL_FORM)
    data["version"] = version
    data["pages"][0]["items"][0]["label"]["en"] = city_label
    return json.dumps(data).encode()


def test_list_has_the_three_builtin_forms(session: Session) -> None:
    infos = {i.id: i for i in session.forms.list()}
    assert {"interpol_abuse", "whistleblower", "transnational_repression"} <= set(infos)
    assert all(i.origin is FormOrigin.BUILTIN for i in infos.values())


def test_added_form_is_listed_from_the_vault_and_adding_twice_stores_once(
    session: Session,
) -> None:
    first = session.forms.add(_form("1", "City"))
    again = session.forms.add(_form("1", "City"))
    assert first.added and not again.added
    assert session.form_definitions.count() == 1
    info = next(i for i in session.forms.list() if i.id == "ngo-intake")
    assert info.origin is FormOrigin.VAULT and info.hash == first.form.hash


def test_a_different_form_with_the_same_id_and_version_is_refused(session: Session) -> None:
    session.forms.add(_form("1", "City"))
    with pytest.raises(FormVersionConflictError):
        session.forms.add(_form("1", "Town"))
    assert session.form_definitions.count() == 1


def test_a_broken_definition_lists_its_problems_and_adds_nothing(session: Session) -> None:
    data = copy.deepcopy(SMALL_FORM)
    data["pages"][0]["items"][0]["relevant"] = "${ghost} = 1"
    data["pages"][0]["items"].append(
        {"name": "city", "type": "text", "label": {"en": "x", "ru": "x"}}
    )
    with pytest.raises(FormDefinitionError) as info:
        session.forms.add(json.dumps(data).encode())
    assert len(info.value.problems) >= 2
    assert session.form_definitions.count() == 0


def test_get_returns_the_latest_version_unless_one_is_named(session: Session) -> None:
    session.forms.add(_form("2", "Town"))
    session.forms.add(_form("10", "Place"))
    session.forms.add(_form("9", "Village"))
    assert session.forms.get("ngo-intake").version == "10"
    assert session.forms.get("ngo-intake", "9").version == "9"
    assert [i.version for i in session.forms.list(all_versions=True) if i.id == "ngo-intake"] == [
        "10",
        "9",
        "2",
    ]
    with pytest.raises(FormNotFoundError):
        session.forms.get("ngo-intake", "3")
    with pytest.raises(FormNotFoundError):
        session.forms.get("no-such-form")


def test_version_key_compares_numbers_as_numbers() -> None:
    assert version_key("1.10") > version_key("1.9")
    assert version_key("2") > version_key("1.99")


def test_an_old_case_renders_with_its_own_version_after_a_new_version_is_added(
    session: Session,
) -> None:
    session.forms.add(_form("1", "City"))
    old = new_case(session, session.forms.get("ngo-intake"), {"city": "Vienna"}).case
    session.forms.add(_form("2", "Town where you live now"))
    assert session.forms.get("ngo-intake").version == "2"
    form = case_form(session, session.cases.get(old.id))
    assert form.version == "1"
    lines = render_answers(form, old.answers, "en")
    assert [(ln.label, ln.value) for ln in lines] == [("About you", None), ("City", "Vienna")]


def test_a_case_keeps_its_builtin_definition_after_the_builtin_form_changes(
    session: Session, tmp_path: Path
) -> None:
    folder = tmp_path / "builtin"
    shutil.copytree(builtin_forms_dir(), folder)
    registry = session.forms.with_builtin_folder(folder)
    old_form = registry.get("interpol_abuse")
    case = new_case(session, old_form, INTERPOL_ANSWERS).case

    # The program ships a changed built-in form (same id and version, new wording).
    path = folder / "interpol_abuse.json"
    data = json.loads(path.read_text("utf-8"))
    data["title"]["en"] = "Changed title"
    path.write_text(json.dumps(data), "utf-8")
    changed = session.forms.with_builtin_folder(folder)
    assert changed.get("interpol_abuse").hash != old_form.hash

    resolved = changed.by_hash(case.form_hash)
    assert resolved.hash == old_form.hash
    assert resolved.title["en"] == old_form.title["en"] != "Changed title"


def test_a_form_received_in_a_bundle_renders_its_case_but_never_replaces_a_builtin_form(
    session: Session,
) -> None:
    builtin = session.forms.get("interpol_abuse")
    received = copy.deepcopy(builtin.source)
    received["version"] = "99"
    received["title"]["en"] = "Look-alike form"
    text = json.dumps(received)
    form = load_form(text)
    # Stored as an import stores it: the definition only, no form_added event.
    session.form_definitions.put(form.hash, form.id, form.version, text)
    fresh = session.forms
    assert fresh.get("interpol_abuse").hash == builtin.hash
    assert fresh.by_hash(form.hash).title["en"] == "Look-alike form"
    assert [i.hash for i in fresh.list() if i.id == "interpol_abuse"] == [builtin.hash]
