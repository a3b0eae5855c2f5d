"""SSHSIG signatures with Ed25519, exactly as OpenSSH's PROTOCOL.sshsig defines them.

Bundles and contact cards are signed this way so that ``ssh-keygen -Y verify`` can
check them without this program (docs/bundle-format.md sections 5 and 10). Only
``ssh-ed25519`` keys and the ``sha512`` hash are produced and accepted; parsing is
strict (nothing may follow the signature, reserved must be empty).

Public API:
    sign(private_key, message, namespace) -> bytes          binary signature blob
    verify(blob, message, namespace) -> bytes                the signer's 32-byte key
    armor(blob) -> bytes / dearmor(text) -> bytes            "BEGIN SSH SIGNATURE" text
    public_key_line(raw) -> str / parse_public_key_line(s)   "ssh-ed25519 AAAA..."

``verify`` raises ``SignatureError`` for every failure, without saying which check
failed, and never returns for a small-order or non-canonical key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from crypto._ed25519 import is_acceptable_public_key
from crypto.errors import SignatureError

_MAGIC = b"SSHSIG"
_VERSION = 1
_KEY_TYPE = b"ssh-ed25519"
_HASH = b"sha512"
_BEGIN = b"-----BEGIN SSH SIGNATURE-----\n"
_END = b"-----END SSH SIGNATURE-----\n"
_LINE = 70
MAX_BLOB = 1024


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


class _Reader:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def take(self, n: int) -> bytes:
        if n > len(self._data) - self._pos:
            raise SignatureError
        out = self._data[self._pos : self._pos + n]
        self._pos += n
        return out

    def string(self) -> bytes:
        (n,) = struct.unpack(">I", self.take(4))
        return self.take(n)

    def uint32(self) -> int:
        value: int = struct.unpack(">I", self.take(4))[0]
        return value

    def done(self) -> None:
        if self._pos != len(self._data):
            raise SignatureError


def _wire_public_key(raw: bytes) -> bytes:
    return _string(_KEY_TYPE) + _string(raw)


def raw_public_key(private_key: Ed25519PrivateKey) -> bytes:
    """Return the 32-byte public key of ``private_key``."""
    # public_bytes_raw, not public_bytes(Encoding.Raw, ...): importing the serialization
    # package loads its SSH and PKCS modules too (~6 ms of every command's start-up).
    return private_key.public_key().public_bytes_raw()


def public_key_line(raw: bytes) -> str:
    """Return ``ssh-ed25519 <base64>`` (an OpenSSH public key / allowed_signers key)."""
    return "ssh-ed25519 " + base64.b64encode(_wire_public_key(raw)).decode("ascii")


def parse_public_key_line(line: str) -> bytes:
    """Parse exactly ``ssh-ed25519 <base64>`` (no comment) into an acceptable raw key.

    Raises ``SignatureError`` for any other text, a non-canonical base64, or a key of
    small order / non-canonical encoding.
    """
    parts = line.split(" ")
    if len(parts) != 2 or parts[0] != "ssh-ed25519":
        raise SignatureError
    try:
        wire = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError from exc
    if base64.b64encode(wire).decode("ascii") != parts[1]:
        raise SignatureError
    reader = _Reader(wire)
    if reader.string() != _KEY_TYPE:
        raise SignatureError
    raw = reader.string()
    reader.done()
    if not is_acceptable_public_key(raw):
        raise SignatureError
    return raw


def _signed_data(namespace: bytes, message: bytes) -> bytes:
    return (
        _MAGIC
        + _string(namespace)
        + _string(b"")
        + _string(_HASH)
        + _string(hashlib.sha512(message).digest())
    )


def sign(private_key: Ed25519PrivateKey, message: bytes, namespace: str) -> bytes:
    """Sign ``message`` under ``namespace``; return the binary SSHSIG blob."""
    ns = namespace.encode("ascii")
    if not ns:
        raise ValueError("SSHSIG namespace must not be empty")
    signature = private_key.sign(_signed_data(ns, message))
    return (
        _MAGIC
        + struct.pack(">I", _VERSION)
        + _string(_wire_public_key(raw_public_key(private_key)))
        + _string(ns)
        + _string(b"")
        + _string(_HASH)
        + _string(_string(_KEY_TYPE) + _string(signature))
    )


def verify(blob: bytes, message: bytes, namespace: str) -> bytes:
    """Verify an SSHSIG blob over ``message`` under exactly ``namespace``.

    Returns the signer's raw 32-byte Ed25519 key; the caller decides whether that key
    is the expected one. Raises ``SignatureError`` on any failure.
    """
    if len(blob) > MAX_BLOB:
        raise SignatureError
    reader = _Reader(blob)
    if reader.take(6) != _MAGIC or reader.uint32() != _VERSION:
        raise SignatureError
    key_reader = _Reader(reader.string())
    if key_reader.string() != _KEY_TYPE:
        raise SignatureError
    raw = key_reader.string()
    key_reader.done()
    ns = reader.string()
    reserved = reader.string()
    hash_alg = reader.string()
    sig_reader = _Reader(reader.string())
    reader.done()
    if sig_reader.string() != _KEY_TYPE:
        raise SignatureError
    signature = sig_reader.string()
    sig_reader.done()
    if ns != namespace.encode("ascii") or reserved != b"" or hash_alg != _HASH:
        raise SignatureError
    if len(signature) != 64 or not is_acceptable_public_key(raw):
        raise SignatureError
    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, _signed_data(ns, message))
    except (InvalidSignature, ValueError) as exc:
        raise SignatureError from exc
    return raw


def armor(blob: bytes) -> bytes:
    """Return the ``-----BEGIN SSH SIGNATURE-----`` text form, as ssh-keygen writes it."""
    text = base64.b64encode(blob)
    lines = b"".join(text[i : i + _LINE] + b"\n" for i in range(0, len(text), _LINE))
    return _BEGIN + lines + _END


def dearmor(text: bytes) -> bytes:
    """Parse the exact armored form ``armor`` writes; raise ``SignatureError`` otherwise."""
    if len(text) > 4 * MAX_BLOB or not text.startswith(_BEGIN) or not text.endswith(_END):
        raise SignatureError
    body = text[len(_BEGIN) : len(text) - len(_END)]
    try:
        blob = base64.b64decode(body.replace(b"\n", b""), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError from exc
    if armor(blob) != text:
        raise SignatureError
    return blob
