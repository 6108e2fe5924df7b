"""`eenvoudig check`: jargon and hard constructions, with what to write instead."""

from __future__ import annotations

from pathlib import Path

import click

from .. import dutch_format as fmt

LABELS = {"suggestion": "tip", "warning": "waarschuwing", "error": "fout"}
FROM_DUTCH = {"tip": "suggestion", "waarschuwing": "warning", "fout": "error"}
GITHUB = {"suggestion": "notice", "warning": "warning", "error": "error"}


@click.command(name="check")
@click.argument("files", nargs=-1, required=True, metavar="BESTAND... | -")
@click.option("--format", "-f", "output_format", type=click.Choice(["text", "json", "github"]),
              default="text", show_default=True,
              help="Leesbare lijst (text), JSON, of GitHub Actions-meldingen (github).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "suggestion", "none", "fout",
                                              "waarschuwing", "tip"]),
              default=None, help="Geef exitcode 1 vanaf dit niveau (standaard: error/fout).")
@click.option("--disable", "disable", multiple=True, metavar="ID",
              help="Zet een regel, woord of regelset uit (mag vaker).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Gebruik dit instellingenbestand (eenvoudig.toml of "
                                 "pyproject.toml).")
@click.option("--model", default=None, metavar="NAAM",
              help="Gebruik een geïnstalleerd spaCy-model in plaats van het eigen model.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Schrijf naar dit bestand in plaats van naar het scherm.")
def check(files: tuple[str, ...], output_format: str, fail_on: str | None,
          disable: tuple[str, ...], config_path: Path | None, model: str | None,
          output: str | None) -> int:
    """Zoek stadhuistaal, moeilijke woorden en lastige zinnen in BESTAND, met een voorstel
    wat u kunt schrijven. Per hoofdstuk en voor het hele document: de B1-indicatie."""
    from dataclasses import replace

    from ..api import check_many, load_config
    from .common import emit, json_text, read_inputs

    first = next((Path(f) for f in files if f != "-"), None)
    config = load_config(first, config_path)
    for warning in config.warnings:
        click.echo(f"eenvoudig: let op: {warning}", err=True)
    if disable:
        config = replace(config, disable=config.disable + disable)
    level = FROM_DUTCH.get(fail_on, fail_on) if fail_on else config.fail_on

    documents, failed = read_inputs(files)
    results = check_many(documents, config=config, model=model)
    if output_format == "json":
        text = json_text([r.to_dict() for r in results], single=len(files) == 1)
    elif output_format == "github":
        text = "\n".join(_github(r) for r in results)
    else:
        text = "\n\n".join(_text(r) for r in results)
    emit(text, output)
    if failed:
        return 2
    return 1 if any(r.fails(level) for r in results) else 0


def _suggestion(hit) -> str:
    if not hit.suggestions:
        return ""
    if hit.applicable:
        shown = " | ".join(f"'{s}'" if s else "(weglaten)" for s in hit.suggestions)
        return f" → {shown}"
    return f" → {hit.suggestions[0]}"


def _text(result) -> str:
    source = result.analysis.document.source
    lines = [f"{result.analysis.document.title} ({source})"]
    m = result.analysis.metrics
    if m.lint_score is not None:
        lines.append(f"LiNT-II {fmt.number(m.lint_score)} (niveau {m.lint_level} van 4)")
    lines.append(result.verdict.label + (": " + "; ".join(result.verdict.reasons)
                                         if result.verdict.reasons else ""))
    counts = ", ".join(f"{result.count(s)} {LABELS[s]}" for s in ("error", "warning",
                                                                  "suggestion"))
    lines.append(f"Gevonden: {counts}")
    grouped = len(result.sections) > 1
    for section in result.sections:
        if not section.hits:
            continue
        if grouped:
            title = f"{section.number} {section.title}" if section.number else section.title
            lines += ["", f"── {title} — {section.verdict.label.replace('B1-indicatie: ', '')}"]
        for hit in section.hits:
            lines.append(f"{source}:{hit.line}:{hit.column}: {LABELS[hit.severity]} {hit.rule} "
                         f"'{fmt.shorten(hit.text, 60)}': {hit.message}{_suggestion(hit)}")
    return "\n".join(lines)


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github(result) -> str:
    source = result.analysis.document.source
    return "\n".join(
        f"::{GITHUB[h.severity]} file={source},line={h.line},col={h.column},title={h.rule}::"
        + _escape(f"{h.message}{_suggestion(h)}")
        for h in result.hits
    )
