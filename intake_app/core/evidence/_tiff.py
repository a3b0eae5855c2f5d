"""TIFF: decode every page with Pillow and write them again with nothing but the pixels.

TIFF keeps its metadata in the same directories that describe the picture, so there is
no block to cut out safely. We decode each page, re-save the pages without any tag
except the picture's own layout, colour profile, resolution and orientation, and then
check that every page decodes to exactly the same pixels as before. The orientation tag
is applied to the pixels (a lossless turn) rather than kept, so the page shows the same
way up in every viewer. Compression is kept
where Pillow can write it losslessly; JPEG-compressed pages are written with lossless
LZW instead (a larger file, the same pixels as the decoded original). Anything Pillow
cannot round-trip exactly is kept as it is with UNSUPPORTED_FORMAT.
"""

from __future__ import annotations

import io
import warnings
from typing import Any

from PIL import Image

from intake_app.core.evidence._exif import (
    EXIF_IFD_TAG,
    GPS_IFD_TAG,
    LOCATION_SUMMARY,
    NOTABLE_TAGS,
    ORIENTATION_TAG,
)
from intake_app.core.evidence._model import MetadataItem, MetadataKind
from intake_app.core.evidence._result import CannotCleanError, Cleaning, DamagedFileError
from intake_app.core.evidence._xmp import describe_xmp

_K = MetadataKind
#: More pages than any scan has; beyond this the file is treated as hostile.
MAX_PAGES = 1000
_LOSSLESS = {"raw", "tiff_lzw", "tiff_adobe_deflate", "tiff_deflate", "packbits", "group4"}
_XMP, _IPTC, _PHOTOSHOP = 700, 33723, 34377


def clean_tiff(data: bytes, limit: int) -> Cleaning:
    """Return the TIFF re-saved without metadata tags, and what they held.

    ``limit`` bounds the decoded size of all pages together. Raises CannotCleanError if
    the pages are too large to decode in memory or do not round-trip exactly, and
    DamagedFileError if Pillow cannot read the file.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow's notes on odd tags: reported, not logged
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return _clean(data, limit)
        except (CannotCleanError, DamagedFileError):
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise CannotCleanError() from exc
        except Exception as exc:  # image decoders raise many types on bad input
            raise DamagedFileError() from exc


def _clean(data: bytes, limit: int) -> Cleaning:
    found: list[MetadataItem] = []
    frames: list[Image.Image] = []
    with Image.open(io.BytesIO(data), formats=["TIFF"]) as im:
        pages = getattr(im, "n_frames", 1)
        if pages > MAX_PAGES:
            raise CannotCleanError()
        compression = im.info.get("compression", "raw")
        dpi = im.info.get("dpi")
        budget = 0
        for index in range(pages):
            im.seek(index)
            found.extend(_describe(im))
            # Four bytes per band is the widest sample Pillow decodes TIFF pages into.
            budget += im.width * im.height * len(im.getbands()) * 4
            if budget > limit:
                raise CannotCleanError(found)
            frame = _upright(im)
            icc = im.info.get("icc_profile")
            frame.info = {"icc_profile": icc} if icc else {}
            frames.append(frame)
    if not found:
        return Cleaning(cleaned=data)
    options: dict[str, Any] = {
        "compression": compression if compression in _LOSSLESS else "tiff_lzw",
        "save_all": True,
        "append_images": frames[1:],
    }
    if dpi:
        options["dpi"] = dpi
    out = io.BytesIO()
    frames[0].save(out, "TIFF", **options)
    cleaned = out.getvalue()
    _check_same_pixels(frames, cleaned, found)
    return Cleaning(cleaned=cleaned, found=found)


#: How to turn stored pixels upright for each TIFF/EXIF orientation value.
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _upright(page: Any) -> Image.Image:
    """The page's pixels as they are meant to be seen, with no orientation left to apply.

    Pillow applies the orientation tag itself when it decodes some TIFFs (and then
    removes the tag) but not others (the libtiff path); we finish the job when it did
    not, so the cleaned file needs no orientation tag and shows the same picture.
    """
    frame: Image.Image = page.copy()  # decodes the page
    orientation = page.tag_v2.get(ORIENTATION_TAG)
    if orientation in _UPRIGHT:
        frame = frame.transpose(_UPRIGHT[orientation])
    return frame


def _describe(page: Any) -> list[MetadataItem]:
    """What one page's tags hold (never their values)."""
    items: list[MetadataItem] = []
    tags = page.tag_v2
    for tag in tags:
        if tag in NOTABLE_TAGS:
            kind, summary = NOTABLE_TAGS[tag]
            items.append(MetadataItem(kind, f"TIFF:{tag}", summary))
    if _XMP in tags:
        value = tags[_XMP]
        items.extend(describe_xmp(value if isinstance(value, bytes) else b""))
    if _IPTC in tags or _PHOTOSHOP in tags:
        items.append(
            MetadataItem(
                _K.DESCRIPTION, "IPTC", "IPTC and Photoshop details (captions, names, places)"
            )
        )
    exif = page.getexif()
    if GPS_IFD_TAG in tags:
        items.append(MetadataItem(_K.LOCATION, "GPSInfo", LOCATION_SUMMARY))
    if EXIF_IFD_TAG in tags:
        sub = exif.get_ifd(EXIF_IFD_TAG)
        for tag in sub:
            if tag in NOTABLE_TAGS:
                kind, summary = NOTABLE_TAGS[tag]
                items.append(MetadataItem(kind, f"EXIF:{tag}", summary))
        items.append(MetadataItem(_K.DEVICE, "EXIF", "camera settings (exposure, focus, flash)"))
    return items


def _check_same_pixels(
    frames: list[Image.Image], cleaned: bytes, found: list[MetadataItem]
) -> None:
    """Raise CannotCleanError unless every page of ``cleaned`` equals the original's."""
    with Image.open(io.BytesIO(cleaned), formats=["TIFF"]) as again:
        if getattr(again, "n_frames", 1) != len(frames):
            raise CannotCleanError(found)
        for index, frame in enumerate(frames):
            again.seek(index)
            if (
                again.mode != frame.mode
                or again.size != frame.size
                or again.tobytes() != frame.tobytes()
            ):
                raise CannotCleanError(found)
