"""Pictures: metadata is reported, removed, and the pixels stay exactly the same."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from intake_app.core.evidence import CleanWarning, MetadataKind
from tests.intake_app.evidence import samples
from tests.intake_app.evidence.helpers import attach, summaries


def pixels(data: bytes) -> list[bytes]:
    """Every frame's decoded pixels."""
    with Image.open(io.BytesIO(data)) as im:
        frames = []
        for index in range(getattr(im, "n_frames", 1)):
            im.seek(index)
            frames.append(im.convert("RGBA").tobytes())
        return frames


def test_jpeg_location_serial_and_author_are_reported() -> None:
    evidence, _ = attach(samples.jpeg())
    found = summaries(evidence)
    assert "location (GPS coordinates)" in found
    assert "camera serial number" in found
    assert {"camera make and model", "author name", "camera owner name", "comment"} <= found
    assert any(item.kind is MetadataKind.LOCATION for item in evidence.found)


def test_jpeg_metadata_is_absent_from_the_stored_bytes() -> None:
    original = samples.jpeg()
    evidence, stored = attach(original)
    assert evidence.removed and evidence.warning is None
    assert samples.CANARY in original
    assert samples.CANARY not in stored
    assert b"Exif" not in stored and b"http://ns.adobe.com/xap" not in stored


def test_jpeg_pixels_are_bit_identical_after_cleaning() -> None:
    original = samples.jpeg()
    _, stored = attach(original)
    assert pixels(stored) == pixels(original)


@pytest.mark.parametrize(
    ("mode", "options"),
    [
        ("RGB", {"progressive": True}),
        ("RGB", {"restart_marker_blocks": 2}),
        ("RGB", {"subsampling": 0, "quality": 95}),
        ("L", {}),
        ("CMYK", {}),  # Pillow writes an Adobe APP14 block, needed to decode CMYK right
    ],
)
def test_jpeg_variants_keep_their_pixels_and_lose_their_metadata(
    mode: str, options: dict[str, object]
) -> None:
    out = io.BytesIO()
    samples.picture(mode).save(
        out, "JPEG", exif=samples.camera_exif(), comment=b"COMMENT CANARY", **options
    )
    original = out.getvalue()
    evidence, stored = attach(original)
    assert evidence.removed and samples.CANARY not in stored
    assert pixels(stored) == pixels(original)


def test_jpeg_orientation_is_kept_alone_so_the_photo_stays_upright() -> None:
    _, stored = attach(samples.jpeg(orientation=6))
    with Image.open(io.BytesIO(stored)) as im:
        assert dict(im.getexif()) == {0x0112: 6}


def test_jpeg_data_after_the_end_of_image_is_dropped() -> None:
    original = samples.jpeg(metadata=False) + b"MOTION PHOTO CANARY"
    evidence, stored = attach(original)
    assert evidence.removed
    assert samples.CANARY not in stored
    assert stored.endswith(b"\xff\xd9")
    assert any(item.kind is MetadataKind.EMBEDDED for item in evidence.found)


def test_jpeg_without_metadata_is_stored_unchanged_without_warning() -> None:
    original = samples.jpeg(metadata=False)
    evidence, stored = attach(original)
    assert stored == original
    assert not evidence.removed and evidence.warning is None and evidence.found == []


def test_keep_metadata_reports_it_but_stores_the_original() -> None:
    original = samples.jpeg()
    evidence, stored = attach(original, keep_metadata=True)
    assert stored == original
    assert not evidence.removed
    assert evidence.warning is CleanWarning.KEPT_ON_REQUEST
    assert "location (GPS coordinates)" in summaries(evidence)


def test_keep_metadata_on_a_file_without_metadata_needs_no_warning() -> None:
    original = samples.jpeg(metadata=False)
    evidence, stored = attach(original, keep_metadata=True)
    assert stored == original and evidence.warning is None and evidence.found == []


def test_png_text_xmp_and_exif_are_removed_and_pixels_kept() -> None:
    original = samples.png()
    evidence, stored = attach(original)
    assert {"author name", "location (GPS coordinates)", "XMP metadata block"} <= summaries(
        evidence
    )
    assert samples.CANARY in original and samples.CANARY not in stored
    assert pixels(stored) == pixels(original)
    with Image.open(io.BytesIO(stored)) as im:
        assert dict(im.getexif()) == {0x0112: 3}


def test_webp_exif_and_xmp_are_removed_and_pixels_kept() -> None:
    original = samples.webp()
    evidence, stored = attach(original)
    assert evidence.media_type == "image/webp"
    assert "camera serial number" in summaries(evidence)
    assert samples.CANARY in original and samples.CANARY not in stored
    assert pixels(stored) == pixels(original)


def test_gif_comment_is_removed_and_every_frame_kept() -> None:
    original = samples.gif()
    evidence, stored = attach(original)
    assert "comment" in summaries(evidence)
    assert samples.CANARY in original and samples.CANARY not in stored
    assert pixels(stored) == pixels(original)
    assert len(pixels(stored)) == 2


@pytest.mark.parametrize("compression", ["raw", "tiff_lzw", "tiff_adobe_deflate", "packbits"])
def test_tiff_scanner_and_computer_names_are_removed_pages_unchanged(compression: str) -> None:
    original = samples.tiff(compression=compression)
    evidence, stored = attach(original, "scan.tif")
    assert evidence.media_type == "image/tiff" and evidence.warning is None
    assert {"camera make and model", "author name", "computer name"} <= summaries(evidence)
    assert samples.CANARY in original and samples.CANARY not in stored
    with Image.open(io.BytesIO(stored)) as im:
        assert im.info.get("dpi") == (300, 300)
        assert getattr(im, "n_frames", 1) == 2
    # Pillow shows a TIFF the right way up; the cleaned copy must look the same.
    assert pixels(stored) == pixels(original)


def test_tiff_gps_position_is_removed() -> None:
    original = samples.tiff(compression="raw", gps=True)
    evidence, stored = attach(original)
    assert "location (GPS coordinates)" in summaries(evidence)
    assert samples.CANARY in original and samples.CANARY not in stored


@pytest.mark.parametrize("name", ["report.pdf", "notes.txt", "no-extension", "photo.JPG"])
def test_media_type_comes_from_the_content_not_the_name(name: str) -> None:
    evidence, stored = attach(samples.jpeg(), name)
    assert evidence.media_type == "image/jpeg"
    assert evidence.display_name == name
    assert samples.CANARY not in stored


def test_json_description_says_what_was_removed_without_values() -> None:
    evidence, _ = attach(samples.jpeg(), "photo.jpg")
    described = json.loads(json.dumps(evidence.as_dict()))
    assert described["media_type"] == "image/jpeg" and described["removed"] is True
    assert described["warning"] is None
    assert {"summary": "camera serial number", "kept": False}.items() <= next(
        item for item in described["found"] if item["summary"] == "camera serial number"
    ).items()
    assert "CANARY" not in json.dumps(described)
    kept, _ = attach(samples.jpeg(), keep_metadata=True)
    assert kept.as_dict()["warning"] == "kept_on_request"
    assert all(item["kept"] for item in kept.as_dict()["found"])


def test_repr_names_neither_the_file_nor_its_content() -> None:
    evidence, _ = attach(samples.jpeg(), "asylum-interview-Karimova.jpg")
    assert "Karimova" not in repr(evidence)
    assert "CANARY" not in repr(evidence)


def test_summaries_never_contain_the_metadata_values() -> None:
    for data in (samples.jpeg(), samples.png(), samples.webp(), samples.gif()):
        evidence, _ = attach(data)
        for item in evidence.found:
            assert "CANARY" not in item.summary.upper() and "CANARY" not in item.field.upper()
