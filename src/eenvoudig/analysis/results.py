"""The results of an analysis: frozen, typed, and convertible to JSON with `to_dict()`."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from ..document.model import Document, Section, Sentence
from . import formulas, lint
from .understandability import Understandability, understandability

SCHEMA_VERSION = "1.1"


@dataclass(frozen=True, slots=True)
class WordInfo:
    """One word as a reader meets it: its syllables, letters, Zipf frequency and flags."""

    text: str
    syllables: int
    letters: int
    zipf: float
    rare: bool
    long: bool
    number: bool
    name: bool

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "syllables": self.syllables, "letters": self.letters,
                "zipf": self.zipf, "rare": self.rare, "long": self.long,
                "number": self.number}


@dataclass(frozen=True, slots=True)
class Counts:
    """Counts that add up across sentences, sections and documents.

    The fields from `short_function_words` on come from the parse (LiNT-II features and
    constructions) and stay 0 when the text was not parsed. LiNT-II averages two features
    over sentences: the longest dependency (`dependency_sum` over `dependency_sentences`,
    the sentences of two words or more) and content words per clause (`clause_density_sum`,
    each sentence's content words / finite verbs, over `clause_sentences`, the sentences
    with a finite verb); `clauses` counts finite verbs, at least one per sentence.
    """

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    letters: int = 0
    long_words: int = 0
    rare_words: int = 0
    long_sentences: int = 0
    squared_lengths: int = 0
    """Sum of the squared word counts of the sentences (for the length-weighted mean)."""
    frequency_deficit: float = 0.0
    """Sum over words (not numbers or names) of how far their Zipf frequency is below 4.5."""
    number_words: int = 0
    jargon_words: int = 0
    abbreviations: int = 0
    shorthand: int = 0
    """Words written short: with a full stop inside or at the end ("o.a.", "ca."), signs
    (%, &, €), words in capitals ("WOZ")."""
    we_pronouns: int = 0
    short_function_words: int = 0
    """Function words of at most three letters ("er", "dat", "wel", "om"): many of them make
    a sentence wordy. Needs the parse."""
    content_words: int = 0
    clauses: int = 0
    frequency_words: int = 0
    frequency_sum: float = 0.0
    dependency_sum: int = 0
    dependency_sentences: int = 0
    clause_density_sum: float = 0.0
    clause_sentences: int = 0
    parsed_sentences: int = 0
    nouns_known: int = 0
    nouns_concrete: int = 0
    passives: int = 0
    passive_agents: int = 0
    subordinate_clauses: int = 0
    nominalisations: int = 0
    reader_pronouns: int = 0
    negations: int = 0

    def __repr__(self) -> str:
        return (f"Counts(words={self.words}, sentences={self.sentences}, "
                f"syllables={self.syllables}, …)")

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, name) + getattr(other, name) for name in _COUNT_FIELDS))


_COUNT_FIELDS = tuple(f.name for f in fields(Counts))


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


@dataclass(frozen=True, slots=True)
class Metrics:
    """Counts and the formulas computed from them (None where a formula has no words)."""

    counts: Counts

    def __repr__(self) -> str:
        lint = "–" if self.lint_score is None else f"{self.lint_score:.1f}"
        douma = "–" if self.flesch_douma is None else f"{self.flesch_douma:.1f}"
        score = self.understandability_score
        shown = "–" if score is None else f"{score:.0f}"
        return (f"Metrics({self.words} words, {self.sentences} sentences, "
                f"begrijpelijkheid {shown}, LiNT {lint}, Flesch-Douma {douma})")

    @property
    def words(self) -> int:
        return self.counts.words

    @property
    def sentences(self) -> int:
        return self.counts.sentences

    @property
    def words_per_sentence(self) -> float | None:
        c = self.counts
        return c.words / c.sentences if c.sentences else None

    @property
    def syllables_per_word(self) -> float | None:
        c = self.counts
        return c.syllables / c.words if c.words else None

    @property
    def flesch_douma(self) -> float | None:
        c = self.counts
        return formulas.flesch_douma(c.words, c.sentences, c.syllables)

    @property
    def brouwer(self) -> float | None:
        c = self.counts
        return formulas.brouwer(c.words, c.sentences, c.syllables)

    @property
    def lix(self) -> float | None:
        c = self.counts
        return formulas.lix(c.words, c.sentences, c.long_words)

    @property
    def parsed(self) -> bool:
        return self.counts.parsed_sentences > 0

    @property
    def mean_zipf(self) -> float | None:
        """LiNT-II: mean Zipf frequency of content words (proper names left out)."""
        c = self.counts
        return c.frequency_sum / c.frequency_words if c.frequency_words else None

    @property
    def dependency_length(self) -> float | None:
        """LiNT-II: mean over sentences of the longest dependency length."""
        c = self.counts
        return c.dependency_sum / c.dependency_sentences if c.dependency_sentences else None

    @property
    def content_words_per_clause(self) -> float | None:
        """LiNT-II: mean over sentences with a finite verb of content words per finite verb."""
        c = self.counts
        return c.clause_density_sum / c.clause_sentences if c.clause_sentences else None

    @property
    def words_per_clause(self) -> float | None:
        """Words per clause (finite verb); only after parsing."""
        c = self.counts
        return c.words / c.clauses if c.clauses else None

    @property
    def proportion_concrete(self) -> float | None:
        """LiNT-II: concrete nouns / nouns LiNT-II's noun list classifies."""
        c = self.counts
        return c.nouns_concrete / c.nouns_known if c.nouns_known else None

    @property
    def lint_score(self) -> float | None:
        """LiNT-II score 0–100 (higher = harder); None without parse, without a classified
        noun, a finite verb, a word with a frequency, or a sentence of two words."""
        return lint.lint_score(self.mean_zipf, self.dependency_length,
                               self.content_words_per_clause, self.proportion_concrete)

    @property
    def lint_level(self) -> int | None:
        return lint.lint_level(self.lint_score)

    @property
    def lint_struggle_share(self) -> int | None:
        """Share (%) of adult Dutch readers who struggle with a text at this LiNT level."""
        level = self.lint_level
        return None if level is None else lint.STRUGGLE_SHARE[level]

    @property
    def understandability(self) -> Understandability | None:
        """Begrijpelijkheid: eenvoudig's calibrated score, 0–100, higher is easier, with the
        contribution of each kind of difficulty (see `analysis.understandability`); None
        without words or without a parse."""
        return understandability(self.counts)

    @property
    def understandability_score(self) -> float | None:
        result = self.understandability
        return None if result is None else result.score

    @property
    def flesch_douma_band(self) -> str | None:
        return formulas.flesch_band(self.flesch_douma)

    @property
    def brouwer_band(self) -> str | None:
        return formulas.flesch_band(self.brouwer)

    @property
    def lix_band(self) -> str | None:
        return formulas.lix_band(self.lix)

    def to_dict(self) -> dict[str, Any]:
        c = self.counts
        return {
            "words": c.words,
            "sentences": c.sentences,
            "syllables": c.syllables,
            "letters": c.letters,
            "long_words": c.long_words,
            "rare_words": c.rare_words,
            "long_sentences": c.long_sentences,
            "words_per_sentence": _round(self.words_per_sentence, 2),
            "syllables_per_word": _round(self.syllables_per_word, 3),
            "flesch_douma": _round(self.flesch_douma),
            "flesch_douma_band": self.flesch_douma_band,
            "brouwer": _round(self.brouwer),
            "brouwer_band": self.brouwer_band,
            "lix": _round(self.lix),
            "lix_band": self.lix_band,
            "lint_score": _round(self.lint_score),
            "lint_level": self.lint_level,
            "lint_struggle_share": self.lint_struggle_share,
            "understandability": None if (u := self.understandability) is None else u.to_dict(),
            "lint_features": {
                "mean_zipf": _round(self.mean_zipf, 3),
                "dependency_length": _round(self.dependency_length, 2),
                "content_words_per_clause": _round(self.content_words_per_clause, 2),
                "proportion_concrete": _round(self.proportion_concrete, 3),
            } if self.parsed else None,
            "words_per_clause": _round(self.words_per_clause, 2),
            "passives": c.passives,
            "passive_agents": c.passive_agents,
            "subordinate_clauses": c.subordinate_clauses,
            "nominalisations": c.nominalisations,
            "reader_pronouns": c.reader_pronouns,
            "negations": c.negations,
        }


@dataclass(frozen=True, slots=True)
class SentenceAnalysis:
    """A sentence with its words and metrics; `long` is True above the long-sentence limit."""

    sentence: Sentence
    part: str | None
    kind: str
    words: tuple[WordInfo, ...]
    metrics: Metrics
    long: bool

    def __repr__(self) -> str:
        text = self.sentence.text
        short = text if len(text) <= 40 else text[:39] + "…"
        return (f"SentenceAnalysis(#{self.index}, {self.metrics.words} words"
                f"{', long' if self.long else ''}, {short!r})")

    @property
    def index(self) -> int:
        """The sentence's place in its document (`Sentence.index`)."""
        return self.sentence.index

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def line(self) -> int:
        return self.sentence.line

    @property
    def rare_words(self) -> tuple[WordInfo, ...]:
        return tuple(w for w in self.words if w.rare)

    @property
    def long_words(self) -> tuple[WordInfo, ...]:
        return tuple(w for w in self.words if w.long)

    def to_dict(self, *, words: bool = False) -> dict[str, Any]:
        m = self.metrics
        data = {
            "text": self.text,
            "line": self.sentence.line,
            "column": self.sentence.column,
            "start": self.sentence.source_start,
            "end": self.sentence.source_end,
            "kind": self.kind,
            "part": self.part,
            "words": m.words,
            "syllables": m.counts.syllables,
            "long_words": m.counts.long_words,
            "rare_words": m.counts.rare_words,
            "long_sentence": self.long,
            "flesch_douma": _round(m.flesch_douma),
            "brouwer": _round(m.brouwer),
            "lix": _round(m.lix),
            "lint_score": _round(m.lint_score),
            "lint_level": m.lint_level,
            "passive": m.counts.passives > 0 if m.parsed else None,
            "max_dependency_length": m.counts.dependency_sum
            if m.counts.dependency_sentences else None,
            "rare": [w.text for w in self.rare_words],
        }
        if words:
            data["word_details"] = [w.to_dict() for w in self.words]
        return data


def hardest(words: list[WordInfo], limit: int = 3) -> tuple[str, ...]:
    """The rarest words (names and numbers left out), longest first among equals, unique."""
    seen: set[str] = set()
    result: list[str] = []
    for word in sorted((w for w in words if w.rare and not w.name and not w.number),
                       key=lambda w: (w.zipf, -w.syllables, w.text.lower())):
        key = word.text.lower()
        if key not in seen:
            seen.add(key)
            result.append(word.text)
        if len(result) == limit:
            break
    return tuple(result)


@dataclass(frozen=True, slots=True)
class SectionAnalysis:
    """A section with its sentence analyses and the metrics of their summed counts."""

    section: Section
    sentences: tuple[SentenceAnalysis, ...]
    metrics: Metrics

    def __repr__(self) -> str:
        title = self.title if len(self.title) <= 40 else self.title[:39] + "…"
        return (f"SectionAnalysis({self.number or '-'}, {title!r}, "
                f"{len(self.sentences)} sentences, {self.metrics!r})")

    @property
    def number(self) -> str | None:
        return self.section.number

    @property
    def title(self) -> str:
        return self.section.title

    @property
    def longest_sentence(self) -> SentenceAnalysis | None:
        return max(self.sentences, key=lambda s: s.metrics.words, default=None)

    @property
    def hardest_words(self) -> tuple[str, ...]:
        return hardest([w for s in self.sentences for w in s.words])

    def to_dict(self, *, words: bool = False) -> dict[str, Any]:
        longest = self.longest_sentence
        return {
            "number": self.section.number,
            "title": self.section.title,
            "level": self.section.level,
            "parent": self.section.parent,
            "line": self.section.line,
            "metrics": self.metrics.to_dict(),
            "longest_sentence": longest.to_dict() if longest else None,
            "hardest_words": list(self.hardest_words),
            "sentences": [s.to_dict(words=words) for s in self.sentences],
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """The analysis of one document: its metrics, and every section and sentence."""

    document: Document
    sections: tuple[SectionAnalysis, ...]
    metrics: Metrics
    settings: dict[str, Any]

    def __repr__(self) -> str:
        return (f"Analysis({self.document.source!r}, {len(self.sections)} sections, "
                f"{self.metrics!r})")

    @property
    def sentences(self) -> tuple[SentenceAnalysis, ...]:
        return tuple(s for section in self.sections for s in section.sentences)

    @property
    def hardest_words(self) -> tuple[str, ...]:
        return hardest([w for s in self.sentences for w in s.words], limit=10)

    def section(self, number: str) -> SectionAnalysis:
        for section in self.sections:
            if section.number == number:
                return section
        raise KeyError(number)

    def to_dict(self, *, sentences: bool = True, words: bool = False) -> dict[str, Any]:
        """JSON-ready result (schema `SCHEMA_VERSION`, documented in the README).

        `sentences=False` leaves out the sentence lists; `words=True` adds `word_details`
        (syllables, letters, Zipf frequency, rare and long flags) to every sentence.
        """
        sections = []
        for section in self.sections:
            data = section.to_dict(words=words)
            if not sentences:
                data.pop("sentences")
            sections.append(data)
        return {
            "schema_version": SCHEMA_VERSION,
            "document": {
                "source": self.document.source,
                "format": self.document.format,
                "title": self.document.title,
                "notes": list(self.document.notes),
                "metrics": self.metrics.to_dict(),
                "hardest_words": list(self.hardest_words),
            },
            "settings": dict(self.settings),
            "sections": sections,
        }
