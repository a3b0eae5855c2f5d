"""Run ``intake`` commands in-process against vaults in a test's folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app.cli import main


class Cli:
    """``run(vault, *args)`` runs ``intake --vault TMP/vault --passphrase-file ... args``
    and returns (exit code, stdout, stderr); every vault's passphrase is "passphrase"."""

    def __init__(self, tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.tmp = tmp
        self.capsys = capsys
        self.pw = tmp / "pw.txt"
        self.pw.write_text("passphrase\n")

    def run(self, vault: str, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--vault", str(self.tmp / vault), "--passphrase-file", str(self.pw), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, vault: str, *args: str) -> str:
        """Stdout of a command that must succeed."""
        code, out, err = self.run(vault, *args)
        assert code == 0, err
        return out

    def json(self, vault: str, *args: str) -> object:
        """The parsed ``--json`` output of a command that must succeed."""
        return json.loads(self.ok(vault, *args, "--json"))

    def card(self, vault: str) -> str:
        """The path of the vault's contact card file (written on first use)."""
        path = self.tmp / f"{vault}.card"
        if not path.exists():
            self.ok(vault, "identity", "card", "-o", str(path))
        return str(path)

    def fingerprint(self, vault: str) -> list[str]:
        """The vault's fingerprint as its six groups."""
        shown = json.loads(self.ok(vault, "identity", "show", "--json"))
        return str(shown["fingerprint"]).split()
