"""Evidence tests: every test runs with a private, empty temp folder that must stay empty."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def temp_folder_stays_empty(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point every temp-file API at a fresh folder and fail if anything lands in it.

    A private folder (rather than the shared /tmp) keeps the check exact while other
    processes on the machine create their own temp files.
    """
    folder = tmp_path_factory.mktemp("evidence-tmp")
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    yield folder
    assert list(folder.iterdir()) == [], "plaintext was written to the temp folder"
