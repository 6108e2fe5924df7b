"""Formatting helpers for the templates: Dutch numbers and marked changes (escaped)."""

from __future__ import annotations

from markupsafe import Markup, escape

from .. import dutch_format
from ..rewriting.model import SentenceRewrite

WHOLE_SENTENCE_RULES = ("zinsbouw.zin-knippen", "zinsbouw.lijdende-vorm",
                        "zinsbouw.naamwoordstijl")
LEVEL_NAMES = {1: "makkelijk", 2: "redelijk makkelijk", 3: "moeilijk", 4: "zeer moeilijk"}


def nl_number(value: float | int | None, digits: int = 1) -> str:
    return dutch_format.number(value, digits)


def level_name(level: int | None) -> str:
    return LEVEL_NAMES.get(level, "onbekend") if level else "onbekend"


def _mark(text: str, spans: list[str], tag: str) -> Markup:
    """Escape `text` and wrap the first occurrence of each span in <tag>."""
    pieces: list[tuple[int, int]] = []
    for span in spans:
        if not span:
            continue
        start = text.find(span)
        while start != -1 and any(s < start + len(span) and e > start for s, e in pieces):
            start = text.find(span, start + 1)
        if start != -1:
            pieces.append((start, start + len(span)))
    out = Markup("")
    position = 0
    for start, end in sorted(pieces):
        out += escape(text[position:start])
        out += Markup(f"<{tag}>") + escape(text[start:end]) + Markup(f"</{tag}>")
        position = end
    return out + escape(text[position:])


def marked_original(sentence: SentenceRewrite) -> Markup:
    """The original sentence with the replaced words marked as deleted."""
    spans = [e.original for e in sentence.edits if e.rule not in WHOLE_SENTENCE_RULES]
    return _mark(sentence.original, spans, "del")


def marked_rewrite(sentence: SentenceRewrite) -> Markup:
    """The rewritten sentence with the new words marked."""
    spans = [e.replacement for e in sentence.edits if e.rule not in WHOLE_SENTENCE_RULES]
    return _mark(sentence.text, spans, "mark")
