"""MLKEM768-X25519 ("X-Wing") KEM inside HPKE base mode, as the age hybrid stanza uses it.

KEM: MLKEM768-X25519 from draft-ietf-hpke-pq / filippo.io/hpke-pq (the X-Wing
combiner). KDF: HKDF-SHA256. AEAD: ChaCha20Poly1305. One message per context (the
age stanza seals exactly one file key), so the sequence number is always zero.

Sizes: seed 32, public key 1216 (ML-KEM 1184 || X25519 32), enc 1120 (1088 || 32).
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto.age._x25519 import x25519

SEED_SIZE = 32
MLKEM_PUBLIC_SIZE = 1184
MLKEM_CIPHERTEXT_SIZE = 1088
PUBLIC_KEY_SIZE = MLKEM_PUBLIC_SIZE + 32
ENC_SIZE = MLKEM_CIPHERTEXT_SIZE + 32

_XWING_LABEL = b"\\.//^\\"
_KEM_ID = 0x647A
_KDF_ID = 0x0001
_AEAD_ID = 0x0003
_SUITE_ID = (
    b"HPKE" + _KEM_ID.to_bytes(2, "big") + _KDF_ID.to_bytes(2, "big") + _AEAD_ID.to_bytes(2, "big")
)
_HPKE_V1 = b"HPKE-v1"


class KemError(ValueError):
    """Decapsulation or sealing failed (internal; callers map it to their own errors)."""


def _expand(seed: bytes) -> tuple[MLKEM768PrivateKey, X25519PrivateKey]:
    expanded = hashlib.shake_256(seed).digest(96)
    return (
        MLKEM768PrivateKey.from_seed_bytes(expanded[:64]),
        X25519PrivateKey.from_private_bytes(expanded[64:]),
    )


def public_key(seed: bytes) -> bytes:
    """The 1216-byte public key of the 32-byte identity ``seed``."""
    mlkem, x = _expand(seed)
    return mlkem.public_key().public_bytes_raw() + x.public_key().public_bytes_raw()


def check_public_key(pk: bytes) -> None:
    """Raise ``KemError`` unless ``pk`` is a well-formed hybrid public key."""
    if len(pk) != PUBLIC_KEY_SIZE:
        raise KemError("wrong public key size")
    try:
        MLKEM768PublicKey.from_public_bytes(pk[:MLKEM_PUBLIC_SIZE])
        x25519(X25519PrivateKey.generate(), pk[MLKEM_PUBLIC_SIZE:])
    except ValueError as exc:
        raise KemError("invalid public key") from exc


def _combine(ss_m: bytes, ss_x: bytes, ct_x: bytes, pk_x: bytes) -> bytes:
    return hashlib.sha3_256(ss_m + ss_x + ct_x + pk_x + _XWING_LABEL).digest()


def _encapsulate(pk: bytes) -> tuple[bytes, bytes]:
    pk_m = MLKEM768PublicKey.from_public_bytes(pk[:MLKEM_PUBLIC_SIZE])
    pk_x = pk[MLKEM_PUBLIC_SIZE:]
    ss_m, ct_m = pk_m.encapsulate()
    ephemeral = X25519PrivateKey.generate()
    ct_x = ephemeral.public_key().public_bytes_raw()
    ss_x = x25519(ephemeral, pk_x)
    return _combine(ss_m, ss_x, ct_x, pk_x), ct_m + ct_x


def _decapsulate(seed: bytes, enc: bytes) -> bytes:
    mlkem, x = _expand(seed)
    ct_m, ct_x = enc[:MLKEM_CIPHERTEXT_SIZE], enc[MLKEM_CIPHERTEXT_SIZE:]
    ss_m = mlkem.decapsulate(ct_m)  # implicit rejection: a bad ct gives a random secret
    ss_x = x25519(x, ct_x)
    return _combine(ss_m, ss_x, ct_x, x.public_key().public_bytes_raw())


def _extract(salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt, _HPKE_V1 + _SUITE_ID + label + ikm, hashlib.sha256).digest()


def _expand_label(prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    labeled = length.to_bytes(2, "big") + _HPKE_V1 + _SUITE_ID + label + info
    out = b""
    block = b""
    counter = 1
    while len(out) < length:
        block = hmac.new(prk, block + labeled + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def _key_schedule(shared_secret: bytes, info: bytes) -> tuple[bytes, bytes]:
    psk_id_hash = _extract(b"", b"psk_id_hash", b"")
    info_hash = _extract(b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash  # mode_base
    secret = _extract(shared_secret, b"secret", b"")
    key = _expand_label(secret, b"key", context, 32)
    base_nonce = _expand_label(secret, b"base_nonce", context, 12)
    return key, base_nonce


def seal(pk: bytes, info: bytes, plaintext: bytes) -> tuple[bytes, bytes]:
    """HPKE SealBase to ``pk`` with empty aad; return ``(enc, ciphertext)``."""
    if len(pk) != PUBLIC_KEY_SIZE:
        raise KemError("wrong public key size")
    try:
        shared, enc = _encapsulate(pk)
    except ValueError as exc:
        raise KemError("invalid public key") from exc
    key, nonce = _key_schedule(shared, info)
    return enc, ChaCha20Poly1305(key).encrypt(nonce, plaintext, b"")


def open_(seed: bytes, enc: bytes, info: bytes, ciphertext: bytes) -> bytes | None:
    """HPKE OpenBase with the identity ``seed``; None if the ciphertext does not verify.

    Raises ``KemError`` if ``enc`` has the wrong size or its X25519 part gives the
    all-zero shared secret (a malformed stanza rather than a foreign one).
    """
    if len(enc) != ENC_SIZE:
        raise KemError("wrong enc size")
    try:
        shared = _decapsulate(seed, enc)
    except ValueError as exc:
        raise KemError("invalid enc") from exc
    key, nonce = _key_schedule(shared, info)
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, b"")
    except InvalidTag:
        return None


def random_seed() -> bytes:
    return os.urandom(SEED_SIZE)
