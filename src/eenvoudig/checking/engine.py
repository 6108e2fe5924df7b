"""Run rules over an analysed document and report hits.

The engine only walks the document: every sentence goes to every rule, whose kind
(`checking/kinds/`) finds the hits. Every hit has a position in the source file, the rule's
Dutch reason, and an alternative: an inflected replacement that can be pasted in, or advice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from ..analysis.results import Analysis, SentenceAnalysis
from ..document.model import Block, Sentence
from ..document.offsets import line_starts as document_line_starts
from .kinds import RuleKind, SentenceContext, kind_of
from .model import Hit, Rule

CompiledT = TypeVar("CompiledT")


@dataclass(frozen=True)
class _Compiled:
    """A rule with its kind's `run`, bound to what the kind compiled for it."""

    rule: Rule
    run: Callable[[SentenceContext], list[Hit]]


def _compile(kind: RuleKind[CompiledT], rule: Rule) -> _Compiled:
    return _Compiled(rule, partial(kind.run, kind.compile(rule)))


class Checker:
    """Compiled rules, ready to check many documents."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = list(rules)
        self._compiled = [_compile(kind_of(rule), rule) for rule in self.rules]

    def check(self, analysis: Analysis) -> list[Hit]:
        document = analysis.document
        line_starts = document_line_starts(document.text)
        seen: dict[tuple[str, str], set[str]] = {}
        hits: list[Hit] = []
        for section, block, sentence, result in _sentences(analysis):
            ctx = SentenceContext(analysis, line_starts, section, block, sentence, result, seen)
            for compiled in self._compiled:
                for hit in compiled.run(ctx):
                    if not _suppressed(hit, compiled.rule, block):
                        hits.append(hit)
        hits.sort(key=lambda h: (h.start, h.end, h.rule))
        return hits


def _sentences(analysis: Analysis
               ) -> Iterator[tuple[str | None, Block, Sentence, SentenceAnalysis | None]]:
    """Every sentence in document order, with its section key, block and analysis."""
    results = {s.index: s for s in analysis.sentences}
    for section, block, sentence in analysis.document.walk():
        yield section.key, block, sentence, results.get(sentence.index)


def _suppressed(hit: Hit, rule: Rule, block: Block) -> bool:
    for item in block.suppress:
        if item == "*" or matches_id(hit.rule, item) or matches_id(rule.id, item):
            return True
    return False


def matches_id(rule_id: str, pattern: str) -> bool:
    """An id matches itself, and every id below a set or prefix ("ambtelijk")."""
    return rule_id == pattern or rule_id.startswith(pattern.rstrip(".") + ".")
