"""Unsupported, damaged, hostile and oversized files: kept as they are, with a warning."""

from __future__ import annotations

import contextlib
import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.core.evidence import (
    CleanWarning,
    EvidenceChangedError,
    EvidenceSourceError,
    _office,
    _pdf,
    inspect_and_clean,
)
from intake_app.core.evidence._clean import _CLEANERS
from intake_app.core.evidence._result import CannotCleanError, DamagedFileError
from intake_app.core.evidence._sniff import sniff
from tests.intake_app.evidence import samples
from tests.intake_app.evidence.helpers import attach, summaries

AUDIO = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"TPE1 ARTIST CANARY" + bytes(range(256)) * 4
VIDEO = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 512
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 512


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (AUDIO, "audio/mpeg"),
        (VIDEO, "video/mp4"),
        (HEIC, "image/heic"),
        (os.urandom(2048), "application/octet-stream"),
        (samples.zip_of({"notes.txt": b"plain archive"}), "application/zip"),
    ],
)
def test_unsupported_formats_are_kept_unchanged_with_a_warning(
    data: bytes, media_type: str
) -> None:
    if media_type == "application/octet-stream" and data[:1] in (b"\xff", b"I", b"M"):
        data = b"\x00" + data  # keep random bytes from looking like a known format
    evidence, stored = attach(data)
    assert stored == data
    assert evidence.media_type == media_type
    assert evidence.warning is CleanWarning.UNSUPPORTED_FORMAT
    assert not evidence.removed
    assert evidence.warning.message.startswith("Metadata could not be removed")


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><metadata>CANARY</metadata></svg>',
            "image/svg+xml",
        ),
        (b"<!DOCTYPE html><html><!-- CANARY --></html>", "text/html"),
        (b'<?xml version="1.0"?><note author="CANARY"/>', "application/xml"),
        (b"A plain start\n" * 400 + b"\x00\x01binary later", "application/octet-stream"),
    ],
)
def test_markup_and_text_that_turns_binary_are_kept_with_a_warning(
    data: bytes, media_type: str
) -> None:
    evidence, stored = attach(data)
    assert stored == data
    assert evidence.media_type == media_type
    assert evidence.warning is CleanWarning.UNSUPPORTED_FORMAT


def test_video_location_and_device_are_reported_though_they_cannot_be_removed() -> None:
    original = samples.phone_video()
    evidence, stored = attach(original, "border.mov")
    assert evidence.media_type == "video/quicktime"
    assert evidence.warning is CleanWarning.UNSUPPORTED_FORMAT
    assert stored == original
    assert {"location (GPS coordinates)", "camera make and model"} <= summaries(evidence)
    assert all(item["kept"] for item in evidence.as_dict()["found"])


def test_video_with_lying_box_sizes_is_kept_without_an_error() -> None:
    data = samples.box(b"ftyp", b"isom\x00\x00\x00\x00") + b"\x00\x00\x00\x01moov" + b"\xff" * 8
    evidence, stored = attach(data + bytes(64))
    assert stored == data + bytes(64)
    assert evidence.warning is CleanWarning.UNSUPPORTED_FORMAT


def test_plain_text_has_nothing_hidden_and_needs_no_warning() -> None:
    data = "Они задержали меня на границе.\n".encode()
    evidence, stored = attach(data)
    assert stored == data
    assert evidence.media_type == "text/plain" and evidence.warning is None


@pytest.mark.parametrize(
    "build",
    [samples.jpeg, samples.png, samples.webp, samples.gif, samples.tiff, samples.pdf, samples.docx],
)
@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9])
def test_truncated_files_are_kept_with_a_damaged_warning_not_an_error(
    build: object, fraction: float
) -> None:
    original = build()  # type: ignore[operator]
    cut = original[: int(len(original) * fraction)]
    evidence, stored = attach(cut)
    assert stored == cut
    assert evidence.warning in (CleanWarning.DAMAGED_FILE, CleanWarning.UNSUPPORTED_FORMAT)
    assert not evidence.removed


def test_png_with_a_bad_checksum_is_kept_as_damaged() -> None:
    data = bytearray(samples.png())
    data[40] ^= 0xFF  # inside the first chunks, after IHDR's header
    evidence, stored = attach(bytes(data))
    assert evidence.warning is CleanWarning.DAMAGED_FILE and stored == bytes(data)


def test_zip_bomb_is_kept_with_a_damaged_warning() -> None:
    bomb = samples.docx() + b""
    parts = {
        name: zipfile.ZipFile(io.BytesIO(bomb)).read(name)
        for name in zipfile.ZipFile(io.BytesIO(bomb)).namelist()
    }
    parts["word/media/zeros.bin"] = bytes(4 * 1024 * 1024)
    data = samples.zip_of(parts)
    assert len(data) < 64 * 1024
    evidence, stored = attach(data, max_in_memory=1024 * 1024)
    assert evidence.warning is CleanWarning.DAMAGED_FILE
    assert stored == data


@pytest.mark.parametrize("name", ["../evil.xml", "/etc/passwd", "word\\..\\x.xml", "C:/x.xml"])
def test_zip_with_unsafe_entry_names_is_kept_with_a_damaged_warning(name: str) -> None:
    parts = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>", name: b"x"}
    data = samples.zip_of(parts)
    evidence, stored = attach(data)
    assert evidence.warning is CleanWarning.DAMAGED_FILE and stored == data


def test_pdf_with_a_broken_structure_is_kept_with_a_warning() -> None:
    data = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ntrailer << /Root 9 0 R >>\n"
    evidence, stored = attach(data)
    assert evidence.warning is CleanWarning.DAMAGED_FILE and stored == data


def test_pdf_with_more_objects_than_the_bound_is_kept_as_damaged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The real bound is a million objects; lowering it shows the check is applied.
    monkeypatch.setattr(_pdf, "MAX_OBJECTS", 3)
    original = samples.pdf()
    evidence, stored = attach(original)
    assert evidence.warning is CleanWarning.DAMAGED_FILE and stored == original


def test_archive_with_more_entries_than_the_bound_is_kept_as_damaged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_office, "MAX_ENTRIES", 3)  # the real bound is 10,000 entries
    original = samples.docx()
    evidence, stored = attach(original)
    assert evidence.warning is CleanWarning.DAMAGED_FILE and stored == original


def test_file_larger_than_the_memory_bound_is_kept_with_a_warning() -> None:
    original = samples.jpeg()
    evidence, stored = attach(original, max_in_memory=len(original) - 1)
    assert evidence.warning is CleanWarning.TOO_LARGE_TO_CLEAN
    assert evidence.media_type == "image/jpeg"
    assert stored == original


def test_source_changed_after_inspection_is_detected_when_storing() -> None:
    source = io.BytesIO(AUDIO)
    evidence = inspect_and_clean(source, "recording.mp3")
    source.seek(100)
    source.write(b"tampered")
    with pytest.raises(EvidenceChangedError), evidence.open_cleaned() as stream:
        stream.read()


def test_changed_source_is_detected_even_when_reading_exactly_the_stored_size() -> None:
    source = io.BytesIO(AUDIO)
    evidence = inspect_and_clean(source, "recording.mp3")
    source.seek(0)
    source.write(b"X")
    with pytest.raises(EvidenceChangedError), evidence.open_cleaned() as stream:
        stream.read(evidence.stored_size)


def test_source_that_grew_after_inspection_is_detected() -> None:
    source = io.BytesIO(AUDIO)
    evidence = inspect_and_clean(source, "recording.mp3")
    source.seek(0, io.SEEK_END)
    source.write(b"appended later")
    with pytest.raises(EvidenceChangedError), evidence.open_cleaned() as stream:
        stream.read()


def test_a_kept_file_can_be_streamed_again_from_the_start() -> None:
    evidence = inspect_and_clean(io.BytesIO(AUDIO), "recording.mp3")
    for _ in range(2):
        with evidence.open_cleaned() as stream:
            assert stream.read() == AUDIO


class _Unseekable(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False


def test_unseekable_source_raises_a_source_error() -> None:
    with pytest.raises(EvidenceSourceError):
        inspect_and_clean(_Unseekable(), "pipe")  # type: ignore[arg-type]


_SEEDS = [
    samples.jpeg(orientation=6),
    samples.png(),
    samples.webp(),
    samples.gif(),
    samples.tiff(),
    samples.pdf(),
    samples.pdf_with_incremental_update(),
    samples.docx(photo=samples.jpeg()),
    samples.odt(),
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(_SEEDS),
    edits=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), max_size=4),
)
def test_corrupted_files_never_raise_and_never_lose_the_original(
    seed: bytes, edits: list[tuple[float, bytes]]
) -> None:
    data = bytearray(seed)
    for where, junk in edits:
        at = min(int(where * len(data)), len(data) - 1)
        data[at : at + len(junk)] = junk
    # The cleaners themselves may only signal "damaged" or "cannot clean"; anything else
    # would be caught by inspect_and_clean's safety net, which should stay unused.
    cleaner = _CLEANERS.get(sniff(bytes(data[:4096])))
    if cleaner is not None:
        with contextlib.suppress(DamagedFileError, CannotCleanError):
            cleaner(bytes(data), 1024 * 1024)
    evidence, stored = attach(bytes(data))
    # The promise under corruption is "never an exception, never a silent loss": either a
    # warning and the exact bytes, or a cleaned copy that really differs. (Whether a
    # corrupted key such as "/Metada#00a" is still recognised as metadata is not promised.)
    if evidence.warning is not None:
        assert stored == bytes(data) and not evidence.removed
    else:
        assert evidence.removed == (stored != bytes(data))
