"""Errors raised by crypto/. Each docstring is the default message.

Authentication failures are deliberately coarse: every way a ciphertext can fail to
decrypt or verify raises the same class with the same message (no oracle).
"""

from __future__ import annotations

import enum


class CryptoError(Exception):
    """A cryptographic operation failed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (type(self).__doc__ or "").strip().splitlines()[0])


class SignatureError(CryptoError):
    """The signature is not valid: the data was altered or was not signed by this key."""


class CardError(CryptoError):
    """This is not a valid contact card, or it was altered."""


class BundleRejection(enum.Enum):
    """Why a bundle was refused (docs/bundle-format.md section 9). The UI words it."""

    NOT_A_BUNDLE = "not_a_bundle"  # not an age file, or its payload is not a bundle
    UNREADABLE = "unreadable"  # cannot be decrypted or was altered (incl. a bad signature)
    NOT_ADDRESSED = "not_addressed"  # not addressed to this vault (incl. re-addressed)
    HOSTILE_CONTENT = "hostile_content"  # decrypts, but breaks the format's rules/limits


_BUNDLE_MESSAGES = {
    BundleRejection.NOT_A_BUNDLE: "This file is not an Intake Desk bundle.",
    BundleRejection.UNREADABLE: "This bundle cannot be decrypted or was altered.",
    BundleRejection.NOT_ADDRESSED: "This bundle is not addressed to this vault.",
    BundleRejection.HOSTILE_CONTENT: "This bundle breaks the format's safety rules.",
}


class BundleError(CryptoError):
    """This bundle cannot be decrypted or was altered."""

    def __init__(self, reason: BundleRejection, message: str | None = None) -> None:
        super().__init__(message or _BUNDLE_MESSAGES[reason])
        self.reason = reason


class BundleWriteError(CryptoError):
    """An attachment changed or could not be read while the bundle was written; try again."""
