"""The exchange commands, in-process (fast KDF) and once as a real process, plus
recovery of an exported bundle with the stock age and ssh-keygen tools."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from crypto.testing import fast_kdf_params
from intake_app.core.vault import unlock_vault
from tests.intake_app.cli_runner import Cli

from .helpers import Evidence, make_case

REPO = Path(__file__).resolve().parents[3]
PHOTO = bytes(range(256)) * 300


@pytest.fixture(autouse=True)
def _fast_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("intake_app.core.vault.calibrate", lambda: fast_kdf_params())


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path, capsys)


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def _setup_pair(cli: Cli) -> str:
    """Reporter knows and verified Org; returns the reporter's case id."""
    assert cli.run("rep", "init", "--name", "Rep")[0] == 0
    assert cli.run("org", "init", "--name", "Org Two")[0] == 0
    assert cli.run("org", "identity", "card", "-o", str(cli.tmp / "org.card"))[0] == 0
    assert cli.run("rep", "partner", "add", str(cli.tmp / "org.card"))[0] == 0
    fp = cli.json("org", "identity", "show")["fingerprint"]  # type: ignore[index]
    code, _out, err = cli.run("rep", "partner", "verify", "org two", *fp.split())
    assert code == 0, err
    with unlock_vault(cli.tmp / "rep", b"passphrase") as s:
        return make_case(s, [Evidence("photo.jpg", PHOTO)]).id


def test_cli_exports_and_imports_a_case_and_reports_replays(cli: Cli) -> None:
    case_id = _setup_pair(cli)
    bundle = cli.tmp / "b.age"
    code, out, err = cli.run("rep", "export", case_id[:8], "--to", "Org Two", "-o", str(bundle))
    assert code == 0, err
    assert bundle.is_file()
    result = cli.json("org", "import", str(bundle))
    assert isinstance(result, list) and result[0]["status"] == "imported"
    code, out, err = cli.run("org", "import", str(bundle))
    assert code == 0 and "already imported" in out
    listed = cli.json("rep", "partner", "list")
    assert listed[0]["verified"] is True  # type: ignore[index]


def test_cli_export_to_a_folder_picks_a_neutral_name(cli: Cli) -> None:
    case_id = _setup_pair(cli)
    out_dir = cli.tmp / "usb"
    out_dir.mkdir()
    code, _out, err = cli.run("rep", "export", case_id, "--to", "Org Two", "-o", str(out_dir))
    assert code == 0, err
    (name,) = [p.name for p in out_dir.iterdir()]
    assert name.endswith(".age") and "rep" not in name.lower() and "org" not in name.lower()


def test_cli_refuses_export_into_the_vault_folder_with_one_sentence(cli: Cli) -> None:
    case_id = _setup_pair(cli)
    before = sorted(p.name for p in (cli.tmp / "rep").iterdir())
    code, out, err = cli.run(
        "rep", "export", case_id[:8], "--to", "Org Two", "-o", str(cli.tmp / "rep")
    )
    assert code != 0 and out == ""
    assert _one_sentence(err) == (
        "That folder is inside the vault; save the bundle in a folder outside it."
    )
    assert sorted(p.name for p in (cli.tmp / "rep").iterdir()) == before


def test_cli_refuses_export_to_an_unverified_partner_with_one_sentence(cli: Cli) -> None:
    assert cli.run("rep", "init")[0] == 0
    assert cli.run("org", "init", "--name", "Unverified NGO")[0] == 0
    cli.run("org", "identity", "card", "-o", str(cli.tmp / "org.card"), "--text")
    assert cli.run("rep", "partner", "add", str(cli.tmp / "org.card"))[0] == 0
    with unlock_vault(cli.tmp / "rep", b"passphrase") as s:
        case_id = make_case(s).id
    code, _, err = cli.run("rep", "export", case_id, "--to", "Unverified NGO", "-o", "x.age")
    assert code == 1
    assert "Unverified NGO" in _one_sentence(err)
    assert not (cli.tmp / "x.age").exists()


def test_cli_batch_import_continues_past_bad_files_and_exits_non_zero(cli: Cli) -> None:
    case_id = _setup_pair(cli)
    good = cli.tmp / "good.age"
    cli.run("rep", "export", case_id, "--to", "Org Two", "-o", str(good))
    junk = cli.tmp / "junk.age"
    junk.write_bytes(b"not a bundle at all")
    code, out, err = cli.run("org", "import", str(junk), str(good), str(cli.tmp / "missing"))
    assert code == 1
    lines = out.strip().splitlines()
    assert len(lines) == 3
    assert "not an Intake Desk bundle" in lines[0]
    assert "imported as case" in lines[1] and "a new source" in lines[1]
    assert "cannot be read" in lines[2]
    assert _one_sentence(err) == "2 of 3 files were not imported; the others were."
    with unlock_vault(cli.tmp / "org", b"passphrase") as s:
        assert s.cases.count() == 1


def test_cli_a_lone_refused_file_is_said_once_on_stderr(cli: Cli) -> None:
    _setup_pair(cli)
    junk = cli.tmp / "junk.age"
    junk.write_bytes(b"not a bundle at all")
    code, out, err = cli.run("org", "import", str(junk))
    assert code == 1
    assert out == ""
    assert _one_sentence(err) == "This file is not an Intake Desk bundle."


def test_cli_partner_add_refuses_changed_keys_naming_both_fingerprints(cli: Cli) -> None:
    _setup_pair(cli)
    assert cli.run("fake", "init", "--name", "Org Two")[0] == 0
    cli.run("fake", "identity", "card", "-o", str(cli.tmp / "fake.card"))
    code, _, err = cli.run("rep", "partner", "add", str(cli.tmp / "fake.card"))
    sentence = _one_sentence(err)
    real = cli.json("org", "identity", "show")["fingerprint"]  # type: ignore[index]
    fake = cli.json("fake", "identity", "show")["fingerprint"]  # type: ignore[index]
    assert code == 1 and real in sentence and fake in sentence
    code, _out, err = cli.run(
        "rep", "partner", "replace-keys", "Org Two", str(cli.tmp / "fake.card")
    )
    assert code == 0, err
    listed = cli.json("rep", "partner", "list")
    assert listed[0]["verified"] is False and listed[0]["fingerprint"] == fake  # type: ignore[index]


def test_cli_partner_verify_refuses_a_wrong_fingerprint(cli: Cli) -> None:
    _setup_pair(cli)
    code, _, err = cli.run("rep", "partner", "verify", "Org Two", "0" * 30)
    assert code == 1 and "does not match" in _one_sentence(err)


def test_cli_identity_rename_and_export_age_warns(cli: Cli) -> None:
    assert cli.run("me", "init")[0] == 0
    assert cli.json("me", "identity", "show")["name"] == "Intake Desk user"  # type: ignore[index]
    assert cli.run("me", "identity", "rename", "Anna")[0] == 0
    assert cli.json("me", "identity", "show")["name"] == "Anna"  # type: ignore[index]
    code, _, err = cli.run("me", "identity", "export-age", "-o", str(cli.tmp / "id.txt"))
    assert code == 0 and "opens everything" in err
    text = (cli.tmp / "id.txt").read_text()
    assert "AGE-SECRET-KEY-1" in text and text.startswith("# ")
    assert (cli.tmp / "id.txt").stat().st_mode & 0o077 == 0
    code, _, err = cli.run("me", "identity", "export-age", "-o", str(cli.tmp / "id.txt"))
    assert code == 1 and "already exists" in _one_sentence(err)


def test_cli_init_refuses_an_unusable_name_before_creating_anything(cli: Cli) -> None:
    code, _, err = cli.run("v", "init", "--name", "a/b")
    assert code == 1 and "name" in _one_sentence(err)
    assert not (cli.tmp / "v").exists()


@pytest.mark.skipif(shutil.which("age") is None, reason="the stock age tool is not installed")
@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="ssh-keygen is not installed")
def test_bundle_opens_with_stock_age_and_its_signature_verifies_with_ssh_keygen(
    cli: Cli,
) -> None:
    case_id = _setup_pair(cli)
    bundle = cli.tmp / "b.age"
    assert (
        cli.run("rep", "export", case_id, "--to", "Org Two", "-o", str(bundle), "--x25519")[0] == 0
    )
    ident = cli.tmp / "org-identity.txt"
    assert cli.run("org", "identity", "export-age", "-o", str(ident), "--x25519-only")[0] == 0
    payload = cli.tmp / "payload.bin"
    subprocess.run(["age", "-d", "-i", str(ident), "-o", str(payload), str(bundle)], check=True)
    data = payload.read_bytes()
    magic = b"intake-desk-bundle/v1\n\x00"
    assert data.startswith(magic)
    pos = len(magic)
    (m,) = struct.unpack(">I", data[pos : pos + 4])
    manifest = data[pos + 4 : pos + 4 + m]
    pos += 4 + m
    (s,) = struct.unpack(">I", data[pos : pos + 4])
    signature = data[pos + 4 : pos + 4 + s]
    pos += 4 + s
    doc = json.loads(manifest)
    for item in doc["items"]:
        assert hashlib.sha256(data[pos : pos + item["size"]]).hexdigest() == item["sha256"]
        pos += item["size"]
    assert pos == len(data)
    assert data[pos - len(PHOTO) :] == PHOTO
    import base64

    from crypto.cards import parse_card

    card = parse_card(base64.b64decode(doc["sender"]["card"]))
    (cli.tmp / "manifest.sig").write_bytes(signature)
    (cli.tmp / "allowed").write_text(
        f'sender namespaces="intake-desk-bundle-v1" {card.signing_key_line}\n'
    )
    verify = subprocess.run(
        [
            "ssh-keygen",
            "-Y",
            "verify",
            "-f",
            str(cli.tmp / "allowed"),
            "-I",
            "sender",
            "-n",
            "intake-desk-bundle-v1",
            "-s",
            str(cli.tmp / "manifest.sig"),
        ],
        input=manifest,
        capture_output=True,
        check=False,
    )
    assert verify.returncode == 0, verify.stderr
    header_end = bundle.read_bytes().index(b"\n---") + 1
    header_end = bundle.read_bytes().index(b"\n", header_end) + 1
    assert hashlib.sha256(bundle.read_bytes()[:header_end]).hexdigest() == doc["header_sha256"]


def test_import_as_a_real_process_reports_one_sentence_and_exit_status(tmp_path: Path) -> None:
    from intake_app.core.vault import create_vault

    create_vault(tmp_path / "v", b"pw", kdf=fast_kdf_params()).close()
    (tmp_path / "pw").write_text("pw\n")
    junk = tmp_path / "junk"
    junk.write_bytes(b"age-encryption.org/v1\n-> X25519 nonsense\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "intake_app",
            "--vault",
            str(tmp_path / "v"),
            "--passphrase-file",
            str(tmp_path / "pw"),
            "import",
            str(junk),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert proc.returncode == 1
    assert _one_sentence(proc.stderr) == "This bundle cannot be decrypted or was altered."
    assert proc.stdout == ""  # said once, on stderr


def test_cli_source_list_and_verify_after_an_import(cli: Cli) -> None:
    case_id = _setup_pair(cli)
    bundle = cli.tmp / "b.age"
    cli.run("rep", "export", case_id, "--to", "Org Two", "-o", str(bundle))
    cli.run("org", "import", str(bundle))
    listed = cli.json("org", "source", "list")
    assert isinstance(listed, list) and len(listed) == 1
    source: dict[str, object] = listed[0]
    rep_fp = cli.json("rep", "identity", "show")["fingerprint"]  # type: ignore[index]
    assert source["fingerprint"] == rep_fp and source["verified"] is False
    prefix = str(source["id"])[:8]
    code, _, err = cli.run("org", "source", "verify", prefix, "1" * 30)
    assert code == 1 and "does not match" in _one_sentence(err)
    code, _, err = cli.run("org", "source", "verify", prefix, rep_fp)
    assert code == 0, err
    assert cli.json("org", "source", "list")[0]["verified"] is True  # type: ignore[index]


def test_every_new_error_message_is_one_plain_sentence() -> None:
    from intake_app.core import errors

    for cls in (
        errors.InvalidDisplayNameError,
        errors.PartnerNotFoundError,
        errors.AmbiguousPartnerError,
        errors.PartnerKeysUnchangedError,
        errors.FingerprintMismatchError,
        errors.FormDefinitionMissingError,
        errors.ExportCancelledError,
        errors.ExportTargetError,
        errors.OwnCardError,
        errors.SourceNotFoundError,
        errors.AmbiguousSourceError,
    ):
        doc = (cls.__doc__ or "").strip()
        assert "\n" not in doc, cls
        assert str(cls()) == doc and doc.endswith("."), cls
