"""inspect_and_clean: sniff, hash, dispatch to a format cleaner, and decide what to store."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import BinaryIO

from intake_app.core.evidence import _sniff
from intake_app.core.evidence._isobmff import describe_isobmff
from intake_app.core.evidence._model import (
    CleanedEvidence,
    CleanWarning,
    MetadataItem,
    memory_opener,
)
from intake_app.core.evidence._result import CannotCleanError, Cleaning, DamagedFileError
from intake_app.core.evidence._source import hash_stream, measure, read_all, source_opener

DEFAULT_MAX_IN_MEMORY = 256 * 1024 * 1024

# Each format's cleaner is imported when a file of that format arrives, not with this
# module: pypdf and Pillow take some 70 ms to import, which every command that touches
# cases (``intake export`` among them) would otherwise pay without attaching anything.


def _jpeg(data: bytes, _limit: int) -> Cleaning:
    from intake_app.core.evidence._jpeg import clean_jpeg

    return clean_jpeg(data)


def _png(data: bytes, _limit: int) -> Cleaning:
    from intake_app.core.evidence._png import clean_png

    return clean_png(data)


def _webp(data: bytes, _limit: int) -> Cleaning:
    from intake_app.core.evidence._riff import clean_webp

    return clean_webp(data)


def _gif(data: bytes, _limit: int) -> Cleaning:
    from intake_app.core.evidence._gif import clean_gif

    return clean_gif(data)


def _pdf(data: bytes, _limit: int) -> Cleaning:
    from intake_app.core.evidence._pdf import clean_pdf

    return clean_pdf(data)


def _zip(data: bytes, limit: int) -> Cleaning:
    from intake_app.core.evidence._office import clean_zip

    return clean_zip(data, limit)


def _tiff(data: bytes, limit: int) -> Cleaning:
    from intake_app.core.evidence._tiff import clean_tiff

    return clean_tiff(data, limit)


_CLEANERS: dict[str, Callable[[bytes, int], Cleaning]] = {
    _sniff.JPEG: _jpeg,
    _sniff.PNG: _png,
    _sniff.WEBP: _webp,
    _sniff.GIF: _gif,
    _sniff.PDF: _pdf,
    _sniff.ZIP: _zip,
    _sniff.TIFF: _tiff,
}


def inspect_and_clean(
    src: BinaryIO,
    display_name: str,
    *,
    keep_metadata: bool = False,
    max_in_memory: int = DEFAULT_MAX_IN_MEMORY,
) -> CleanedEvidence:
    """Inspect one file for identifying metadata and, unless asked not to, remove it.

    ``src`` must be a seekable binary stream positioned anywhere; it is read from the
    start. ``display_name`` is carried through for the caller and is never used to
    decide the format. Cleaning happens entirely in memory for files up to
    ``max_in_memory`` bytes; larger files are hashed in chunks and kept as they are with
    TOO_LARGE_TO_CLEAN. Damaged, hostile, encrypted or unknown files are kept as they are
    with a warning: this function never raises for the file's content.

    Returns a CleanedEvidence whose ``open_cleaned()`` yields the bytes to store.
    Raises EvidenceSourceError if the source cannot be sought or read.
    Never writes anything to disk, never logs, never keeps a reference to the plaintext
    beyond the returned object.
    """
    size = measure(src)
    media_type = _sniff.sniff(read_all(src, min(size, 4096)))
    cleaner = _CLEANERS.get(media_type)
    if cleaner is None or size > max_in_memory:
        # Audio, video, unknown kinds and very large files are hashed in chunks and
        # stored as they are: never loaded whole.
        sha256, size, plain_text = hash_stream(src)
        if media_type == _sniff.TEXT and not plain_text:
            media_type = _sniff.OCTET  # text at the start, something else further on
        if cleaner is not None:
            warning: CleanWarning | None = CleanWarning.TOO_LARGE_TO_CLEAN
        elif media_type == _sniff.TEXT:
            warning = None  # plain text hides nothing: what you see is all there is
        else:
            warning = CleanWarning.UNSUPPORTED_FORMAT
        found = describe_isobmff(src, size) if media_type in _sniff.ISOBMFF else []
        return _as_is(src, display_name, media_type, sha256, size, found, warning)
    data = read_all(src, size)
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        result = cleaner(data, max_in_memory)
    except DamagedFileError as exc:
        return _as_is(
            src, display_name, media_type, sha256, size, exc.found, CleanWarning.DAMAGED_FILE
        )
    except CannotCleanError as exc:
        return _as_is(
            src,
            display_name,
            exc.media_type or media_type,
            sha256,
            size,
            exc.found,
            CleanWarning.UNSUPPORTED_FORMAT,
        )
    except Exception:
        # A safety net, not the plan: each cleaner maps its format's failures itself. If
        # a hostile file still trips one, the person must get their file attached with a
        # warning rather than a crash; the tests fuzz the cleaners to keep this unused.
        return _as_is(src, display_name, media_type, sha256, size, [], CleanWarning.DAMAGED_FILE)
    media_type = result.media_type or media_type
    found = _dedupe(result.found)
    if result.cleaned == data:
        # Nothing to remove: store the original, re-read from the source, so this
        # object does not hold the whole file in memory until it is stored.
        return _as_is(src, display_name, media_type, sha256, size, found, None)
    if keep_metadata:
        return _as_is(
            src, display_name, media_type, sha256, size, found, CleanWarning.KEPT_ON_REQUEST
        )
    cleaned = result.cleaned
    return CleanedEvidence(
        display_name=display_name,
        media_type=media_type,
        original_sha256=sha256,
        original_size=size,
        found=found,
        removed=True,
        warning=None,
        stored_sha256=hashlib.sha256(cleaned).hexdigest(),
        stored_size=len(cleaned),
        _opener=memory_opener(cleaned),
    )


def _as_is(
    src: BinaryIO,
    display_name: str,
    media_type: str,
    sha256: str,
    size: int,
    found: list[MetadataItem],
    warning: CleanWarning | None,
) -> CleanedEvidence:
    """Describe a file stored exactly as given, re-read from the caller's source."""
    return CleanedEvidence(
        display_name=display_name,
        media_type=media_type,
        original_sha256=sha256,
        original_size=size,
        found=_dedupe(found),
        removed=False,
        warning=warning,
        stored_sha256=sha256,
        stored_size=size,
        _opener=source_opener(src, size, sha256),
    )


def _dedupe(items: list[MetadataItem]) -> list[MetadataItem]:
    """One line per thing found: the same summary from several tags is listed once."""
    seen: set[tuple[object, str, bool]] = set()
    unique: list[MetadataItem] = []
    for item in items:
        key = (item.kind, item.summary, item.kept)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique
