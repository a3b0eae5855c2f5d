"""Signed, encrypted bundles (docs/bundle-format.md): seal one, open one.

Sealing (the export use case)::

    with open(tmp_path, "wb") as out:
        sealed = seal_bundle(identity, identity.make_card(name), [partner_card, ...],
                             BundleKind.CASE, record, [ItemSource(info, opener), ...], out)
    os.replace(tmp_path, target)          # only after success; delete tmp otherwise

``record`` for a case is ``{"case_ref": <32 hex>, "form": {"id", "version",
"content_hash"}}``; the items are the form definition (role FORM, whose sha256 is the
content hash), the answers (role ANSWERS), then attachments. Every item's size and
SHA-256 are declared up front (the vault stores them) and checked while sealing (only
the size, for a source that authenticates its own bytes: ``authenticated=True``).

Opening (the import use case)::

    with open(path, "rb") as src, open_bundle(identity, src) as reader:  # steps 1-7
        decide_trust(reader.sender, reader.manifest.bundle_id)   # the app's job
        for info, pieces in reader.items():        # step 8, checked as they stream
            for piece in pieces: store_provisionally(info, piece)
    commit()                                       # only now

Every refusal is ``BundleError`` with ``reason`` a ``BundleRejection``.

Display names: pass every attachment name through ``sanitize_display_name`` before
sealing (file names from macOS are NFD and would otherwise be refused as not NFC;
the result always passes ``is_acceptable_display_name``), and again when writing a
received item out to the file system (it neutralises Windows device names and
trailing dots, which the import rule accepts as mere labels).
"""

from __future__ import annotations

from crypto._names import is_hostile_name, sanitize_for_export
from crypto.bundle._manifest import (
    MAX_NAME,
    BundleKind,
    ItemInfo,
    ItemRole,
    ReceiptStatus,
    RecipientEntry,
)
from crypto.bundle._reader import BundleReader, Manifest, open_bundle
from crypto.bundle._writer import ItemSource, SealedBundle, seal_bundle
from crypto.errors import BundleError, BundleRejection, BundleWriteError


def sanitize_display_name(name: str) -> str:
    """Return a file-system-safe name for ``name`` (section 8's sanitising rule)."""
    return sanitize_for_export(name)


def is_acceptable_display_name(name: str) -> bool:
    """True if a reader would accept ``name`` as an item's display name."""
    return not is_hostile_name(name, MAX_NAME)


__all__ = [
    "BundleError",
    "BundleKind",
    "BundleReader",
    "BundleRejection",
    "BundleWriteError",
    "ItemInfo",
    "ItemRole",
    "ItemSource",
    "Manifest",
    "ReceiptStatus",
    "RecipientEntry",
    "SealedBundle",
    "is_acceptable_display_name",
    "open_bundle",
    "sanitize_display_name",
    "seal_bundle",
]
