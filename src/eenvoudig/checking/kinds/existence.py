"""`existence`: words or phrases to flag, with advice instead of (or when a word list gives
none, besides) alternatives. Matched like substitution terms."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..model import Hit, Rule
from ..tables import Table, compile_table, entries_from
from .base import (
    RawOptions,
    RuleKind,
    RuleSource,
    SentenceContext,
    check_texts,
    check_wordlist,
    item_line,
    require_advice,
    warn_duplicates,
)
from .hits import term_hits


@dataclass(frozen=True)
class ExistenceOptions:
    """`words` and/or a `wordlist`, and the `advice` a hit gives.

    `base` is the rule file's folder; `per_term`: hits carry their term's id, because the
    rule names a word list.
    """

    advice: str
    words: tuple[str, ...] = ()
    wordlist: str | None = None
    base: str | None = None
    per_term: bool = False

    @classmethod
    def from_options(cls, options: RawOptions) -> ExistenceOptions:
        return cls(options["advice"], tuple(str(w) for w in options.get("words") or []),
                   options.get("wordlist"), options.get("__base__"), "wordlist" in options)


@dataclass(frozen=True)
class CompiledExistence:
    rule: Rule
    options: ExistenceOptions
    table: Table


class Existence(RuleKind[CompiledExistence]):
    keys = frozenset({"words", "wordlist", "advice"})

    def validate(self, options: RawOptions, where: RuleSource) -> None:
        if not (options.get("words") or options.get("wordlist")):
            raise where.error(f"{where.rule_id} heeft 'words' of 'wordlist' nodig")
        require_advice(options, where)
        if "words" in options:
            line = where.line_of("words")
            words = check_texts(options["words"], "'words'", where, line)
            warn_duplicates([(w, item_line(options["words"], i, line))
                             for i, w in enumerate(words)], where)
        check_wordlist(options, where)

    def placeholders(self, options: RawOptions) -> Mapping[str, tuple[str, ...]]:
        return {"message": ("term",), "advice": ()}

    def compile(self, rule: Rule) -> CompiledExistence:
        options = ExistenceOptions.from_options(rule.options)
        words: dict[str, list[str]] = {w: [] for w in options.words}
        entries = entries_from("substitution", wordlist=options.wordlist, table=words,
                               base=options.base)
        return CompiledExistence(rule, options, compile_table(entries))

    def run(self, compiled: CompiledExistence, ctx: SentenceContext) -> list[Hit]:
        return term_hits(compiled.rule, ctx, compiled.table, per_term=compiled.options.per_term,
                         advice=compiled.options.advice)
