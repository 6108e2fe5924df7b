"""The results of an analysis: frozen, typed, and convertible to JSON with `to_dict()`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..document.model import Document, Section, Sentence
from . import formulas

SCHEMA_VERSION = "1.0"


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
    """Counts that add up across sentences, sections and documents."""

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    letters: int = 0
    long_words: int = 0
    rare_words: int = 0
    long_sentences: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self._values(), other._values(), strict=True)))

    def _values(self) -> tuple[int, ...]:
        return (self.words, self.sentences, self.syllables, self.letters, self.long_words,
                self.rare_words, self.long_sentences)


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


@dataclass(frozen=True, slots=True)
class Metrics:
    """Counts and the formulas computed from them (None where a formula has no words)."""

    counts: Counts

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
