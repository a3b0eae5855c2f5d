"""``intake import`` given paths that are not plain bundle files, checked from outside:
a FIFO nobody writes to (waited forever before), a device, a folder, a pipe, a missing
file in the middle of a batch. Every bad entry is reported and the batch goes on; the
vault stays byte-identical for what was refused."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.core import export, importing
from intake_app.core.session import Session

from .conftest import MakeParty
from .helpers import Evidence, befriend, folder_hashes, make_case

REPO = Path(__file__).resolve().parents[3]
POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")


def _bundle(make_party: MakeParty, tmp_path: Path) -> tuple[Session, Path]:
    """(the receiving org's open session, a bundle addressed to it)."""
    reporter, org = make_party("Reporter"), make_party("Org")
    partner = befriend(reporter, org)
    case = make_case(reporter, [Evidence("photo.jpg", b"\xff\xd8\xff" + b"1" * 5000)])
    dest = tmp_path / "case.idb"
    export.export_case(reporter, case.id, [partner.id], dest)
    return org, dest


def _cli(
    vault: Path, pw: Path, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The real command line in a child process (a wait forever fails, not hangs, the run)."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "intake_app",
            "--vault",
            str(vault),
            "--passphrase-file",
            str(pw),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )


@POSIX
def test_a_fifo_nobody_writes_to_is_reported_and_the_batch_goes_on(
    make_party: MakeParty, tmp_path: Path
) -> None:
    org, bundle = _bundle(make_party, tmp_path)
    vault = org.path
    org.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    fifo = tmp_path / "waiting.fifo"
    os.mkfifo(fifo)
    done = _cli(vault, pw, "import", str(fifo), str(tmp_path / "missing.idb"), str(bundle))
    lines = done.stdout.splitlines()
    assert lines[0] == f"{fifo}: This file is not an Intake Desk bundle."
    assert (
        lines[1]
        == f"{tmp_path / 'missing.idb'}: This file cannot be read: No such file or directory."
    )
    assert lines[2].startswith(f"{bundle}: imported as case ")
    assert done.stderr == "2 of 3 files were not imported; the others were.\n"
    assert done.returncode == 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_as_not_a_file_and_nothing_changes(
    make_party: MakeParty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    org = make_party("Org")
    vault = org.path
    org.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    before = folder_hashes(vault)
    capsys.readouterr()
    code = main(
        ["--vault", str(vault), "--passphrase-file", str(pw), "import", "/dev/zero", str(tmp_path)]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines() == [
        "/dev/zero: This is a device or another special file, not a file that can be read here.",
        f"{tmp_path}: This file cannot be read: Is a directory.",
    ]
    assert err == "None of the 2 files was imported.\n"
    assert folder_hashes(vault) == before


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="needs /dev/fd")
def test_a_bundle_read_from_a_pipe_is_imported(
    make_party: MakeParty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``intake import <(command)``: the shell passes a pipe as /dev/fd/N."""
    org, bundle = _bundle(make_party, tmp_path)
    vault = org.path
    org.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as out:
            out.write(bundle.read_bytes())

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        capsys.readouterr()
        code = main(
            ["--vault", str(vault), "--passphrase-file", str(pw), "import", f"/dev/fd/{read_end}"]
        )
    finally:
        feeder.join(timeout=30)
        os.close(read_end)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith(f"/dev/fd/{read_end}: imported as case ")


def test_hostile_file_names_cannot_forge_lines_drive_the_terminal_or_break_json(
    make_party: MakeParty, tmp_path: Path
) -> None:
    """A file name may hold a line break, an escape sequence and bytes that are not
    UTF-8. Before: the line break forged an output line, the escape reached the
    terminal, and with a strict UTF-8 locale printing the undecodable byte failed after
    the case was imported ("Internal error", exit 1); --json wrote invalid UTF-8."""
    org, bundle = _bundle(make_party, tmp_path)
    vault = org.path
    org.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    raw_name = os.fsencode(tmp_path) + b"/case\n\x1b[2J\xff\xe2\x80\xae.idb"
    hostile = os.fsdecode(raw_name)
    try:
        Path(hostile).write_bytes(bundle.read_bytes())
    except OSError:
        pytest.skip("this file system refuses such names")
    base = [sys.executable, "-m", "intake_app", "--vault", str(vault), "--passphrase-file", str(pw)]
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8:strict"}

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [*base, *args], capture_output=True, env=env, cwd=REPO, timeout=60, check=False
        )

    done = run("import", hostile, str(tmp_path / "missing.idb"))
    text = done.stdout.decode("utf-8")  # valid UTF-8
    lines = text.splitlines()
    assert len(lines) == 2, text
    shown_name = f"{tmp_path}/case\ufffd\ufffd[2J\ufffd\ufffd.idb"
    assert lines[0].startswith(f"{shown_name}: imported as case ")
    assert "\x1b" not in text and "\u202e" not in text
    assert done.returncode == 1
    assert done.stderr == b"1 of 2 files were not imported; the others were.\n"

    done = run("import", hostile, "--json")
    outcomes = json.loads(done.stdout.decode("utf-8"))
    assert [o["status"] for o in outcomes] == ["already_imported"]
    assert outcomes[0]["file"] == f"{tmp_path}/case\n\x1b[2J\ufffd\u202e.idb"
    assert done.returncode == 0

    done = run("partner", "add", hostile + "-missing")
    err = done.stderr.decode("utf-8")
    assert err == f"Cannot read the card file {shown_name}-missing: No such file or directory.\n"


def test_a_bundle_whose_case_was_deleted_is_not_reported_as_in_the_vault(
    make_party: MakeParty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The replay record outlives a deleted case (a deleted case must not come back from
    a folder imported again); but 'already imported' said the case was in the vault,
    with exit status 0, while nothing of it was."""
    from intake_app.core.cases import delete_case

    org, bundle = _bundle(make_party, tmp_path)
    first = importing.import_bundle(org, bundle)
    assert first.case_id is not None
    delete_case(org, first.case_id)
    vault = org.path
    org.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    before = folder_hashes(vault)
    base = ["--vault", str(vault), "--passphrase-file", str(pw), "import", str(bundle)]
    capsys.readouterr()
    assert main(base) == 1
    assert capsys.readouterr().err == (
        "This bundle was imported before and its case was deleted since; nothing was added.\n"
    )
    assert main([*base, "--json"]) == 1
    [outcome] = json.loads(capsys.readouterr().out)
    assert (outcome["status"], outcome["case"], outcome["case_deleted"]) == (
        "already_imported",
        None,
        True,
    )
    assert folder_hashes(vault) == before


def test_a_case_from_an_unverified_partner_is_not_shown_as_from_a_trusted_partner(
    make_party: MakeParty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'imported ... from the partner 'X'.' read the same whether X was verified or only
    a card someone added; a new source said 'not verified', a partner never did."""
    reporter, org = make_party("Reporter"), make_party("Org")
    befriend(org, reporter, verify=False)  # Org added the reporter's card, did not verify
    partner = befriend(reporter, org)
    case = make_case(reporter)
    bundle, second = tmp_path / "b.idb", tmp_path / "b2.idb"
    export.export_case(reporter, case.id, [partner.id], bundle)
    export.export_case(reporter, case.id, [partner.id], second)
    vault = org.path
    org.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    capsys.readouterr()
    base = ["--vault", str(vault), "--passphrase-file", str(pw), "import", str(bundle)]
    assert main(base) == 0
    assert "from the partner 'Reporter' (not verified)." in capsys.readouterr().out
    assert main([*base[:-1], str(second), "--json"]) == 0
    [outcome] = json.loads(capsys.readouterr().out)
    assert (outcome["partner_name"], outcome["sender_verified"]) == ("Reporter", False)


def _reporter_with_case(make_party: MakeParty, tmp_path: Path) -> tuple[list[str], str]:
    """(base argv of a reporter's vault that verified 'Org', the id of one of its cases)."""
    reporter, org = make_party("Reporter"), make_party("Org")
    befriend(reporter, org)
    case = make_case(reporter)
    vault = reporter.path
    reporter.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    return ["--vault", str(vault), "--passphrase-file", str(pw)], case.id


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_an_export_the_folder_refuses_names_the_folder_not_a_temporary_file(
    make_party: MakeParty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, case_id = _reporter_with_case(make_party, tmp_path)
    capsys.readouterr()
    assert main([*base, "export", case_id, "--to", "Org", "-o", "/proc/report.age"]) == 1
    err = capsys.readouterr().err
    assert err == "Cannot write the bundle into the folder /proc: No such file or directory.\n"


def test_a_partner_named_twice_is_one_recipient_said_once(
    make_party: MakeParty, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, case_id = _reporter_with_case(make_party, tmp_path)
    dest = tmp_path / "b.idb"
    capsys.readouterr()
    assert main([*base, "export", case_id, "--to", "Org", "--to", "org", "-o", str(dest)]) == 0
    assert capsys.readouterr().out.endswith(" for 'Org' and this vault.\n")


def _base(vault: Path, pw: Path) -> list[str]:
    return [sys.executable, "-m", "intake_app", "--vault", str(vault), "--passphrase-file", str(pw)]


@POSIX
def test_an_interrupted_batch_says_which_files_are_in_the_vault(
    make_party: MakeParty, tmp_path: Path
) -> None:
    """Interrupted while the second file was being read, the batch said "Interrupted;
    nothing was changed." although the first file had been imported."""
    org, bundle = _bundle(make_party, tmp_path)
    vault = org.path
    org.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    fifo = tmp_path / "slow.fifo"
    os.mkfifo(fifo)
    writer = os.open(fifo, os.O_RDWR)  # a writer that never writes: the read waits
    child = subprocess.Popen(
        [*_base(vault, pw), "import", str(bundle), str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None and child.stderr is not None
    try:
        first = child.stdout.readline().decode()  # printed once the first file is stored
        assert first.startswith(f"{bundle}: imported as case "), first
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=60) == 130
        assert child.stderr.read() == (
            b"Interrupted: 1 of 2 files are in the vault; the file in progress was not imported.\n"
        )
    finally:
        if child.poll() is None:
            child.kill()
        os.close(writer)
        child.stdout.close()
        child.stderr.close()
