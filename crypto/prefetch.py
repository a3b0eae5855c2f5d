"""Run an iterator ahead on a helper thread, in bounded memory.

Bundles and attachments move through two ciphers and a hash per byte. ``cryptography``'s
ChaCha20-Poly1305 and ``hashlib``'s SHA-256 release the GIL while they work on a large
buffer, and so do file reads and writes, so a second core can decrypt the next
megabyte while this one hashes or encrypts the current one - if the producer runs on a
thread of its own. ``Prefetch`` does that for any iterator: export runs the attachment
store's decryption ahead of the bundle encryption, import runs the age decryption
ahead of hashing and storing.

``gather`` joins small chunks (STREAM's 64 KiB) into pieces of about 1 MiB first (or
``batched`` groups them in lists, without a copy), so the threads hand over work a
megabyte at a time instead of taking turns on the GIL at every chunk.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

#: How often a producer blocked on a full queue looks whether it should stop (seconds).
_POLL = 0.05


class _End:
    """Marks the end of the source in the queue."""


class Prefetch(Generic[T], Iterator[T]):
    """Yield the items of ``source`` in order, produced on a helper thread.

    The thread starts at once and stays at most ``depth`` items ahead (memory is
    bounded by ``depth`` items). If ``source`` raises, the items before the error are
    yielded first and then the same exception is raised here. ``source`` is iterated,
    and finally closed (if it has ``close``), only on the helper thread, so it must not
    be used by anyone else meanwhile. ``close()`` (also by ``with``, or when the object
    is garbage-collected) stops the thread and waits for it: a ``source`` blocked
    inside one step finishes that step first.
    """

    def __init__(self, source: Iterable[T], depth: int = 4, name: str = "prefetch") -> None:
        self._stop = threading.Event()
        if depth < 1:
            raise ValueError("depth must be at least 1")
        self._queue: queue.Queue[T | _End | BaseException] = queue.Queue(maxsize=depth)
        self._done = False
        # The thread gets the queue and the event, never ``self``: a consumer that drops
        # this object without closing it lets it be collected, and ``__del__`` stops
        # the thread.
        self._thread = threading.Thread(
            target=_produce,
            args=(iter(source), self._queue, self._stop),
            name=name,
            daemon=True,
        )
        self._thread.start()

    def __iter__(self) -> Prefetch[T]:
        return self

    def __next__(self) -> T:
        if self._done:
            raise StopIteration
        item = self._queue.get()
        if isinstance(item, _End):
            self._done = True
            raise StopIteration
        if isinstance(item, BaseException):
            self._done = True
            raise item
        return item

    def close(self) -> None:
        """Stop the helper thread and wait for it. Idempotent."""
        self._done = True
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join()

    def __enter__(self) -> Prefetch[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        # A consumer that gave up without closing: let the thread end (it polls).
        self._stop.set()


def _put(
    q: queue.Queue[T | _End | BaseException], stop: threading.Event, item: T | _End | BaseException
) -> bool:
    """Queue ``item``; False if the consumer asked to stop meanwhile."""
    while not stop.is_set():
        try:
            q.put(item, timeout=_POLL)
            return True
        except queue.Full:
            continue
    return False


def _produce(
    source: Iterator[T], q: queue.Queue[T | _End | BaseException], stop: threading.Event
) -> None:
    try:
        for item in source:
            if not _put(q, stop, item):
                return
        _put(q, stop, _End())
    except BaseException as exc:  # handed to the consumer, raised there
        _put(q, stop, exc)
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()


def batched(chunks: Iterable[bytes], size: int) -> Iterator[list[bytes]]:
    """Group consecutive ``chunks`` into lists holding at least ``size`` bytes (the last
    may hold fewer), without copying any byte: for a consumer that reads across chunk
    boundaries anyway, where ``gather``'s join would be one copy too many."""
    batch: list[bytes] = []
    held = 0
    for chunk in chunks:
        batch.append(chunk)
        held += len(chunk)
        if held >= size:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def gather(chunks: Iterable[bytes], size: int) -> Iterator[bytes]:
    """Join consecutive ``chunks`` into pieces of at least ``size`` bytes (the last may
    be shorter); a chunk that is already that large passes through without a copy.
    Empty chunks are dropped."""
    parts: list[bytes] = []
    held = 0
    for chunk in chunks:
        if not chunk:
            continue
        parts.append(chunk)
        held += len(chunk)
        if held >= size:
            yield parts[0] if len(parts) == 1 else b"".join(parts)
            parts, held = [], 0
    if parts:
        yield parts[0] if len(parts) == 1 else b"".join(parts)
