"""Canonical JSON for manifests and cards: one value, one byte string, bounded."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto._canonical_json import MAX_INT, CanonicalJsonError, dumps, loads

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=0, max_value=MAX_INT) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.text(alphabet=st.characters(max_codepoint=127), max_size=8), children, max_size=4
        )
    ),
    max_leaves=20,
)


@given(json_values)
def test_dumps_then_loads_is_identity(value: Any) -> None:
    data = dumps(value)
    assert loads(data, max_bytes=1 << 20) == value
    assert dumps(loads(data, max_bytes=1 << 20)) == data


def test_canonical_form_is_sorted_compact_and_literal_utf8() -> None:
    assert (
        dumps({"b": 1, "a": ["é", "\n", None, True]})
        == '{"a":["é","\\n",null,true],"b":1}'.encode()
    )


@pytest.mark.parametrize(
    "data",
    [
        b'{"a":1,"a":2}',  # duplicate key
        b'{"a":1.0}',  # float
        b'{"a":1e3}',
        b'{"a":-1}',  # negative
        b'{"a":9007199254740992}',  # above 2^53 - 1
        b'{"a":NaN}',
        b'{"b":1,"a":2}',  # not sorted
        b'{"a": 1}',  # whitespace
        b' {"a":1}',
        b'{"a":"\\u00e9"}',  # escaped non-ASCII
        b'{"a":"\\ud800"}',  # lone surrogate
        b'{"a":"\\/"}',  # needless escape
        '{"é":1}'.encode(),  # non-ASCII key
        b'{"a":"\xff"}',  # not UTF-8
        b"\xef\xbb\xbf{}",  # byte order mark
        b"[" * 33 + b"]" * 33,  # too deep
        b"[" * 100_000 + b"]" * 100_000,  # would exhaust a recursive parser
        b"[" + b",".join([b"0"] * 10_001) + b"]",  # too many values
        b"",
    ],
)
def test_non_canonical_or_unbounded_input_is_rejected(data: bytes) -> None:
    with pytest.raises(CanonicalJsonError):
        loads(data, max_bytes=1 << 20)


def test_size_bound_is_checked_before_parsing() -> None:
    with pytest.raises(CanonicalJsonError):
        loads(b'"' + b"a" * 100 + b'"', max_bytes=50)


@pytest.mark.parametrize("value", [1.5, -1, 2**53, {"é": 1}, {1: 2}, b"bytes"])
def test_values_without_canonical_form_cannot_be_dumped(value: Any) -> None:
    with pytest.raises(CanonicalJsonError):
        dumps(value)


def test_thirty_two_nested_containers_are_the_limit() -> None:
    assert loads(b"[" * 32 + b"]" * 32, max_bytes=1 << 20) is not None
