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


def pytest_terminal_summary(terminalreporter) -> None:
    if ACCURACY:
        terminalreporter.section("eenvoudig: gemeten nauwkeurigheid")
        for name, line in sorted(ACCURACY.items()):
            terminalreporter.write_line(f"{name}: {line}")


@pytest.fixture(scope="session")
def example_analysis():
    import eenvoudig

    return eenvoudig.analyze(EXAMPLE)
