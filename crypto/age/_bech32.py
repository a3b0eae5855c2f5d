"""Bech32 (BIP 173) as age uses it: no length limit, one case per string.

The checksum is always computed over the lower-case form; a string is either all
upper case (identities) or all lower case (recipients), never mixed. Only the original
Bech32 constant (1), not Bech32m.
"""

from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_REVERSE = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class Bech32Error(ValueError):
    """The text is not valid Bech32 (internal; callers turn it into their own error)."""


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            if (top >> i) & 1:
                chk ^= _GENERATOR[i]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & max_value)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (acc << (to_bits - bits)) & max_value:
        # Leftover bits must be fewer than a whole input group and all zero: otherwise
        # two strings would decode to the same bytes (not canonical).
        raise Bech32Error("non-zero or excess padding")
    return out


def encode(hrp: str, data: bytes, *, upper: bool = False) -> str:
    """Return the Bech32 encoding of ``data`` under the human-readable part ``hrp``."""
    hrp = hrp.lower()
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _polymod([*_hrp_expand(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    text = hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)
    return text.upper() if upper else text


def decode(text: str) -> tuple[str, bytes]:
    """Return ``(hrp, data)``, the human-readable part in lower case.

    Raises ``Bech32Error`` for mixed case, characters outside the alphabet, a missing
    separator, a wrong checksum or non-canonical padding.
    """
    if text.lower() != text and text.upper() != text:
        raise Bech32Error("mixed case")
    if any(ord(c) < 33 or ord(c) > 126 for c in text):
        raise Bech32Error("invalid character")
    lowered = text.lower()
    pos = lowered.rfind("1")
    if pos < 1 or pos + 7 > len(lowered):
        raise Bech32Error("missing separator or checksum")
    hrp = lowered[:pos]
    try:
        values = [_REVERSE[c] for c in lowered[pos + 1 :]]
    except KeyError:
        raise Bech32Error("invalid character") from None
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise Bech32Error("wrong checksum")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))


def decode_as(text: str, hrp: str, *, upper: bool) -> bytes:
    """The data of ``text`` if it is Bech32 under ``hrp``, written in the one case age
    allows for it (upper for secret keys, lower for recipients).

    Raises ``Bech32Error`` for anything else.
    """
    found, data = decode(text)
    if found != hrp or text != (text.upper() if upper else text.lower()):
        raise Bech32Error
    return data
