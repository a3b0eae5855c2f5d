"""Ed25519 public-key checks that ``cryptography`` does not make (private).

``cryptography`` (like most Ed25519 libraries) accepts any 32 bytes as a public key,
including small-order points and non-canonical encodings. Such keys can "verify"
signatures on many messages, so a key that identifies a person must be neither. See
docs/bundle-format.md section 6.2.
"""

from __future__ import annotations

_P = 2**255 - 19
_D = (-121665 * pow(121666, -1, _P)) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def is_acceptable_public_key(raw: bytes) -> bool:
    """Return True only for a canonical encoding of a point whose order is not small.

    Never raises; checks: 32 bytes, y < p, the point is on the curve, x = 0 only with
    the sign bit clear, and [8]P is not the identity.
    """
    if len(raw) != 32:
        return False
    value = int.from_bytes(raw, "little")
    sign = value >> 255
    y = value & ((1 << 255) - 1)
    if y >= _P:
        return False
    x = _recover_x(y, sign)
    if x is None:
        return False
    # Three doublings give [8]P; the identity (0, 1) means the order divides 8.
    px, py = x, y
    for _ in range(3):
        px, py = _add(px, py, px, py)
    return not (px == 0 and py == 1)


def _recover_x(y: int, sign: int) -> int | None:
    y2 = y * y % _P
    u = (y2 - 1) % _P
    v = (_D * y2 + 1) % _P
    x2 = u * pow(v, _P - 2, _P) % _P
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P != 0:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P != 0:
        return None
    if (x & 1) != sign:
        x = _P - x
    return x


def _add(x1: int, y1: int, x2: int, y2: int) -> tuple[int, int]:
    # Affine twisted Edwards addition (a = -1); complete for Ed25519, fine for 3 steps.
    t = _D * x1 * x2 * y1 * y2 % _P
    x3 = (x1 * y2 + y1 * x2) * pow(1 + t, _P - 2, _P) % _P
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, _P - 2, _P) % _P
    return x3, y3
