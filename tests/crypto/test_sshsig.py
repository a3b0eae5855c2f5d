"""SSHSIG: interop with ssh-keygen both ways, strict parsing, small-order keys."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)

from crypto import sshsig
from crypto._ed25519 import is_acceptable_public_key
from crypto.errors import SignatureError

NAMESPACE = "intake-desk-bundle-v1"
SSH_KEYGEN = shutil.which("ssh-keygen")
needs_ssh_keygen = pytest.mark.skipif(SSH_KEYGEN is None, reason="ssh-keygen not installed")

# The eight points of order dividing 8, canonically encoded (docs section 6.2).
SMALL_ORDER = [
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0000000000000000000000000000000000000000000000000000000000000080",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
]
# Non-canonical encodings: y >= p (p and p + 1), and x = 0 with the sign bit set.
NON_CANONICAL = [
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    "0100000000000000000000000000000000000000000000000000000000000080",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
]


def _allowed_signers(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    line = sshsig.public_key_line(sshsig.raw_public_key(key))
    path = tmp_path / "allowed_signers"
    path.write_text(f'someone namespaces="{NAMESPACE}" {line}\n')
    return path


def test_signature_round_trips_and_returns_signer_key() -> None:
    key = Ed25519PrivateKey.generate()
    blob = sshsig.sign(key, b"manifest", NAMESPACE)
    assert sshsig.verify(blob, b"manifest", NAMESPACE) == sshsig.raw_public_key(key)
    assert sshsig.dearmor(sshsig.armor(blob)) == blob


@pytest.mark.parametrize(
    ("message", "namespace"),
    [(b"manifest!", NAMESPACE), (b"manifest", "intake-desk-card-v1"), (b"manifest", "file")],
)
def test_verify_rejects_other_message_or_namespace(message: bytes, namespace: str) -> None:
    blob = sshsig.sign(Ed25519PrivateKey.generate(), b"manifest", NAMESPACE)
    with pytest.raises(SignatureError):
        sshsig.verify(blob, message, namespace)


def test_verify_rejects_every_single_byte_change_and_trailing_byte() -> None:
    blob = sshsig.sign(Ed25519PrivateKey.generate(), b"m", NAMESPACE)
    for i in range(len(blob)):
        altered = bytearray(blob)
        altered[i] ^= 0x01
        with pytest.raises(SignatureError):
            sshsig.verify(bytes(altered), b"m", NAMESPACE)
    with pytest.raises(SignatureError):
        sshsig.verify(blob + b"\x00", b"m", NAMESPACE)
    with pytest.raises(SignatureError):
        sshsig.verify(blob[:-1], b"m", NAMESPACE)


@pytest.mark.parametrize("hex_key", SMALL_ORDER + NON_CANONICAL)
def test_small_order_and_non_canonical_keys_are_rejected(hex_key: str) -> None:
    raw = bytes.fromhex(hex_key)
    assert not is_acceptable_public_key(raw)
    with pytest.raises(SignatureError):
        sshsig.parse_public_key_line(sshsig.public_key_line(raw))


def test_small_order_key_with_forged_signature_is_rejected() -> None:
    # With the identity point as key and the signature R = identity, S = 0, the
    # Ed25519 equation holds for every message in a cofactored verifier.
    genuine = sshsig.sign(Ed25519PrivateKey.generate(), b"m", NAMESPACE)
    raw = bytes.fromhex(SMALL_ORDER[0])
    forged_sig = bytes.fromhex(SMALL_ORDER[0]) + bytes(32)
    real_raw = sshsig.verify(genuine, b"m", NAMESPACE)
    forged = genuine.replace(real_raw, raw)
    forged = forged[:-64] + forged_sig
    with pytest.raises(SignatureError):
        sshsig.verify(forged, b"m", NAMESPACE)


def test_random_keys_are_acceptable() -> None:
    for _ in range(32):
        raw = sshsig.raw_public_key(Ed25519PrivateKey.generate())
        assert sshsig.parse_public_key_line(sshsig.public_key_line(raw)) == raw


@pytest.mark.parametrize(
    "line",
    ["ssh-ed25519", "ssh-rsa AAAAB3NzaC1yc2E=", "ssh-ed25519 AAAA AAAA", "ssh-ed25519 !!!!"],
)
def test_parse_public_key_line_rejects_malformed_lines(line: str) -> None:
    with pytest.raises(SignatureError):
        sshsig.parse_public_key_line(line)


def test_dearmor_rejects_altered_armor() -> None:
    text = sshsig.armor(sshsig.sign(Ed25519PrivateKey.generate(), b"m", NAMESPACE))
    for bad in (text.replace(b"\n", b"\r\n"), b" " + text, text[:-1], text + b"\n"):
        with pytest.raises(SignatureError):
            sshsig.dearmor(bad)


@pytest.mark.slow
@needs_ssh_keygen
def test_ssh_keygen_verifies_our_signature(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    (tmp_path / "msg").write_bytes(b"the manifest bytes")
    (tmp_path / "msg.sig").write_bytes(
        sshsig.armor(sshsig.sign(key, b"the manifest bytes", NAMESPACE))
    )
    signers = _allowed_signers(tmp_path, key)
    argv = [SSH_KEYGEN or "", "-Y", "verify", "-f", str(signers), "-I", "someone"]
    argv += ["-n", NAMESPACE, "-s", str(tmp_path / "msg.sig")]
    ok = subprocess.run(argv, input=b"the manifest bytes", capture_output=True, check=False)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run(argv, input=b"another manifest", capture_output=True, check=False)
    assert bad.returncode != 0


@pytest.mark.slow
@needs_ssh_keygen
def test_we_verify_ssh_keygen_signature_byte_for_byte(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    key_file = tmp_path / "id_ed25519"
    key_file.write_bytes(key.private_bytes(Encoding.PEM, PrivateFormat.OpenSSH, NoEncryption()))
    key_file.chmod(0o600)
    message = tmp_path / "msg"
    message.write_bytes(b"signed by openssh")
    subprocess.run(
        [SSH_KEYGEN or "", "-Y", "sign", "-f", str(key_file), "-n", NAMESPACE, str(message)],
        capture_output=True,
        check=True,
    )
    armored = (tmp_path / "msg.sig").read_bytes()
    blob = sshsig.dearmor(armored)
    assert sshsig.verify(blob, b"signed by openssh", NAMESPACE) == sshsig.raw_public_key(key)
    # Ed25519 is deterministic, so our encoder must produce the very same bytes.
    assert sshsig.armor(sshsig.sign(key, b"signed by openssh", NAMESPACE)) == armored
