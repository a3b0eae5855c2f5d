"""Sealing a bundle: age header first, then the signed manifest, then the items.

The manifest must contain the SHA-256 of the age header, and age computes the header
before any payload byte, so the writer builds the Encryptor, hashes its header, signs
the manifest, and only then streams the items through. Memory stays bounded by one
piece (1 MiB) regardless of item size.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from crypto import _canonical_json, sshsig
from crypto.age import Encryptor, HybridRecipient, Recipient, X25519Recipient
from crypto.bundle._manifest import (
    SIGNATURE_NAMESPACE,
    BundleKind,
    ItemInfo,
    encode_prefix,
    item_json,
    parse_manifest_bytes,
)
from crypto.cards import ContactCard, PublicKeys
from crypto.errors import BundleError, BundleRejection, BundleWriteError
from crypto.identity import VaultIdentity

PIECE = 1024 * 1024


@dataclass(frozen=True)
class ItemSource:
    """An item to seal. ``sha256`` and ``size`` must be known beforehand (the vault
    stores both for each attachment); ``open`` returns a fresh binary stream of its
    bytes, which the writer checks against both while sealing.

    ``authenticated=True`` is for a stream that itself guarantees its bytes are the
    ones ``sha256`` was computed from - the vault's attachment store, whose files are
    STREAM-sealed under a random key kept only in the row that also holds the hash,
    and which raises on any altered, missing or extra byte. The writer then checks
    only the size and spares a SHA-256 pass over every byte (the reader still checks
    the hash on import, so a broken promise is caught there, never accepted).
    """

    info: ItemInfo
    open: Callable[[], BinaryIO]
    authenticated: bool = False


@dataclass(frozen=True)
class SealedBundle:
    """What was written: enough for the sender's own records."""

    bundle_id: str
    created: str
    header_sha256: str
    manifest: bytes


def _recipient_set(
    keys: Sequence[PublicKeys], post_quantum: bool
) -> tuple[list[Recipient], list[dict[str, Any]]]:
    hybrid = post_quantum and all(k.age_hybrid is not None for k in keys)
    recipients: list[Recipient] = []
    entries: list[dict[str, Any]] = []
    for k in keys:
        if hybrid and k.age_hybrid is not None:
            recipients.append(HybridRecipient.from_string(k.age_hybrid))
            age = k.age_hybrid
        else:
            recipients.append(X25519Recipient.from_string(k.age_x25519))
            age = k.age_x25519
        entries.append({"fingerprint": k.fingerprint.digits, "age": [age]})
    return recipients, entries


def seal_bundle(
    sender: VaultIdentity,
    sender_card: ContactCard,
    recipients: Sequence[PublicKeys | ContactCard],
    kind: BundleKind,
    record: dict[str, Any],
    items: Sequence[ItemSource],
    out: BinaryIO,
    *,
    created: datetime | None = None,
    post_quantum: bool = True,
) -> SealedBundle:
    """Write one signed, encrypted bundle to ``out``; return its id and header hash.

    The sender is always added as a recipient (it can reopen what it sent). Uses
    hybrid age recipients when every recipient has one, X25519 otherwise;
    ``post_quantum=False`` forces X25519 (for recipients who must open the file with
    a stock age older than 1.3).

    Raises ``BundleError(HOSTILE_CONTENT)`` if the record, the items or their names
    break the format (check names with ``sanitize_display_name`` first), and
    ``BundleWriteError`` if an item's bytes do not match its declared size or hash.
    On any exception ``out`` holds an unfinished file that every reader rejects: the
    caller writes to a temporary name beside the target and renames on success (and
    deletes it otherwise). Never closes ``out``.
    """
    if sender_card.public_keys != sender.public_keys:
        raise ValueError("the sender card does not belong to the sender identity")
    keys: list[PublicKeys] = [sender.public_keys]
    for r in recipients:
        k = r.public_keys if isinstance(r, ContactCard) else r
        if all(not k.fingerprint.matches(seen.fingerprint) for seen in keys):
            keys.append(k)
    age_recipients, entries = _recipient_set(keys, post_quantum)
    when = (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    encryptor = Encryptor(age_recipients, out)
    header_sha256 = hashlib.sha256(encryptor.header_bytes).hexdigest()
    bundle_id = os.urandom(16).hex()
    doc: dict[str, Any] = {
        "format": 1,
        "kind": kind.value,
        "bundle_id": bundle_id,
        "created": when,
        "sender": {"card": base64.b64encode(sender_card.to_bytes()).decode("ascii")},
        "recipients": entries,
        "header_sha256": header_sha256,
        "record": record,
        "items": [item_json(item.info) for item in items],
    }
    try:
        manifest = _canonical_json.dumps(doc)
    except _canonical_json.CanonicalJsonError as exc:
        raise BundleError(BundleRejection.HOSTILE_CONTENT) from exc
    # The reader's own checks: never emit a bundle a reader would reject.
    parse_manifest_bytes(manifest)
    signature = sshsig.armor(sshsig.sign(sender.signing_key, manifest, SIGNATURE_NAMESPACE))
    encryptor.write(encode_prefix(manifest, signature))
    for item in items:
        _copy_item(item, encryptor)
    encryptor.close()
    return SealedBundle(bundle_id, when, header_sha256, manifest)


def _copy_item(item: ItemSource, encryptor: Encryptor) -> None:
    if item.authenticated:
        _copy_authenticated(item, encryptor)
    else:
        _copy_hashed(item, encryptor)


def _copy_authenticated(item: ItemSource, encryptor: Encryptor) -> None:
    # No hash (see ItemSource): read what the stream hands over (a stream that returns
    # whole pieces costs no copy here) and check only the size.
    remaining = item.info.size
    try:
        with item.open() as src:
            while remaining > 0:
                piece = src.read(min(PIECE, remaining))
                if not piece:
                    raise BundleWriteError
                encryptor.write(piece)
                remaining -= len(piece)
            if src.read(1):
                raise BundleWriteError
    except OSError as exc:
        raise BundleWriteError from exc


def _copy_hashed(item: ItemSource, encryptor: Encryptor) -> None:
    # SHA-256 runs on a helper thread while this one encrypts: hashlib releases the GIL
    # for large buffers, so sealing costs about what encryption alone costs. Pieces are
    # read into two reused buffers (fresh 1 MiB objects cost page faults): one is being
    # hashed while the other is filled and encrypted, and a buffer is refilled only
    # after its hash finished. The single worker keeps the pieces in order.
    digest = hashlib.sha256()
    remaining = item.info.size
    buffers = [bytearray(min(PIECE, remaining)) for _ in range(2)]
    turn = 0
    with ThreadPoolExecutor(max_workers=1) as hasher:
        pending: Future[None] | None = None
        try:
            with item.open() as src:
                while remaining > 0:
                    view = memoryview(buffers[turn])[: min(PIECE, remaining)]
                    turn = (turn + 1) % len(buffers)
                    got = _read_into(src, view)
                    if not got:
                        raise BundleWriteError
                    piece = view[:got]
                    if pending is not None:
                        pending.result()
                    pending = hasher.submit(digest.update, piece)
                    encryptor.write(piece)
                    remaining -= got
                if src.read(1):
                    raise BundleWriteError
        except OSError as exc:
            raise BundleWriteError from exc
        finally:
            if pending is not None:
                pending.result()
    if digest.hexdigest() != item.info.sha256:
        raise BundleWriteError


def _read_into(src: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` from ``src`` as far as it goes; return the count (short only at end)."""
    readinto = getattr(src, "readinto", None)
    got = 0
    while got < len(view):
        if readinto is not None:
            n = readinto(view[got:])
        else:
            data = src.read(len(view) - got)
            n = len(data)
            view[got : got + n] = data
        if not n:
            break
        got += n
    return got
