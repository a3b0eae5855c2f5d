"""crypto.prefetch: items in order, errors in their place, bounded look-ahead, clean stop."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator

import pytest

from crypto.prefetch import Prefetch, batched, gather


def _threads(name: str) -> int:
    return sum(t.name == name for t in threading.enumerate())


def _wait_until_gone(name: str) -> bool:
    deadline = time.monotonic() + 5
    while _threads(name) and time.monotonic() < deadline:
        time.sleep(0.01)
    return _threads(name) == 0


def test_items_arrive_in_order_and_the_thread_ends_with_them() -> None:
    with Prefetch(iter(range(1000)), depth=3, name="pf-order") as items:
        assert list(items) == list(range(1000))
        assert next(items, None) is None  # stays ended
    assert _wait_until_gone("pf-order")


def test_an_error_comes_after_the_items_before_it_and_the_source_is_closed() -> None:
    closed = threading.Event()

    def source() -> Iterator[int]:
        try:
            yield 1
            yield 2
            raise ValueError("damaged")
        finally:
            closed.set()

    items = Prefetch(source(), name="pf-error")
    assert next(items) == 1
    assert next(items) == 2
    with pytest.raises(ValueError, match="damaged"):
        next(items)
    with pytest.raises(StopIteration):
        next(items)
    assert closed.wait(5)
    items.close()
    assert _wait_until_gone("pf-error")


def test_the_producer_stays_at_most_depth_items_ahead() -> None:
    produced: list[int] = []

    def source() -> Iterator[int]:
        for i in range(100):
            produced.append(i)
            yield i

    items = Prefetch(source(), depth=2, name="pf-depth")
    assert next(items) == 0
    time.sleep(0.2)  # give the producer every chance to run ahead
    # One handed over, two queued, one held while waiting for room: never the rest.
    assert len(produced) <= 4
    items.close()
    assert _wait_until_gone("pf-depth")


def test_closing_early_stops_an_endless_source_and_closes_it() -> None:
    closed = threading.Event()

    def endless() -> Iterator[bytes]:
        try:
            while True:
                yield b"x"
        finally:
            closed.set()

    items = Prefetch(endless(), name="pf-close")
    assert next(items) == b"x"
    items.close()
    items.close()  # idempotent
    assert closed.is_set()
    assert _threads("pf-close") == 0
    with pytest.raises(StopIteration):
        next(items)


def test_a_dropped_prefetch_lets_its_thread_end() -> None:
    items = Prefetch(iter(lambda: b"x", b""), name="pf-dropped")
    assert next(items) == b"x"
    del items
    gc.collect()
    assert _wait_until_gone("pf-dropped")


def test_depth_must_be_positive() -> None:
    with pytest.raises(ValueError):
        Prefetch(iter([]), depth=0)


def test_gather_joins_small_chunks_and_passes_large_ones_through() -> None:
    big = b"B" * 100
    out = list(gather([b"ab", b"", b"cd", b"e", big, b"fg"], 4))
    assert out == [b"abcd", b"e" + big, b"fg"]
    assert next(iter(gather([big], 4))) is big
    assert list(gather([], 4)) == []


def test_batched_groups_chunks_by_size_without_copying() -> None:
    chunks = [b"ab", b"cd", b"e", b"fghij", b"k"]
    out = list(batched(chunks, 4))
    assert out == [[b"ab", b"cd"], [b"e", b"fghij"], [b"k"]]
    assert out[1][1] is chunks[3]
    assert list(batched([], 4)) == []
