"""Storage errors become core errors at the session boundary.

The repositories live in the storage layer, which may not know the core's errors. The
session hands them out wrapped in ``translating``: a proxy that forwards every attribute
and call and turns storage errors into the matching ``IntakeError``, so the ui only ever
sees core errors. Types are unchanged for callers (the proxy is cast to the wrapped type).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

from intake_app.core.errors import (
    AccessDeniedError,
    DiskFullError,
    DiskWriteError,
    DuplicateRecordError,
    RecordNotFoundError,
    SessionClosedError,
    VaultCorruptError,
    VaultPart,
    VaultTooNewError,
)
from intake_app.core.fsutil import NO_SPACE, WRITE_REFUSED
from intake_app.storage import errors as st

T = TypeVar("T")


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Translate storage errors raised inside the block into core errors."""
    try:
        yield
    except st.StorageFullError:
        raise DiskFullError from None
    except st.StorageIOError:
        raise DiskWriteError from None
    except st.StorageAccessError:
        raise AccessDeniedError from None
    except (st.DatabaseCorruptError, st.DatabaseKeyError):
        raise VaultCorruptError(part=VaultPart.DATABASE) from None
    except st.SchemaTooNewError:
        raise VaultTooNewError from None
    except st.NotFoundError:
        raise RecordNotFoundError from None
    except st.DuplicateError:
        raise DuplicateRecordError from None
    except st.StorageError:
        raise VaultCorruptError(part=VaultPart.DATABASE) from None
    except OSError as exc:
        if exc.errno in NO_SPACE:
            raise DiskFullError from None
        if exc.errno in WRITE_REFUSED:
            raise DiskWriteError from None
        raise


class _Translating:
    __slots__ = ("_alive", "_target")

    def __init__(self, target: object, alive: Callable[[], bool]) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_alive", alive)

    def __getattr__(self, name: str) -> Any:
        if not self._alive():
            raise SessionClosedError
        with storage_errors():
            value = getattr(self._target, name)
        if not callable(value):
            return value

        @functools.wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            if not self._alive():
                raise SessionClosedError
            with storage_errors():
                return value(*args, **kwargs)

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        if not self._alive():
            raise SessionClosedError
        with storage_errors():
            setattr(self._target, name, value)

    def __repr__(self) -> str:
        return f"<{type(self._target).__name__}>"


def translating(target: T, alive: Callable[[], bool]) -> T:
    """Return ``target`` wrapped so storage errors surface as core errors.

    ``alive`` is asked before every use; once it returns False every use raises
    ``SessionClosedError`` (a locked vault's repositories stop working).
    """
    return cast(T, _Translating(target, alive))
