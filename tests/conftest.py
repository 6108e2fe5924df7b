"""Shared fixtures, and a summary of the measured accuracies at the end of the test run."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLE = ROOT / "examples" / "heerlens-akkoord-2026-2030.md"

ACCURACY: dict[str, str] = {}


def pytest_terminal_summary(terminalreporter) -> None:
    if ACCURACY:
        terminalreporter.section("eenvoudig: gemeten nauwkeurigheid")
        for name, line in sorted(ACCURACY.items()):
            terminalreporter.write_line(f"{name}: {line}")


@pytest.fixture(scope="session")
def example_analysis():
    import eenvoudig

    return eenvoudig.analyze(EXAMPLE)
