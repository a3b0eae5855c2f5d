"""``intake partner``: add partners from their cards, verify fingerprints, list, replace keys;
``intake source``: list the people who sent cases here, and verify them.

PARTNER on the command line is a partner's display name (any letter case; a name that
looks like several partners' is refused, give the id then), its id, or a unique id
prefix of at least four characters (``intake partner list`` shows both).

Both lists mark a partner or source whose name looks like a *verified* partner's
("LOOKS LIKE verified partner 'X'"): such a record is not that partner, whatever its
name says (core/partners.py ``VerifiedLookAlikes``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.cli._common import EXIT_OK, CliError, GlobalOptions, emit
from intake_app.cli.identity_cmds import open_vault

if TYPE_CHECKING:
    from intake_app.storage.records import PartnerRecord, SourceRecord

# The core is imported inside the commands: registering them must stay cheap (see
# intake_app/cli/__init__.py).

#: A card file larger than this is not a card (a card with a hybrid key is ~2.5 KB).
MAX_CARD_FILE = 64 * 1024


def read_card_input(name: str) -> bytes:
    """Read a card from the file ``name``, or from stdin for ``-`` (pasted text)."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_CARD_FILE + 1)
    else:
        path = Path(name).expanduser()
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_CARD_FILE + 1)
        except OSError as exc:
            raise CliError(f"Cannot read the card file {path}: {exc.strerror}.") from None
    if len(data) > MAX_CARD_FILE:
        raise CliError("This file is too large to be a contact card.")
    return data


def _as_json(p: PartnerRecord) -> dict[str, object]:
    from intake_app.core import partners

    return {
        "id": p.id,
        "name": p.display_name,
        "fingerprint": str(partners.fingerprint_of(p)),
        "verified": p.verified,
        "verified_at": p.verified_at,
        "added_at": p.created_at,
    }


def _look_alike_json(partner: PartnerRecord | None) -> dict[str, str] | None:
    return None if partner is None else {"id": partner.id, "name": partner.display_name}


def _look_alike_note(partner: PartnerRecord | None) -> str:
    if partner is None:
        return ""
    return f"  LOOKS LIKE verified partner {partner.display_name!r} ({partner.id[:8]})"


def cmd_add(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import partners
    from intake_app.core.partners import AddStatus

    data = read_card_input(args.card)
    with open_vault(opts) as session:
        outcome = partners.add_partner(session, data)
    p = outcome.partner
    fp = partners.fingerprint_of(p)
    if outcome.status is AddStatus.ALREADY_KNOWN:
        text = f"{p.display_name!r} is already a partner with these keys; nothing changed."
    else:
        text = (
            f"Added {p.display_name!r} (unverified). Fingerprint: {fp}\n"
            "Confirm these digits with them over another channel (phone, in person, their "
            f"website), then run: intake partner verify {p.id[:8]} <the digits they read>"
        )
    emit(opts, text, {**_as_json(p), "status": outcome.status.value})
    return EXIT_OK


def cmd_verify(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import partners

    with open_vault(opts) as session:
        partner = partners.find_partner(session, args.partner)
        p = partners.verify_partner(session, partner, " ".join(args.fingerprint))
    emit(opts, f"{p.display_name!r} is verified.", _as_json(p))
    return EXIT_OK


def cmd_list(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import partners
    from intake_app.core.partners import VerifiedLookAlikes

    with open_vault(opts) as session:
        rows = partners.list_partners(session)
    verified = VerifiedLookAlikes(rows)
    alike = [verified.look_alike(p.display_name, other_than=p.id) for p in rows]
    lines = [
        f"{p.id[:8]}  {'verified  ' if p.verified else 'UNVERIFIED'}  "
        f"{partners.fingerprint_of(p)}  {p.display_name}{_look_alike_note(a)}"
        for p, a in zip(rows, alike, strict=True)
    ]
    data = [
        {**_as_json(p), "looks_like": _look_alike_json(a)} for p, a in zip(rows, alike, strict=True)
    ]
    emit(opts, "\n".join(lines) if lines else "No partners yet.", data)
    return EXIT_OK


def cmd_replace_keys(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import partners

    data = read_card_input(args.card)
    with open_vault(opts) as session:
        partner = partners.find_partner(session, args.partner)
        old = partners.fingerprint_of(partner)
        p = partners.replace_partner_keys(session, partner, data)
    emit(
        opts,
        f"Replaced the keys of {p.display_name!r} (old fingerprint {old}, new "
        f"{partners.fingerprint_of(p)}). It is unverified until you confirm the new "
        "fingerprint with them: intake partner verify.",
        {**_as_json(p), "old_fingerprint": str(old)},
    )
    return EXIT_OK


def _source_json(s: SourceRecord) -> dict[str, object]:
    from intake_app.core import sources

    fp = sources.source_fingerprint(s)
    return {
        "id": s.id,
        "name_on_card": s.label,
        "fingerprint": str(fp) if fp else None,
        "verified": s.verified_at is not None,
        "verified_at": s.verified_at,
        "first_seen": s.created_at,
    }


def cmd_source_list(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import partners, sources
    from intake_app.core.partners import VerifiedLookAlikes

    with open_vault(opts) as session:
        rows = sources.list_sources(session)
        verified = VerifiedLookAlikes(partners.list_partners(session))
    alike = [verified.look_alike(s.label) for s in rows]
    lines = [
        f"{s.id[:8]}  {'verified  ' if s.verified_at else 'UNVERIFIED'}  "
        f"{sources.source_fingerprint(s) or '-'}  {s.label}{_look_alike_note(a)}"
        for s, a in zip(rows, alike, strict=True)
    ]
    data = [
        {**_source_json(s), "looks_like": _look_alike_json(a)}
        for s, a in zip(rows, alike, strict=True)
    ]
    emit(opts, "\n".join(lines) if lines else "No sources yet.", data)
    return EXIT_OK


def cmd_source_verify(opts: GlobalOptions, args: argparse.Namespace) -> int:
    from intake_app.core import sources

    with open_vault(opts) as session:
        source = sources.find_source(session, args.source)
        s = sources.verify_source(session, source, " ".join(args.fingerprint))
    emit(opts, f"Source {s.id[:8]} is verified.", _source_json(s))
    return EXIT_OK


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    """Add ``intake partner ...``."""
    group = subparsers.add_parser(
        "partner", parents=parents, help="organisations this vault sends to"
    )
    sub = group.add_subparsers(dest="partner_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=parents, help="add a partner from its contact card")
    p.add_argument("card", metavar="CARD_FILE", help="the card file, or - to paste the text")
    p.set_defaults(handler=cmd_add)
    p = sub.add_parser(
        "verify", parents=parents, help="confirm a partner's fingerprint as read to you"
    )
    p.add_argument("partner", metavar="PARTNER", help="name, id or id prefix")
    p.add_argument(
        "fingerprint",
        metavar="FINGERPRINT",
        nargs="+",
        help="the 30 digits 0-9 as read to you (spaces and dashes optional)",
    )
    p.set_defaults(handler=cmd_verify)
    p = sub.add_parser("list", parents=parents, help="list partners")
    p.set_defaults(handler=cmd_list)
    p = sub.add_parser(
        "replace-keys",
        parents=parents,
        help="replace a partner's keys with a new card (verification starts over)",
    )
    p.add_argument("partner", metavar="PARTNER", help="name, id or id prefix")
    p.add_argument("card", metavar="CARD_FILE", help="the new card file, or -")
    p.set_defaults(handler=cmd_replace_keys)
    group = subparsers.add_parser(
        "source", parents=parents, help="people who sent cases to this vault"
    )
    sub = group.add_subparsers(dest="source_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", parents=parents, help="list sources")
    p.set_defaults(handler=cmd_source_list)
    p = sub.add_parser(
        "verify", parents=parents, help="confirm a source's fingerprint as read to you"
    )
    p.add_argument("source", metavar="SOURCE", help="id or id prefix")
    p.add_argument("fingerprint", metavar="FINGERPRINT", nargs="+", help="30 digits")
    p.set_defaults(handler=cmd_source_verify)
