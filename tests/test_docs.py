"""The README and docs/ stay true to the program: commands and links they show exist.

A new user follows the docs literally, so every ``intake ...`` command shown in a code
block or inline code span must name a real subcommand (and only options that subcommand
has), and every relative link must point at a file in the repository.
"""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from intake_app.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

# Fenced blocks, then 4-space indented lines, then inline spans.
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_INDENTED = re.compile(r"^(?: {4}|\t)(.*)$", re.MULTILINE)
_INLINE = re.compile(r"`([^`\n]+)`")
# "intake" as a command word: not part of a path (.venv/bin/intake) or a name (intake_app).
_COMMAND = re.compile(r"(?<![\w/.-])intake(?=\s)([^#\n]*)")
_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def _code_texts(text: str) -> list[str]:
    """Every piece of code in a Markdown text: fenced blocks, indented lines, inline spans."""
    pieces = [m.group(1) for m in _FENCE.finditer(text)]
    prose = _FENCE.sub("", text)
    pieces += [m.group(1) for m in _INDENTED.finditer(prose)]
    pieces += [m.group(1) for m in _INLINE.finditer(_INDENTED.sub("", prose))]
    return pieces


def _command_lines(path: Path) -> list[str]:
    """The argument part of every ``intake ...`` command shown in ``path``."""
    lines: list[str] = []
    for piece in _code_texts(path.read_text(encoding="utf-8")):
        joined = re.sub(r"\\\n\s*", " ", piece)  # shell line continuations
        lines += [m.group(1).strip() for m in _COMMAND.finditer(joined)]
    return lines


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _check(parser: argparse.ArgumentParser, words: list[str]) -> str | None:
    """Why ``intake WORDS`` is not a real command line, or None when it is.

    A placeholder in capitals (COMMAND) or angle brackets where a subcommand belongs
    ends the check; positional arguments and option values are not checked.
    """
    for word in words:
        if word.startswith("-") and word != "-":
            flag = word.split("=", 1)[0]
            if flag not in parser._option_string_actions:
                return f"{parser.prog} has no option {flag}"
            continue
        subs = _subcommands(parser)
        if not subs:
            continue  # a positional argument or an option's value
        if word.isupper() or word.startswith("<"):
            return None
        if word not in subs:
            return f"{parser.prog} has no subcommand {word!r}"
        parser = subs[word]
    return None


def _words(line: str) -> list[str]:
    try:
        words = shlex.split(line)
    except ValueError:
        words = line.split()
    # "[--all]" and "[--to X]": the option inside the brackets is what must exist.
    return [w.strip("[]") for w in words if w.strip("[]")]


def _all_commands() -> list[tuple[str, str]]:
    return [(p.relative_to(ROOT).as_posix(), line) for p in DOCS for line in _command_lines(p)]


def test_the_docs_show_commands_at_all() -> None:
    # Guards the extraction itself: if the patterns broke, every check below would pass.
    commands = _all_commands()
    assert len(commands) > 40
    assert ("docs/cases.md", "case delete ID [--yes]") in commands
    assert ("README.md", "identity show") in commands  # a comment after it is not kept


@pytest.mark.parametrize(("doc", "line"), _all_commands())
def test_every_intake_command_in_the_docs_exists(doc: str, line: str) -> None:
    problem = _check(build_parser(), _words(line))
    assert problem is None, f"{doc}: 'intake {line}': {problem}"


def test_the_checker_rejects_what_does_not_exist() -> None:
    parser = build_parser()
    assert _check(parser, _words("case new --form x --answers a.json")) is None
    assert _check(parser, _words("COMMAND --help")) is None
    assert _check(parser, _words("cases list")) is not None
    assert _check(parser, _words("partner remove X")) is not None
    assert _check(parser, _words("export CASE --too X -o dir/")) is not None


def _relative_links(path: Path) -> list[str]:
    text = _FENCE.sub("", path.read_text(encoding="utf-8"))
    links = [m.group(1) for m in _LINK.finditer(text)]
    return [
        link
        for link in links
        if not re.match(r"^[a-z][a-z0-9+.-]*:", link) and not link.startswith("#")
    ]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_relative_link_points_at_a_file(doc: Path) -> None:
    missing = [
        link for link in _relative_links(doc) if not (doc.parent / link.split("#", 1)[0]).exists()
    ]
    assert missing == []


def test_the_readme_opens_with_the_two_commands() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [ln.split("#")[0].strip() for ln in lines[1:6] if ln.startswith("    ")]
    assert commands == ["make run", "make test"]


def test_the_readme_lists_every_top_level_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = {line.split()[0] for line in _command_lines(ROOT / "README.md") if line}
    for name in _subcommands(build_parser()):
        assert name in shown, f"README.md never shows 'intake {name}'"
    assert "intake --help" in readme


def test_the_readme_command_list_matches_intake_help() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                line = " ".join(f"{choice.dest} {choice.help}".split())
                assert line in readme, f"README.md lacks the --help line '{line}'"


_REPO_PATH = re.compile(
    r"`((?:intake_app|crypto|forms|resources|tests|benchmarks|scripts|docs|\.ci)/[\w./-]*)`"
)


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_repository_path_the_docs_name_exists(doc: Path) -> None:
    named = [m.group(1) for m in _REPO_PATH.finditer(doc.read_text(encoding="utf-8"))]
    assert [path for path in named if not (ROOT / path).exists()] == []
