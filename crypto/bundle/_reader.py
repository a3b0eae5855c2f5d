"""Opening a bundle: the checks of docs/bundle-format.md section 9, in that order.

``open_bundle`` runs steps 1-7 (age, payload prefix, bounded manifest, sender card and
signature, recipient check, header hash) before returning; ``BundleReader.items``
then streams the items (step 8) and raises at the first byte that does not match.
Nothing here decides trust (step 9): the caller gets the sender's card.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import struct
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, BinaryIO

from crypto import sshsig
from crypto.age import (
    AgeError,
    Decryptor,
    HeaderError,
    NoIdentityMatchError,
)
from crypto.age.errors import HeaderDefect
from crypto.bundle._manifest import (
    MAGIC,
    MAX_MANIFEST,
    MAX_SIGNATURE,
    SIGNATURE_NAMESPACE,
    BundleKind,
    ItemInfo,
    RecipientEntry,
    parse_items,
    parse_manifest_bytes,
    parse_recipients,
)
from crypto.cards import ContactCard, parse_card_binary
from crypto.errors import BundleError, BundleRejection, CardError, SignatureError
from crypto.identity import VaultIdentity
from crypto.prefetch import Prefetch, batched

MAX_HEADER = 64 * 1024
MAX_STANZAS = 64
_AGE_BINARY = b"age-encryption.org/v1\n"
_AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
# age's armor allows up to 1 KiB of white space before the begin line (a pasted file
# often starts with a blank line); the peek must see past it to classify the file.
_PEEK = 1024 + len(_AGE_ARMOR)  # crypto/age/_armor.py MAX_OUTSIDE_WHITESPACE
_WHITESPACE = b" \t\r\n\v\f"
PIECE = 1024 * 1024


@dataclass(frozen=True)
class Manifest:
    """The verified manifest of a bundle."""

    bundle_id: str
    created: str
    kind: BundleKind
    sender: ContactCard
    recipients: tuple[RecipientEntry, ...]
    header_sha256: str
    record: dict[str, Any]
    items: tuple[ItemInfo, ...]
    raw: bytes  # the exact signed manifest bytes
    signature: bytes  # the armored SSHSIG signature


def _fail(reason: BundleRejection) -> BundleError:
    return BundleError(reason)


class _Payload:
    """Exact reads over the age plaintext chunks; age errors become UNREADABLE.

    The chunks are decrypted on a helper thread (``Prefetch``), up to a few MiB ahead
    of the caller, who meanwhile hashes and stores what came before: age's
    ChaCha20-Poly1305 and the caller's work overlap on two cores. Nothing decrypted
    ahead reaches the caller before its turn, so every check keeps its order.
    """

    def __init__(self, chunks: Iterator[bytes]) -> None:
        # Lists of chunks, not joined pieces: items start anywhere in the payload, so
        # read_up_to joins across chunks anyway, and joining twice would copy twice.
        self._batches = Prefetch(batched(chunks, PIECE), name="age-decrypt")
        self._batch: list[bytes] = []
        self._next = 0
        self._buffer = b""
        self._pos = 0

    def close(self) -> None:
        """Stop decrypting ahead (the reader thread ends)."""
        self._batches.close()

    def _fill(self) -> bool:
        while self._next >= len(self._batch):
            try:
                self._batch = next(self._batches)
            except StopIteration:
                return False
            except AgeError as exc:
                raise _fail(BundleRejection.UNREADABLE) from exc
            self._next = 0
        self._buffer = self._batch[self._next]
        self._next += 1
        self._pos = 0
        return True

    def read_up_to(self, n: int) -> bytes:
        """Return 1..n bytes (gathered across age chunks), or b"" at the authenticated end."""
        parts: list[bytes] = []
        need = n
        while need:
            if self._pos >= len(self._buffer) and not self._fill():
                break
            if self._pos == 0 and need >= len(self._buffer):
                part = self._buffer  # the whole chunk: no copy
            else:
                part = self._buffer[self._pos : self._pos + need]
            self._pos += len(part)
            need -= len(part)
            parts.append(part)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def read_exact(self, n: int, short: BundleRejection) -> bytes:
        parts: list[bytes] = []
        need = n
        while need:
            piece = self.read_up_to(need)
            if not piece:
                raise _fail(short)
            parts.append(piece)
            need -= len(piece)
        return b"".join(parts)


class BundleReader:
    """A bundle whose manifest, signature, recipients and header hash have checked out.

    ``manifest`` is available at once. ``items()`` must then be consumed completely;
    only when it finishes without raising is the whole bundle authentic and complete,
    so the caller stores items provisionally and commits after that.
    """

    def __init__(self, manifest: Manifest, payload: _Payload) -> None:
        self.manifest = manifest
        self._payload = payload
        self._started = False

    def close(self) -> None:
        """Stop reading ``src`` (a helper thread decrypts ahead): call it, or use the
        reader as a context manager, before closing ``src``. Idempotent."""
        self._payload.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def sender(self) -> ContactCard:
        """The sender's verified card (its key signed the manifest). Trust is yours."""
        return self.manifest.sender

    def items(self) -> Iterator[tuple[ItemInfo, Iterator[bytes]]]:
        """Yield each item with an iterator over its bytes (pieces of at most 1 MiB).

        Each piece iterator must be exhausted before asking for the next item. Raises
        ``BundleError(UNREADABLE)`` at a short item, a hash mismatch, trailing data or
        a payload that fails age authentication; after the last item it checks the end.
        """
        if self._started:
            raise ValueError("the items can be read only once")
        self._started = True
        # SHA-256 runs on a helper thread while the caller stores the previous piece and
        # age decrypts the next one (hashlib releases the GIL for large buffers).
        with ThreadPoolExecutor(max_workers=1) as hasher:
            for info in self.manifest.items:
                pieces = self._item_pieces(info, hasher)
                yield info, pieces
                for _ in pieces:  # a caller that skipped the bytes still gets them checked
                    pass
        if self._payload.read_up_to(1):
            raise _fail(BundleRejection.UNREADABLE)

    def _item_pieces(self, info: ItemInfo, hasher: ThreadPoolExecutor) -> Iterator[bytes]:
        digest = hashlib.sha256()
        remaining = info.size
        pending: Future[None] | None = None
        try:
            while remaining:
                piece = self._payload.read_up_to(min(PIECE, remaining))
                if not piece:
                    raise _fail(BundleRejection.UNREADABLE)
                remaining -= len(piece)
                if pending is not None:
                    pending.result()
                    pending = None
                if remaining:
                    pending = hasher.submit(digest.update, piece)
                else:
                    # The last piece is released only once the whole item checked out.
                    digest.update(piece)
                    if digest.hexdigest() != info.sha256:
                        raise _fail(BundleRejection.UNREADABLE)
                yield piece
        finally:
            if pending is not None:
                pending.result()
        if info.size == 0 and digest.hexdigest() != info.sha256:
            raise _fail(BundleRejection.UNREADABLE)


def open_bundle(identity: VaultIdentity, src: BinaryIO) -> BundleReader:
    """Decrypt and verify a bundle's envelope (section 9, steps 1-7).

    Raises ``BundleError`` with ``reason`` NOT_A_BUNDLE, UNREADABLE, NOT_ADDRESSED or
    HOSTILE_CONTENT. Never writes anything. A helper thread decrypts the payload a few
    MiB ahead of what the caller consumes: close the returned reader (or use it as a
    context manager) before closing ``src``.
    """
    start = src.tell() if src.seekable() else None
    head = _peek(src)
    # Step 1: an age v1 file, binary or armored; anything else (including an empty or
    # cut-short file, or another age version) is not a bundle.
    if not (head.startswith(_AGE_BINARY) or head.lstrip(_WHITESPACE).startswith(_AGE_ARMOR)):
        raise _fail(BundleRejection.NOT_A_BUNDLE)
    try:
        if start is not None:  # a file: rewind instead of stitching the peeked bytes back
            src.seek(start)
            source: BinaryIO = src
        else:
            source = io.BufferedReader(_Joined(head, src))
        decryptor = Decryptor(identity.age_identities(), source)
    except NoIdentityMatchError as exc:
        raise _fail(BundleRejection.NOT_ADDRESSED) from exc
    except HeaderError as exc:
        if exc.defect is HeaderDefect.TOO_LARGE:
            raise _fail(BundleRejection.HOSTILE_CONTENT) from exc
        raise _fail(BundleRejection.UNREADABLE) from exc
    except AgeError as exc:
        raise _fail(BundleRejection.UNREADABLE) from exc
    header = decryptor.header_bytes
    if len(header) > MAX_HEADER or header.count(b"\n-> ") > MAX_STANZAS:
        raise _fail(BundleRejection.HOSTILE_CONTENT)
    payload = _Payload(decryptor.chunks())
    try:
        return BundleReader(_open_manifest(identity, header, payload), payload)
    except BaseException:
        payload.close()
        raise


def _open_manifest(identity: VaultIdentity, header: bytes, payload: _Payload) -> Manifest:
    """Steps 2-7: the payload prefix, the bounded manifest, signature, recipients and
    header hash."""
    if payload.read_exact(len(MAGIC), BundleRejection.NOT_A_BUNDLE) != MAGIC:
        raise _fail(BundleRejection.NOT_A_BUNDLE)
    (m,) = struct.unpack(">I", payload.read_exact(4, BundleRejection.UNREADABLE))
    if not 2 <= m <= MAX_MANIFEST:
        raise _fail(BundleRejection.HOSTILE_CONTENT)
    manifest_bytes = payload.read_exact(m, BundleRejection.UNREADABLE)
    (s,) = struct.unpack(">I", payload.read_exact(4, BundleRejection.UNREADABLE))
    if not 1 <= s <= MAX_SIGNATURE:
        raise _fail(BundleRejection.HOSTILE_CONTENT)
    signature = payload.read_exact(s, BundleRejection.UNREADABLE)
    doc = parse_manifest_bytes(manifest_bytes)  # step 4: HOSTILE_CONTENT on failure
    manifest = _verify(doc, manifest_bytes, signature)  # step 5
    _check_addressed(identity, manifest)  # step 6
    if hashlib.sha256(header).hexdigest() != manifest.header_sha256:  # step 7
        raise _fail(BundleRejection.UNREADABLE)
    return manifest


def _peek(src: BinaryIO) -> bytes:
    """Read up to ``_PEEK`` bytes (less only at the end of ``src``)."""
    head = b""
    while len(head) < _PEEK:
        block = src.read(_PEEK - len(head))
        if not block:
            break
        head += block
        if head.lstrip(_WHITESPACE)[:1] not in (b"", b"-", b"a"):
            break  # already neither binary age nor armor: stop reading early
    return head


def _verify(doc: dict[str, Any], manifest_bytes: bytes, signature: bytes) -> Manifest:
    try:
        card_b64 = doc["sender"]["card"]
        card_bytes = base64.b64decode(card_b64, validate=True)
        # Exactly the standard base64 of the binary form (section 4.1): no unused bits
        # set, no text form, so one card has one spelling in a signed manifest.
        if base64.b64encode(card_bytes).decode("ascii") != card_b64:
            raise _fail(BundleRejection.UNREADABLE)
        card = parse_card_binary(card_bytes)
        signer = sshsig.verify(sshsig.dearmor(signature), manifest_bytes, SIGNATURE_NAMESPACE)
    except (binascii.Error, ValueError, CardError, SignatureError) as exc:
        raise _fail(BundleRejection.UNREADABLE) from exc
    if signer != card.public_keys.signing_key:
        raise _fail(BundleRejection.UNREADABLE)
    return Manifest(
        bundle_id=doc["bundle_id"],
        created=doc["created"],
        kind=BundleKind(doc["kind"]),
        sender=card,
        recipients=tuple(parse_recipients(doc["recipients"])),
        header_sha256=doc["header_sha256"],
        record=doc["record"],
        items=tuple(parse_items(doc["items"])),
        raw=manifest_bytes,
        signature=signature,
    )


def _check_addressed(identity: VaultIdentity, manifest: Manifest) -> None:
    own = identity.public_keys
    own_age = {own.age_x25519, own.age_hybrid}
    for entry in manifest.recipients:
        if entry.fingerprint == own.fingerprint.digits and own_age.intersection(entry.age):
            return
    raise _fail(BundleRejection.NOT_ADDRESSED)


class _Joined(io.RawIOBase):
    """``head`` followed by the rest of ``src`` (we peeked to classify the file)."""

    def __init__(self, head: bytes, src: BinaryIO) -> None:
        super().__init__()
        self._head = head
        self._src = src

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._src.read(len(view))
        view[: len(data)] = data
        return len(data)
