"""`explanation`: terms to explain (`mode: glossary`, once per section) or abbreviations to
write out (`mode: abbreviation`, at their first use in the document; dotted ones every time)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ...language.inflection import match_case
from ..model import Hit, Rule
from ..placeholders import fill
from ..tables import Entry, Table, compile_table, entries_from
from .base import (
    RawOptions,
    RuleKind,
    RuleSource,
    SentenceContext,
    check_wordlist,
    require_wordlist_or_table,
)
from .hits import make_hit, span_text
from .matching import phrase_matches

Mode = Literal["glossary", "abbreviation"]


@dataclass(frozen=True)
class ExplanationOptions:
    """A `wordlist` and/or inline `table`, the `mode`, and how often a term is reported
    (`once`: section, document or always; by default per section for a glossary and per
    document for abbreviations).

    `base` is the rule file's folder; `per_term`: hits carry their term's id, because the
    rule names a word list.
    """

    mode: Mode = "glossary"
    once: str = "section"
    wordlist: str | None = None
    table: Mapping[str, Any] | None = None
    base: str | None = None
    per_term: bool = False

    @classmethod
    def from_options(cls, options: RawOptions) -> ExplanationOptions:
        mode: Mode = "abbreviation" if options.get("mode") == "abbreviation" else "glossary"
        once = str(options.get("once", "section" if mode == "glossary" else "document"))
        return cls(mode, once, options.get("wordlist"), options.get("table"),
                   options.get("__base__"), "wordlist" in options)


@dataclass(frozen=True)
class CompiledExplanation:
    rule: Rule
    options: ExplanationOptions
    table: Table


class Explanation(RuleKind[CompiledExplanation]):
    keys = frozenset({"wordlist", "mode", "once"})

    def validate(self, options: RawOptions, where: RuleSource) -> None:
        require_wordlist_or_table(options, where)
        if options.get("mode", "glossary") not in ("glossary", "abbreviation"):
            raise where.error("'mode' moet glossary of abbreviation zijn")
        if options.get("once", "section") not in ("section", "document", "always"):
            raise where.error("'once' moet section, document of always zijn",
                              where.line_of("once"))
        check_wordlist(options, where, case_sensitive=options.get("mode") == "abbreviation")

    def compile(self, rule: Rule) -> CompiledExplanation:
        options = ExplanationOptions.from_options(rule.options)
        entries = entries_from(options.mode, wordlist=options.wordlist, table=options.table,
                               base=options.base)
        table = compile_table(entries, case_sensitive=options.mode == "abbreviation")
        return CompiledExplanation(rule, options, table)

    def run(self, compiled: CompiledExplanation, ctx: SentenceContext) -> list[Hit]:
        rule, options, table = compiled.rule, compiled.options, compiled.table
        abbreviation = options.mode == "abbreviation"
        scope = "" if options.once == "document" else str(ctx.section)
        seen = ctx.seen_terms.setdefault((rule.id, scope), set())
        tokens = ctx.sentence.tokens
        used: set[int] = set()
        candidates: list[tuple[int, int, Entry]] = []
        texts = [t.text if abbreviation else t.text.lower() for t in tokens]
        for phrase in table.candidates(set(texts)):
            for start, end, _verb, _contiguous in phrase_matches(tokens, texts, phrase, used):
                used.update(range(start, end))
                candidates.append((start, end, phrase.entry))
        for index, token in enumerate(tokens):
            if index in used:
                continue
            entries = table.forms.get(texts[index])
            if entries:
                entry = entries[0][0]
                if (not abbreviation and index > 0 and token.text[:1].isupper()
                        and entry.term[:1].islower()):
                    continue  # part of a name ("de Brede Maatschappelijke Coalitie")
                candidates.append((index, index + 1, entry))
        hits: list[Hit] = []
        for start, end, entry in sorted(candidates, key=lambda c: c[0]):
            dotted = abbreviation and "." in entry.term
            if options.once != "always" and not dotted:
                if entry.term in seen:
                    continue
                seen.add(entry.term)
            text = span_text(ctx.block, tokens, start, end)
            message = fill(rule.message, {"term": text})
            if abbreviation:
                expansion = entry.alternatives[0]
                suggestion = match_case(expansion, text) if dotted else f"{expansion} ({text})"
                suggestions, applicable = (suggestion,), bool(expansion)
                if entry.explanation:
                    message = f"{message} {entry.explanation}"
            else:
                suggestions, applicable = (entry.explanation,), False
            hits.append(make_hit(rule, ctx, start, end, suggestions, applicable, entry=entry,
                                 per_term=options.per_term, message=message))
        return hits
