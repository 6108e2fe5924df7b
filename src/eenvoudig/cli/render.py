"""`eenvoudig render`: the easy-language version of every section, as a static site."""

from __future__ import annotations

from pathlib import Path

import click

from .common import settings_options


@click.command(name="render")
@click.argument("document", metavar="BESTAND")
@click.option("--output", "-o", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Map waarin de pagina's komen.")
@click.option("--format", "-f", "output_format", type=click.Choice(["html", "md"]),
              default="html", show_default=True, help="HTML-pagina's of Markdown-bestanden.")
@settings_options
def render(document: str, out_dir: Path, output_format: str, config_path: Path | None,
           long_sentence: int | None, model: str | None) -> int:
    """Maak van BESTAND een versie in eenvoudige taal: een pagina per hoofdstuk met de
    eenvoudige tekst naast het origineel, de scores voor en na, en de moeilijke woorden."""
    from ..api import read
    from ..api import render as render_site
    from .common import cli_settings, report_rule_warnings

    settings = cli_settings((document,), config_path, long_sentence=long_sentence, model=model)
    report_rule_warnings(settings)
    source = read(document if document == "-" else Path(document))
    written = render_site(source, out_dir, output_format=output_format, settings=settings)
    start = out_dir / ("index.html" if output_format == "html" else "index.md")
    pages = len([p for p in written if p.name.startswith("hoofdstuk-")])
    click.echo(f"{pages} hoofdstukken geschreven in {out_dir}/. Open {start} in uw browser."
               if output_format == "html" else
               f"{pages} hoofdstukken geschreven in {out_dir}/. Begin bij {start}.")
    return 0
