"""`intake partner add`, `import` and the lists, facing a forger who calls himself
"Аmnesty International" (Cyrillic А) next to the real "Amnesty International"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crypto.testing import fast_kdf_params
from intake_app.core.vault import unlock_vault
from tests.intake_app.cli_runner import Cli
from tests.intake_app.exchange.helpers import make_case

REAL, FORGED = "Amnesty International", "Аmnesty International"


@pytest.fixture(autouse=True)
def _fast_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("intake_app.core.vault.calibrate", lambda: fast_kdf_params())


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    for vault, name in [("org", "Org"), ("real", REAL), ("forger", FORGED)]:
        Cli(tmp_path, capsys).ok(vault, "init", "--name", name)
    return Cli(tmp_path, capsys)


def _forged_bundle(cli: Cli, name: str) -> str:
    """The forger sends a case to the org (whom he added and verified)."""
    if "Org" not in cli.ok("forger", "partner", "list"):
        cli.ok("forger", "partner", "add", cli.card("org"))
        cli.ok("forger", "partner", "verify", "Org", *cli.fingerprint("org"))
    with unlock_vault(cli.tmp / "forger", b"passphrase") as session:
        case_id = make_case(session).id
    out = cli.tmp / name
    cli.ok("forger", "export", case_id, "--to", "Org", "-o", str(out))
    return str(out)


def _vault_files(cli: Cli) -> dict[str, bytes]:
    root = cli.tmp / "org"
    return {str(p): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_partner_add_refuses_the_look_alike_card_in_one_sentence_with_both_fingerprints(
    cli: Cli,
) -> None:
    cli.ok("org", "partner", "add", cli.card("real"))
    before = _vault_files(cli)
    code, out, err = cli.run("org", "partner", "add", cli.card("forger"))
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"'{REAL}'" in err
    assert " ".join(cli.fingerprint("real")) in err
    assert " ".join(cli.fingerprint("forger")) in err
    assert _vault_files(cli) == before


def test_import_of_the_look_alike_is_refused_once_the_partner_is_verified(cli: Cli) -> None:
    cli.ok("org", "partner", "add", cli.card("real"))
    cli.ok("org", "partner", "verify", "amnesty international", *cli.fingerprint("real"))
    bundle = _forged_bundle(cli, "f.age")
    before = _vault_files(cli)
    code, _out, err = cli.run("org", "import", bundle)
    assert code == 1
    assert f"does not match the partner '{REAL}'" in err
    assert _vault_files(cli) == before


def test_source_list_marks_a_source_that_looks_like_a_partner_verified_after_it_arrived(
    cli: Cli,
) -> None:
    cli.ok("org", "partner", "add", cli.card("real"))  # not verified yet: no claim
    cli.ok("org", "import", _forged_bundle(cli, "f.age"))
    assert "LOOKS LIKE" not in cli.ok("org", "source", "list")
    cli.ok("org", "partner", "verify", REAL, *cli.fingerprint("real"))
    listed = cli.ok("org", "source", "list")
    assert f"{FORGED}  LOOKS LIKE verified partner '{REAL}'" in listed
    (row,) = json.loads(cli.ok("org", "source", "list", "--json"))
    assert row["name_on_card"] == FORGED
    assert row["looks_like"]["name"] == REAL
    (partner,) = json.loads(cli.ok("org", "partner", "list", "--json"))
    assert row["looks_like"]["id"] == partner["id"]
    assert partner["looks_like"] is None  # the real partner is not its own look-alike
    # Later bundles from that source claim the verified partner now: refused.
    code, _out, err = cli.run("org", "import", _forged_bundle(cli, "g.age"))
    assert code == 1 and f"'{REAL}'" in err


def test_partner_verify_by_a_look_alike_of_the_name_finds_the_partner(cli: Cli) -> None:
    cli.ok("org", "partner", "add", cli.card("real"))
    out = cli.ok("org", "partner", "verify", "AMNESTY  INTERNATIONAL", *cli.fingerprint("real"))
    assert f"'{REAL}' is verified." in out
