"""The B1-indicatie: an indication, never a certified level, of whether a text is B1.

When the text was parsed, the indication follows from begrijpelijkheid, the calibrated
score (`analysis.understandability`): "waarschijnlijk B1" from its B1 threshold (fitted so
that as many expert plain-language versions of the dev pairs pass as originals fail), and at
most 1 jargon hit per 100 words (the rule checker's hits of the sets with `counts_as: jargon`,
own word lists included, which the score itself does not see). Otherwise the reasons say why:
the score, then the measures below that fail, then (when none does) the kinds of difficulty
that cost the most points.

Without a parse the indication rests on these measures alone ("waarschijnlijk B1" when all
hold):

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


LIKELY_B1 = "B1-indicatie: waarschijnlijk B1"
HARDER = "B1-indicatie: waarschijnlijk moeilijker dan B1"


def b1_indication(metrics: Metrics, hits: list[Hit]) -> Verdict:
    c = metrics.counts
    if not c.words:
        return Verdict(None, "B1-indicatie: geen tekst", ())
    jargon = _jargon_reason(metrics, hits)
    measured = _failed_measures(metrics) + ([jargon] if jargon else [])
    score = metrics.understandability
    if score is None:
        return Verdict(False, HARDER, tuple(measured)) if measured else Verdict(True, LIKELY_B1, ())
    if score.b1 and jargon is None:
        return Verdict(True, LIKELY_B1, ())
    reasons = [] if score.b1 else [f"begrijpelijkheid {round(score.score)} van 100 (B1 vanaf "
                                   f"{score.b1_threshold:.0f})"]
    reasons += measured or [f"{c.label} ({round(c.points)} punten)"
                            for c in score.contributions if round(c.points) < 0][:3]
    return Verdict(False, HARDER, tuple(reasons))


def _failed_measures(metrics: Metrics) -> list[str]:
    """The plain length and word measures of B1 writing that this text fails, each as a Dutch
    reason (the jargon measure, which needs the hits, is `_jargon_reason`)."""
    c = metrics.counts
    reasons = []
    if metrics.words_per_sentence and metrics.words_per_sentence > MAX_WORDS_PER_SENTENCE:
        reasons.append(f"gemiddeld {fmt.number(metrics.words_per_sentence)} woorden per zin "
                       f"(B1: hooguit {int(MAX_WORDS_PER_SENTENCE)})")
    if c.sentences and c.long_sentences / c.sentences > MAX_LONG_SENTENCE_SHARE:
        reasons.append(f"{fmt.percent(c.long_sentences, c.sentences)} lange zinnen "
                       f"(B1: hooguit {int(100 * MAX_LONG_SENTENCE_SHARE)}{fmt.PERCENT})")
    if c.rare_words / c.words > MAX_RARE_SHARE:
        reasons.append(f"{fmt.percent(c.rare_words, c.words)} zeldzame woorden "
                       f"(B1: hooguit {int(100 * MAX_RARE_SHARE)}{fmt.PERCENT})")
    return reasons


def _jargon_reason(metrics: Metrics, hits: list[Hit]) -> str | None:
    """Why the text has too much jargon for B1, or None when it has not."""
    words = metrics.counts.words
    jargon = sum(1 for h in hits if h.origin is not None and h.origin.counts_as == JARGON)
    if not words or 100 * jargon / words <= MAX_JARGON_PER_100:
        return None
    return (f"{jargon} keer stadhuistaal of jargon in {fmt.number(words)} woorden "
            f"(B1: hooguit {int(MAX_JARGON_PER_100)} per 100 woorden)")
