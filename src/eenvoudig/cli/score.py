"""`eenvoudig score`: readability of documents, per section and per sentence."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import dutch_format as fmt
from .common import settings_options, short_path

if TYPE_CHECKING:
    from ..analysis.results import Analysis, Metrics
    from ..document.model import Document

FORMATS = ("text", "json")
LEVELS = ("document", "section", "sentence")


@click.command(name="score")
@click.argument("files", nargs=-1, required=True, metavar="BESTAND... | -")
@click.option("--format", "-f", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Uitvoer als leesbare tabel (text) of als JSON.")
@click.option("--by", "by", type=click.Choice(LEVELS), default="section", show_default=True,
              help="Toon het hele document, elk hoofdstuk of elke zin.")
@settings_options
@click.option("--no-parse", "no_parse", is_flag=True,
              help="Sla de zinsontleding over: alleen de klassieke formules, geen LiNT-score "
                   "(veel sneller).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Schrijf naar dit bestand in plaats van naar het scherm.")
def score(files: tuple[str, ...], output_format: str, by: str, config_path: Path | None,
          long_sentence: int | None, model: str | None, no_parse: bool,
          output: str | None) -> int:
    """Meet de leesbaarheid van BESTAND (.md, .txt, .html, .docx, .pdf, een map of - voor
    standaardinvoer).

    Per document, hoofdstuk en zin: de LiNT-score en het LiNT-niveau, woorden, zinnen,
    gemiddelde zinslengte, Flesch-Douma, Brouwer en LIX, de langste zin en de moeilijkste
    woorden.
    """
    from ..api import analyze_many
    from .common import (
        cli_settings,
        emit,
        expand_folders,
        json_text,
        refuse_overwriting,
        run_batch,
        single_input,
        summary_lines,
    )

    if output and output != "-":
        refuse_overwriting(expand_folders(files)[0], [Path(output)])
    settings = cli_settings(files, config_path, long_sentence=long_sentence, model=model,
                            parse=False if no_parse else None)

    def work(documents: list[Document]) -> list[Analysis]:
        return analyze_many(documents, settings=settings)

    analyses, failed = run_batch(files, work, label="Documenten meten")
    if output_format == "json":
        payloads = [a.to_dict(sentences=by != "document", words=by == "sentence")
                    for a in analyses]
        text = json_text(payloads, single=single_input(files))
    else:
        width = min(max(shutil.get_terminal_size((150, 24)).columns, 100), 180)
        reports = [render_text(a, by=by, width=width) for a in analyses]
        if len(analyses) + len(failed) > 1:
            reports.append("\n".join(summary_lines(*_summary_table(analyses), failed)))
        text = "\n\n".join(reports)
    emit(text, output)
    return 2 if failed else 0


def render_text(analysis: Analysis, *, by: str, width: int = 120) -> str:
    """The Dutch text report of one analysis."""
    lines = _summary(analysis)
    if by == "section":
        lines += ["", *_section_table(analysis, width)]
    elif by == "sentence":
        lines += _sentence_list(analysis, width)
    return "\n".join(lines)


def _summary_table(analyses: list[Analysis]
                   ) -> tuple[tuple[str, ...], list[tuple[str, ...]], set[int]]:
    header = ("Document", "Woorden", "Zinnen", "Gem. zin", "Begrijpelijk", "LiNT", "Niveau",
              "Flesch-Douma")
    rows: list[tuple[str, ...]] = []
    for a in analyses:
        m = a.metrics
        rows.append((
            short_path(a.document.source), fmt.number(m.counts.words),
            fmt.number(m.counts.sentences), fmt.number(m.words_per_sentence),
            _whole(m.understandability_score),
            fmt.number(m.lint_score), str(m.lint_level or "—"),
            f"{fmt.number(m.flesch_douma)} {m.flesch_douma_band or ''}".strip(),
        ))
    return header, rows, {1, 2, 3, 4, 5, 6}


def _whole(score: float | None) -> str:
    """A begrijpelijkheid score as a whole number (the decimals mean nothing to a reader)."""
    return "—" if score is None else str(round(score))


def understandability_line(metrics: Metrics) -> str | None:
    """"Begrijpelijkheid: 43 van 100 — … B1 vanaf 51. Wat het moeilijker maakt: …", or None
    without a parse."""
    result = metrics.understandability
    if result is None:
        return None
    return " ".join(part for part in (result.headline(), result.reasons()) if part)


def _summary(analysis: Analysis) -> list[str]:
    document = analysis.document
    m = analysis.metrics
    c = m.counts
    limit = analysis.settings["long_sentence"]
    numbered = sum(1 for s in analysis.sections if s.number)
    lines = [f"{document.title} ({document.source})"]
    headline = understandability_line(m)
    if headline:
        lines.append(headline)
    if m.lint_score is not None:
        lines.append(
            f"LiNT-II {fmt.number(m.lint_score)}: niveau {m.lint_level} van 4 — ongeveer "
            f"{m.lint_struggle_share} % van de volwassen lezers heeft moeite met een tekst "
            "op dit niveau"
        )
    return [
        *lines,
        f"Hele document: {fmt.number(c.words)} woorden, {fmt.number(c.sentences)} zinnen, "
        f"gemiddeld {fmt.number(m.words_per_sentence)} woorden per zin"
        + (f", {numbered} genummerde hoofdstukken" if numbered else ""),
        f"  Flesch-Douma {fmt.number(m.flesch_douma)} ({m.flesch_douma_band or '—'}) · "
        f"Brouwer {fmt.number(m.brouwer)} ({m.brouwer_band or '—'}) · "
        f"LIX {fmt.number(m.lix)} ({m.lix_band or '—'})",
        f"  Lange zinnen (meer dan {limit} woorden): {fmt.number(c.long_sentences)} van "
        f"{fmt.number(c.sentences)} ({fmt.percent(c.long_sentences, c.sentences)}) · "
        f"zeldzame woorden: {fmt.number(c.rare_words)} ({fmt.percent(c.rare_words, c.words)})",
        "  Moeilijkste woorden: " + (", ".join(analysis.hardest_words[:6]) or "—"),
    ]


def _section_table(analysis: Analysis, width: int) -> list[str]:
    header = ("Nr.", "Titel", "Begr.", "LiNT", "Woorden", "Zinnen", "Gem. zin",
              "Flesch-Douma", "Langste zin", "Moeilijkste woorden")
    rows = []
    for section in analysis.sections:
        m = section.metrics
        number = section.number or "–"
        indent = "  " * max(0, section.section.level - 1)
        longest = section.longest_sentence
        fd = (f"{fmt.number(m.flesch_douma)} {m.flesch_douma_band}"
              if m.flesch_douma is not None else "—")
        lint_cell = (f"{fmt.number(m.lint_score)} ({m.lint_level})"
                     if m.lint_score is not None else "—")
        rows.append((
            indent + number,
            section.title,
            _whole(m.understandability_score) if m.words else "—",
            lint_cell,
            fmt.number(m.words) if m.words else "—",
            fmt.number(m.sentences) if m.sentences else "—",
            fmt.number(m.words_per_sentence),
            fd,
            f"{longest.metrics.words} w. (r. {longest.line})" if longest else "—",
            ", ".join(section.hardest_words) or "—",
        ))
    widths = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(len(header))]
    widths[0] = min(widths[0], 12)
    fixed = sum(widths[i] for i in (0, 2, 3, 4, 5, 6, 7, 8)) + 2 * 9
    remaining = max(24, width - fixed)
    widths[1] = min(widths[1], max(20, remaining * 3 // 5))
    widths[9] = max(12, remaining - widths[1])
    right = {2, 3, 4, 5, 6}

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            cell = fmt.shorten(cell, widths[i])
            out.append(cell.rjust(widths[i]) if i in right else cell.ljust(widths[i]))
        return "  ".join(out).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _sentence_list(analysis: Analysis, width: int) -> list[str]:
    lines: list[str] = []
    limit = analysis.settings["long_sentence"]
    for section in analysis.sections:
        if not section.sentences:
            continue
        m = section.metrics
        lint_part = (f"LiNT {fmt.number(m.lint_score)} (niveau {m.lint_level}), "
                     if m.lint_score is not None else "")
        lines += ["", f"{section.number or '–'} {section.title} — {fmt.number(m.words)} woorden, "
                      f"{lint_part}Flesch-Douma {fmt.number(m.flesch_douma)} "
                      f"({m.flesch_douma_band})"]
        headline = understandability_line(m)
        if headline:
            lines.append("  " + headline)
        for s in section.sentences:
            flags = []
            if s.long:
                flags.append(f"LANG (>{limit})")
            if s.rare_words:
                flags.append("zeldzaam: " + ", ".join(dict.fromkeys(w.text for w in s.rare_words)))
            lint_cell = (f"LiNT {fmt.number(s.metrics.lint_score):>5} ({s.metrics.lint_level})  "
                         if s.metrics.lint_score is not None else "")
            score = s.metrics.understandability_score
            if score is not None:
                lint_cell = f"begr. {_whole(score):>3}  " + lint_cell
            if s.metrics.counts.passives:
                flags.append("lijdende vorm")
            head = (f"  r. {s.line:<5} {s.metrics.words:>3} w.  {lint_cell}"
                    f"FD {fmt.number(s.metrics.flesch_douma):>6}  " + "  ".join(flags))
            lines.append(head.rstrip())
            lines += textwrap.wrap(s.text, width=max(40, width - 8), initial_indent="        ",
                                   subsequent_indent="        ")
    return lines
