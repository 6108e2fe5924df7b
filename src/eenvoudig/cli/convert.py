"""`eenvoudig convert`: a B1 version of a document, with the same headings and lists."""

from __future__ import annotations

import json

import click


@click.command(name="convert")
@click.argument("file", metavar="BESTAND | -")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Schrijf naar dit bestand in plaats van naar het scherm.")
@click.option("--format", "-f", "output_format", type=click.Choice(["md", "txt", "html", "json"]),
              default=None, help="Uitvoer: md (standaard), txt, html of json (met alle "
                                 "wijzigingen).")
@click.option("--model", default=None, metavar="NAAM",
              help="Gebruik een geïnstalleerd spaCy-model in plaats van het eigen model.")
def convert(file: str, output: str | None, output_format: str | None, model: str | None) -> int:
    """Maak een B1-versie van BESTAND: eenvoudiger woorden, lange zinnen geknipt, afkortingen
    voluit en per hoofdstuk de moeilijke woorden uitgelegd. Elke wijziging is te verklaren
    (zie --format json)."""
    from ..api import simplify_many
    from ..rewriting.output import to_html, to_markdown, to_text
    from .common import emit, read_inputs

    if output_format is None:
        suffix = (output or "").rsplit(".", 1)[-1].lower() if output and "." in output else "md"
        output_format = {"htm": "html", "html": "html", "txt": "txt", "json": "json"}.get(
            suffix, "md")
    documents, failed = read_inputs((file,))
    if failed:
        return 2
    rewrite = simplify_many(documents, model=model)[0]
    for note in rewrite.guardrail_notes:
        click.echo(f"eenvoudig: {note}", err=True)
    if output_format == "json":
        text = json.dumps(rewrite.to_dict(), ensure_ascii=False, indent=2)
    elif output_format == "html":
        text = to_html(rewrite)
    elif output_format == "txt":
        text = to_text(rewrite)
    else:
        text = to_markdown(rewrite)
    emit(text.rstrip("\n"), output)
    changed = sum(1 for s in rewrite.sentences if s.edits)
    click.echo(f"eenvoudig: {len(rewrite.edits)} wijzigingen in {changed} van "
               f"{len(rewrite.sentences)} zinnen.", err=True)
    return 0
