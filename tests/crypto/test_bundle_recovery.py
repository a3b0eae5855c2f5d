"""The recovery recipe of docs/bundle-format.md section 10 works with the stock tools.

Runs the document's own Python snippets, so the document cannot drift from the format.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crypto.bundle import BundleKind, ItemInfo, ItemRole, ItemSource, seal_bundle
from crypto.identity import VaultIdentity

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
AGE = shutil.which("age")
SSH_KEYGEN = shutil.which("ssh-keygen")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(AGE is None or SSH_KEYGEN is None, reason="needs age and ssh-keygen"),
]


def _section_10_python() -> list[str]:
    text = DOC.read_text()
    section = text.split("## 10.", 1)[1].split("## 11.", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_stock_age_and_ssh_keygen_recover_and_verify_a_bundle(tmp_path: Path) -> None:
    reporter, ngo = VaultIdentity.generate(), VaultIdentity.generate()
    form, answers, photo = b'{"id":"f"}', b'{"q":"a"}', bytes(range(256)) * 1000
    infos = [
        ("form.json", ItemRole.FORM, form),
        ("answers.json", ItemRole.ANSWERS, answers),
        ("photo.jpg", ItemRole.ATTACHMENT, photo),
    ]
    items = [
        ItemSource(
            ItemInfo(n, "application/octet-stream", r, len(d), hashlib.sha256(d).hexdigest()),
            lambda d=d: io.BytesIO(d),  # type: ignore[misc]
        )
        for n, r, d in infos
    ]
    record = {
        "case_ref": "cd" * 16,
        "form": {"id": "f", "version": "1", "content_hash": hashlib.sha256(form).hexdigest()},
    }
    with (tmp_path / "bundle.idb").open("wb") as out:
        seal_bundle(
            reporter,
            reporter.make_card("Reporter"),
            [ngo.make_card("NGO")],
            BundleKind.CASE,
            record,
            items,
            out,
            post_quantum=False,
        )
    (tmp_path / "identity.txt").write_bytes(bytes(ngo.age_identity_file(include_hybrid=False)))

    subprocess.run(
        [AGE or "", "-d", "-i", "identity.txt", "-o", "payload.bin", "bundle.idb"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    split, signers = _section_10_python()
    done = subprocess.run(
        [sys.executable, "-c", split], cwd=tmp_path, check=True, capture_output=True, text=True
    )
    assert done.stdout.count(" OK") == 3 and "MISMATCH" not in done.stdout
    assert (tmp_path / "item-0002.bin").read_bytes() == photo
    subprocess.run([sys.executable, "-c", signers], cwd=tmp_path, check=True, capture_output=True)
    verify = [
        SSH_KEYGEN or "",
        "-Y",
        "verify",
        "-f",
        "allowed_signers",
        "-I",
        "sender",
        "-n",
        "intake-desk-bundle-v1",
        "-s",
        "manifest.sig",
    ]
    manifest = (tmp_path / "manifest.json").read_bytes()
    ok = subprocess.run(verify, cwd=tmp_path, input=manifest, capture_output=True, check=False)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run(
        verify,
        cwd=tmp_path,
        input=manifest.replace(b"photo", b"phot0"),
        capture_output=True,
        check=False,
    )
    assert bad.returncode != 0
