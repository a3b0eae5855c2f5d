"""malloc_tuning: applied where glibc is, harmless where it is not."""

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


def test_large_buffers_still_work_after_the_settings() -> None:
    keep_freed_memory()
    blocks = [bytearray(os.urandom(64)) * (1 << 14) for _ in range(40)]  # 40 MiB
    assert all(len(b) == 1 << 20 for b in blocks)
    del blocks
    again = bytearray(1 << 20)
    assert not any(again)
