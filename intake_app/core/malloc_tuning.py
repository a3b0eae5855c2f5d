"""Keep freed megabyte buffers in the process instead of handing them back at once.

Export, import and attachments stream at a gigabyte a second through buffers of about
1 MiB that several threads allocate and free. glibc's defaults give freed memory at
the top of each thread's heap back to the kernel almost at once, and the next buffer
faults it back in page by page: importing 512 MiB took ~114,000 page faults (0.2 s of
kernel time on this machine) against ~25,000 with the two settings below. The memory
kept is bounded by what the streams hold at their peak (a few tens of MiB), so peak
memory does not change, only how often pages are unmapped and mapped again.

Plaintext in freed buffers stays in this process either way until it is overwritten;
memory forensics of a running, unlocked process is outside the threat model
(docs/threat-model.md), and Python cannot wipe memory reliably in any case.
"""

from __future__ import annotations

import ctypes
import os
import sys

# mallopt() parameter numbers, from glibc's <malloc.h>.
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: Free memory at the top of a heap kept before giving any back.
TRIM_THRESHOLD = 256 * 1024 * 1024
#: Allocations from this size up get their own mapping (a 1 MiB buffer stays below).
MMAP_THRESHOLD = 4 * 1024 * 1024


def _glibc() -> bool:
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None  # musl has no such name
    except (ValueError, OSError):
        return False


def keep_freed_memory() -> bool:
    """Apply the two glibc settings to this process; True if they were applied.

    Does nothing (returns False) on other C libraries and systems. Safe to call more
    than once; never raises.
    """
    if not sys.platform.startswith("linux") or not _glibc():
        return False
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    trimmed = mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    mapped = mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    return bool(trimmed == 1 and mapped == 1)
