"""Fixtures for forms and cases in the vault: a fast-KDF vault, evidence files, a CLI runner."""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from intake_app.cli import main
from intake_app.core.vault import Session, unlock_vault
from tests.conftest import PASSPHRASE

#: Answers to the built-in INTERPOL form that pass validation (one detention).
INTERPOL_ANSWERS: dict[str, Any] = {
    "request_types": ["red_notice"],
    "requesting_country": "TR",
    "was_detained": "yes",
    "detentions": [{"det_country": "DE", "det_place": "Berlin airport"}],
    "has_lawyer": "no",
}


def gps_jpeg() -> bytes:
    """A small JPEG whose EXIF names a camera serial and a GPS position (values: CANARY)."""
    exif = Image.Exif()
    exif[0x010F] = "MAKE CANARY"
    exif[0x8769] = {0xA431: "SERIAL CANARY 7731"}
    exif[0x8825] = {1: "N", 2: (52.0, 30.0, 12.5), 3: "E", 4: (13.0, 24.0, 1.0)}
    out = io.BytesIO()
    Image.new("RGB", (24, 16), (120, 30, 200)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def has_gps(data: bytes) -> bool:
    """True if the JPEG ``data`` carries a GPS block in its EXIF."""
    with Image.open(io.BytesIO(data)) as im:
        return bool(im.getexif().get_ifd(0x8825))


@pytest.fixture
def private_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every temp-file API at a fresh folder, so a test can look inside it exactly."""
    folder = tmp_path_factory.mktemp("cases-tmp")
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    return folder


@pytest.fixture
def session(make_vault: Callable[..., Session]) -> Session:
    """An open vault (fast KDF)."""
    return make_vault()


@dataclass
class Cli:
    """Runs ``intake`` in-process against one vault; returns (status, stdout, stderr)."""

    vault: Path
    passphrase_file: Path
    capsys: pytest.CaptureFixture[str]

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        status = main(
            [*args, "--vault", str(self.vault), "--passphrase-file", str(self.passphrase_file)]
        )
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        return status, out, err

    def json(self, *args: str) -> Any:
        status, out, err = self(*args, "--json")
        assert status == 0, err
        return json.loads(out)

    def open(self) -> Session:
        return unlock_vault(self.vault, PASSPHRASE)


@pytest.fixture
def cli(
    make_vault: Callable[..., Session], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Iterator[Cli]:
    """A vault created with the fast KDF (then closed) and a runner for commands on it."""
    s = make_vault("cli-vault")
    vault = s.path
    s.close()
    pw = tmp_path / "pass.txt"
    pw.write_bytes(PASSPHRASE + b"\n")
    yield Cli(vault, pw, capsys)


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path
