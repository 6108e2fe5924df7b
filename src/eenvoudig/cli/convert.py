"""`eenvoudig convert`: a B1 version of a document, with the same headings and lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .common import settings_options

if TYPE_CHECKING:
    from ..rewriting.model import Rewrite

DOCX_TO_SCREEN = "Word-uitvoer kan niet naar het scherm; geef -o bestand.docx."


@click.command(name="convert")
@click.argument("file", metavar="BESTAND | -")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Schrijf naar dit bestand in plaats van naar het scherm.")
@click.option("--format", "-f", "output_format",
              type=click.Choice(["md", "txt", "html", "json", "docx"]), default=None,
              help="Uitvoer: md (standaard), txt, html, json (met alle wijzigingen) of docx "
                   "(Word; alleen met -o).")
@settings_options
def convert(file: str, output: str | None, output_format: str | None, config_path: Path | None,
            long_sentence: int | None, model: str | None) -> int:
    """Maak een B1-versie van BESTAND: eenvoudiger woorden, lange zinnen geknipt, afkortingen
    voluit en per hoofdstuk de moeilijke woorden uitgelegd. Elke wijziging is te verklaren
    (zie --format json)."""
    from ..api import simplify_many
    from .common import cli_settings, emit, read_inputs, refuse_overwriting, report_rule_warnings

    if output_format is None:
        suffix = (output or "").rsplit(".", 1)[-1].lower() if output and "." in output else "md"
        output_format = {"htm": "html", "html": "html", "txt": "txt", "json": "json",
                         "docx": "docx"}.get(suffix, "md")
    if output_format == "docx" and (not output or output == "-"):
        from ..errors import InputError

        raise InputError(DOCX_TO_SCREEN)
    if output and output != "-":
        refuse_overwriting((file,), [Path(output)])
    settings = cli_settings((file,), config_path, long_sentence=long_sentence, model=model)
    report_rule_warnings(settings)
    documents, failed = read_inputs((file,))
    if failed:
        return 2
    rewrite = simplify_many(documents, settings=settings)[0]
    for note in rewrite.guardrail_notes:
        click.echo(f"eenvoudig: {note}", err=True)
    if output_format == "docx":
        from ..api import rewrite_docx

        def report_note(text: str) -> None:
            click.echo(f"eenvoudig: let op: {text}", err=True)

        write_docx(rewrite_docx(rewrite, documents[0], on_note=report_note), output)
    else:
        emit(_text(rewrite, output_format).rstrip("\n"), output)
    changed = sum(1 for s in rewrite.sentences if s.edits)
    click.echo(f"eenvoudig: {len(rewrite.edits)} wijzigingen in {changed} van "
               f"{len(rewrite.sentences)} zinnen.", err=True)
    return 0


def write_docx(data: bytes, output: str | None) -> None:
    """Write a Word file to `output`; Word output cannot go to the screen."""
    from ..errors import InputError, write_error

    if not output or output == "-":
        raise InputError(DOCX_TO_SCREEN)
    try:
        Path(output).write_bytes(data)
    except OSError as exc:
        raise write_error(output, exc) from None


def _text(rewrite: Rewrite, output_format: str) -> str:
    """The rewrite as JSON, HTML, plain text or Markdown."""
    from ..rewriting.output import to_html, to_markdown, to_text

    if output_format == "json":
        return json.dumps(rewrite.to_dict(), ensure_ascii=False, indent=2)
    if output_format == "html":
        return to_html(rewrite)
    if output_format == "txt":
        return to_text(rewrite)
    return to_markdown(rewrite)
