"""``intake age -o`` pointed at what is not a new regular file: a pipe, a device, a
folder, a symbolic link. Found from outside: ``-o /dev/null`` (as root) replaced the
device itself with a regular file, because the output was renamed over it."""

from __future__ import annotations

import io
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from crypto.age import X25519Identity, decrypt, encrypt
from intake_app.cli import main

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX pipes")

REPO = Path(__file__).resolve().parents[3]
DATA = b"what happened on the 3rd of May\n" * 100


@pytest.fixture
def key(tmp_path: Path) -> tuple[X25519Identity, Path]:
    identity = X25519Identity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(identity.to_string() + "\n")
    return identity, key_file


def _open(identity: X25519Identity, sealed: bytes) -> bytes:
    out = io.BytesIO()
    decrypt([identity], io.BytesIO(sealed), out)
    return out.getvalue()


def _read_fifo_in_background(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    got: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as fh:
            got.append(fh.read())

    reader = threading.Thread(target=read, daemon=True)  # never hang the run
    reader.start()
    return reader, got


def test_encrypting_to_a_named_pipe_writes_into_the_pipe_and_keeps_it(
    tmp_path: Path, key: tuple[X25519Identity, Path]
) -> None:
    identity, _ = key
    plain, fifo = tmp_path / "plain.txt", tmp_path / "out.fifo"
    plain.write_bytes(DATA)
    os.mkfifo(fifo)
    reader, got = _read_fifo_in_background(fifo)
    recipient = identity.recipient().to_string()
    code = main(["age", "-e", "-r", recipient, "-o", str(fifo), str(plain)])
    reader.join(timeout=30)
    assert code == 0
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still the pipe, not a file renamed over it
    assert _open(identity, got[0]) == DATA
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.txt", "out.fifo", "plain.txt"]


def test_decrypting_to_a_named_pipe_releases_the_plaintext_into_it(
    tmp_path: Path, key: tuple[X25519Identity, Path]
) -> None:
    identity, key_file = key
    plain, sealed, fifo = tmp_path / "plain.txt", tmp_path / "f.age", tmp_path / "out.fifo"
    plain.write_bytes(DATA)
    assert (
        main(["age", "-e", "-r", identity.recipient().to_string(), "-o", str(sealed), str(plain)])
        == 0
    )
    os.mkfifo(fifo)
    reader, got = _read_fifo_in_background(fifo)
    code = main(["age", "-d", "-i", str(key_file), "-o", str(fifo), str(sealed)])
    reader.join(timeout=30)
    assert code == 0
    assert got == [DATA]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_damaged_file_decrypted_to_a_pipe_releases_nothing(
    tmp_path: Path, key: tuple[X25519Identity, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    identity, key_file = key
    plain, sealed, fifo = tmp_path / "plain.txt", tmp_path / "f.age", tmp_path / "out.fifo"
    plain.write_bytes(DATA)
    assert (
        main(["age", "-e", "-r", identity.recipient().to_string(), "-o", str(sealed), str(plain)])
        == 0
    )
    damaged = bytearray(sealed.read_bytes())
    damaged[-5] ^= 1
    sealed.write_bytes(damaged)
    os.mkfifo(fifo)
    reader, got = _read_fifo_in_background(fifo)
    capsys.readouterr()
    code = main(["age", "-d", "-i", str(key_file), "-o", str(fifo), str(sealed)])
    reader.join(timeout=30)
    assert code == 1
    assert got == [b""]
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_output_to_a_folder_is_refused_naming_the_folder_not_a_temporary_file(
    tmp_path: Path, key: tuple[X25519Identity, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    identity, _ = key
    plain, folder = tmp_path / "plain.txt", tmp_path / "out"
    plain.write_bytes(DATA)
    folder.mkdir()
    capsys.readouterr()
    code = main(
        ["age", "-e", "-r", identity.recipient().to_string(), "-o", str(folder), str(plain)]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"{folder} is a folder; give -o the name of a new file.\n"
    assert list(folder.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_output_through_a_symbolic_link_replaces_its_target_and_keeps_the_link(
    tmp_path: Path, key: tuple[X25519Identity, Path]
) -> None:
    identity, _ = key
    plain, target, link = tmp_path / "plain.txt", tmp_path / "target.age", tmp_path / "link.age"
    plain.write_bytes(DATA)
    target.write_bytes(b"old")
    link.symlink_to(target)
    assert (
        main(["age", "-e", "-r", identity.recipient().to_string(), "-o", str(link), str(plain)])
        == 0
    )
    assert link.is_symlink()
    assert _open(identity, target.read_bytes()) == DATA


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
def test_a_terminated_decryption_leaves_no_partial_plaintext_behind(
    tmp_path: Path, key: tuple[X25519Identity, Path]
) -> None:
    """'kill' (SIGTERM), a closed terminal (SIGHUP) or a timeout killed the process where
    it stood: the unauthenticated plaintext decrypted so far stayed in OUT's temporary
    file. They now undo the command like Ctrl+C."""
    identity, key_file = key
    sealed = io.BytesIO()
    encrypt([identity.recipient()], io.BytesIO(os.urandom(2 * 1024 * 1024)), sealed)
    data = sealed.getvalue()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "intake_app",
            "age",
            "-d",
            "-i",
            str(key_file),
            "-o",
            str(out_dir / "plain.bin"),
        ],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdin is not None and child.stderr is not None
    try:
        child.stdin.write(data[: len(data) // 2])  # the rest never comes: it waits
        child.stdin.flush()
        deadline = time.monotonic() + 60
        while not any(p.stat().st_size for p in out_dir.iterdir()):
            assert time.monotonic() < deadline, "no plaintext was written"
            assert child.poll() is None, child.stderr.read()
            time.sleep(0.01)  # waiting on a file another process writes: nothing to signal
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=60) == 130
        assert child.stderr.read() == b"Interrupted; nothing was changed.\n"
    finally:
        if child.poll() is None:
            child.kill()
        child.stdin.close()
        child.stderr.close()
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
def test_a_hangup_ignored_on_purpose_stays_ignored(
    tmp_path: Path, key: tuple[X25519Identity, Path]
) -> None:
    """'nohup intake ...' ignores SIGHUP so the command outlives the terminal; the
    command line must not take that back."""
    identity, key_file = key
    plain = os.urandom(2 * 1024 * 1024)
    sealed = io.BytesIO()
    encrypt([identity.recipient()], io.BytesIO(plain), sealed)
    data = sealed.getvalue()
    out = tmp_path / "plain.bin"
    child = subprocess.Popen(
        [sys.executable, "-m", "intake_app", "age", "-d", "-i", str(key_file), "-o", str(out)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN),  # what nohup does
    )
    assert child.stdin is not None and child.stderr is not None
    try:
        child.stdin.write(data[: len(data) // 2])
        child.stdin.flush()
        deadline = time.monotonic() + 60
        while not any(p.stat().st_size for p in tmp_path.iterdir() if p.name.endswith(".part")):
            assert time.monotonic() < deadline, "no plaintext was written"
            time.sleep(0.01)  # waiting on a file another process writes: nothing to signal
        child.send_signal(signal.SIGHUP)
        child.stdin.write(data[len(data) // 2 :])
        child.stdin.close()
        assert child.wait(timeout=60) == 0, child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
        if not child.stdin.closed:
            child.stdin.close()
        child.stderr.close()
    assert out.read_bytes() == plain
