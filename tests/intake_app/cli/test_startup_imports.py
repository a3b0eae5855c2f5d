"""Each command imports only what it uses: heavy libraries stay out of the commands that
do not need them (benchmarks/bench_cli_startup.py shows what that is worth).

Every case runs the command line in a fresh interpreter, as ``intake`` does, and looks at
``sys.modules`` when it returns. Export and import run against a vault folder that does
not exist: they import everything they need, then stop where they would derive the key.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]

# What the ``intake`` console script does (intake_app.cli:main), keeping the child's
# output apart from the report of what it imported.
PROBE = """
import contextlib, io, json, sys
from intake_app.cli import main
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    try:
        status = main(sys.argv[1:])
    except SystemExit as exc:  # argparse's --help
        status = exc.code
print(json.dumps({"status": status, "stderr": err.getvalue(), "modules": sorted(sys.modules)}))
"""

#: Libraries no command below needs: images, PDF, spreadsheets, the OS keychain,
#: CLDR data, country codes, the passphrase estimator, Qt.
HEAVY = ("PIL", "pypdf", "openpyxl", "keyring", "babel", "pycountry", "zxcvbn", "PySide6")
#: Our own code that ``--help`` must not load: vault, storage, bundles, age, form loading.
VAULT_AND_FORMS = (
    "intake_app.core.vault",
    "intake_app.core.session",
    "intake_app.storage",
    "sqlcipher3",
    "crypto.age",
    "crypto.bundle",
    "cryptography",
    "forms.loader",
    "forms.validation",
    "forms.expressions.compiler",
    "forms.xlsform",
)
#: What export and import need not load: the case writer, evidence cleaning, forms.
NOT_FOR_EXCHANGE = (
    "intake_app.core.cases",
    "intake_app.core.evidence",
    "forms.loader",
    "forms.validation",
    "forms.expressions.compiler",
    "forms.xlsform",
)


@dataclass(frozen=True)
class Started:
    status: int
    stderr: str
    modules: frozenset[str]

    def loaded(self, names: tuple[str, ...]) -> list[str]:
        """The modules of ``names`` (packages include their submodules) that were loaded."""
        return sorted(m for m in self.modules for n in names if m == n or m.startswith(n + "."))


def _start(*args: str) -> Started:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("INTAKE_TESTING", None)  # no test doubles in the child
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    report = json.loads(done.stdout)
    return Started(report["status"], report["stderr"], frozenset(report["modules"]))


@pytest.fixture
def no_vault(tmp_path: Path) -> list[str]:
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("some passphrase words\n")
    return ["--vault", str(tmp_path / "no-vault"), "--passphrase-file", str(passphrase)]


@pytest.mark.parametrize("args", [["--help"], ["age", "--help"]], ids=" ".join)
def test_help_loads_no_vault_forms_or_heavy_library(args: list[str]) -> None:
    started = _start(*args)
    assert started.status == 0, started.stderr
    assert started.loaded(HEAVY) == []
    assert started.loaded(VAULT_AND_FORMS) == []


def test_age_decryption_loads_age_but_no_vault_code(tmp_path: Path) -> None:
    started = _start("age", "-d", "-i", str(tmp_path / "missing-key.txt"), "in.age")
    assert started.status == 1 and "Cannot read the identity file" in started.stderr
    assert "crypto.age" in started.modules  # it got as far as reading keys
    assert started.loaded(HEAVY) == []
    assert started.loaded(("intake_app.core.vault", "intake_app.storage", "forms")) == []


def test_export_loads_the_bundle_writer_and_nothing_heavy(
    no_vault: list[str], tmp_path: Path
) -> None:
    out = str(tmp_path / "out.age")
    started = _start(*no_vault, "export", "0123abcd", "--to", "partner", "-o", out)
    assert (started.status, started.stderr.strip()) == (1, "There is no vault in this folder.")
    assert {"intake_app.core.export", "intake_app.core.vault"} <= started.modules
    assert started.loaded(HEAVY) == []
    assert started.loaded(NOT_FOR_EXCHANGE) == []
    assert "intake_app.core.importing" not in started.modules


def test_import_loads_the_bundle_reader_and_nothing_heavy(
    no_vault: list[str], tmp_path: Path
) -> None:
    bundle = tmp_path / "in.age"
    bundle.write_bytes(b"age-encryption.org/v1\n")
    started = _start(*no_vault, "import", str(bundle))
    assert (started.status, started.stderr.strip()) == (1, "There is no vault in this folder.")
    assert {"intake_app.core.importing", "intake_app.core.vault"} <= started.modules
    assert started.loaded(HEAVY) == []
    assert started.loaded(NOT_FOR_EXCHANGE) == []
    assert "intake_app.core.export" not in started.modules
