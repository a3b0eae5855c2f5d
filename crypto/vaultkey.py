"""Vault key wrapping: a random database key sealed under a passphrase (Argon2id).

A vault's key file holds the 256-bit database key wrapped with ChaCha20-Poly1305 under
a key derived from the passphrase by Argon2id. The file is fixed-size binary::

    offset size  field
    0      8     magic b"IDVAULTK"
    8      1     format version (1)
    9      4     Argon2id memory in KiB (big-endian)
    13     4     Argon2id iterations
    17     4     Argon2id lanes
    21     16    salt
    37     12    nonce
    49     48    wrapped key (32 bytes + 16-byte tag)
    97     32    SHA-256 of bytes 0..96 (a checksum, not a MAC)

Bytes 0..36 (magic, version, parameters, salt) are the AEAD's associated data, so an
edited parameter fails authentication exactly like a wrong passphrase. Parameters are
checked against fixed bounds *before* deriving, so a tampered file cannot make us
allocate gigabytes or spin for minutes. The trailing checksum lets us tell a damaged
file (disk error, truncation, careless edit) from a wrong passphrase; a deliberate
attacker can recompute it, in which case they get the coarse ``KeyUnwrapError`` anyway.
"""

from __future__ import annotations

import hashlib
import os
import struct
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from crypto.errors import CryptoError

MAGIC = b"IDVAULTK"
FORMAT_VERSION = 1
KEY_SIZE = 32
SALT_SIZE = 16
NONCE_SIZE = 12
_HEADER = struct.Struct(">8sBIII16s")  # magic, version, memory, iterations, lanes, salt
_BODY_SIZE = _HEADER.size + NONCE_SIZE + KEY_SIZE + 16
KEY_FILE_SIZE = _BODY_SIZE + 32

# Bounds checked before any derivation. 1 GiB and 64 passes are far above what
# calibration picks on any laptop, and low enough that a hostile file cannot hang us.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16

# Calibration: memory is fixed at 64 MiB (well above OWASP's 19 MiB minimum); only the
# number of passes grows to reach the target time. Machines too slow for even one pass
# at 64 MiB step memory down, never below 19 MiB.
_CALIBRATION_MEMORY_KIB = 64 * 1024
_MIN_CALIBRATED_MEMORY_KIB = 19 * 1024
_CALIBRATION_LANES = 4


class KeyFileFormatError(CryptoError):
    """The vault key file is damaged or is not a vault key file."""


class KeyUnwrapError(CryptoError):
    """The passphrase is not correct."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters (the salt is per vault and lives in the key file).

    Construction checks the bounds, so a ``KdfParams`` in hand is always safe to run.
    Raises ``ValueError`` for out-of-bounds values.
    """

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        if not 1 <= self.lanes <= MAX_LANES:
            raise ValueError("Argon2id lanes out of bounds")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError("Argon2id iterations out of bounds")
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError("Argon2id memory out of bounds")

    def derive(self, passphrase: bytes | bytearray, salt: bytes) -> bytes:
        """Return the 32-byte key Argon2id derives from ``passphrase`` and ``salt``."""
        kdf = Argon2id(
            salt=salt,
            length=KEY_SIZE,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(bytes(passphrase))


def calibrate(target_seconds: float = 0.5) -> KdfParams:
    """Return Argon2id parameters that take about ``target_seconds`` on this machine.

    Times real derivations (throwaway salt and passphrase) at one and three passes and
    fits ``time = setup + passes * per_pass``: the setup (allocating and touching the
    memory) is paid once per derivation, so scaling from a single pass alone would
    undershoot. Never returns parameters outside the bounds.
    """
    memory = _CALIBRATION_MEMORY_KIB
    while True:
        one = _time_derivation(KdfParams(memory, 1, _CALIBRATION_LANES))
        if one <= target_seconds or memory <= _MIN_CALIBRATED_MEMORY_KIB:
            break
        memory = max(_MIN_CALIBRATED_MEMORY_KIB, memory // 2)
    one = min(one, _time_derivation(KdfParams(memory, 1, _CALIBRATION_LANES)))
    three = _time_derivation(KdfParams(memory, 3, _CALIBRATION_LANES))
    per_pass = max((three - one) / 2, 1e-6)
    setup = max(one - per_pass, 0.0)
    iterations = round((target_seconds - setup) / per_pass)
    return KdfParams(memory, max(1, min(MAX_ITERATIONS, iterations)), _CALIBRATION_LANES)


def _time_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    params.derive(b"calibration", os.urandom(SALT_SIZE))
    return time.perf_counter() - start


def new_database_key() -> bytearray:
    """Return a fresh random 256-bit key."""
    return bytearray(os.urandom(KEY_SIZE))


def wrap_key(db_key: bytes | bytearray, passphrase: bytes | bytearray, params: KdfParams) -> bytes:
    """Return key file bytes that hold ``db_key`` sealed under ``passphrase``.

    A fresh salt and nonce are drawn on every call, so re-wrapping the same key under
    the same passphrase gives different bytes.
    """
    if len(db_key) != KEY_SIZE:
        raise ValueError("database key must be 32 bytes")
    salt = os.urandom(SALT_SIZE)
    header = _HEADER.pack(
        MAGIC, FORMAT_VERSION, params.memory_kib, params.iterations, params.lanes, salt
    )
    nonce = os.urandom(NONCE_SIZE)
    wrapping = params.derive(passphrase, salt)
    sealed = ChaCha20Poly1305(wrapping).encrypt(nonce, bytes(db_key), header)
    body = header + nonce + sealed
    return body + hashlib.sha256(body).digest()


def read_params(key_file: bytes) -> KdfParams:
    """Return the KDF parameters of ``key_file`` after checking its format and bounds.

    Raises ``KeyFileFormatError`` if the file is damaged, of another format, or asks for
    parameters outside the bounds.
    """
    return _parse(key_file)[0]


def unwrap_key(key_file: bytes, passphrase: bytes | bytearray) -> bytearray:
    """Return the database key sealed in ``key_file``.

    Checks size, checksum, magic, version and parameter bounds before deriving anything
    (``KeyFileFormatError``). A wrong passphrase and any authenticated-field alteration
    raise the same ``KeyUnwrapError``.
    """
    params, salt, header, nonce, sealed = _parse(key_file)
    wrapping = params.derive(passphrase, salt)
    try:
        return bytearray(ChaCha20Poly1305(wrapping).decrypt(nonce, sealed, header))
    except InvalidTag:
        raise KeyUnwrapError from None


def _parse(key_file: bytes) -> tuple[KdfParams, bytes, bytes, bytes, bytes]:
    if len(key_file) != KEY_FILE_SIZE:
        raise KeyFileFormatError
    body, checksum = key_file[:_BODY_SIZE], key_file[_BODY_SIZE:]
    if hashlib.sha256(body).digest() != checksum:
        raise KeyFileFormatError
    magic, version, memory, iterations, lanes, salt = _HEADER.unpack_from(body)
    if magic != MAGIC or version != FORMAT_VERSION:
        raise KeyFileFormatError
    try:
        params = KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)
    except ValueError:
        raise KeyFileFormatError from None
    header = body[: _HEADER.size]
    nonce = body[_HEADER.size : _HEADER.size + NONCE_SIZE]
    sealed = body[_HEADER.size + NONCE_SIZE :]
    return params, salt, header, nonce, sealed
