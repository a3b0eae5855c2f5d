"""malloc_tuning: applied exactly where the C library is glibc."""

from __future__ import annotations

import os
import sys

from intake_app.core.malloc_tuning import keep_freed_memory


def _is_glibc() -> bool:
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None
    except (ValueError, OSError):
        return False


def test_the_settings_are_applied_exactly_where_the_c_library_is_glibc() -> None:
    expected = sys.platform.startswith("linux") and _is_glibc()
    assert keep_freed_memory() is expected
    assert keep_freed_memory() is expected  # again: still fine
