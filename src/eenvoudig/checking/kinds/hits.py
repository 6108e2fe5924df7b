"""Hits from matches: where they are in the source file, their message, and alternatives
inflected to fit the words they replace."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ...document.model import Block, Token
from ...language.inflection import (
    inflect_adjective,
    inflect_verb,
    match_case,
    pluralise,
    verb_slot,
)
from ..model import Hit, Rule
from ..placeholders import fill
from ..tables import Entry, Table, slug
from .base import SentenceContext
from .matching import find_terms

LEAVE_OUT = "(weglaten)"
"""An alternative that means: leave the words out."""


def make_hit(rule: Rule, ctx: SentenceContext, start: int, end: int,
             suggestions: tuple[str, ...], applicable: bool, *, entry: Entry | None = None,
             per_term: bool = False, message: str | None = None) -> Hit:
    """A hit on tokens [start, end) of the sentence. `per_term`: the hit has the id of its
    term ("ambtelijk.middels"), so that one term can be switched off."""
    tokens = ctx.sentence.tokens
    block = ctx.block
    first, last = tokens[start], tokens[end - 1]
    source_start = block.source_offset(first.start)
    source_end = block.source_offset(last.end - 1) + 1
    line_index = bisect_right(ctx.line_starts, source_start) - 1
    rule_id = f"{rule.set}.{slug(entry.term)}" if per_term and entry is not None else rule.id
    text = block.text[first.start:last.end]
    note = f" {entry.note}" if entry is not None and entry.note else ""
    return Hit(
        rule=rule_id,
        severity=rule.severity,
        message=(message or fill(rule.message, {"term": text})) + note,
        text=text,
        suggestions=suggestions,
        line=line_index + 1,
        column=source_start - ctx.line_starts[line_index] + 1,
        start=source_start,
        end=source_end,
        section=ctx.section,
        sentence=ctx.sentence.text,
        sentence_start=first.start - ctx.sentence.start,
        applicable=applicable,
        conditional=entry is not None and bool(entry.note),
        condition=entry.condition if entry is not None else "",
        origin=rule,
        sentence_index=ctx.sentence.index,
    )


def span_text(block: Block, tokens: tuple[Token, ...], start: int, end: int) -> str:
    return block.text[tokens[start].start:tokens[end - 1].end]


def term_hits(rule: Rule, ctx: SentenceContext, table: Table, *, per_term: bool,
              advice: str | None = None) -> list[Hit]:
    """Hits for the table's terms in the sentence, with their alternatives (or `advice` for
    a term that has none)."""
    tokens = ctx.sentence.tokens
    hits: list[Hit] = []
    for match in find_terms(tokens, table, ctx.fixed_tokens):
        entry = match.entry
        if match.token is None:
            suggestions, applicable = alternatives(entry, advice, slot=match.slot,
                                                   contiguous=match.contiguous)
            first = tokens[match.start].text
            if first[:1].isupper():
                suggestions = tuple(match_case(s, first) for s in suggestions)
        else:
            suggestions, applicable = alternatives(entry, advice, token=match.token,
                                                   kind=match.form)
        hit = make_hit(rule, ctx, match.start, match.end, suggestions, applicable, entry=entry,
                       per_term=per_term)
        if match.particle_at is not None:  # "vindt … plaats" → "gebeurt": the particle goes too
            particle = tokens[match.particle_at]
            start = ctx.block.source_offset(particle.start)
            end = ctx.block.source_offset(particle.end - 1) + 1
            hit = replace(hit, message=f"{hit.message} Laat dan ook '{match.particle}' weg.",
                          also_remove=(start, end))
        hits.append(hit)
    return hits


def alternatives(entry: Entry, advice: str | None, *, token: Token | None = None,
                 kind: str = "", slot: str | None = None,
                 contiguous: bool = True) -> tuple[tuple[str, ...], bool]:
    """Inflected alternatives for a hit, and whether they can be pasted in as they are.

    `token` is a single word the alternatives replace (`kind`: which form of the entry it
    is); `slot` is the inflection of a phrase's verb.
    """
    if advice is not None and not entry.alternatives:
        return (advice,), False
    if not contiguous:
        return tuple(a for a in entry.alternatives if a != LEAVE_OUT) or (advice or "",), False
    results: list[str] = []
    applicable = True
    for alternative in entry.alternatives:
        if alternative == LEAVE_OUT:
            results.append("")
            continue
        text = alternative
        if token is not None:
            if entry.pos == "verb":
                slot = verb_slot(token.text, entry.term, token.morph)
                text = inflect_verb(alternative, slot)
            elif entry.pos == "noun" and (kind == "plural" or "Number=Plur" in token.morph):
                if len(alternative.split()) > 2:
                    applicable = False  # "hulp die nodig is": rewrite by hand
                else:
                    text = pluralise(alternative)
            elif entry.pos == "adj" and kind == "inflected":
                if " " in alternative and not alternative.startswith(("van ", "met ")):
                    applicable = False  # "om te voorkomen" does not fit before a noun
                else:
                    text = inflect_adjective(alternative)
                    if text == alternative:
                        applicable = False  # "gehele" → "helemaal" does not fit before a noun
            text = match_case(text, token.text)
        elif slot is not None:
            text = inflect_verb(alternative, slot)
        if "…" in text:
            applicable = False
        results.append(text)
    return tuple(results), applicable
