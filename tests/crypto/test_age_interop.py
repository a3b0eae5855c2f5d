"""Files made here open with the stock ``age`` tool, and files made by it open here.

Needs the ``age`` program (Debian 12 ships 1.1.1: X25519, scrypt and armor, no hybrid):
``apt-get update && apt-get install -y age``. age reads passphrases only from a
terminal, so the passphrase tests drive it through a pseudo-terminal.
"""

from __future__ import annotations

import io
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from crypto.age import (
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    decrypt,
    encrypt,
    parse_identities,
    parse_recipient,
)

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        AGE is None or AGE_KEYGEN is None,
        reason="the stock age tool is not installed (apt-get update && apt-get install -y age)",
    ),
]
PASSPHRASE = b"correct horse battery staple"
DATA = os.urandom(200_000)  # four STREAM chunks


def _age(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    assert AGE is not None
    return subprocess.run([AGE, *map(str, args)], capture_output=True, timeout=60, check=False)


def _age_with_passphrase(*args: str | Path) -> int:
    """Run age with a pseudo-terminal as its controlling terminal; answer every prompt."""
    assert AGE is not None
    master, slave = os.openpty()
    tty_name = os.ttyname(slave)

    def become_session_leader_with_tty() -> None:
        os.setsid()
        os.close(os.open(tty_name, os.O_RDWR))  # the first tty opened becomes the ctty

    proc = subprocess.Popen(
        [AGE, *map(str, args)],
        preexec_fn=become_session_leader_with_tty,  # no threads run here
        stdin=slave,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    seen = b""
    answered = 0
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    seen += os.read(master, 4096)
                except OSError:  # the child closed the terminal
                    break
                if seen.count(b"passphrase") > answered:  # "Enter ...", "Confirm ..."
                    os.write(master, PASSPHRASE + b"\n")
                    answered += 1
            elif proc.poll() is not None:
                break
        return proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)


@pytest.fixture
def keypair(tmp_path: Path) -> tuple[Path, str]:
    assert AGE_KEYGEN is not None
    key_file = tmp_path / "key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(key_file)], capture_output=True, check=True)
    recipient = subprocess.run(
        [AGE_KEYGEN, "-y", str(key_file)], capture_output=True, check=True, text=True
    ).stdout.strip()
    return key_file, recipient


@pytest.mark.parametrize("armor", [False, True])
def test_stock_age_decrypts_our_x25519_file(
    tmp_path: Path, keypair: tuple[Path, str], armor: bool
) -> None:
    key_file, recipient = keypair
    sealed = tmp_path / "ours.age"
    others = X25519Identity.generate().recipient()
    with sealed.open("wb") as out:
        encrypt([parse_recipient(recipient), others], io.BytesIO(DATA), out, armor=armor)
    result = _age("-d", "-i", key_file, "-o", tmp_path / "plain", sealed)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "plain").read_bytes() == DATA


@pytest.mark.parametrize("armor", [False, True])
def test_we_decrypt_stock_age_x25519_file(
    tmp_path: Path, keypair: tuple[Path, str], armor: bool
) -> None:
    key_file, recipient = keypair
    (tmp_path / "plain").write_bytes(DATA)
    flags = ["-a"] if armor else []
    result = _age("-r", recipient, *flags, "-o", tmp_path / "theirs.age", tmp_path / "plain")
    assert result.returncode == 0, result.stderr
    identities = parse_identities(key_file.read_text())  # age-keygen's comments included
    out = io.BytesIO()
    with (tmp_path / "theirs.age").open("rb") as src:
        decrypt(identities, src, out)
    assert out.getvalue() == DATA


def test_stock_age_decrypts_our_passphrase_file(tmp_path: Path) -> None:
    sealed = tmp_path / "ours.age"
    with sealed.open("wb") as out:
        encrypt([ScryptRecipient(PASSPHRASE, work_factor=10)], io.BytesIO(DATA), out)
    assert _age_with_passphrase("-d", "-o", tmp_path / "plain", sealed) == 0
    assert (tmp_path / "plain").read_bytes() == DATA


def test_we_decrypt_stock_age_passphrase_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_bytes(DATA)
    theirs = tmp_path / "theirs.age"
    assert _age_with_passphrase("-p", "-a", "-o", theirs, tmp_path / "plain") == 0
    assert theirs.read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    out = io.BytesIO()
    with theirs.open("rb") as src:
        decrypt([ScryptIdentity(PASSPHRASE)], src, out)  # age's default work factor, 18
    assert out.getvalue() == DATA


def test_stock_age_rejects_our_file_when_the_payload_is_cut(
    tmp_path: Path, keypair: tuple[Path, str]
) -> None:
    key_file, recipient = keypair
    sealed = tmp_path / "ours.age"
    with sealed.open("wb") as out:
        encrypt([parse_recipient(recipient)], io.BytesIO(DATA), out)
    sealed.write_bytes(sealed.read_bytes()[:-100])
    assert _age("-d", "-i", key_file, "-o", tmp_path / "plain", sealed).returncode != 0
