"""``intake partner add`` and ``intake partner verify`` fed from outside: a card pasted
with junk around it, a huge file, and fingerprints spelled in other
scripts' digits (refused, by decision: docs/bundle-format.md section 6.3; the sentence
now says which digits count)."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.core import identity

from .conftest import MakeParty
from .helpers import folder_hashes

ARABIC_INDIC = str.maketrans(
    "0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
)
FULLWIDTH = str.maketrans(
    "0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"
)


@pytest.fixture
def setup(make_party: MakeParty, tmp_path: Path) -> tuple[list[str], Path, str, str]:
    """(base argv for the reporter's vault, its folder, Org's card text, Org's digits)."""
    reporter, org = make_party("Reporter"), make_party("Org")
    card = identity.own_card(org)
    vault = reporter.path
    reporter.close()
    pw = tmp_path / "pw"
    pw.write_text("pw\n")
    return (
        ["--vault", str(vault), "--passphrase-file", str(pw)],
        vault,
        card.to_text(),
        card.fingerprint.digits,
    )


def test_a_card_pasted_with_an_email_around_it_and_crlf_is_added(
    setup: tuple[list[str], Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _, text, digits = setup
    pasted = tmp_path / "mail.txt"
    pasted.write_bytes(
        (
            "Hello,\r\n\r\nhere is our card:\r\n> "
            + text.replace("\n", "\r\n> ")
            + "\r\n-- \r\nOrg\r\n"
        ).encode()
    )
    assert main([*base, "partner", "add", str(pasted)]) == 0
    assert digits[:5] in capsys.readouterr().out


def test_a_huge_card_file_is_refused_unread(
    setup: tuple[list[str], Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, vault, _, _ = setup
    huge = tmp_path / "huge.card"
    with huge.open("wb") as out:
        out.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    before = folder_hashes(vault)
    capsys.readouterr()
    assert main([*base, "partner", "add", str(huge)]) == 1
    assert capsys.readouterr().err == "This file is too large to be a contact card.\n"
    assert folder_hashes(vault) == before


@pytest.mark.parametrize("digits_of", [ARABIC_INDIC, FULLWIDTH], ids=["arabic-indic", "fullwidth"])
def test_a_fingerprint_in_other_digits_is_refused_saying_which_digits_count(
    setup: tuple[list[str], Path, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    digits_of: dict[int, int],
) -> None:
    """Decision (section 6.3): not converted, so the person compares what they see."""
    base, vault, text, digits = setup
    card = tmp_path / "org.txt"
    card.write_text(text)
    assert main([*base, "partner", "add", str(card)]) == 0
    before = folder_hashes(vault)
    capsys.readouterr()
    assert main([*base, "partner", "verify", "Org", digits.translate(digits_of)]) == 1
    assert capsys.readouterr().err == (
        "This is not a fingerprint: it must be 30 digits 0-9, in six groups of five.\n"
    )
    assert folder_hashes(vault) == before  # nothing logged: it was not a comparison
    spaced = " ".join(digits[i : i + 5] for i in range(0, 30, 5))
    assert main([*base, "partner", "verify", "Org", "\u200f" + spaced.replace(" ", "\u2013")]) == 0
