"""`eenvoudig render`: the easy-language version of every section, as a static site."""

from __future__ import annotations

from pathlib import Path

import click

from .common import settings_options


@click.command(name="render")
@click.argument("document", metavar="BESTAND")
@click.option("--output", "-o", "out_dir", default=None, metavar="MAP",
              type=click.Path(path_type=Path), help="Map waarin de pagina's komen (verplicht).")
@click.option("--format", "-f", "output_format", type=click.Choice(["html", "md"]),
              default="html", show_default=True, help="HTML-pagina's of Markdown-bestanden.")
@settings_options
def render(document: str, out_dir: Path | None, output_format: str, config_path: Path | None,
           long_sentence: int | None, model: str | None) -> int:
    """Maak van BESTAND een versie in eenvoudige taal: een pagina per hoofdstuk met de
    eenvoudige tekst naast het origineel, de scores voor en na, en de moeilijke woorden."""
    from ..api import read
    from ..api import render as render_site
    from ..errors import InputError
    from .common import cli_settings, refuse_overwriting, report_rule_warnings

    if out_dir is None:
        raise InputError("Geef met -o MAP de map waarin de pagina's komen, bijvoorbeeld: "
                         f"eenvoudig render {document} -o site")
    refuse_overwriting((document,), [out_dir, *_site_files(document, out_dir)])
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


def _site_files(document: str, out_dir: Path) -> list[Path]:
    """The files in `out_dir` that the site writes and that have the input's name."""
    from fnmatch import fnmatch

    from ..rendering.site import MARKDOWN_FILE

    name = Path(document).name
    fixed = (MARKDOWN_FILE, "index.html", "index.md")
    if name in fixed or fnmatch(name, "hoofdstuk-*.html") or fnmatch(name, "hoofdstuk-*.md"):
        return [out_dir / name]
    return []
