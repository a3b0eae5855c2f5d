"""Intake Desk: secure, offline intake of signed, encrypted reports.

The package is layered: ``storage`` (the only SQLCipher user) under ``core`` (Qt-free use
cases) under ``cli`` and ``ui`` (the only Qt code). See docs/architecture.md.
"""

__version__ = "0.1.0"
