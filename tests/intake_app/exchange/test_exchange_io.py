"""exchange_io: readers hand on exactly the bytes, the writer writes them all, and stops."""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.prefetch import Prefetch
from intake_app.core.exchange_io import ObservedReader, PieceReader, WriteBehind


def _helper_threads() -> int:
    return sum(t.name.startswith(("prefetch", "write-behind")) for t in threading.enumerate())


def test_piece_reader_hands_whole_pieces_on_without_copying_and_slices_the_rest() -> None:
    pieces = [os.urandom(1000), os.urandom(3000)]
    seen: list[int] = []
    reader = PieceReader(iter(pieces), seen.append)
    first = reader.read(1000)
    assert first is pieces[0]  # a piece that fits is handed on as it is
    assert reader.read(100) == pieces[1][:100]
    buf = bytearray(5000)
    n = reader.readinto(buf)
    assert bytes(buf[:n]) == pieces[1][100:]
    assert reader.read(10) == b""
    assert seen == [1000, 100, 2900]
    # Empty pieces are skipped; only the end of the iterator ends the stream.
    gaps = PieceReader(iter([b"ab", b"", b"cde"]))
    assert (gaps.read(4), gaps.read(), gaps.read()) == (b"ab", b"cde", b"")


def test_piece_reader_surfaces_the_source_error_and_closing_stops_a_prefetch() -> None:
    def failing() -> Iterator[bytes]:
        yield b"a" * 10
        raise OSError(5, "Input/output error")

    reader = PieceReader(Prefetch(failing()))
    assert reader.read(100) == b"a" * 10
    with pytest.raises(OSError):
        reader.read(100)
    reader.close()
    endless = PieceReader(Prefetch(iter(lambda: b"x" * 1024, b"")))
    assert endless.read(10) == b"x" * 10
    endless.close()
    assert _helper_threads() == 0


def test_an_observer_error_surfaces_from_read() -> None:
    def observe(n: int) -> None:
        raise KeyboardInterrupt

    reader = PieceReader(iter([b"abc"]), observe)
    with pytest.raises(KeyboardInterrupt):
        reader.read(3)


def test_observed_reader_counts_every_byte_read_in_either_way() -> None:
    data = os.urandom(10_000)
    counts: list[int] = []
    reader = ObservedReader(io.BytesIO(data), counts.append)
    assert reader.read(4000) == data[:4000]
    buf = bytearray(5000)
    assert reader.readinto(buf) == 5000
    assert bytes(buf) == data[4000:9000]
    assert reader.read() == data[9000:]
    assert counts == [4000, 9000, 10_000]
    assert reader.size == len(data)


def test_writer_copies_reused_buffers_and_writes_exactly_what_it_was_given() -> None:
    out = io.BytesIO()
    expected = hashlib.sha256()
    buffer = bytearray(300_000)
    writer = WriteBehind(out)
    try:
        for i in range(20):
            buffer[:] = os.urandom(len(buffer))  # the caller reuses its buffer at once
            size = 1 + i * 15_000
            assert writer.write(memoryview(buffer)[:size]) == size
            expected.update(buffer[:size])
        writer.flush()
        assert hashlib.sha256(out.getvalue()).hexdigest() == expected.hexdigest()
        assert writer.size == len(out.getvalue())
    finally:
        writer.close()
    assert _helper_threads() == 0


def test_writer_to_a_real_file_hands_pages_to_the_disk_and_the_file_is_whole(
    tmp_path: Path,
) -> None:
    # More than two write-back steps, so the early write-back runs on a real file (it
    # must never change what the file holds).
    data = os.urandom(20 * 1024 * 1024 + 12_345)
    path = tmp_path / "out.bin"
    with path.open("xb") as raw:
        writer = WriteBehind(raw)
        try:
            for start in range(0, len(data), 1024 * 1024):
                writer.write(data[start : start + 1024 * 1024])
            writer.flush()
            os.fsync(raw.fileno())
        finally:
            writer.close()
    assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(data).digest()


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
    assert _helper_threads() == 0


def test_start_writeback_is_asked_on_linux_and_never_changes_the_file(tmp_path: Path) -> None:
    import sys

    from intake_app.core.fsutil import start_writeback

    path = tmp_path / "f.bin"
    data = os.urandom(3 * 1024 * 1024)
    with path.open("xb") as raw:
        raw.write(data)
        raw.flush()
        asked = start_writeback(raw.fileno(), 0, len(data))
        os.fsync(raw.fileno())
    assert asked is sys.platform.startswith("linux")
    assert path.read_bytes() == data
