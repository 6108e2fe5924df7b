"""What every rule kind provides, the sentence it runs on, and the helpers that check a
kind's options with errors that name the file and line."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Set
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ...errors import DataError
from ...resources import data_dir
from .matching import fixed_expression_tokens

if TYPE_CHECKING:
    from ...analysis.results import Analysis, SentenceAnalysis
    from ...document.model import Block, Sentence
    from ..model import Hit, Rule

RawOptions = Mapping[str, Any]
"""A rule's own keys as the YAML file gave them (any YAML value, until the kind checks it)."""

CompiledT = TypeVar("CompiledT")


@dataclass
class SentenceContext:
    """One sentence being checked, with what the rules need around it.

    `result` is the sentence's analysis (None when it was not analysed); `seen_terms` lives
    for the whole document: per (rule id, scope), the terms already reported.
    """

    analysis: Analysis
    line_starts: list[int]
    section: str | None
    block: Block
    sentence: Sentence
    result: SentenceAnalysis | None
    seen_terms: dict[tuple[str, str], set[str]]

    @cached_property
    def fixed_tokens(self) -> frozenset[int]:
        """Indices of tokens inside fixed expressions ("wat ons betreft"), computed once."""
        return fixed_expression_tokens(self.sentence.tokens)


class RuleKind(ABC, Generic[CompiledT]):
    """A kind of rule. One instance serves every rule of its kind: `compile` prepares a rule
    once (typed options, tables), `run` gives its hits in one sentence."""

    keys: ClassVar[frozenset[str]] = frozenset()
    """The kind's own keys in a rule, next to id, kind, severity, message … ."""

    whole_sentence: ClassVar[bool] = False
    """Whether a hit spans its whole sentence (a rule example's `hit` is then its start)."""

    def validate(self, options: RawOptions, where: RuleSource) -> None:
        """Refuse bad values with `raise where.error(...)`. Keys outside `keys` were refused
        before; the default accepts everything."""

    @abstractmethod
    def compile(self, rule: Rule) -> CompiledT:
        """What `run` needs, prepared once per rule."""

    @abstractmethod
    def run(self, compiled: CompiledT, ctx: SentenceContext) -> list[Hit]:
        """The rule's hits in one sentence."""


@dataclass(frozen=True)
class RuleSource:
    """Where a rule stands, so that an error names the file and line. `base` is the rule
    file's folder, where its own word lists may be."""

    file: str
    line: int
    rule_id: str
    base: Path

    def error(self, message: str, line: int | None = None) -> DataError:
        return fail(self.file, self.line if line is None else line, message)


def fail(file: str, line: int, message: str) -> DataError:
    return DataError(f"{file}:{line}: {message}")


def check_keys(data: RawOptions, allowed: Set[str], file: str, what: str) -> None:
    """Refuse keys that are not in `allowed` (YAML mappings carry their line as __line__)."""
    unknown = sorted(k for k in data if k != "__line__" and k not in allowed)
    if unknown:
        raise fail(file, data.get("__line__", 0),
                   f"onbekende sleutel(s) in {what}: {', '.join(unknown)}")


def require_advice(options: RawOptions, where: RuleSource) -> None:
    if not isinstance(options.get("advice"), str):
        raise where.error(f"{where.rule_id} heeft 'advice' nodig (wat de schrijver kan doen)")


def require_wordlist_or_table(options: RawOptions, where: RuleSource) -> None:
    if not (options.get("wordlist") or options.get("table")):
        raise where.error(f"{where.rule_id} heeft 'wordlist' of 'table' nodig")


def check_wordlist(options: RawOptions, where: RuleSource) -> None:
    """A `wordlist` is a file next to the rule file or one that ships with eenvoudig."""
    wordlist = options.get("wordlist")
    if wordlist is None:
        return
    if not isinstance(wordlist, str):
        raise where.error("'wordlist' is een bestandsnaam")
    local = where.base / wordlist
    if not local.is_file() and not (data_dir("wordlists") / wordlist).is_file():
        raise where.error(f"woordenlijst '{wordlist}' bestaat niet")
