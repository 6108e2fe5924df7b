"""The B1-indicatie: an indication, never a certified level, of whether a text is B1.

A section or document gets "waarschijnlijk B1" when all of these hold, otherwise
"waarschijnlijk moeilijker dan B1" with the reasons that failed:

- LiNT-II level 1 or 2 (when the text was parsed);
- on average at most 15 words per sentence;
- at most 10 % of the sentences longer than 20 words;
- at most 5 % rare words (Zipf below 3) that the text does not explain: words covered by a
  glossary or abbreviation hit count as explained only when the writer adds the explanation,
  so they count here too;
- at most 1 jargon hit (stadhuistaal, anglicisms, own lists: the sets with
  `counts_as: jargon`) per 100 words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import dutch_format as fmt
from ..analysis.results import Metrics
from .model import Hit

MAX_LINT_LEVEL = 2
MAX_WORDS_PER_SENTENCE = 15.0
MAX_LONG_SENTENCE_SHARE = 0.10
MAX_RARE_SHARE = 0.05
MAX_JARGON_PER_100 = 1.0
JARGON = "jargon"  # the `counts_as` role of the sets counted as jargon


@dataclass(frozen=True)
class Verdict:
    """The B1-indicatie of a section or document and the reasons behind it."""

    b1: bool | None
    label: str
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"b1": self.b1, "label": self.label, "reasons": list(self.reasons)}


def b1_indication(metrics: Metrics, hits: list[Hit]) -> Verdict:
    c = metrics.counts
    if not c.words:
        return Verdict(None, "B1-indicatie: geen tekst", ())
    reasons = []
    if metrics.lint_level is not None and metrics.lint_level > MAX_LINT_LEVEL:
        reasons.append(f"LiNT-niveau {metrics.lint_level} (B1 is niveau 1 of 2)")
    if metrics.words_per_sentence and metrics.words_per_sentence > MAX_WORDS_PER_SENTENCE:
        reasons.append(f"gemiddeld {fmt.number(metrics.words_per_sentence)} woorden per zin "
                       f"(B1: hooguit {int(MAX_WORDS_PER_SENTENCE)})")
    if c.sentences and c.long_sentences / c.sentences > MAX_LONG_SENTENCE_SHARE:
        reasons.append(f"{fmt.percent(c.long_sentences, c.sentences)} lange zinnen "
                       f"(B1: hooguit {int(100 * MAX_LONG_SENTENCE_SHARE)}{fmt.PERCENT})")
    if c.rare_words / c.words > MAX_RARE_SHARE:
        reasons.append(f"{fmt.percent(c.rare_words, c.words)} zeldzame woorden "
                       f"(B1: hooguit {int(100 * MAX_RARE_SHARE)}{fmt.PERCENT})")
    jargon = sum(1 for h in hits if h.origin is not None and h.origin.counts_as == JARGON)
    if 100 * jargon / c.words > MAX_JARGON_PER_100:
        reasons.append(f"{jargon} keer stadhuistaal of jargon in {fmt.number(c.words)} woorden "
                       f"(B1: hooguit {int(MAX_JARGON_PER_100)} per 100 woorden)")
    if reasons:
        return Verdict(False, "B1-indicatie: waarschijnlijk moeilijker dan B1", tuple(reasons))
    return Verdict(True, "B1-indicatie: waarschijnlijk B1", ())
