"""``intake age``: the stock age tool's everyday flags, one sentence and nothing left on failure."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crypto.age import HybridIdentity, X25519Identity, decrypt, encrypt, parse_recipient
from intake_app.cli import age_cmd, main

REPO = Path(__file__).resolve().parents[2]
DATA = os.urandom(150_000)


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, str]:
    identity = X25519Identity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(f"# test key\n{identity.to_string()}\n")
    return key_file, identity.recipient().to_string()


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "plain.bin"
    path.write_bytes(DATA)
    return path


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text("correct horse\n")
    return path


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests only: keep passphrase tests quick. The CLI's real default stays 18.
    monkeypatch.setattr(age_cmd, "SCRYPT_WORK_FACTOR", 10)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_encrypt_to_recipient_then_decrypt_with_identity_file(
    tmp_path: Path, keys: tuple[Path, str], plain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file, recipient = keys
    sealed, opened = tmp_path / "f.age", tmp_path / "f.out"
    assert main(["age", "-e", "-r", recipient, "-o", str(sealed), str(plain)]) == 0
    assert sealed.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert main(["age", "-d", "-i", str(key_file), "-o", str(opened), str(sealed)]) == 0
    assert opened.read_bytes() == DATA
    assert capsys.readouterr().err == ""


def test_recipients_file_and_armor(tmp_path: Path, keys: tuple[Path, str], plain: Path) -> None:
    key_file, recipient = keys
    other = X25519Identity.generate().recipient().to_string()
    recipients = tmp_path / "recipients.txt"
    recipients.write_text(f"# partners\n{other}\n\n{recipient}\n")
    sealed = tmp_path / "f.age"
    assert main(["age", "-R", str(recipients), "-a", "-o", str(sealed), str(plain)]) == 0
    assert sealed.read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----\n")
    out = io.BytesIO()
    with sealed.open("rb") as src:
        decrypt([X25519Identity.from_string(key_file.read_text().split()[-1])], src, out)
    assert out.getvalue() == DATA


def test_passphrase_round_trip_with_passphrase_file(
    tmp_path: Path, plain: Path, passphrase_file: Path
) -> None:
    sealed, opened = tmp_path / "f.age", tmp_path / "f.out"
    pf = ["--passphrase-file", str(passphrase_file)]
    assert main(["age", "-e", "-p", *pf, "-o", str(sealed), str(plain)]) == 0
    assert b"-> scrypt " in sealed.read_bytes()[:200]
    assert main(["age", "-d", *pf, "-o", str(opened), str(sealed)]) == 0
    assert opened.read_bytes() == DATA


def test_decrypt_to_stdout_of_a_seekable_file(
    tmp_path: Path, keys: tuple[Path, str], plain: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    key_file, recipient = keys
    sealed = tmp_path / "f.age"
    assert main(["age", "-r", recipient, "-o", str(sealed), str(plain)]) == 0
    assert main(["age", "-d", "-i", str(key_file), str(sealed)]) == 0
    assert capsysbinary.readouterr().out == DATA


def test_damaged_file_to_stdout_releases_nothing(
    tmp_path: Path, keys: tuple[Path, str], plain: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    key_file, recipient = keys
    sealed = tmp_path / "f.age"
    assert main(["age", "-r", recipient, "-o", str(sealed), str(plain)]) == 0
    data = bytearray(sealed.read_bytes())
    data[-5] ^= 1  # the last chunk: the first two chunks would authenticate
    sealed.write_bytes(bytes(data))
    assert main(["age", "-d", "-i", str(key_file), str(sealed)]) == 1
    captured = capsysbinary.readouterr()
    assert captured.out == b""
    assert captured.err.decode().strip() == (
        "The file cannot be decrypted: it is damaged or was altered."
    )


def test_damaged_file_to_output_leaves_no_file(
    tmp_path: Path, keys: tuple[Path, str], plain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file, recipient = keys
    sealed, opened = tmp_path / "f.age", tmp_path / "f.out"
    assert main(["age", "-r", recipient, "-o", str(sealed), str(plain)]) == 0
    sealed.write_bytes(sealed.read_bytes()[:-1])
    assert main(["age", "-d", "-i", str(key_file), "-o", str(opened), str(sealed)]) == 1
    assert not opened.exists()
    assert _leftovers(tmp_path) == []
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_wrong_key_is_one_sentence_and_no_output(
    tmp_path: Path, keys: tuple[Path, str], plain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, recipient = keys
    stranger = tmp_path / "stranger.txt"
    stranger.write_text(X25519Identity.generate().to_string() + "\n")
    sealed, opened = tmp_path / "f.age", tmp_path / "f.out"
    assert main(["age", "-r", recipient, "-o", str(sealed), str(plain)]) == 0
    assert main(["age", "-d", "-i", str(stranger), "-o", str(opened), str(sealed)]) == 1
    assert capsys.readouterr().err.strip() == "This file is not addressed to any of your keys."
    assert not opened.exists() and _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["age", "-e", "-r", "age1notakey"], 1),
        (["age", "-e"], 2),
        (["age", "-d", "-r", "age1x"], 2),
        (["age", "-e", "-i", "key.txt"], 2),
        (["age", "-e", "-d"], 2),
    ],
)
def test_bad_usage_is_one_sentence(
    argv: list[str], code: int, plain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, str(plain)]) == code
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_mixing_passphrase_and_recipients_is_refused_and_writes_nothing(
    tmp_path: Path, keys: tuple[Path, str], plain: Path, passphrase_file: Path
) -> None:
    _, recipient = keys
    out = tmp_path / "f.age"
    argv = ["age", "-p", "--passphrase-file", str(passphrase_file), "-r", recipient]
    assert main([*argv, "-o", str(out), str(plain)]) == 1
    assert not out.exists() and _leftovers(tmp_path) == []


def test_identity_file_with_a_bad_line_names_the_line_not_the_content(
    tmp_path: Path, plain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = tmp_path / "key.txt"
    key_file.write_text("# comment\nAGE-SECRET-KEY-1NOTAKEY\n")
    assert main(["age", "-d", "-i", str(key_file), str(plain)]) == 1
    err = capsys.readouterr().err
    assert "Line 2" in err and "NOTAKEY" not in err


def test_subprocess_pipe_round_trip_and_refusal_of_a_damaged_pipe(
    tmp_path: Path, keys: tuple[Path, str]
) -> None:
    key_file, recipient = keys
    cmd = [sys.executable, "-m", "intake_app", "age"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    sealed = subprocess.run(
        [*cmd, "-r", recipient, "-a"], input=DATA, capture_output=True, env=env, check=True
    ).stdout
    opened = subprocess.run(
        [*cmd, "-d", "-i", str(key_file)], input=sealed, capture_output=True, env=env, check=False
    )
    assert opened.returncode == 0 and opened.stdout == DATA
    damaged = sealed.replace(b"\n-----END", b"A\n-----END")
    failed = subprocess.run(
        [*cmd, "-d", "-i", str(key_file)], input=damaged, capture_output=True, env=env, check=False
    )
    assert failed.returncode == 1 and failed.stdout == b""
    assert len(failed.stderr.decode().strip().splitlines()) == 1


def test_pipe_larger_than_the_memory_bound_is_refused_with_a_hint(
    tmp_path: Path,
    keys: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    key_file, recipient = keys
    sealed = io.BytesIO()
    encrypt([parse_recipient(recipient)], io.BytesIO(DATA), sealed)
    monkeypatch.setattr(age_cmd, "MAX_PIPE_PLAINTEXT", 100_000)

    class Pipe(io.BytesIO):
        def seekable(self) -> bool:
            return False

    stdin = io.TextIOWrapper(Pipe(sealed.getvalue()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["age", "-d", "-i", str(key_file)]) == 1
    captured = capsysbinary.readouterr()
    assert captured.out == b""
    assert b"-o OUT" in captured.err


def test_hybrid_recipient_round_trip_and_refusal_to_mix_with_x25519(
    tmp_path: Path, keys: tuple[Path, str], plain: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hybrid = HybridIdentity.generate()
    key_file = tmp_path / "pq.txt"
    key_file.write_text(hybrid.to_string() + "\n")
    sealed, opened = tmp_path / "f.age", tmp_path / "f.out"
    pq = hybrid.recipient().to_string()
    assert main(["age", "-r", pq, "-o", str(sealed), str(plain)]) == 0
    assert b"-> mlkem768x25519 " in sealed.read_bytes()[:100]
    assert main(["age", "-d", "-i", str(key_file), "-o", str(opened), str(sealed)]) == 0
    assert opened.read_bytes() == DATA
    mixed = tmp_path / "mixed.age"
    assert main(["age", "-r", pq, "-r", keys[1], "-o", str(mixed), str(plain)]) == 1
    assert "Post-quantum" in capsys.readouterr().err
    assert not mixed.exists() and _leftovers(tmp_path) == []


def test_decrypt_without_a_key_or_passphrase_says_how(
    plain: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["age", "-d", str(plain)]) == 2
    assert "-i IDENTITY_FILE" in capsys.readouterr().err
