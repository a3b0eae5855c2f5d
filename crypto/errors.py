"""Errors raised by crypto/. Each docstring is the default message.

Authentication failures are deliberately coarse: every way a ciphertext can fail to
decrypt or verify raises the same class with the same message (no oracle).
"""

from __future__ import annotations


class CryptoError(Exception):
    """A cryptographic operation failed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (type(self).__doc__ or "").strip().splitlines()[0])


class SignatureError(CryptoError):
    """The signature is not valid: the data was altered or was not signed by this key."""


class CardError(CryptoError):
    """This is not a valid contact card, or it was altered."""
