"""What every rule kind provides, the sentence it runs on, and the helpers that check a
kind's options with errors that name the file and line."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
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
        """Refuse bad values with `raise where.error(...)` (and warn about harmless mistakes
        with `where.warn(...)`). Keys outside `keys` were refused before; the default
        accepts everything."""

    def placeholders(self, options: RawOptions) -> Mapping[str, tuple[str, ...]]:
        """The keys whose text the engine fills in, each with the placeholders it fills
        (`checking/placeholders.py`); the loader refuses any other placeholder in them. By
        default the message, with {term}: the words of the hit."""
        return {"message": ("term",)}

    @abstractmethod
    def compile(self, rule: Rule) -> CompiledT:
        """What `run` needs, prepared once per rule."""

    @abstractmethod
    def run(self, compiled: CompiledT, ctx: SentenceContext) -> list[Hit]:
        """The rule's hits in one sentence."""


@dataclass(frozen=True)
class RuleSource:
    """Where a rule stands, so that an error names the file and line. `base` is the rule
    file's folder, where its own word lists may be; `lines` the line of each of the rule's
    keys; `warnings` collects what `warn` reports (the rule carries them)."""

    file: str
    line: int
    rule_id: str
    base: Path
    lines: Mapping[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def error(self, message: str, line: int | None = None) -> DataError:
        return fail(self.file, self.line if line is None else line, message)

    def line_of(self, key: str) -> int:
        """The line of one of the rule's keys (the rule's own line when unknown)."""
        return self.lines.get(key, self.line)

    def warn(self, message: str, line: int | None = None, file: str | None = None) -> None:
        self.warnings.append(f"{file or self.file}:{self.line if line is None else line}: "
                             f"{message}")


class LineDict(dict[str, Any]):
    """A mapping read from a rule file: `lines` holds the line of each key, `duplicates`
    the keys given twice (with the line of the second), which YAML would silently drop."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[str, int] = {}
        self.duplicates: list[tuple[str, int]] = []


class LineList(list[Any]):
    """A list read from a rule file: `lines` holds the line of each item."""

    def __init__(self, items: Sequence[Any], lines: Sequence[int]) -> None:
        super().__init__(items)
        self.lines = list(lines)


def item_line(items: Sequence[Any], index: int, default: int) -> int:
    """The line of a list's item when the list was read from a rule file."""
    lines = getattr(items, "lines", None)
    return lines[index] if isinstance(lines, list) and index < len(lines) else default


def key_line(data: Mapping[str, Any], key: str, default: int) -> int:
    """The line of a mapping's key when the mapping was read from a rule file."""
    lines = getattr(data, "lines", None)
    return lines.get(key, default) if isinstance(lines, dict) else default


def fail(file: str, line: int, message: str) -> DataError:
    return DataError(f"{file}:{line}: {message}")


def check_keys(data: RawOptions, allowed: Set[str], file: str, what: str) -> None:
    """Refuse keys that are not in `allowed` and keys given twice (YAML mappings carry their
    line as __line__)."""
    unknown = sorted(k for k in data if k != "__line__" and k not in allowed)
    if unknown:
        raise fail(file, data.get("__line__", 0),
                   f"onbekende sleutel(s) in {what}: {', '.join(unknown)}")
    duplicates = getattr(data, "duplicates", ())
    if duplicates:
        key, line = duplicates[0]
        raise fail(file, line, f"'{key}' staat twee keer in {what}")


def check_text(value: Any, what: str, where: RuleSource, line: int) -> str:
    """A value that must be a text (a word, a term, an alternative …)."""
    if not isinstance(value, str):
        raise where.error(f"{what} is geen tekst maar {shown(value)}; zet het tussen "
                          "aanhalingstekens", line)
    return value


def check_texts(value: Any, what: str, where: RuleSource, line: int) -> list[str]:
    """A value that must be a list of texts: every item is checked at its own line."""
    if not isinstance(value, list):
        raise where.error(f"{what} is een lijst van teksten, niet {shown(value)}", line)
    return [check_text(item, f"elk item van {what}", where, item_line(value, index, line))
            for index, item in enumerate(value)]


def shown(value: Any, width: int = 40) -> str:
    """A value from a rule file as the error shows it ("[a, b]", "3")."""
    if isinstance(value, list):
        text = "[" + ", ".join(shown(v, width) for v in value) + "]"
    elif isinstance(value, dict):
        text = "{" + ", ".join(f"{k}: {shown(v, width)}" for k, v in value.items()
                               if k != "__line__") + "}"
    else:
        text = str(value)
    return text if len(text) <= width else text[:width - 1] + "…"


def warn_duplicates(terms: Sequence[tuple[str, int]], where: RuleSource, *,
                    case_sensitive: bool = False, file: str | None = None) -> None:
    """Warn about every term that was listed before (as the rule matches it: in any case,
    unless `case_sensitive`)."""
    first: dict[str, int] = {}
    for term, line in terms:
        key = term if case_sensitive else term.lower()
        if key in first:
            where.warn(f"'{term}' staat twee keer in de lijst (ook op regel {first[key]})",
                       line, file)
        else:
            first[key] = line


def require_advice(options: RawOptions, where: RuleSource) -> None:
    if not isinstance(options.get("advice"), str):
        raise where.error(f"{where.rule_id} heeft 'advice' nodig (wat de schrijver kan doen)")


def require_wordlist_or_table(options: RawOptions, where: RuleSource) -> None:
    if not (options.get("wordlist") or options.get("table")):
        raise where.error(f"{where.rule_id} heeft 'wordlist' of 'table' nodig")


TABLE_KEYS = frozenset({"alternatives", "pos", "note", "explanation", "condition"})
"""What a term of an inline `table` may have, when it is a mapping."""


def check_table(options: RawOptions, where: RuleSource, *, case_sensitive: bool = False
                ) -> None:
    """An inline `table`: every term a text with a text, a list of alternatives or a mapping
    of TABLE_KEYS as its value; a term listed twice is a warning."""
    table = options.get("table")
    if table is None:
        return
    line = where.line_of("table")
    if not isinstance(table, dict):
        raise where.error(f"'table' is een mapping van termen, niet {shown(table)}", line)
    terms: list[tuple[str, int]] = []
    for term, value in table.items():
        if term == "__line__":
            continue
        at = key_line(table, term, line)
        if isinstance(value, list):
            check_texts(value, f"de alternatieven van '{term}'", where, at)
        elif isinstance(value, dict):
            check_keys(value, TABLE_KEYS, where.file, f"de term '{term}'")
            inner = value.get("__line__", at)
            if "alternatives" in value:
                check_texts(value["alternatives"], f"'alternatives' van '{term}'", where,
                            key_line(value, "alternatives", inner))
            for key in sorted(TABLE_KEYS - {"alternatives"}):
                if key in value:
                    check_text(value[key], f"'{key}' van '{term}'", where,
                               key_line(value, key, inner))
        elif not isinstance(value, str):
            raise where.error(f"de term '{term}' heeft een tekst, een lijst van alternatieven "
                              f"of een mapping, niet {shown(value)}", at)
        terms.append((term, at))
    for term, second in getattr(table, "duplicates", ()):
        where.warn(f"'{term}' staat twee keer in de tabel (ook op regel "
                   f"{key_line(table, term, line)}); alleen de laatste telt", second)
    warn_duplicates(terms, where, case_sensitive=case_sensitive)


def check_wordlist(options: RawOptions, where: RuleSource, *, case_sensitive: bool = False
                   ) -> None:
    """A `wordlist` is a file next to the rule file or one that ships with eenvoudig; a term
    it lists twice is a warning that names the list and line."""
    from ..tables import read_wordlist

    wordlist = options.get("wordlist")
    if wordlist is None:
        return
    if not isinstance(wordlist, str):
        raise where.error("'wordlist' is een bestandsnaam")
    local = where.base / wordlist
    if not local.is_file() and not (data_dir("wordlists") / wordlist).is_file():
        raise where.error(f"woordenlijst '{wordlist}' bestaat niet")
    words = read_wordlist(wordlist, str(where.base))
    warn_duplicates([(row[0], line) for row, line in zip(words.rows, words.lines, strict=True)],
                    where, case_sensitive=case_sensitive, file=words.name)
