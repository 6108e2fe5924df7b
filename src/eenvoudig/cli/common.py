"""What the subcommands share: reading the input files, JSON output, writing the result."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

SCHEMA_VERSION = "1.0"


def read_inputs(files: tuple[str, ...]) -> tuple[list, int]:
    """Read every file (or "-"); an unreadable one is reported on stderr and skipped.

    Returns the documents and the number of files that failed.
    """
    from ..api import read
    from ..errors import EenvoudigError

    documents = []
    failed = 0
    for name in files:
        try:
            document = read(name if name == "-" else Path(name))
        except EenvoudigError as error:
            click.echo(f"eenvoudig: {error.message}", err=True)
            failed += 1
            continue
        for note in document.notes:
            click.echo(f"eenvoudig: let op: {note}", err=True)
        documents.append(document)
    return documents, failed


def json_text(payloads: list[dict[str, Any]], *, single: bool) -> str:
    """One object for one input file, else {"schema_version", "documents": [...]}."""
    if single and payloads:
        data: Any = payloads[0]
    else:
        data = {"schema_version": SCHEMA_VERSION, "documents": payloads}
    return json.dumps(data, ensure_ascii=False, indent=2)


def emit(text: str, output: str | None) -> None:
    """Write to the output file, or to stdout."""
    if output:
        try:
            Path(output).write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            from ..errors import EenvoudigError, os_reason

            raise EenvoudigError(f"Kan niet schrijven naar {output} ({os_reason(exc)}).") from None
    elif text:
        click.echo(text)
