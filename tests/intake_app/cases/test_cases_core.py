"""Cases as use cases: validation, attachments without metadata, atomicity, deletion."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from intake_app.core.cases import AttachRequest, attach_file, delete_case, find_case, new_case
from intake_app.core.errors import (
    AmbiguousCaseIdError,
    CaseHasRepliesError,
    CaseNotFoundError,
    CaseSealedError,
    InvalidAnswersError,
)
from intake_app.core.evidence import CleanWarning, EvidenceSourceError
from intake_app.core.layout import attachments_path
from intake_app.core.vault import Session
from intake_app.storage.records import CaseStatus
from tests.intake_app.cases.conftest import INTERPOL_ANSWERS, gps_jpeg, has_gps


def _files(session: Session) -> list[Path]:
    return sorted(attachments_path(session.path).iterdir())


def test_new_case_records_form_id_version_hash_and_keeps_the_definition(
    session: Session,
) -> None:
    form = session.forms.get("interpol_abuse")
    created = new_case(session, form, INTERPOL_ANSWERS)
    case = session.cases.get(created.case.id)
    assert (case.form_id, case.form_version, case.form_hash) == (form.id, form.version, form.hash)
    assert session.form_definitions.get(form.hash) is not None
    assert "Türkiye" in case.title or "Turkey" in case.title


def test_answers_to_questions_that_do_not_apply_are_dropped(session: Session) -> None:
    answers = {**INTERPOL_ANSWERS, "was_detained": "no"}  # detentions no longer apply
    created = new_case(session, session.forms.get("interpol_abuse"), answers)
    assert "detentions" not in session.cases.get(created.case.id).answers
    assert session.cases.get(created.case.id).answers["was_detained"] == "no"


def test_invalid_answers_list_every_issue_and_save_nothing(session: Session) -> None:
    answers = {
        "requesting_country": "XX",
        "was_detained": "yes",
        "detentions": [{"det_country": 5}],
        "nonsense": 1,
    }
    with pytest.raises(InvalidAnswersError) as info:
        new_case(session, session.forms.get("interpol_abuse"), answers, language="ru")
    paths = {i.path for i in info.value.issues}
    assert {"requesting_country", "detentions[0].det_country", "nonsense", "request_types"} <= paths
    assert any("страну" in i.message.lower() for i in info.value.issues)
    assert session.cases.count() == 0
    assert session.form_definitions.count() == 0
    assert _files(session) == []


def test_typed_in_attachment_ids_are_refused(session: Session) -> None:
    answers = {**INTERPOL_ANSWERS, "ev_notice": ["someone-elses-file"]}
    with pytest.raises(InvalidAnswersError) as info:
        new_case(session, session.forms.get("interpol_abuse"), answers)
    assert [i.path for i in info.value.issues] == ["ev_notice"]


def test_attached_jpeg_is_stored_without_gps_and_the_record_says_what_went(
    session: Session, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    assert has_gps(photo.read_bytes())
    created = new_case(
        session,
        session.forms.get("interpol_abuse"),
        INTERPOL_ANSWERS,
        [AttachRequest(photo, "ev_notice")],
    )
    outcome = created.attachments[0]
    stored = session.attachments.read_all(outcome.record.id)
    assert not has_gps(stored)
    assert b"CANARY" not in stored
    rec = session.attachments.get(outcome.record.id)
    assert "location (GPS coordinates)" in rec.metadata_removed
    assert "camera serial number" in rec.metadata_removed
    assert rec.original_sha256 != rec.sha256
    assert session.cases.get(created.case.id).answers["ev_notice"] == [rec.id]


def test_keep_metadata_stores_the_file_exactly_as_given(session: Session, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    created = new_case(
        session,
        session.forms.get("interpol_abuse"),
        INTERPOL_ANSWERS,
        [AttachRequest(photo)],
        keep_metadata=True,
    )
    outcome = created.attachments[0]
    assert outcome.warning is CleanWarning.KEPT_ON_REQUEST
    assert session.attachments.read_all(outcome.record.id) == photo.read_bytes()
    assert session.attachments.get(outcome.record.id).metadata_removed == []


def test_unsupported_format_is_attached_with_a_warning(session: Session, tmp_path: Path) -> None:
    audio = tmp_path / "call.ogg"
    audio.write_bytes(b"OggS\x00\x02" + bytes(range(256)) * 4)
    created = new_case(
        session, session.forms.get("interpol_abuse"), INTERPOL_ANSWERS, [AttachRequest(audio)]
    )
    outcome = created.attachments[0]
    assert outcome.warning is CleanWarning.UNSUPPORTED_FORMAT
    assert session.attachments.read_all(outcome.record.id) == audio.read_bytes()


def test_a_failing_attachment_leaves_no_case_no_rows_and_no_files(
    session: Session, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    events_before = len(session.events.list())
    with pytest.raises(EvidenceSourceError):
        new_case(
            session,
            session.forms.get("interpol_abuse"),
            INTERPOL_ANSWERS,
            [AttachRequest(photo), AttachRequest(tmp_path / "gone.jpg")],
        )
    assert session.cases.count() == 0
    assert session.attachments.file_paths() == []
    assert _files(session) == []
    assert len(session.events.list()) == events_before


def test_attach_file_into_a_field_updates_the_answers(session: Session, tmp_path: Path) -> None:
    created = new_case(session, session.forms.get("interpol_abuse"), INTERPOL_ANSWERS)
    doc = tmp_path / "court.txt"
    doc.write_text("ruling", "utf-8")
    outcome = attach_file(session, created.case.id[:8], doc, field="ev_court")
    assert session.cases.get(created.case.id).answers["ev_court"] == [outcome.record.id]
    with pytest.raises(InvalidAnswersError):
        attach_file(session, created.case.id, doc, field="no_such_question")
    assert len(session.attachments.for_case(created.case.id)) == 1


def test_delete_removes_the_case_its_rows_and_its_files(session: Session, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    created = new_case(
        session, session.forms.get("interpol_abuse"), INTERPOL_ANSWERS, [AttachRequest(photo)]
    )
    assert len(_files(session)) == 1
    delete_case(session, created.case.id)
    assert session.cases.count() == 0
    assert session.attachments.file_paths() == []
    assert _files(session) == []
    kinds = [e.kind for e in session.events.list(subject=created.case.id)]
    assert kinds == ["case_created", "attachment_added", "case_deleted"]


def test_events_name_what_happened_without_content(session: Session, tmp_path: Path) -> None:
    created = new_case(session, session.forms.get("interpol_abuse"), INTERPOL_ANSWERS)
    for event in session.events.list(subject=created.case.id):
        text = repr(event.details)
        assert "Berlin" not in text and "TR" not in text


def test_case_ids_accept_a_unique_prefix_only(session: Session) -> None:
    form = session.forms.get("interpol_abuse")
    for case_id in ("abcd1234-0000", "abcd5678-0000"):
        session.cases.create(
            form_id=form.id, form_version=form.version, form_hash=form.hash, case_id=case_id
        )
    assert find_case(session, "abcd12").id == "abcd1234-0000"
    assert find_case(session, "ABCD5678").id == "abcd5678-0000"
    assert find_case(session, "abcd1234-0000").id == "abcd1234-0000"
    with pytest.raises(AmbiguousCaseIdError):
        find_case(session, "abcd")
    with pytest.raises(CaseNotFoundError):
        find_case(session, "abc")  # too short to be a prefix
    with pytest.raises(CaseNotFoundError):
        find_case(session, "abcd9")


def test_answers_are_not_changed_in_the_callers_dict(session: Session) -> None:
    answers = copy.deepcopy(INTERPOL_ANSWERS)
    new_case(session, session.forms.get("interpol_abuse"), answers)
    assert answers == INTERPOL_ANSWERS


def test_a_sealed_case_takes_no_new_attachment(session: Session, tmp_path: Path) -> None:
    created = new_case(session, session.forms.get("interpol_abuse"), INTERPOL_ANSWERS)
    session.cases.set_status(created.case.id, CaseStatus.EXPORTED, sealed=True)
    doc = tmp_path / "late.txt"
    doc.write_text("late", "utf-8")
    with pytest.raises(CaseSealedError):
        attach_file(session, created.case.id, doc)
    assert session.attachments.for_case(created.case.id) == []
    assert _files(session) == []


def test_a_case_with_replies_is_not_deleted(session: Session) -> None:
    form = session.forms.get("interpol_abuse")
    parent = new_case(session, form, INTERPOL_ANSWERS).case
    session.cases.create(
        form_id=form.id, form_version=form.version, form_hash=form.hash, parent_id=parent.id
    )
    with pytest.raises(CaseHasRepliesError):
        delete_case(session, parent.id)
    assert session.cases.count() == 2


REPEAT_FORM: dict[str, Any] = {
    "format": 1,
    "id": "arrests",
    "version": "1",
    "default_language": "en",
    "languages": ["en"],
    "title": {"en": "Arrests"},
    "pages": [
        {
            "name": "main",
            "title": {"en": "Arrests"},
            "items": [
                {
                    "name": "arrests",
                    "type": "repeat",
                    "label": {"en": "Each arrest"},
                    "items": [
                        {"name": "place", "type": "text", "label": {"en": "Where"}},
                        {"name": "papers", "type": "attachment", "label": {"en": "Papers"}},
                    ],
                }
            ],
        }
    ],
}


def test_a_file_goes_into_an_attachment_question_inside_a_repeat(
    session: Session, tmp_path: Path
) -> None:
    form = session.forms.add(json.dumps(REPEAT_FORM)).form
    doc = tmp_path / "warrant.txt"
    doc.write_text("warrant", "utf-8")
    answers = {"arrests": [{"place": "Rome"}, {"place": "Oslo"}]}
    created = new_case(session, form, answers, [AttachRequest(doc, "arrests[1].papers")])
    att_id = created.attachments[0].record.id
    stored = session.cases.get(created.case.id).answers
    assert stored == {"arrests": [{"place": "Rome"}, {"place": "Oslo", "papers": [att_id]}]}

    with pytest.raises(InvalidAnswersError) as info:  # there is no third arrest
        new_case(session, form, answers, [AttachRequest(doc, "arrests[2].papers")])
    assert [i.path for i in info.value.issues] == ["arrests[2].papers"]
    with pytest.raises(InvalidAnswersError):  # not through its repeat
        new_case(session, form, answers, [AttachRequest(doc, "papers")])
    assert session.cases.count() == 1


def test_an_unfinished_draft_takes_a_file_into_a_question(session: Session, tmp_path: Path) -> None:
    """The desktop attaches while the person is still typing: other gaps must not block it."""
    form = session.forms.get("interpol_abuse")
    session.forms.remember(form)
    draft = session.cases.create(
        form_id=form.id, form_version=form.version, form_hash=form.hash, answers={}
    )
    doc = tmp_path / "notice.txt"
    doc.write_text("red notice", "utf-8")
    outcome = attach_file(session, draft.id, doc, field="ev_court")
    assert session.cases.get(draft.id).answers["ev_court"] == [outcome.record.id]
    with pytest.raises(InvalidAnswersError) as info:
        attach_file(session, draft.id, doc, field="no_such_question")
    assert {i.path for i in info.value.issues} == {"no_such_question"}
