"""Build the easy-language site: an index, one page per numbered section, one Markdown file.

Each section page shows the easy version first ("Waarom?" from the principles, "Wat gaan we
doen?" from the actions), the original beside or below it with the replaced words marked, the
scores before and after (begrijpelijkheid with what makes the text harder and what helps, then
LiNT-II and the rest), and the "Moeilijke woorden" box. The index lists begrijpelijkheid and
the LiNT level of every section before → after.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from typing import Any

from .._version import __version__
from ..analysis.analyze import analyze_many
from ..analysis.results import Analysis, Counts, Metrics
from ..analysis.understandability import model
from ..checking.run import check_many
from ..document.batch import Input, read_texts
from ..errors import InputError, os_reason
from ..rewriting.model import Rewrite, SectionRewrite
from ..rewriting.output import PART_TITLES, to_markdown
from ..rewriting.simplify import simplify_analyses
from ..settings import Settings
from ..templating import environment

MARKDOWN_FILE = "eenvoudig.md"


@dataclass
class Page:
    number: str
    title: str
    level: int
    file: str
    parts: list[dict[str, Any]]
    original: list[dict[str, Any]]
    glossary: tuple[tuple[str, str], ...]
    before: Metrics
    after: Metrics
    verdict: str
    children: list[Page] = field(default_factory=list)
    previous: str | None = None
    next: str | None = None

    @cached_property
    def understandability(self) -> dict[str, Any]:
        """Begrijpelijkheid before and after, with the reasons on each side in words."""
        return {"before": understandability_view(self.before),
                "after": understandability_view(self.after),
                "threshold": round(model().b1_threshold)}

    @property
    def change(self) -> str:
        """"38 → 55" ("–" where a side has no score)."""
        scores = self.understandability
        return f"{scores['before']['score']} → {scores['after']['score']}"


def understandability_view(metrics: Metrics) -> dict[str, Any]:
    """The score as a whole number ("–" without one) and the largest contributions on each
    side: {"score": "43", "harder": "lange zinnen (−12), …", "easier": "…"}."""
    result = metrics.understandability
    if result is None:
        return {"score": "–", "harder": "", "easier": ""}
    return {"score": str(round(result.score)),
            "harder": ", ".join(c.shown for c in result.harder()),
            "easier": ", ".join(c.shown for c in result.easier())}


def page_file(number: str) -> str:
    return f"hoofdstuk-{number.replace('.', '-')}.html"


def section_markdown(section: SectionRewrite) -> str:
    """The easy text of one section as Markdown (for scoring and the Markdown pages)."""
    lines: list[str] = []
    part = None
    for block in section.blocks:
        if block.part != part and block.part in PART_TITLES:
            part = block.part
            lines += ["", f"**{PART_TITLES[part]}**", ""]
        if block.kind == "item":
            lines.append(f"- {block.text}")
        elif block.text:
            lines += ["", block.text, ""]
    return "\n".join(lines).strip() + "\n"


def _parts(section: SectionRewrite) -> list[dict[str, Any]]:
    parts: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for block in section.blocks:
        heading = PART_TITLES.get(block.part or "", "")
        if current is None or current["part"] != block.part:
            current = {"part": block.part, "heading": heading, "paragraphs": [], "bullets": []}
            parts.append(current)
        current["bullets" if block.kind == "item" else "paragraphs"].append(block)
    return parts


def _original(section: SectionRewrite) -> list[dict[str, Any]]:
    """The original blocks, consecutive list items gathered into one list."""
    blocks: list[dict[str, Any]] = []
    part = None
    for block in section.blocks:
        heading = ""
        if block.part != part and block.part:
            part = block.part
            heading = block.part.capitalize()
        if block.kind == "item" and blocks and blocks[-1]["kind"] == "list" and not heading:
            blocks[-1]["items"].append(block.sentences)
            continue
        if block.kind == "item":
            blocks.append({"kind": "list", "heading": heading, "items": [block.sentences]})
        else:
            blocks.append({"kind": block.kind, "heading": heading, "items": [block.sentences]})
    return blocks


def build_pages(rewrite: Rewrite, before: Analysis, after: list[Any]) -> list[Page]:
    """Pages for every numbered section; `after` holds one check result per section."""
    pages: list[Page] = []
    by_number: dict[str, Page] = {}
    for section, analysed, checked in zip(rewrite.sections, before.sections, after,
                                          strict=True):
        if not section.number:
            continue
        after_metrics = checked.analysis.metrics if checked else Metrics(Counts())
        verdict = checked.verdict.label if checked else "Dit hoofdstuk heeft geen eigen tekst."
        page = Page(section.number, section.title, section.level, page_file(section.number),
                    _parts(section), _original(section), section.glossary, analysed.metrics,
                    after_metrics, verdict)
        pages.append(page)
        by_number[section.number] = page
    for page in pages:
        parent = page.number.rsplit(".", 1)[0] if "." in page.number else None
        if parent in by_number:
            by_number[parent].children.append(page)
    for previous, following in pairwise(pages):
        previous.next = following.file
        following.previous = previous.file
    return pages


def write_site(rewrite: Rewrite, pages: list[Page], out: Path, output_format: str) -> list[Path]:
    """Write the index, the section pages and the single Markdown file; return the paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    single = out / MARKDOWN_FILE
    single.write_text(to_markdown(rewrite), encoding="utf-8")
    written.append(single)
    site = {"title": rewrite.title, "pages": pages, "version": __version__,
            "markdown_file": MARKDOWN_FILE, "threshold": round(model().b1_threshold)}
    if output_format == "html":
        env = environment()
        index = out / "index.html"
        index.write_text(env.get_template("index.html.j2").render(site=site),
                         encoding="utf-8")
        written.append(index)
        template = env.get_template("section.html.j2")
        for page in pages:
            path = out / page.file
            path.write_text(template.render(site=site, page=page), encoding="utf-8")
            written.append(path)
        return written
    lines = [f"# {rewrite.title}", "", "Inhoud:", ""]
    for page in pages:
        name = page.file.replace(".html", ".md")
        indent = "  " * (page.level - 1)
        lines.append(f"{indent}- [{page.number} {page.title}]({name}) — begrijpelijkheid "
                     f"{page.change}, LiNT-niveau "
                     f"{page.before.lint_level or '–'} → {page.after.lint_level or '–'}")
        body = [f"# {page.number} {page.title}", ""]
        for part in page.parts:
            if part["heading"]:
                body += [f"## {part['heading']}", ""]
            body += [*(f"{b.text}\n" for b in part["paragraphs"]),
                     *(f"- {b.text}" for b in part["bullets"])]
            body.append("")
        if page.glossary:
            body += ["## Moeilijke woorden", ""]
            body += [f"- **{term}**: {explanation}" for term, explanation in page.glossary]
        body += ["", *_markdown_scores(page),
                 f"LiNT-niveau: {page.before.lint_level or '–'} → "
                 f"{page.after.lint_level or '–'}. {page.verdict}"]
        path = out / name
        path.write_text("\n".join(body) + "\n", encoding="utf-8")
        written.append(path)
    index = out / "index.md"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    written.append(index)
    return written


def _markdown_scores(page: Page) -> list[str]:
    """Begrijpelijkheid before → after with the reasons of each version, for a Markdown page."""
    scores = page.understandability
    lines = [f"Begrijpelijkheid: {page.change} van 100 (hoe hoger, hoe makkelijker; B1 vanaf "
             f"{scores['threshold']}).", ""]
    for key, name in (("before", "Origineel"), ("after", "Eenvoudig")):
        view = scores[key]
        reasons = [f"{title}: {view[side]}" for side, title in
                   (("harder", "wat het moeilijker maakt"), ("easier", "wat helpt"))
                   if view[side]]
        if reasons:
            lines += [f"- {name} — {'; '.join(reasons)}."]
    return [*lines, ""] if len(lines) > 2 else lines


def render_site(item: Input, out: Path, output_format: str, settings: Settings) -> list[Path]:
    """The rendering layer's job: rewrite a document, check each rewritten section again
    and write the site into `out`. Returns the written paths."""
    if output_format not in ("html", "md"):
        raise InputError(f"Onbekend formaat '{output_format}'; kies html of md.")
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is een bestand, geen map.")
    settings = settings.with_(parse=True)
    (analysis,) = analyze_many([item], settings)
    rewrite = simplify_analyses([analysis], settings)[0]
    texts = [section_markdown(s) for s in rewrite.sections]
    filled = [t for t in texts if t.strip()]
    documents = read_texts(filled, parse=True, model=settings.model) if filled else []
    checked = iter(check_many(documents, settings) if documents else [])
    after = [next(checked) if t.strip() else None for t in texts]
    pages = build_pages(rewrite, analysis, after)
    try:
        return write_site(rewrite, pages, out, output_format)
    except OSError as exc:
        raise InputError(f"Kan niet schrijven in {out} ({os_reason(exc)}).") from None
