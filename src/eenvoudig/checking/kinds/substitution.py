"""`substitution`: words and fixed phrases with alternatives, matched by every inflection and
by lemma; a phrase with a verb also when the verb stands apart ("zij dragen er zorg voor")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..model import Hit, Rule
from ..tables import Table, compile_table, entries_from
from .base import (
    RawOptions,
    RuleKind,
    RuleSource,
    SentenceContext,
    check_table,
    check_wordlist,
    require_wordlist_or_table,
)
from .hits import term_hits


@dataclass(frozen=True)
class SubstitutionOptions:
    """A `wordlist` (term, pos, alternatives, note) and/or an inline `table` of terms.

    `base` is the rule file's folder; `per_term`: hits carry their term's id, because the
    rule names a word list.
    """

    wordlist: str | None = None
    table: Mapping[str, Any] | None = None
    base: str | None = None
    per_term: bool = False

    @classmethod
    def from_options(cls, options: RawOptions) -> SubstitutionOptions:
        return cls(options.get("wordlist"), options.get("table"), options.get("__base__"),
                   "wordlist" in options)


@dataclass(frozen=True)
class CompiledSubstitution:
    rule: Rule
    options: SubstitutionOptions
    table: Table


class Substitution(RuleKind[CompiledSubstitution]):
    keys = frozenset({"wordlist", "table"})

    def validate(self, options: RawOptions, where: RuleSource) -> None:
        require_wordlist_or_table(options, where)
        check_table(options, where)
        check_wordlist(options, where)

    def compile(self, rule: Rule) -> CompiledSubstitution:
        options = SubstitutionOptions.from_options(rule.options)
        entries = entries_from("substitution", wordlist=options.wordlist, table=options.table,
                               base=options.base)
        return CompiledSubstitution(rule, options, compile_table(entries))

    def run(self, compiled: CompiledSubstitution, ctx: SentenceContext) -> list[Hit]:
        return term_hits(compiled.rule, ctx, compiled.table, per_term=compiled.options.per_term)
