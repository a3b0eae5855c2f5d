"""The writer never makes a file its own reader refuses. Found from outside:
'intake age -e -R FILE' with 700 recipients wrote a file that stock age opened and
'intake age -d' called damaged (the reader stops at 512 stanzas)."""

from __future__ import annotations

import io

import pytest

from crypto.age import TooManyRecipientsError, X25519Identity, decrypt, encrypt
from crypto.age._format import MAX_STANZAS


def test_encrypting_to_more_recipients_than_a_reader_accepts_is_refused_before_writing() -> None:
    recipients = [X25519Identity.generate().recipient() for _ in range(MAX_STANZAS + 1)]
    out = io.BytesIO()
    with pytest.raises(TooManyRecipientsError):
        encrypt(recipients, io.BytesIO(b"report"), out)
    assert out.getvalue() == b""


def test_the_most_recipients_a_reader_accepts_still_round_trip() -> None:
    identities = [X25519Identity.generate() for _ in range(MAX_STANZAS)]
    sealed, opened = io.BytesIO(), io.BytesIO()
    encrypt([i.recipient() for i in identities], io.BytesIO(b"report"), sealed)
    sealed.seek(0)
    decrypt([identities[-1]], sealed, opened)
    assert opened.getvalue() == b"report"
