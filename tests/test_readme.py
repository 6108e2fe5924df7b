"""The README stays short and true: its examples run and print what it shows, and every
relative link in the README and in docs/ leads to a file (and heading) that exists."""

from __future__ import annotations

import doctest
import re
import shlex
from pathlib import Path

import pytest

from .conftest import ROOT, run

README = ROOT / "README.md"
DOCS = ROOT / "docs"
MAX_README_LINES = 150

# Written in other branches at the same time (the rule files; the rule kinds): until they
# are merged these two may be missing, and only these two. Remove once both exist.
MAY_BE_MISSING: set[Path] = set()

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")


def _blocks(language: str) -> list[tuple[int, str]]:
    """(line number, body) of every fenced block of this language in the README."""
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m.group(2))
            for m in _FENCE.finditer(text) if m.group(1) == language]


def test_readme_is_short():
    lines = README.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_README_LINES, f"README.md has {lines} lines; move detail to docs/"


def test_readme_has_an_api_and_a_cli_example():
    """Examples are ```pycon (run as doctests) and ```console (`$ eenvoudig …` or
    `$ echo "…" | eenvoudig …`, run in-process); other blocks are not run."""
    assert _blocks("pycon") and _blocks("console")


@pytest.mark.parametrize(("line", "body"), _blocks("pycon"), ids=lambda v: str(v)[:12])
def test_api_example_prints_what_the_readme_shows(line, body):
    test = doctest.DocTestParser().get_doctest(body, {}, "README.md", str(README), line)
    assert test.examples, "no >>> lines in the block"
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    result = runner.run(test, out=report.append)
    assert result.failed == 0, "".join(report)


def _command(line: str) -> tuple[list[str], bytes | None]:
    """The arguments and standard input of `$ eenvoudig …` or `$ echo "…" | eenvoudig …`."""
    assert line.startswith("$ "), line
    stdin = None
    if " | " in line:
        feed, line = line[2:].split(" | ", 1)
        words = shlex.split(feed)
        assert words[0] == "echo", feed
        stdin = (" ".join(words[1:]) + "\n").encode("utf-8")
    else:
        line = line[2:]
    words = shlex.split(line)
    assert words[0] == "eenvoudig", line
    return words[1:], stdin


@pytest.mark.parametrize(("line", "body"), _blocks("console"), ids=lambda v: str(v)[:12])
def test_cli_example_prints_what_the_readme_shows(line, body, capsys, monkeypatch):
    command, *shown = body.rstrip("\n").split("\n")
    args, stdin = _command(command)
    code, out, err = run(args, capsys, stdin=stdin, monkeypatch=monkeypatch)
    assert code == 0, err
    assert out.rstrip("\n").split("\n") == shown


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    text = _FENCE.sub("", path.read_text(encoding="utf-8"))
    return {_slug(m.group(1)) for m in re.finditer(r"^#+ (.+)$", text, re.M)}


def _pages() -> list[Path]:
    return [README, *sorted(DOCS.glob("*.md"))]


def test_docs_folder_has_the_reference():
    names = {p.name for p in DOCS.glob("*.md")}
    assert {"index.md", "cli.md", "api.md", "measures.md", "wordlists.md", "evaluation.md",
            "limits.md"} <= names


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_lead_to_files_and_headings(page):
    text = _FENCE.sub("", page.read_text(encoding="utf-8"))
    links = [m.group(1) for m in _LINK.finditer(text)]
    broken = []
    for link in links:
        if re.match(r"[a-z]+:", link):  # https:, mailto: …
            continue
        target, _, anchor = link.partition("#")
        path = (page.parent / target).resolve() if target else page
        if not path.exists():
            if path not in MAY_BE_MISSING:
                broken.append(link)
            continue
        if anchor and path.suffix == ".md" and anchor not in _anchors(path):
            broken.append(link)
    assert not broken, f"{page.name}: {broken}"


def test_index_links_every_page():
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    linked = {m.group(1).partition("#")[0] for m in _LINK.finditer(index)}
    pages = {p.name for p in DOCS.glob("*.md")} | {p.name for p in MAY_BE_MISSING}
    assert pages - {"index.md"} <= linked


def test_word_list_table_counts_the_entries():
    from eenvoudig.language.wordlists import load_wordlist

    text = (DOCS / "wordlists.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([\w.-]+)` \| ([\d,]+) \|", text, re.M)
    files = sorted(p.name for p in (ROOT / "wordlists").iterdir() if not p.name.startswith("."))
    assert sorted(name for name, _ in rows) == files
    for name, count in rows:
        assert len(load_wordlist(name).rows) == int(count.replace(",", "")), name
