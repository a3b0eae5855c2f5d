"""Reporter to organisation: export, import, replay, refusals (real vaults, real crypto)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from crypto.bundle import open_bundle
from crypto.identity import VaultIdentity
from intake_app.core import export, identity, importing
from intake_app.core.errors import (
    ExportCancelledError,
    ExportInsideVaultError,
    ExportTargetError,
    FormDefinitionMissingError,
    PartnerNotVerifiedError,
)
from intake_app.core.importing import ImportRejection, ImportStatus
from intake_app.storage.records import CaseStatus, Direction

from .conftest import MakeParty
from .helpers import Evidence, befriend, folder_hashes, make_case, sha, snapshot

PHOTO = bytes(range(256)) * 700  # 179 200 bytes: several age chunks
SCAN = b"%PDF-1.4 scanned notice" * 50


def test_exported_case_arrives_identical_and_a_replay_stores_nothing(
    make_party: MakeParty, tmp_path: Path
) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    case = make_case(
        reporter, [Evidence("photo.jpg", PHOTO), Evidence("scan.pdf", SCAN, "application/pdf")]
    )
    partner = befriend(reporter, org)
    result = export.export_case(reporter, case.id, [partner.id], tmp_path / "out.age")
    assert result.size == (tmp_path / "out.age").stat().st_size

    outcome = importing.import_bundle(org, tmp_path / "out.age")
    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    got = org.cases.get(outcome.case_id or "")
    assert (got.direction, got.status, got.bundle_id) == (
        Direction.RECEIVED,
        CaseStatus.RECEIVED,
        result.bundle_id,
    )
    assert (got.form_id, got.form_version, got.form_hash, got.title) == (
        case.form_id,
        case.form_version,
        case.form_hash,
        case.title,
    )
    received = org.attachments.for_case(got.id)
    assert [(a.display_name, a.sha256) for a in received] == [
        ("photo.jpg", sha(PHOTO)),
        ("scan.pdf", sha(SCAN)),
    ]
    assert [org.attachments.read_all(a.id) for a in received] == [PHOTO, SCAN]
    # The answers point at the receiver's own copies of the attachments.
    assert got.answers == {"summary": case.answers["summary"], "files": [a.id for a in received]}
    assert org.form_definitions.get(case.form_hash) == reporter.form_definitions.get(case.form_hash)
    source = org.sources.get(got.source_id or "")
    assert source.signing_key == identity.own_card(reporter).public_keys.signing_key

    before = snapshot(org)
    again = importing.import_bundle(org, tmp_path / "out.age")
    assert again.status is ImportStatus.ALREADY_IMPORTED
    assert again.case_id == got.id
    assert snapshot(org) == before


def test_export_marks_the_case_sent_and_logs_recipients_and_manifest_hash(
    make_party: MakeParty, tmp_path: Path
) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    case = make_case(reporter)
    partner = befriend(reporter, org)
    result = export.export_case(reporter, case.id, [partner.id], tmp_path / "b.age")
    after = reporter.cases.get(case.id)
    assert (after.status, after.sealed) == (CaseStatus.EXPORTED, True)
    event = reporter.events.list(subject=case.id)[-1]
    assert event.kind == "case_exported"
    assert event.details["bundle_id"] == result.bundle_id
    assert event.details["manifest_sha256"] == result.manifest_sha256
    # The importer identifies the bundle by the same signed manifest.
    outcome = importing.import_bundle(org, tmp_path / "b.age")
    assert outcome.manifest_sha256 == result.manifest_sha256
    logged = org.events.list(subject=outcome.case_id)
    assert [e.details["manifest_sha256"] for e in logged if e.kind == "bundle_imported"] == [
        result.manifest_sha256
    ]
    assert set(event.details["recipients"]) == {
        identity.own_card(reporter).fingerprint.digits,
        identity.own_card(org).fingerprint.digits,
    }


def test_export_refuses_unverified_partners_by_name_and_writes_nothing(
    make_party: MakeParty, tmp_path: Path
) -> None:
    reporter, org, other = make_party("Reporter"), make_party("Org"), make_party("Other NGO")
    case = make_case(reporter)
    verified = befriend(reporter, org)
    unverified = befriend(reporter, other, verify=False)
    with pytest.raises(PartnerNotVerifiedError) as err:
        export.export_case(reporter, case.id, [verified.id, unverified.id], tmp_path / "x.age")
    assert err.value.names == ["Other NGO"]
    assert "Other NGO" in str(err.value)
    assert list(tmp_path.glob("*.age")) == []
    assert reporter.cases.get(case.id).status is CaseStatus.DRAFT


def test_export_refuses_a_file_inside_the_vault_folder_and_writes_nothing(
    make_party: MakeParty, tmp_path: Path
) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    case = make_case(reporter)
    partner = befriend(reporter, org)
    before = snapshot(reporter)
    (tmp_path / "link").symlink_to(reporter.path / "attachments")
    for dest in (
        reporter.path / "b.age",
        reporter.path / "attachments" / "b.age",
        tmp_path / "link" / "b.age",  # the same folder, reached through a link
    ):
        with pytest.raises(ExportInsideVaultError):
            export.export_case(reporter, case.id, [partner.id], dest)
    assert snapshot(reporter) == before
    assert reporter.cases.get(case.id).status is CaseStatus.DRAFT
    # A folder beside the vault, whose name merely starts the same way, is fine.
    beside = reporter.path.parent / (reporter.path.name + "-exports")
    beside.mkdir()
    assert export.export_case(reporter, case.id, [partner.id], beside / "b.age").size > 0


def test_the_sender_can_reopen_its_own_bundle(make_party: MakeParty, tmp_path: Path) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    case = make_case(reporter, [Evidence("photo.jpg", PHOTO)])
    export.export_case(reporter, case.id, [befriend(reporter, org).id], tmp_path / "b.age")
    own = VaultIdentity.from_bytes(reporter.identity.load() or b"")
    with (tmp_path / "b.age").open("rb") as src:
        reader = open_bundle(own, src)
        items = [b"".join(pieces) for _, pieces in reader.items()]
    assert items[2] == PHOTO
    outcome = importing.import_bundle(reporter, tmp_path / "b.age")
    assert outcome.status is ImportStatus.ALREADY_IMPORTED
    assert reporter.cases.count() == 1


def test_bundles_use_hybrid_recipients_unless_x25519_is_asked_for(
    make_party: MakeParty, tmp_path: Path
) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    case = make_case(reporter)
    pid = befriend(reporter, org).id
    hybrid = export.export_case(reporter, case.id, [pid], tmp_path / "pq.age")
    classic = export.export_case(reporter, case.id, [pid], tmp_path / "x.age", post_quantum=False)
    assert hybrid.post_quantum and b"mlkem768x25519" in (tmp_path / "pq.age").read_bytes()[:4000]
    assert not classic.post_quantum
    assert b"-> X25519 " in (tmp_path / "x.age").read_bytes()[:2000]
    assert importing.import_bundle(org, tmp_path / "x.age").status is ImportStatus.IMPORTED


def test_export_fails_clearly_when_the_form_is_not_stored(
    make_party: MakeParty, tmp_path: Path
) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    case = reporter.cases.create(form_id="gone", form_version="1", form_hash="0" * 64)
    with pytest.raises(FormDefinitionMissingError):
        export.export_case(reporter, case.id, [befriend(reporter, org).id], tmp_path / "x.age")
    assert list(tmp_path.iterdir()) == [p for p in tmp_path.iterdir() if p.is_dir()]


def test_cancelled_export_leaves_no_file(make_party: MakeParty, tmp_path: Path) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    case = make_case(reporter, [Evidence("photo.jpg", PHOTO)])
    out = tmp_path / "out"
    out.mkdir()
    seen: list[int] = []
    with pytest.raises(ExportCancelledError):
        export.export_case(
            reporter,
            case.id,
            [befriend(reporter, org).id],
            out / "b.age",
            progress=lambda done, total: seen.append(done),
            cancel=lambda: len(seen) > 1,
        )
    assert list(out.iterdir()) == []
    assert reporter.cases.get(case.id).status is CaseStatus.DRAFT


def test_export_never_overwrites_an_existing_file(make_party: MakeParty, tmp_path: Path) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    case = make_case(reporter)
    target = tmp_path / "taken.age"
    target.write_bytes(b"someone else's file")
    with pytest.raises(ExportTargetError):
        export.export_case(reporter, case.id, [befriend(reporter, org).id], target)
    assert target.read_bytes() == b"someone else's file"


def test_default_bundle_names_say_nothing() -> None:
    names = {export.default_bundle_name() for _ in range(50)}
    assert len(names) == 50
    assert all(n.endswith(".age") and len(n) == 14 and n[:10].isalnum() for n in names)


def test_later_bundles_from_the_same_key_join_the_same_source(
    make_party: MakeParty, tmp_path: Path
) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    pid = befriend(reporter, org).id
    first = export.export_case(reporter, make_case(reporter).id, [pid], tmp_path / "1.age")
    second = export.export_case(reporter, make_case(reporter).id, [pid], tmp_path / "2.age")
    a = importing.import_bundle(org, first.path)
    b = importing.import_bundle(org, second.path)
    assert a.status is b.status is ImportStatus.IMPORTED
    assert a.source_id == b.source_id
    assert len(org.sources.list()) == 1


def test_bundle_from_a_partner_is_linked_to_that_partner(
    make_party: MakeParty, tmp_path: Path
) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    pid = befriend(reporter, org).id
    as_partner = befriend(org, reporter)  # the org knows the reporter as a partner too
    result = export.export_case(reporter, make_case(reporter).id, [pid], tmp_path / "b.age")
    outcome = importing.import_bundle(org, result.path)
    assert outcome.partner_id == as_partner.id
    assert org.cases.get(outcome.case_id or "").partner_id == as_partner.id
    assert org.sources.list() == []


def test_forged_bundle_claiming_a_verified_partner_is_a_key_mismatch(
    make_party: MakeParty, tmp_path: Path
) -> None:
    org, real, forger = make_party("Org"), make_party("Lawyers Guild"), make_party("Forger")
    befriend(org, real)  # the org verified the real "Lawyers Guild"
    identity.rename(forger, "Lawyers Guild")  # the forger claims that name with its own keys
    case = make_case(forger)
    result = export.export_case(forger, case.id, [befriend(forger, org).id], tmp_path / "f.age")
    before = snapshot(org)
    outcome = importing.import_bundle(org, result.path)
    assert (outcome.status, outcome.reason) == (
        ImportStatus.REJECTED,
        ImportRejection.KEY_MISMATCH,
    )
    assert outcome.partner_name == "Lawyers Guild"
    assert "Lawyers Guild" in outcome.message
    assert snapshot(org) == before


def test_a_failure_while_storing_items_leaves_the_vault_as_before(
    make_party: MakeParty, tmp_path: Path
) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    case = make_case(reporter, [Evidence("a.jpg", PHOTO), Evidence("b.jpg", PHOTO[::-1])])
    result = export.export_case(reporter, case.id, [befriend(reporter, org).id], tmp_path / "b.age")
    data = bytearray(result.path.read_bytes())
    data[-100] ^= 1  # inside the last attachment: the first one is stored before this shows
    result.path.write_bytes(bytes(data))
    before = snapshot(org)
    outcome = importing.import_bundle(org, result.path)
    assert outcome.reason is ImportRejection.UNREADABLE
    assert snapshot(org) == before
    assert not any(p.suffix == ".tmp" for p in (org.path / "attachments").iterdir())


def test_vault_created_before_identities_gets_one_on_first_need(make_party: MakeParty) -> None:
    from intake_app.core.vault import unlock_vault

    old = make_party("Old")
    old_path = old.path
    # A vault made before this change has no identity row; make one that way through
    # the real database (the only way such a vault can exist now).
    old._require_db().connection.execute("DELETE FROM identity")
    old.close()
    files_before = folder_hashes(old_path)
    with unlock_vault(old_path, b"pw") as session:
        assert folder_hashes(old_path) == files_before  # unlocking alone changes nothing
        assert session.identity.load() is None
        info = identity.show(session)
        assert session.identity.load() is not None
        assert identity.show(session) == info  # created once, then stable
        assert [e.kind for e in session.events.list()][-1] == "identity_created"


def test_answers_from_another_writer_are_taken_as_the_answers_object(
    make_party: MakeParty,
) -> None:
    from intake_app.core.importing import _parse_answers

    title, answers, meta = _parse_answers(b'{"name":"A. Person"}', 1)
    assert (title, answers, meta) == ("", {"name": "A. Person"}, None)


def test_bundle_signed_with_a_partners_key_but_other_age_keys_is_a_key_mismatch(
    make_party: MakeParty, tmp_path: Path
) -> None:
    from crypto.age import HybridIdentity, X25519Identity
    from crypto.bundle import BundleKind, ItemInfo, ItemRole, ItemSource, seal_bundle

    reporter, org = make_party("Reporter"), make_party("Org")
    befriend(reporter, org)
    org_real = VaultIdentity.from_bytes(org.identity.load() or b"")
    # The org's signing key with fresh age keys: a card the reporter never pinned.
    twisted = VaultIdentity(
        org_real.signing_key, X25519Identity.generate(), HybridIdentity.generate()
    )
    form = b'{"id":"f","version":"1"}'
    answers = b'{"a":1}'
    record = {"case_ref": "0" * 32, "form": {"id": "f", "version": "1", "content_hash": sha(form)}}
    items = [
        ItemSource(
            ItemInfo("form.json", "application/json", ItemRole.FORM, len(form), sha(form)),
            lambda: io.BytesIO(form),
        ),
        ItemSource(
            ItemInfo(
                "answers.json", "application/json", ItemRole.ANSWERS, len(answers), sha(answers)
            ),
            lambda: io.BytesIO(answers),
        ),
    ]
    bundle = tmp_path / "twisted.age"
    with bundle.open("wb") as out:
        seal_bundle(
            twisted,
            twisted.make_card("Org"),
            [identity.own_card(reporter)],
            BundleKind.CASE,
            record,
            items,
            out,
        )
    before = snapshot(reporter)
    outcome = importing.import_bundle(reporter, bundle)
    assert (outcome.reason, outcome.partner_name) == (ImportRejection.KEY_MISMATCH, "Org")
    assert snapshot(reporter) == before


def test_export_to_a_partner_without_a_hybrid_key_uses_x25519_for_everyone(
    make_party: MakeParty, tmp_path: Path
) -> None:
    from crypto.cards import make_card
    from intake_app.core import partners

    reporter = make_party("Reporter")
    other = VaultIdentity.generate()
    old_card = make_card(other.signing_key, "Old NGO", other.public_keys.age_x25519, None)
    partner = partners.add_partner(reporter, old_card.to_bytes()).partner
    partners.verify_partner(reporter, partner, str(old_card.fingerprint))
    result = export.export_case(reporter, make_case(reporter).id, [partner.id], tmp_path / "b.age")
    assert not result.post_quantum
    assert b"mlkem768x25519" not in (tmp_path / "b.age").read_bytes()[:4000]


def test_import_reports_progress_and_a_cancelled_import_adds_nothing(
    make_party: MakeParty, tmp_path: Path
) -> None:
    reporter, org = make_party("Reporter"), make_party("Org")
    case = make_case(reporter, [Evidence("a.jpg", PHOTO * 4)])
    result = export.export_case(reporter, case.id, [befriend(reporter, org).id], tmp_path / "b.age")
    before = snapshot(org)
    seen: list[int] = []
    cancelled = importing.import_bundle(
        org,
        result.path,
        progress=lambda done, total: seen.append(done),
        cancel=lambda: len(seen) > 3,
    )
    assert cancelled.status is ImportStatus.CANCELLED
    assert snapshot(org) == before
    ticks: list[tuple[int, int]] = []
    done = importing.import_bundle(org, result.path, progress=lambda d, t: ticks.append((d, t)))
    assert done.status is ImportStatus.IMPORTED
    assert ticks[-1] == (result.size, result.size)
