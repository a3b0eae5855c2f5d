"""exchange_io: the helper threads hash exactly the bytes read or written, and stop."""

from __future__ import annotations

import hashlib
import io
import os
import threading

import pytest

from intake_app.core.exchange_io import HashingReader, WriteBehind


class _Source(io.RawIOBase):
    """``data``, then an OSError if ``fail`` (a disk error mid-file)."""

    def __init__(self, data: bytes, *, fail: bool = False) -> None:
        super().__init__()
        self._data = io.BytesIO(data)
        self._fail = fail
        self.reads = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        self.reads += 1
        part = self._data.read(n)
        if not part and self._fail:
            raise OSError(5, "Input/output error")
        return part


def _reader_threads() -> int:
    return sum(t.name.startswith(("sha256-", "write-behind")) for t in threading.enumerate())


def test_reads_of_any_size_return_the_bytes_in_order_and_the_digest_is_the_whole_file() -> None:
    data = os.urandom(3 * 1024 * 1024 + 77)
    with HashingReader(_Source(data)) as src:  # type: ignore[arg-type]
        got = [src.read(1), src.read(65552), src.read(2 * 1024 * 1024)]
        buf = bytearray(1000)
        n = src.readinto(buf)
        got.append(bytes(buf[:n]))
        assert b"".join(got) == data[: sum(map(len, got))]
        assert src.hexdigest() == hashlib.sha256(data).hexdigest()  # reads the rest
        assert src.size == len(data)
        assert src.read(10) == b""


def test_a_source_error_surfaces_from_read_after_the_good_bytes() -> None:
    data = os.urandom(1024 * 1024 + 5)
    src = HashingReader(_Source(data, fail=True))  # type: ignore[arg-type]
    try:
        assert src.read(len(data)) == data[: 1024 * 1024]
        assert src.read(len(data)) == data[1024 * 1024 :]
        with pytest.raises(OSError):
            src.read(10)
    finally:
        src.close()
    assert _reader_threads() == 0


def test_closing_mid_way_stops_the_thread_and_reads_only_a_bounded_amount_ahead() -> None:
    source = _Source(os.urandom(16 * 1024 * 1024))
    src = HashingReader(source)  # type: ignore[arg-type]
    assert len(src.read(100)) == 100
    src.close()
    assert _reader_threads() == 0
    assert source.reads <= 8  # a few 1 MiB blocks ahead, not the whole file


def test_an_observer_error_surfaces_from_read_and_progress_counts_consumed_bytes() -> None:
    seen: list[int] = []

    def observe(done: int) -> None:
        seen.append(done)
        if done > 200_000:
            raise KeyboardInterrupt

    src = HashingReader(_Source(os.urandom(2 * 1024 * 1024)), observe)  # type: ignore[arg-type]
    try:
        assert len(src.read(100_000)) == 100_000
        assert len(src.read(100_000)) == 100_000
        with pytest.raises(KeyboardInterrupt):
            src.read(100_000)
    finally:
        src.close()
    assert seen == [100_000, 200_000, 300_000]
    assert _reader_threads() == 0


def test_writer_copies_reused_buffers_and_hashes_exactly_what_it_wrote() -> None:
    out = io.BytesIO()
    expected = hashlib.sha256()
    buffer = bytearray(300_000)
    writer = WriteBehind(out, sha256=True)
    try:
        for i in range(20):
            buffer[:] = os.urandom(len(buffer))  # the caller reuses its buffer at once
            size = 1 + i * 15_000
            assert writer.write(memoryview(buffer)[:size]) == size
            expected.update(buffer[:size])
        writer.flush()
        assert writer.hexdigest() == expected.hexdigest()
        assert hashlib.sha256(out.getvalue()).hexdigest() == expected.hexdigest()
        assert writer.size == len(out.getvalue())
    finally:
        writer.close()
    assert _reader_threads() == 0


class _FullDisk(io.BytesIO):
    def write(self, data: object) -> int:
        if self.tell() > 500_000:
            raise OSError(28, "No space left on device")
        return super().write(data)  # type: ignore[arg-type]


def test_a_write_error_on_the_thread_surfaces_from_a_later_call_and_close_stops() -> None:
    writer = WriteBehind(_FullDisk())
    with pytest.raises(OSError) as caught:
        for _ in range(100):
            writer.write(b"x" * 100_000)
        writer.flush()
    assert caught.value.errno == 28
    writer.close()
    assert _reader_threads() == 0
