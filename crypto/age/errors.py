"""Errors raised by crypto.age. Each class docstring's first line is its default message.

Authentication failures are deliberately coarse: a wrong header MAC, a wrong payload
tag, a malformed stanza body or a truncated payload all read "damaged or altered", so
the messages are no oracle. ``HeaderError.defect`` and ``ArmorError`` carry the
structured reason for logs-free debugging and tests; callers must not show it to people
as if it were more certain than "damaged".
"""

from __future__ import annotations

import enum

from crypto.errors import CryptoError


class AgeError(CryptoError):
    """The age file could not be processed."""


class NoIdentityMatchError(AgeError):
    """This file is not addressed to any of your keys."""


class HeaderDefect(enum.Enum):
    """Why a header was rejected (for tests and diagnostics, not for people)."""

    MALFORMED = "malformed"  # syntax: version line, stanza lines, base64, MAC line
    TOO_LARGE = "too_large"  # a bound on size, lines, stanzas or arguments was exceeded
    UNSUPPORTED_VERSION = "unsupported_version"
    BAD_STANZA = "bad_stanza"  # a stanza addressed to one of our key types is malformed
    MIXED_SCRYPT = "mixed_scrypt"  # a passphrase stanza is not alone in the header
    WORK_FACTOR = "work_factor"  # the passphrase work factor is above the accepted limit
    BAD_MAC = "bad_mac"  # the header MAC does not verify
    NO_NONCE = "no_nonce"  # the file ends before the payload nonce


class HeaderError(AgeError):
    """The file cannot be decrypted: it is damaged or was altered."""

    def __init__(
        self, defect: HeaderDefect = HeaderDefect.MALFORMED, message: str | None = None
    ) -> None:
        super().__init__(message)
        self.defect = defect


class UnsupportedVersionError(HeaderError):
    """This file was made by a newer version of age; update the program to open it."""

    def __init__(self) -> None:
        super().__init__(HeaderDefect.UNSUPPORTED_VERSION)


class WorkFactorError(HeaderError):
    """The passphrase protection of this file is set too high to open safely here."""

    def __init__(self) -> None:
        super().__init__(HeaderDefect.WORK_FACTOR)


class PayloadError(AgeError):
    """The file cannot be decrypted: it is damaged or was altered."""


class ArmorError(AgeError):
    """This is not an age file, or its text (armored) form is damaged."""


class RecipientError(AgeError):
    """That is not a valid age recipient (public key)."""


class IdentityError(AgeError):
    """That is not a valid age identity (secret key)."""

    def __init__(self, message: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line  # 1-based line of an identity file, when parsing one


class MixedRecipientsError(AgeError):
    """These recipients cannot be combined in one file."""


class TooManyRecipientsError(AgeError):
    """There are too many recipients: this program opens files with at most 512 of them."""
