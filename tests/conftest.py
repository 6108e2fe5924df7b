"""Shared fixtures, and a summary of the measured accuracies at the end of the test run."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLE = ROOT / "examples" / "heerlens-akkoord-2026-2030.md"

ACCURACY: dict[str, str] = {}


def run(args, capsys, stdin=None, monkeypatch=None):
    """Run the `eenvoudig` command in-process: (exit code, stdout, stderr). `stdin` (bytes)
    needs pytest's `monkeypatch`."""
    import io
    import sys

    from eenvoudig.cli.main import main

    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _bug_logs_in_a_temporary_folder(tmp_path_factory, monkeypatch) -> None:
    """A bug the CLI catches writes its traceback to $XDG_CACHE_HOME/eenvoudig; in the tests
    that is a temporary folder, not the user's cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))


def pytest_terminal_summary(terminalreporter) -> None:
    if ACCURACY:
        terminalreporter.section("eenvoudig: gemeten nauwkeurigheid")
        for name, line in sorted(ACCURACY.items()):
            terminalreporter.write_line(f"{name}: {line}")


# The example agreement (15,254 words) is analysed, checked and rewritten as a whole once,
# by the snapshot test (tests/test_snapshot.py); tests/test_sections.py reads it (without
# parsing) for its structure. Everything else uses this excerpt: its first 263 lines (2,702
# words, 163 sentences): the cover, the poem, the letter, the table of contents of the whole
# agreement and sections 1 to 1.2.2, with a bold, a plain-line and a colon-less numbered
# heading and "Principes"/"Acties" parts. Line numbers are those of the example.
EXCERPT_LINES = 263
EXCERPT_SECTIONS = ["1", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.2", "1.2.1", "1.2.2"]


@pytest.fixture(scope="session")
def excerpt(tmp_path_factory) -> Path:
    """The excerpt of the example agreement as a Markdown file."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path_factory.mktemp("voorbeeld") / "heerlens-akkoord-uittreksel.md"
    path.write_text("".join(lines[:EXCERPT_LINES]), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def excerpt_analysis(excerpt):
    import eenvoudig

    return eenvoudig.analyze(excerpt)


@pytest.fixture(scope="session")
def excerpt_check(excerpt):
    import eenvoudig

    return eenvoudig.check(excerpt)


@pytest.fixture(scope="session")
def example_analysis():
    """The whole example agreement analysed (about 2 s): only where the whole document
    matters; no test uses it now (the snapshot test covers the whole example)."""
    import eenvoudig

    return eenvoudig.analyze(EXAMPLE)
