"""The public crypto.age recipes: keys, round trips, mixing rules, header bounds."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence

import pytest

from crypto.age import (
    ArmorError,
    Decryptor,
    Encryptor,
    HeaderError,
    HybridIdentity,
    Identity,
    IdentityError,
    MixedRecipientsError,
    NoIdentityMatchError,
    PayloadError,
    Recipient,
    RecipientError,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    decrypt,
    encrypt,
    parse_identities,
    parse_recipient,
)
from crypto.age._format import MAX_HEADER_BYTES, MAX_STANZAS, Stanza, encode_header
from crypto.age.errors import HeaderDefect, UnsupportedVersionError, WorkFactorError

# The spec's own example keys (age-encryption.org/v1).
SPEC_IDENTITY = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
SPEC_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
FAST_SCRYPT = 10  # tests only: a low work factor keeps the suite fast


def _seal(recipients: Sequence[Recipient], data: bytes, *, armor: bool = False) -> bytes:
    out = io.BytesIO()
    encrypt(recipients, io.BytesIO(data), out, armor=armor)
    return out.getvalue()


def _open(identities: Sequence[Identity], data: bytes) -> bytes:
    out = io.BytesIO()
    decrypt(identities, io.BytesIO(data), out)
    return out.getvalue()


def test_spec_example_identity_gives_spec_example_recipient() -> None:
    identity = X25519Identity.from_string(SPEC_IDENTITY)
    assert identity.recipient().to_string() == SPEC_RECIPIENT
    assert identity.to_string() == SPEC_IDENTITY


def test_generated_keys_round_trip_through_their_strings() -> None:
    x = X25519Identity.generate()
    assert X25519Identity.from_string(x.to_string()).recipient() == x.recipient()
    assert parse_recipient(x.recipient().to_string()) == x.recipient()
    h = HybridIdentity.generate()
    assert h.to_string().startswith("AGE-SECRET-KEY-PQ-1")
    assert h.recipient().to_string().startswith("age1pq1")
    assert HybridIdentity.from_string(h.to_string()).recipient() == h.recipient()
    assert parse_recipient(h.recipient().to_string()) == h.recipient()


@pytest.mark.parametrize(
    "text",
    [
        SPEC_RECIPIENT.upper(),  # recipients are lower case
        SPEC_RECIPIENT[:-1] + ("q" if SPEC_RECIPIENT[-1] != "q" else "p"),  # checksum
        SPEC_IDENTITY,  # an identity is not a recipient
        "age1",
        "",
        "ssh-ed25519 AAAA",
    ],
)
def test_parse_recipient_rejects_anything_but_a_valid_recipient(text: str) -> None:
    with pytest.raises(RecipientError):
        parse_recipient(text)


def test_low_order_recipient_is_refused() -> None:
    with pytest.raises(RecipientError):
        X25519Recipient(bytes(32))


def test_identity_file_allows_comments_and_blank_lines_and_reports_the_bad_line() -> None:
    a, b = X25519Identity.generate(), HybridIdentity.generate()
    text = f"# created: today\n\n{a.to_string()}\n  {b.to_string()}  \r\n"
    parsed = parse_identities(text)
    assert [type(i) for i in parsed] == [X25519Identity, HybridIdentity]
    with pytest.raises(IdentityError) as info:
        parse_identities(f"# c\n{a.to_string()}\n{a.to_string().lower()}\n")
    assert info.value.line == 3
    assert a.to_string().lower() not in str(info.value)
    with pytest.raises(IdentityError):
        parse_identities("# only a comment\n")


def test_reprs_never_show_secrets() -> None:
    x, h = X25519Identity.generate(), HybridIdentity.generate()
    assert x.to_string() not in repr(x)
    assert h.to_string() not in repr(h)
    assert "hunter2" not in repr(ScryptIdentity(b"hunter2"))
    assert "hunter2" not in repr(ScryptRecipient(b"hunter2", FAST_SCRYPT))


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 200_000])
@pytest.mark.parametrize("armor", [False, True])
def test_x25519_round_trip_binary_and_armored(size: int, armor: bool) -> None:
    ids = [X25519Identity.generate(), X25519Identity.generate()]
    data = os.urandom(size)
    sealed = _seal([i.recipient() for i in ids], data, armor=armor)
    assert sealed.startswith(b"-----BEGIN AGE" if armor else b"age-encryption.org/v1\n")
    assert _open([ids[1]], sealed) == data


def test_hybrid_and_scrypt_round_trip() -> None:
    h = HybridIdentity.generate()
    assert _open([h], _seal([h.recipient()], b"post-quantum")) == b"post-quantum"
    sealed = _seal([ScryptRecipient(b"correct horse", FAST_SCRYPT)], b"passphrase")
    assert _open([ScryptIdentity(b"correct horse")], sealed) == b"passphrase"
    with pytest.raises(NoIdentityMatchError):
        _open([ScryptIdentity(b"wrong")], sealed)


def test_file_for_someone_else_is_no_match() -> None:
    sealed = _seal([X25519Identity.generate().recipient()], b"x")
    with pytest.raises(NoIdentityMatchError) as info:
        _open([X25519Identity.generate(), HybridIdentity.generate()], sealed)
    assert str(info.value) == "This file is not addressed to any of your keys."


def test_forbidden_recipient_mixes_are_refused_before_writing() -> None:
    x = X25519Identity.generate().recipient()
    h = HybridIdentity.generate().recipient()
    s = ScryptRecipient(b"pw", FAST_SCRYPT)
    for mix in ([x, h], [s, x], [s, ScryptRecipient(b"pw2", FAST_SCRYPT)], []):
        out = io.BytesIO()
        with pytest.raises(MixedRecipientsError):
            Encryptor(mix, out)
        assert out.getvalue() == b""


def test_header_bytes_are_exactly_the_files_header_even_when_armored() -> None:
    ident = X25519Identity.generate()
    out = io.BytesIO()
    enc = Encryptor([ident.recipient()], out, armor=True)
    header = enc.header_bytes
    assert header.startswith(b"age-encryption.org/v1\n") and header.endswith(b"\n")
    assert header.splitlines()[-1].startswith(b"--- ")
    enc.write(b"payload")
    enc.close()
    dec = Decryptor([ident], io.BytesIO(out.getvalue()))
    assert dec.header_bytes == header
    assert b"".join(dec.chunks()) == b"payload"


def test_encryptor_left_by_an_exception_leaves_an_undecryptable_file() -> None:
    ident = X25519Identity.generate()
    out = io.BytesIO()
    with pytest.raises(RuntimeError), Encryptor([ident.recipient()], out) as enc:
        enc.write(b"half of it")
        raise RuntimeError("interrupted")
    with pytest.raises(PayloadError):
        _open([ident], out.getvalue())


def test_truncated_or_altered_payload_raises_payload_error_with_the_coarse_message() -> None:
    ident = X25519Identity.generate()
    sealed = _seal([ident.recipient()], os.urandom(150_000))
    cut = sealed[:-10]
    flipped = bytearray(sealed)
    flipped[-1] ^= 1
    for bad in (cut, bytes(flipped), sealed + b"\0"):
        with pytest.raises(PayloadError) as info:
            _open([ident], bad)
        assert str(info.value) == "The file cannot be decrypted: it is damaged or was altered."


def test_altered_header_fails_the_mac_with_the_same_message() -> None:
    ident = X25519Identity.generate()
    sealed = bytearray(_seal([ident.recipient(), X25519Identity.generate().recipient()], b"x"))
    # Swap the order of the two stanzas: every stanza still opens, the MAC does not.
    text = bytes(sealed)
    lines = text.split(b"\n")
    swapped = b"\n".join([lines[0], lines[3], lines[4], lines[1], lines[2], *lines[5:]])
    with pytest.raises(HeaderError) as info:
        _open([ident], swapped)
    assert info.value.defect is HeaderDefect.BAD_MAC
    assert str(info.value) == "The file cannot be decrypted: it is damaged or was altered."


def test_stanza_flood_is_rejected_as_too_large() -> None:
    key = os.urandom(16)
    flood = [Stanza(("grease",), b"")] * (MAX_STANZAS + 1)
    with pytest.raises(HeaderError) as info:
        Decryptor([X25519Identity.generate()], io.BytesIO(encode_header(flood, key)))
    assert info.value.defect is HeaderDefect.TOO_LARGE


def test_endless_header_is_rejected_after_a_bounded_read() -> None:
    class Endless(io.RawIOBase):
        served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buf: bytearray) -> int:  # type: ignore[override]
            chunk = (b"age-encryption.org/v1\n-> a" + b"b" * len(buf))[: len(buf)]
            if self.served:
                chunk = b"b" * len(buf)
            buf[: len(chunk)] = chunk
            self.served += len(chunk)
            return len(chunk)

    src = Endless()
    with pytest.raises(HeaderError) as info:
        Decryptor([X25519Identity.generate()], src)  # type: ignore[arg-type]
    assert info.value.defect is HeaderDefect.TOO_LARGE
    assert src.served < MAX_HEADER_BYTES + 65536


def test_newer_version_and_excessive_work_factor_have_their_own_sentences() -> None:
    with pytest.raises(UnsupportedVersionError):
        _open([X25519Identity.generate()], b"age-encryption.org/v2\nwhatever\n")
    sealed = _seal([ScryptRecipient(b"pw", 12)], b"x")
    with pytest.raises(WorkFactorError) as info:
        _open([ScryptIdentity(b"pw", max_work_factor=11)], sealed)
    assert isinstance(info.value, HeaderError)


def test_garbage_is_an_armor_error_and_empty_input_a_header_error() -> None:
    with pytest.raises(ArmorError):
        _open([X25519Identity.generate()], b"%PDF-1.7 not an age file")
    with pytest.raises(HeaderError):
        _open([X25519Identity.generate()], b"")


def test_chunks_can_be_read_only_once_and_read_into_counts_bytes() -> None:
    ident = X25519Identity.generate()
    sealed = _seal([ident.recipient()], b"a" * 70_000)
    dec = Decryptor([ident], io.BytesIO(sealed))
    assert dec.read_into(io.BytesIO()) == 70_000
    with pytest.raises(ValueError):
        next(dec.chunks())


@pytest.mark.parametrize("split", [1, 7, 65535, 65536, 65537, 131072, 300_001])
def test_any_split_of_writes_gives_the_same_plaintext(split: int) -> None:
    ident = X25519Identity.generate()
    data = os.urandom(400_000)
    out = io.BytesIO()
    with Encryptor([ident.recipient()], out) as enc:
        for start in range(0, len(data), split):
            enc.write(memoryview(data)[start : start + split])
    assert _open([ident], out.getvalue()) == data


def test_endless_armor_line_is_rejected_after_a_bounded_read() -> None:
    class Endless(io.RawIOBase):
        served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buf: bytearray) -> int:  # type: ignore[override]
            start = b"-----BEGIN AGE ENCRYPTED FILE-----\n" if not self.served else b""
            chunk = (start + b"A" * len(buf))[: len(buf)]
            buf[: len(chunk)] = chunk
            self.served += len(chunk)
            return len(chunk)

    src = Endless()
    with pytest.raises(ArmorError):
        Decryptor([X25519Identity.generate()], src)  # type: ignore[arg-type]
    assert src.served < 1 << 20
