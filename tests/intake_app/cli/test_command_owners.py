"""The CLI imports only the command modules a command needs; the map must be complete."""

from __future__ import annotations

import argparse

import pytest

from intake_app.cli import COMMAND_MODULES, COMMAND_OWNERS, build_parser, command_name


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _shape(parser: argparse.ArgumentParser) -> set[str]:
    """Every option and nested subcommand of ``parser``, as dotted names."""
    out: set[str] = set()
    for action in parser._actions:
        out.update(action.option_strings or [action.dest])
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                out.update(f"{name}.{x}" for x in _shape(child))
    return out


def test_every_command_of_the_full_parser_has_owners_that_build_it_whole() -> None:
    full = _commands(build_parser())
    assert set(full) == set(COMMAND_OWNERS)
    for name, parser in full.items():
        alone = _commands(build_parser([name]))
        assert set(alone) <= set(full)
        assert _shape(alone[name]) == _shape(parser), name


def test_owners_name_only_known_modules() -> None:
    assert {m for mods in COMMAND_OWNERS.values() for m in mods} == set(COMMAND_MODULES)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["export", "abcd"], "export"),
        (["--vault", "export", "import", "f.age"], "import"),  # a vault folder named export
        (["--vault=/v", "--json", "case", "list"], "case"),
        (["--passphrase-file", "pw", "--", "check"], "check"),
        (["--help"], None),
        (["--vau", "/v", "check"], None),  # an abbreviation: the full parser decides
        ([], None),
    ],
)
def test_the_command_word_is_found_past_global_options(
    argv: list[str], expected: str | None
) -> None:
    assert command_name(argv) == expected
