"""`eenvoudig check`: jargon and hard constructions, with what to write instead."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import dutch_format as fmt
from .common import settings_options, short_path
from .score import understandability_line

if TYPE_CHECKING:
    from ..checking.model import Hit
    from ..checking.run import CheckResult
    from ..document.model import Document

LABELS = {"suggestion": "tip", "warning": "waarschuwing", "error": "fout"}
FROM_DUTCH = {"tip": "suggestion", "waarschuwing": "warning", "fout": "error"}
GITHUB = {"suggestion": "notice", "warning": "warning", "error": "error"}


@click.command(name="check")
@click.argument("files", nargs=-1, required=True, metavar="BESTAND... | -")
@click.option("--format", "-f", "output_format",
              type=click.Choice(["text", "json", "github", "html", "docx"]), default=None,
              help="Leesbare lijst (text, standaard), JSON, GitHub Actions-meldingen (github), "
                   "een rapport om te delen (html) of het Word-bestand met opmerkingen (docx). "
                   "Zonder --format volgt het formaat uit de naam van -o.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "suggestion", "none", "fout",
                                              "waarschuwing", "tip"]),
              default=None, help="Geef exitcode 1 vanaf dit niveau (standaard: error/fout).")
@click.option("--disable", "disable", multiple=True, metavar="ID",
              help="Zet een regel, woord of regelset uit (mag vaker).")
@settings_options
@click.option("--output", "-o", type=click.Path(writable=True), default=None,
              help="Schrijf naar dit bestand in plaats van naar het scherm; bij html of docx "
                   "voor meer documenten: een map.")
def check(files: tuple[str, ...], output_format: str | None, fail_on: str | None,
          disable: tuple[str, ...], config_path: Path | None, long_sentence: int | None,
          model: str | None, output: str | None) -> int:
    """Zoek stadhuistaal, moeilijke woorden en lastige zinnen in BESTAND (of in alle documenten
    van een map), met een voorstel wat u kunt schrijven. Per hoofdstuk en voor het hele
    document: de B1-indicatie.

    Om te delen: --format html -o rapport.html (één pagina, ook offline en op papier) of
    --format docx -o nagekeken.docx (uw Word-bestand met opmerkingen bij elke vondst)."""
    from ..api import check_many
    from .common import (
        cli_settings,
        emit,
        json_text,
        refuse_overwriting,
        report_rule_warnings,
        run_batch,
        single_input,
        summary_lines,
    )

    settings = cli_settings(files, config_path, long_sentence=long_sentence, model=model)
    if disable:
        settings = settings.with_(disable=settings.disable + disable)
    report_rule_warnings(settings)
    level = FROM_DUTCH.get(fail_on, fail_on) if fail_on else settings.fail_on

    if output_format is None:
        output_format = FORMAT_BY_SUFFIX.get(Path(output).suffix.lower(), "text") \
            if output else "text"
    if output_format in ("html", "docx") and (not output or output == "-"):
        from ..errors import InputError
        from .convert import DOCX_TO_SCREEN

        if output_format == "docx":
            raise InputError(DOCX_TO_SCREEN)
        if not single_input(files):
            raise InputError(SCREEN_ONE_REPORT)
    if output and output != "-":
        refuse_overwriting(*_planned_outputs(files, output, output_format))

    def work(documents: list[Document]) -> list[CheckResult]:
        return check_many(documents, settings=settings)

    results, failed = run_batch(files, work, label="Documenten nakijken")
    if output_format in ("html", "docx"):
        _write_files(results, output_format, output, several=not single_input(files))
    elif output_format == "json":
        emit(json_text([r.to_dict() for r in results], single=single_input(files)), output)
    elif output_format == "github":
        emit("\n".join(_github(r) for r in results), output)
    else:
        reports = [_text(r) for r in results]
        if len(results) + len(failed) > 1:
            reports.append("\n".join(summary_lines(*_summary_table(results), failed)))
        emit("\n\n".join(reports), output)
    if failed:
        return 2
    return 1 if any(r.fails(level) for r in results) else 0


FORMAT_BY_SUFFIX = {".json": "json", ".html": "html", ".htm": "html", ".docx": "docx"}
SCREEN_ONE_REPORT = "Meer rapporten kunnen niet naar het scherm; geef met -o een map."
FILE_ENDING = {"html": "-rapport.html", "docx": "-nagekeken.docx"}


def _planned_outputs(files: tuple[str, ...], output: str, output_format: str
                     ) -> tuple[tuple[str, ...], list[Path]]:
    """The input files and the files -o will write (for HTML or Word reports of several
    documents: one per document in the folder -o), to refuse overwriting an input."""
    from .common import expand_folders, single_input

    names = expand_folders(files)[0]
    if output_format in FILE_ENDING and not single_input(files):
        return names, [Path(output) / (Path(n).stem + FILE_ENDING[output_format])
                       for n in names]
    return names, [Path(output)]


def _write_files(results: list[CheckResult], output_format: str, output: str | None, *,
                 several: bool) -> None:
    """Write the HTML report or the commented Word file of each result: to -o for one
    document, into the folder -o for several (named after each document)."""
    from ..api import commented_docx, report_html
    from ..errors import InputError, write_error

    if not results:
        return
    if output is None or output == "-":  # one HTML report (refused earlier for several)
        click.echo(report_html(results[0]))
        return
    target = Path(output)
    if several or len(results) > 1:
        if target.exists() and not target.is_dir():
            raise InputError(f"{target} is een bestand; geef voor meer documenten een map.")
        paths = [target / (Path(r.analysis.document.source).stem + FILE_ENDING[output_format])
                 for r in results]
    else:
        paths = [target]
    for path, result in zip(paths, results, strict=True):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if output_format == "html":
                path.write_text(report_html(result), encoding="utf-8")
            else:
                path.write_bytes(commented_docx(result))
        except OSError as exc:
            raise write_error(path, exc) from None
        click.echo(f"eenvoudig: {path} geschreven ({len(result.hits)} opmerkingen).", err=True)


def _summary_table(results: list[CheckResult]
                   ) -> tuple[tuple[str, ...], list[tuple[str, ...]], set[int]]:
    header = ("Document", "Woorden", "LiNT", "Niveau", "B1?", "Fout", "Waarsch.", "Tip")
    rows: list[tuple[str, ...]] = []
    for r in results:
        m = r.analysis.metrics
        b1 = {True: "ja", False: "nee", None: "—"}[r.verdict.b1]
        rows.append((short_path(r.analysis.document.source), fmt.number(m.counts.words),
                     fmt.number(m.lint_score), str(m.lint_level or "—"), b1,
                     str(r.count("error")), str(r.count("warning")), str(r.count("suggestion"))))
    return header, rows, {1, 2, 3, 5, 6, 7}


def _suggestion(hit: Hit) -> str:
    if not hit.suggestions:
        return ""
    if hit.applicable:
        shown = " | ".join(f"'{s}'" if s else "(weglaten)" for s in hit.suggestions)
        return f" → {shown}"
    return f" → {hit.suggestions[0]}"


def _text(result: CheckResult) -> str:
    source = result.analysis.document.source
    lines = [f"{result.analysis.document.title} ({source})"]
    m = result.analysis.metrics
    headline = understandability_line(m)
    if headline:
        lines.append(headline)
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


def _github(result: CheckResult) -> str:
    source = result.analysis.document.source
    return "\n".join(
        f"::{GITHUB[h.severity]} file={source},line={h.line},col={h.column},title={h.rule}::"
        + _escape(f"{h.message}{_suggestion(h)}")
        for h in result.hits
    )
