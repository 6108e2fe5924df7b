"""The shareable HTML report of a check: one self-contained page to send to a text's writer.

The page holds everything inline (CSS, no scripts, fonts or images): begrijpelijkheid, the
calibrated score, on a 0–100 bar with the B1 threshold marked and the kinds of difficulty that
move it most (what makes the text harder, what helps); the LiNT-II score on a 0–100 bar with
the four level bands; Flesch-Douma, the B1-indicatie with its reasons, the
counts per severity, what to fix first, a table per section, the glossary terms used, and the
whole text with every hit marked. A word hit is a coloured mark; hits that overlap are
merged into one mark that explains all of them. A hit on a whole sentence (long sentence,
passive, clause pile-up …) underlines the sentence and puts a small focusable label in front
of it. Explanations open on hover and keyboard focus, and are printed inline.

This module only builds plain data; all text is escaped by the template (autoescape).
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .. import dutch_format as fmt
from .._version import __version__
from ..analysis import lint
from ..analysis.results import Metrics
from ..analysis.understandability import EASIER, HARDER, model
from ..checking.categories import category_of, used
from ..checking.model import Hit
from ..checking.priorities import ranked_groups
from ..checking.run import CheckResult
from ..checking.verdict import Verdict
from ..document.model import Block, Sentence
from ..templating import environment, level_name

SEVERITY_ORDER = ("error", "warning", "suggestion")
SEVERITY_LABELS = {"error": ("fout", "fouten"), "warning": ("waarschuwing", "waarschuwingen"),
                   "suggestion": ("tip", "tips")}
SEVERITY_WEIGHT = {"error": 3, "warning": 2, "suggestion": 1}

FIRST_FIX = 5
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


@dataclass(frozen=True)
class Note:
    """What the page says about one hit."""

    rule: str
    kind: str
    label: str
    severity: str
    severity_label: str
    message: str
    proposal_label: str
    proposal: str
    tag: str
    anchor: str = ""


@dataclass(frozen=True)
class Piece:
    """A run of text; with notes it is shown as one mark (overlapping hits merged)."""

    text: str
    notes: tuple[Note, ...] = ()
    kind: str = ""

    @property
    def anchors(self) -> tuple[str, ...]:
        """Link targets ("Eerst verbeteren") of the hits in this mark."""
        return tuple(n.anchor for n in self.notes if n.anchor)


@dataclass(frozen=True)
class SentenceView:
    """A sentence, or the text between sentences (no notes), as pieces."""

    pieces: tuple[Piece, ...]
    notes: tuple[Note, ...] = ()
    kind: str = ""


@dataclass
class BlockView:
    kind: str  # heading, paragraph or list
    level: int
    part: str
    items: list[list[SentenceView]] = field(default_factory=list)
    depths: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Level:
    level: int
    name: str
    low: float
    high: float
    width: float
    struggle: int
    current: bool


def report_html(result: CheckResult) -> str:
    """The report as one HTML page (a string, UTF-8 text)."""
    return environment().get_template("report.html.j2").render(report=build_report(result))


def build_report(result: CheckResult, today: _dt.date | None = None) -> dict[str, Any]:
    """Everything the template shows, as plain data."""
    analysis = result.analysis
    document = analysis.document
    notes = _NoteMaker()
    first_fix = _first_fix(result.hits, notes)  # before the text: it sets the anchors
    placed = _place_hits(result)
    sections = []
    for index, (checked, analysed) in enumerate(zip(result.sections, analysis.sections,
                                                     strict=True), start=1):
        blocks = [_block_view(block, placed, notes) for block in analysed.section.blocks]
        sections.append({
            "anchor": f"deel-{index}",
            "number": checked.number or "",
            "title": checked.title,
            "heading": min(6, 3 + max(0, analysed.section.level - 1)),
            "depth": max(0, analysed.section.level - 1),
            "metrics": _metrics(analysed.metrics),
            "verdict": _verdict(checked.verdict),
            "hits": len(checked.hits),
            "blocks": _merge_lists(blocks),
        })
    lost = [hit for hit in result.hits if _hit_key(hit) not in notes.placed]
    metrics = analysis.metrics
    kinds = Counter(_kind(h) for h in result.hits)
    return {
        "title": document.title or "Tekst zonder titel",
        "source": "ingevoerde tekst" if document.source.startswith("<") else document.source,
        "date": _dutch_date(today or _dt.date.today()),
        "version": __version__,
        "metrics": _metrics(metrics),
        "understandability": _understandability(metrics),
        "bar": _bar(metrics),
        "verdict": _verdict(result.verdict),
        "total": len(result.hits),
        "counts": [{"key": s, "count": result.count(s),
                    "label": SEVERITY_LABELS[s][0 if result.count(s) == 1 else 1]}
                   for s in SEVERITY_ORDER],
        "legend": [{"key": c.key, "label": c.label, "count": kinds[c.key], "marks": c.marks,
                    "meaning": c.explained(analysis.settings["long_sentence"])}
                   for c in used(result.rules, result.hits)],
        "first_fix": first_fix,
        "sections": sections,
        "glossary": _glossary(result.hits),
        "abbreviations": _abbreviations(result.hits),
        "lost": [notes.note(hit) for hit in lost],
        "notes_document": list(document.notes),
    }


# --- hits in the text --------------------------------------------------------------------


def _place_hits(result: CheckResult) -> dict[int, list[Hit]]:
    """The hits of every sentence, keyed by the sentence's index in the document (a hit
    whose text is not in its sentence is left for the list of hits not shown in the text)."""
    sentences = {s.index: s for _, _, s in result.analysis.document.walk()}
    placed: dict[int, list[Hit]] = {}
    for hit in result.hits:
        sentence = sentences.get(hit.sentence_index)
        if sentence is not None and _fits(hit, sentence):
            placed.setdefault(sentence.index, []).append(hit)
    return placed


HitKey = tuple[int, int, int, str]


def _hit_key(hit: Hit) -> HitKey:
    """What tells one hit from another in a document: its sentence, span and rule."""
    return hit.sentence_index, hit.start, hit.end, hit.rule


def _fits(hit: Hit, sentence: Sentence) -> bool:
    return hit.sentence == sentence.text and _local_span(hit, sentence) is not None


def _local_span(hit: Hit, sentence: Sentence) -> tuple[int, int] | None:
    """Where the hit's text sits in the sentence's text."""
    start = hit.sentence_start
    if sentence.text[start:start + len(hit.text)] == hit.text:
        return start, start + len(hit.text)
    found = sentence.text.find(hit.text)
    return (found, found + len(hit.text)) if found >= 0 and hit.text else None


def _whole_sentence(hit: Hit, span: tuple[int, int], sentence: Sentence) -> bool:
    """Whether a hit marks its whole sentence: a limit rule's always, a word category's never
    (a word-list hit marks words, even in a one-word sentence), others when they cover it."""
    if hit.origin is not None and hit.origin.kind == "limit":
        return True
    marks = category_of(hit).marks
    if marks != "either":
        return marks == "sentence"
    return span == (0, len(sentence.text)) and len(sentence.words) > 3


def _kind(hit: Hit) -> str:
    return category_of(hit).key


class _NoteMaker:
    """Turns hits into notes and remembers which hits were placed in the text."""

    def __init__(self) -> None:
        self.placed: set[HitKey] = set()
        self.anchors: dict[HitKey, str] = {}

    def note(self, hit: Hit) -> Note:
        kind = category_of(hit)
        label, proposal = _proposal(hit)
        tag = (hit.origin.tag if hit.origin is not None else None) or kind.label.lower()
        return Note(hit.rule, kind.key, kind.label, hit.severity,
                    SEVERITY_LABELS.get(hit.severity, (hit.severity,))[0], hit.message, label,
                    proposal, tag, self.anchors.get(_hit_key(hit), ""))

    def notes(self, hits: list[Hit]) -> tuple[Note, ...]:
        self.placed.update(_hit_key(h) for h in hits)
        return tuple(self.note(h) for h in hits)


def _proposal(hit: Hit) -> tuple[str, str]:
    """("Voorstel", "'met' of 'via'"), ("Uitleg", …) or ("Advies", …)."""
    if not hit.suggestions or not any(hit.suggestions):
        if hit.suggestions:
            return "Voorstel", "weglaten"
        return "", ""
    if hit.explanation_mode == "glossary" and not hit.applicable:
        return "Uitleg voor de lezer", hit.suggestions[0]
    if hit.applicable:
        shown = [f"'{s}'" if s else "weglaten" for s in hit.suggestions]
        text = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " of " + shown[-1]
        return "Voorstel", text
    return "Advies", hit.suggestions[0]


def _block_view(block: Block, placed: dict[int, list[Hit]], notes: _NoteMaker) -> BlockView:
    kind = "list" if block.kind == "item" else block.kind
    view = BlockView(kind, block.level, block.part or "")
    view.items.append(_sentence_views(block, placed, notes))
    view.depths.append(max(1, block.level))
    return view


def _sentence_views(block: Block, placed: dict[int, list[Hit]],
                    notes: _NoteMaker) -> list[SentenceView]:
    """The block's whole text as sentences and the text between them; nothing left out."""
    views: list[SentenceView] = []
    position = 0
    for sentence in block.sentences:
        start = max(position, min(sentence.start, len(block.text)))
        if start > position:
            views.append(SentenceView((Piece(block.text[position:start]),)))
        views.append(_sentence_view(sentence, placed.get(sentence.index, []), notes))
        position = max(start, sentence.end)
    if position < len(block.text):
        views.append(SentenceView((Piece(block.text[position:]),)))
    return views


def _sentence_view(sentence: Sentence, hits: list[Hit], notes: _NoteMaker) -> SentenceView:
    text = sentence.text
    whole: list[Hit] = []
    words: list[tuple[int, int, Hit]] = []
    for hit in hits:
        span = _local_span(hit, sentence)
        if span is None:
            continue
        if _whole_sentence(hit, span, sentence):
            whole.append(hit)
        else:
            words.append((span[0], span[1], hit))
    words.sort(key=lambda w: (w[0], -w[1]))
    clusters: list[tuple[int, int, list[Hit]]] = []
    for start, end, hit in words:
        if clusters and start < clusters[-1][1]:
            first, last, members = clusters[-1]
            clusters[-1] = (first, max(last, end), [*members, hit])
        else:
            clusters.append((start, end, [hit]))
    pieces: list[Piece] = []
    position = 0
    for start, end, members in clusters:
        if start > position:
            pieces.append(Piece(text[position:start]))
        made = notes.notes(members)
        pieces.append(Piece(text[start:end], made, made[0].kind))
        position = end
    if position < len(text) or not pieces:
        pieces.append(Piece(text[position:]))
    whole.sort(key=lambda h: (not category_of(h).first, -SEVERITY_WEIGHT.get(h.severity, 0)))
    made = notes.notes(whole)
    return SentenceView(tuple(pieces), made, made[0].kind if made else "")


def _merge_lists(blocks: list[BlockView]) -> list[BlockView]:
    """Consecutive list items of the same part become one list."""
    merged: list[BlockView] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (block.kind == "list" and previous is not None and previous.kind == "list"
                and previous.part == block.part):
            previous.items.extend(block.items)
            previous.depths.extend(block.depths)
        else:
            merged.append(block)
    shown = None
    for block in merged:
        part = block.part
        block.part = part.capitalize() if part and part != shown else ""
        shown = part or shown
    return merged


# --- scores --------------------------------------------------------------------------------


def _metrics(metrics: Metrics) -> dict[str, Any]:
    result = metrics.understandability
    return {
        "understandability": None if result is None else round(result.score),
        "understandability_reasons": "" if result is None else result.reasons(),
        "words": metrics.words,
        "sentences": metrics.sentences,
        "lint": metrics.lint_score,
        "level": metrics.lint_level,
        "struggle": metrics.lint_struggle_share,
        "words_per_sentence": metrics.words_per_sentence,
        "long_sentences": metrics.counts.long_sentences,
        "flesch_douma": metrics.flesch_douma,
        "flesch_band": metrics.flesch_douma_band,
    }


def _understandability(metrics: Metrics) -> dict[str, Any]:
    """Begrijpelijkheid on its 0–100 bar (higher is easier): the score, the B1 threshold,
    and the largest contributions on each side, in words."""
    result = metrics.understandability
    threshold = model().b1_threshold if result is None else result.b1_threshold
    base: dict[str, Any] = {"threshold": round(threshold), "threshold_position":
                            f"{threshold:.1f}", "below_width": f"{threshold:.1f}",
                            "above_width": f"{100 - threshold:.1f}"}
    if result is None:
        return {**base, "score": None}
    score = round(result.score)
    align = "links" if score < 15 else "rechts" if score > 85 else "midden"
    return {**base, "score": score, "position": f"{min(100.0, max(0.0, result.score)):.1f}",
            "align": align, "b1": result.b1, "headline": result.headline(),
            "sides": [{"kind": kind, "title": title,
                       "items": [(c.phrase, c.signed) for c in shown]}
                      for kind, title, shown in (("moeilijker", HARDER, result.harder()),
                                                 ("helpt", EASIER, result.easier())) if shown]}


def _bar(metrics: Metrics) -> dict[str, Any]:
    """The four LiNT level bands on 0–100 and where the text sits."""
    borders = sorted(threshold for threshold, _ in lint.LEVELS if threshold > 0)
    lows = [0.0, *borders]
    highs = [*borders, 100.0]
    levels = [Level(n, level_name(n), low, high, high - low, lint.STRUGGLE_SHARE[n],
                    n == metrics.lint_level)
              for n, (low, high) in enumerate(zip(lows, highs, strict=True), start=1)]
    score = metrics.lint_score
    position = None if score is None else min(100.0, max(0.0, score))
    align = "midden"
    if position is not None and position < 15:
        align = "links"
    elif position is not None and position > 85:
        align = "rechts"
    return {"levels": levels, "borders": borders, "score": score,
            "position": None if position is None else f"{position:.1f}", "align": align}


def _verdict(verdict: Verdict) -> dict[str, Any]:
    short = verdict.label.removeprefix("B1-indicatie: ")
    state = "geen" if verdict.b1 is None else ("ja" if verdict.b1 else "nee")
    return {"label": verdict.label, "short": short, "reasons": list(verdict.reasons),
            "state": state}


# --- summaries -----------------------------------------------------------------------------


def _first_fix(hits: tuple[Hit, ...], notes: _NoteMaker) -> list[dict[str, Any]]:
    """The rule groups to fix first (`checking.priorities`), with examples."""
    items: list[dict[str, Any]] = []
    for group in ranked_groups(hits)[:FIRST_FIX]:
        members = group.hits
        first = members[0]
        anchor = f"eerst-{len(items) + 1}"
        notes.anchors[_hit_key(first)] = anchor
        severities = Counter(h.severity for h in members)
        terms: list[dict[str, Any]] = []
        if group.per_word:
            counted = Counter(h.text.lower() for h in members)
            example: dict[str, Hit] = {}
            for hit in members:
                example.setdefault(hit.text.lower(), hit)
            for term, count in counted.most_common(3):
                label, proposal = _proposal(example[term])
                terms.append({"term": term, "count": count, "proposal_label": label,
                              "proposal": proposal})
        label, proposal = _proposal(first)
        items.append({
            "label": group.label,
            "kind": _kind(first),
            "count": len(members),
            "severities": (SEVERITY_LABELS.get(first.severity, (first.severity,))[0]
                           if len(severities) == 1 else
                           ", ".join(_counted(severities[s], s) for s in SEVERITY_ORDER
                                     if severities[s])),
            "terms": terms,
            "example": fmt.shorten(first.text, 90),
            "message": first.message,
            "proposal_label": label,
            "proposal": proposal,
            "anchor": anchor,
        })
    return items


def _counted(count: int, severity: str) -> str:
    """"1 fout", "3 waarschuwingen"."""
    singular, plural = SEVERITY_LABELS.get(severity, (severity, severity))
    return f"{fmt.number(count)} {singular if count == 1 else plural}"


def _glossary(hits: tuple[Hit, ...]) -> list[tuple[str, str]]:
    """Terms the text uses with their B1 explanation (from the glossary rules), A–Z; the
    forms of one term ("ambtelijk", "ambtelijke") share one explanation and one entry."""
    forms: dict[str, list[str]] = {}
    for hit in hits:
        if hit.explanation_mode == "glossary" and not hit.applicable and hit.suggestions:
            seen = forms.setdefault(hit.suggestions[0], [])
            if hit.text.lower() not in (f.lower() for f in seen):
                seen.append(hit.text)
    entries = [(", ".join(found), explanation) for explanation, found in forms.items()]
    return sorted(entries, key=lambda e: e[0].lower())


def _abbreviations(hits: tuple[Hit, ...]) -> list[tuple[str, str]]:
    """Abbreviations the text uses, with what they stand for."""
    found: dict[str, tuple[str, str]] = {}
    for hit in hits:
        if hit.explanation_mode == "abbreviation" and hit.suggestions and hit.suggestions[0]:
            full = hit.suggestions[0].removesuffix(f" ({hit.text})")
            found.setdefault(hit.text, (hit.text, full))
    return [found[key] for key in sorted(found, key=str.lower)]


def _dutch_date(day: _dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
