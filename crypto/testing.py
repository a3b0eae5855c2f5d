"""Test doubles for crypto/: fast KDF parameters that refuse to exist outside tests.

Argon2id at production cost takes about half a second per derivation; tests create
hundreds of vaults. ``fast_kdf_params()`` returns the cheapest parameters Argon2id
allows, and raises unless pytest is running *and* ``INTAKE_TESTING=1`` is set (by
tests/conftest.py), so no production path can end up with a weak vault through it.
"""

from __future__ import annotations

import os
import sys

from crypto.vaultkey import KdfParams


class NotUnderTestError(RuntimeError):
    """A test double was requested outside the test suite."""


def fast_kdf_params() -> KdfParams:
    """Return Argon2id parameters that derive in well under a millisecond.

    Raises ``NotUnderTestError`` unless running under pytest with ``INTAKE_TESTING=1``.
    """
    if "pytest" not in sys.modules or os.environ.get("INTAKE_TESTING") != "1":
        raise NotUnderTestError("fast KDF parameters exist for the test suite only")
    return KdfParams(memory_kib=8, iterations=1, lanes=1)
