"""Regenerate the project's own age vectors (header bounds the C2SP suite does not cover).

    PYTHONPATH=. python tests/vectors/age/project/make_vectors.py

Same file format as the C2SP vectors. Fixed identity, file key and payload nonce; the
X25519 stanza uses a fresh ephemeral key, so regenerated files differ in bytes, not
in meaning. Large bodies are stored zlib-compressed (``compressed: zlib``).
"""

from __future__ import annotations

import hashlib
import io
import zlib
from pathlib import Path

from crypto._stream import StreamEncryptor
from crypto.age._format import (
    MAX_ARGUMENT_LINE,
    MAX_ARGUMENTS,
    MAX_HEADER_BYTES,
    MAX_STANZAS,
    Stanza,
    encode_header,
    hkdf_sha256,
)
from crypto.age._x25519 import X25519Identity

HERE = Path(__file__).resolve().parent
IDENTITY = X25519Identity(bytes(range(1, 33)))
FILE_KEY = b"YELLOW SUBMARINE"
NONCE = bytes(range(16))
PLAINTEXT = b"bounded\n"


def _payload() -> bytes:
    out = io.BytesIO()
    stream = StreamEncryptor(hkdf_sha256(FILE_KEY, NONCE, b"payload"), out)
    stream.write(PLAINTEXT)
    stream.close()
    return NONCE + out.getvalue()


def _write(
    name: str, expect: str, extra: list[Stanza], comment: str, *, compress: bool = False
) -> None:
    ours = IDENTITY.recipient().wrap(FILE_KEY)
    body = encode_header([*extra, *ours], FILE_KEY) + _payload()
    lines = [f"expect: {expect}"]
    if expect == "success":
        lines.append(f"payload: {hashlib.sha256(PLAINTEXT).hexdigest()}")
    lines += [
        f"file key: {FILE_KEY.hex()}",
        f"identity: {IDENTITY.to_string()}",
        f"comment: {comment}",
    ]
    if compress:
        lines.append("compressed: zlib")
        body = zlib.compress(body, 9)
    (HERE / name).write_bytes("\n".join(lines).encode() + b"\n\n" + body)


def main() -> None:
    grease = Stanza(("grease",), b"")
    _write(
        "bounds_stanzas_at_limit",
        "success",
        [grease] * (MAX_STANZAS - 1),
        f"exactly {MAX_STANZAS} stanzas, the most a header may have",
    )
    _write(
        "bounds_stanza_flood",
        "header failure",
        [grease] * MAX_STANZAS,
        f"{MAX_STANZAS + 1} stanzas: rejected as a flood before any unwrapping",
    )
    _write(
        "bounds_header_too_large",
        "header failure",
        [Stanza(("grease",), bytes(MAX_HEADER_BYTES))],
        "one stanza body makes the header larger than 1 MiB",
        compress=True,
    )
    _write(
        "bounds_argument_line_too_long",
        "header failure",
        [Stanza(("grease", "a" * MAX_ARGUMENT_LINE), b"")],
        f"an argument line longer than {MAX_ARGUMENT_LINE} bytes",
    )
    _write(
        "bounds_too_many_arguments",
        "header failure",
        [Stanza(tuple(["grease"] * (MAX_ARGUMENTS + 1)), b"")],
        f"a stanza with {MAX_ARGUMENTS + 1} arguments",
    )


if __name__ == "__main__":
    main()
