"""Names of a package imported on first use (PEP 562), for start-up time."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(
    package: str, table: dict[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return the ``__getattr__`` and ``__dir__`` for ``package``, whose public names
    in ``table`` (name -> module) are imported when first asked for. ``namespace`` is
    the package's ``globals()``: a name, once imported, is stored there, so later
    lookups find it directly. An unknown name raises ``AttributeError`` as usual."""

    def getattr_(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *table})

    return getattr_, dir_
