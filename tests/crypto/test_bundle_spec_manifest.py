"""Signed manifests that break docs/bundle-format.md sections 3, 4 and 8 are hostile.

Each manifest is written and correctly signed by the independent writer
(tests/crypto/spec_writer.py), so only the reader's manifest checks can refuse it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.crypto.test_bundle_spec_conformance import HOSTILE, case, edit, reject

# -- manifest fields the document forbids: hostile content -----------------------------

HOSTILE_EDITS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "format 2": edit(("format",), 2),
    "format true": edit(("format",), True),
    "format string": edit(("format",), "1"),
    "unknown kind": edit(("kind",), "invoice"),
    "kind as list": edit(("kind",), ["case"]),
    "bundle id uppercase": edit(("bundle_id",), "AB" * 16),
    "bundle id short": edit(("bundle_id",), "ab" * 15),
    "created with offset": edit(("created",), "2026-11-25T12:00:00+00:00"),
    "created with fraction": edit(("created",), "2026-11-25T12:00:00.5Z"),
    "created impossible date": edit(("created",), "2026-02-30T12:00:00Z"),
    "created arabic-indic digits": edit(("created",), "٢٠٢٦-١١-٢٥T١٢:٠٠:٠٠Z"),
    "created fullwidth digits": edit(("created",), "２０２６-11-25T12:00:00Z"),
    "header hash uppercase": lambda d: {**d, "header_sha256": d["header_sha256"].upper()},
    "missing record": edit(("record",), ...),
    "extra top key": edit(("zzz",), 1),
    "sender extra key": edit(("sender", "name"), "x"),
    "no recipients": edit(("recipients",), []),
    "two age strings": lambda d: {
        **d,
        "recipients": [{**r, "age": r["age"] * 2} for r in d["recipients"]],
    },
    "duplicate fingerprint": lambda d: {**d, "recipients": d["recipients"] * 2},
    "fingerprint with spaces": edit(("recipients", 0, "fingerprint"), "12345 " * 5 + "12345"),
    "age string uppercase": lambda d: edit(
        ("recipients", 0, "age"), [d["recipients"][0]["age"][0].upper()]
    )(d),
    "33 recipients": lambda d: {
        **d,
        "recipients": [
            {"age": d["recipients"][0]["age"], "fingerprint": f"{i:030d}"} for i in range(33)
        ],
    },
    "item media type with parameter": edit(("items", 2, "media_type"), "text/plain;charset=x"),
    "item media type uppercase": edit(("items", 2, "media_type"), "Image/JPEG"),
    "item size negative": edit(("items", 2, "size"), -1),
    "item size over 1 TiB": edit(("items", 2, "size"), 2**40 + 1),
    "item size beyond 2^53": edit(("items", 2, "size"), 2**64),
    "item unknown role": edit(("items", 2, "role"), "script"),
    "item extra key": edit(("items", 2, "path"), "/etc/passwd"),
    "item name empty": edit(("items", 2, "name"), ""),
    "item name slash": edit(("items", 2, "name"), "../../x"),
    "item name dot": edit(("items", 2, "name"), "."),
    "item name bidi": edit(("items", 2, "name"), "exe.\u202etxt"),
    "item name lone surrogate": edit(("items", 2, "name"), "a\ud800"),
    "item name NFD": edit(("items", 2, "name"), "Cafe\u0301.jpg"),
    "item name private use": edit(("items", 2, "name"), "a\ue000"),
    "item name line separator": edit(("items", 2, "name"), "a\u2028b"),
    "item name 256 chars": edit(("items", 2, "name"), "n" * 256),
    "item name word joiner": edit(("items", 2, "name"), "photo\u2060.jpg"),
    "item name hangul filler only": edit(("items", 2, "name"), "\u3164"),
    "item name tag characters": edit(("items", 2, "name"), "a\U000e0041"),
    "case without answers": lambda d: {**d, "items": [d["items"][0], d["items"][2]]},
    "case form hash differs": edit(("record", "form", "content_hash"), "00" * 32),
    "case with message item": edit(("items", 2, "role"), "message"),
    "case record extra key": edit(("record", "note"), "x"),
    "case ref not hex": edit(("record", "case_ref"), "zz" * 16),
    "form id with a path": edit(("record", "form", "id"), "../../x"),
    "form id uppercase": edit(("record", "form", "id"), "Interpol"),
    "form id 65 chars": edit(("record", "form", "id"), "f" * 65),
    "form version with a space": edit(("record", "form", "version"), "1 beta"),
    "form version with a slash": edit(("record", "form", "version"), "1/2"),
    "receipt kind on case record": edit(("kind",), "receipt"),
    "reply kind on case record": edit(("kind",), "reply"),
    "record as list": edit(("record",), []),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_EDITS))
def test_a_signed_manifest_that_breaks_section_4_is_hostile(name: str) -> None:
    assert reject(case(manifest_edit=HOSTILE_EDITS[name]).data) is HOSTILE


RAW_MANIFESTS: dict[str, Callable[[bytes], bytes]] = {
    "byte order mark": lambda m: b"\xef\xbb\xbf" + m,
    "leading space": lambda m: b" " + m,
    "trailing newline": lambda m: m + b"\n",
    "space after colon": lambda m: m.replace(b'"format":1', b'"format": 1'),
    "keys out of order": lambda m: m.replace(b'{"bundle_id"', b'{"zz":0,"bundle_id"'),
    "duplicate key": lambda m: m.replace(b'"format":1', b'"format":1,"format":1'),
    "float": lambda m: m.replace(b'"format":1', b'"format":1.0'),
    "exponent": lambda m: m.replace(b'"format":1', b'"format":1e0'),
    "leading zero": lambda m: m.replace(b'"format":1', b'"format":01'),
    "negative zero": lambda m: m.replace(b'"format":1', b'"format":-0'),
    "NaN": lambda m: m.replace(b'"format":1', b'"format":NaN'),
    "huge integer": lambda m: m.replace(b'"format":1', b'"format":' + b"9" * 5000),
    "unicode escape of ascii": lambda m: m.replace(b'"kind":"case"', b'"kind":"\\u0063ase"'),
    "escaped solidus": lambda m: m.replace(b'"image/jpeg"', b'"image\\/jpeg"'),
    "uppercase hex escape": lambda m: m.replace(b'"photo.jpg"', b'"photo\\u001F.jpg"'),
    "escaped bidi": lambda m: m.replace(b'"photo.jpg"', b'"photo\\u202e.jpg"'),
    "escaped lone surrogate": lambda m: m.replace(b'"photo.jpg"', b'"photo\\ud800.jpg"'),
    "escaped surrogate pair": lambda m: m.replace(b'"photo.jpg"', b'"photo\\ud83d\\ude00.jpg"'),
    "raw surrogate bytes": lambda m: m.replace(b'"photo.jpg"', b'"photo\xed\xa0\x80.jpg"'),
    "overlong slash": lambda m: m.replace(b'"photo.jpg"', b'"photo\xc0\xaf.jpg"'),
    "latin-1 byte": lambda m: m.replace(b'"photo.jpg"', b'"ph\xf6to.jpg"'),
    "raw control char": lambda m: m.replace(b'"photo.jpg"', b'"photo\x01.jpg"'),
    "non-ascii key": lambda m: m.replace(b'"format":1', b'"format":1,"f\xc3\xb6":1'),
    "deep nesting": lambda m: m.replace(b'"format":1', b'"format":' + b"[" * 40 + b"]" * 40),
    "very deep nesting": lambda m: b"[" * 200_000 + b"]" * 200_000,
    "10001 values": lambda m: m.replace(
        b'"format":1', b'"format":[' + b",".join([b"0"] * 10_001) + b"]"
    ),
    "string over 64 KiB": lambda m: m.replace(b'"photo.jpg"', b'"' + b"a" * 65_537 + b'"'),
    "top level array": lambda m: b"[" + m + b"]",
    "not json": lambda m: b"\x00\x01",
}


@pytest.mark.parametrize("name", sorted(RAW_MANIFESTS))
def test_signed_manifest_bytes_outside_canonical_json_are_hostile(name: str) -> None:
    assert reject(case(manifest_bytes=RAW_MANIFESTS[name]).data) is HOSTILE


def test_a_manifest_over_1_mib_is_hostile_before_parsing() -> None:
    big = case(manifest_bytes=lambda m: m + b" " * (1024 * 1024 + 1 - len(m)))
    assert reject(big.data) is HOSTILE
