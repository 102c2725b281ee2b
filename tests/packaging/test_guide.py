"""The user guide (docs/guide/) stays true to the app: the screenshots it shows exist, the
command lines it quotes are accepted by the real command-line parser and the Makefile, and it
covers the topics a trainer needs (issue 8)."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from mentorjournal.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide"
PAGES = sorted(GUIDE.glob("*.md"))
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)#]+)(#[^)]*)?\)")
FENCE = re.compile(r"```sh\n(.*?)```", re.S)


def command_lines(text: str) -> list[str]:
    """The shell lines in ```sh blocks, without their comments."""
    lines = []
    for block in FENCE.findall(text):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line:
                lines.append(line)
    return lines


def test_the_guide_has_its_pages() -> None:
    names = {p.name for p in PAGES}
    for page in (
        "README.md",
        "getting-started.md",
        "mentee-life-cycle.md",
        "sharing.md",
        "moving.md",
        "backups.md",
        "privacy.md",
    ):
        assert page in names


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_picture_and_link_of_the_guide_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for target in IMAGE.findall(text):
        assert (page.parent / target).is_file(), f"{page.name}: no {target}"
    for target, _anchor in LINK.findall(text):
        if "://" not in target:
            assert (page.parent / target).exists(), f"{page.name}: no {target}"


def test_the_pictures_come_from_the_screenshot_script() -> None:
    """Every screenshot the guide shows is one the script makes (so it is remade with the app)."""
    script = (ROOT / "docs" / "make_screenshots.py").read_text(encoding="utf-8")
    for page in PAGES:
        for target in IMAGE.findall(page.read_text(encoding="utf-8")):
            assert f'"{Path(target).stem}"' in script, f"{page.name}: {target}"


def _parse(parser: argparse.ArgumentParser, args: list[str]) -> None:
    try:
        parser.parse_args(args)
    except SystemExit as exit_:
        raise AssertionError(f"mentorjournal {shlex.join(args)}: refused ({exit_.code})") from None


def test_quoted_command_lines_are_accepted() -> None:
    """Each `mentorjournal …` line of the guide parses with the real parser (options spelled
    right, required ones given, choices valid); each `make …` names a real target."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, re.M))
    seen = 0
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for line in command_lines(text) + re.findall(r"`((?:mentorjournal|make) [^`]+)`", text):
            words = shlex.split(line.replace("…", "x"))
            if words[0] == "mentorjournal":
                if "--help" in words:
                    continue
                _parse(build_parser(), words[1:])
                seen += 1
            elif words[0] == "make":
                assert words[1] in targets, f"{page.name}: make {words[1]}"
    assert seen >= 10  # the pages quote the command line; none slipped past the regex


@pytest.mark.parametrize(
    ("page", "words"),
    [
        ("getting-started.md", ["make run", "Settings", "Language", "keyboard"]),
        ("mentee-life-cycle.md", ["New session", "New goal", "Rate skills", "completed"]),
        ("sharing.md", ["Include private notes", "Anonymise", "PDF", "CSV"]),
        ("moving.md", ["Export journal", "Import", "passphrase", "age1"]),
        ("backups.md", ["Backups…", "Restore", "Check journal", "--restore"]),
        ("privacy.md", ["What is stored", "journal.sqlite", "Delete mentee", "erase"]),
    ],
)
def test_each_page_covers_its_topic(page: str, words: list[str]) -> None:
    text = (GUIDE / page).read_text(encoding="utf-8")
    for word in words:
        assert word in text, f"{page}: {word}"
