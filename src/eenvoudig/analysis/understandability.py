"""Begrijpelijkheid: eenvoudig's calibrated score, 0–100, higher is easier to understand.

A weighted sum of features of a text, fitted so that a sentence rewritten by an expert
plain-language editor scores easier than the original (pairwise logistic regression on the
Amsterdam municipal pairs; `training/fit_understandability.py`). The weights, the feature
means and spreads, the scale and the B1 threshold are data, in
`analysis/data/understandability.json`, with their provenance; this module only computes.

Every feature is a ratio of counts that add up (words per sentence, passives per sentence,
officialese words per word …), so a section or document is scored from its pooled counts,
the way the classic formulas are, and ten copies of a sentence score as that sentence.

    score = 50 − 15 × d / spread,  d = Σ weight × (feature − mean) / sd,  clamped to 0–100

so the average municipal sentence of the fitting data scores 50, and each feature's share
(its contribution, in points) says how much it moves the score away from that average:
"lange zinnen −12" means the sentences are so long that the score is 12 points lower.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ..errors import DataError
from ..resources import package_text

if TYPE_CHECKING:
    from .results import Counts

MODEL_FILE = "analysis/data/understandability.json"
CENTER = 50.0
SPREAD = 15.0


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _log_words_per_sentence(c: Counts) -> float | None:
    return math.log1p(c.words / c.sentences) if c.sentences else None


# The groups a reader sees, with their Dutch names: a contribution is the sum of its
# features' points (features of one group overlap, so only their sum is meaningful).
GROUPS: dict[str, str] = {
    "sentences": "lange zinnen",
    "words": "moeilijke woorden",
    "jargon": "stadhuistaal en Engelse woorden",
    "abbreviations": "afkortingen en tekens",
    "wordy": "veel kleine woordjes (omslachtig)",
    "passives": "lijdende vorm",
    "nominalisations": "naamwoordstijl",
    "structure": "ingewikkelde zinsbouw",
    "address": "de lezer aanspreken (u, je, we)",
    "negations": "ontkenningen",
    "concrete": "concrete woorden",
    "numbers": "getallen in cijfers",
}

# The same groups as a reader-facing phrase for each direction: (when the group makes the text
# harder, when it makes it easier). "Wat het moeilijker maakt: lange zinnen (−12) · Wat helpt:
# de lezer aanspreken met u, je en we (+4)" — a label like "concrete woorden" reads wrong on
# the side where it costs points.
PHRASES: dict[str, tuple[str, str]] = {
    "sentences": ("lange zinnen", "korte zinnen"),
    "words": ("moeilijke woorden", "bekende woorden"),
    "jargon": ("stadhuistaal en Engelse woorden", "weinig stadhuistaal en Engelse woorden"),
    "abbreviations": ("afkortingen en tekens", "weinig afkortingen en tekens"),
    "wordy": ("omslachtig: veel kleine woordjes", "weinig kleine woordjes"),
    "passives": ("lijdende vorm", "weinig lijdende vorm"),
    "nominalisations": ("naamwoordstijl", "weinig naamwoordstijl"),
    "structure": ("ingewikkelde zinsbouw", "eenvoudige zinsbouw"),
    "address": ("de lezer weinig aanspreken met u, je en we",
                "de lezer aanspreken met u, je en we"),
    "negations": ("ontkenningen", "weinig ontkenningen"),
    "concrete": ("abstracte woorden", "concrete woorden"),
    "numbers": ("weinig getallen in cijfers", "getallen in cijfers"),
}
REASONS = 3  # how many contributions a page shows on each side
HARDER = "Wat het moeilijker maakt"
EASIER = "Wat helpt"

# Feature name → (what it computes from pooled counts, its group). A feature whose value is
# None (no nouns, no content words) contributes nothing.
FEATURES: dict[str, tuple[Callable[[Counts], float | None], str]] = {
    "words_per_sentence": (_log_words_per_sentence, "sentences"),
    "length_weighted_sentence": (lambda c: _ratio(c.squared_lengths, c.words), "sentences"),
    "frequency_deficit": (lambda c: _ratio(c.frequency_deficit, c.words), "words"),
    "content_word_frequency": (lambda c: _ratio(c.frequency_sum, c.frequency_words), "words"),
    "jargon": (lambda c: _ratio(c.jargon_words, c.words), "jargon"),
    "abbreviations": (lambda c: _ratio(c.abbreviations, c.words), "abbreviations"),
    "shorthand": (lambda c: _ratio(c.shorthand, c.words), "abbreviations"),
    "short_function_words": (lambda c: _ratio(c.short_function_words, c.words), "wordy"),
    "passives": (lambda c: _ratio(c.passives, c.sentences), "passives"),
    "nominalisations": (lambda c: _ratio(c.nominalisations, c.words), "nominalisations"),
    "subordinate_clauses": (lambda c: _ratio(c.subordinate_clauses, c.sentences), "structure"),
    "dependency_length": (lambda c: _ratio(c.dependency_sum, c.dependency_sentences),
                          "structure"),
    "content_words_per_clause": (lambda c: _ratio(c.content_words, c.clauses), "structure"),
    "reader_pronouns": (lambda c: _ratio(c.reader_pronouns, c.words), "address"),
    "we_pronouns": (lambda c: _ratio(c.we_pronouns, c.words), "address"),
    "negations": (lambda c: _ratio(c.negations, c.sentences), "negations"),
    "concrete_nouns": (lambda c: _ratio(c.nouns_concrete, c.nouns_known), "concrete"),
    "numbers": (lambda c: _ratio(c.number_words, c.words), "numbers"),
}


@dataclass(frozen=True)
class Model:
    """The fitted model: per feature its weight, mean and standard deviation; the spread of
    d over the fitting data; the B1 threshold (the word lists behind the lexicon features:
    `lexicon_lists`)."""

    weights: dict[str, float]
    means: dict[str, float]
    sds: dict[str, float]
    spread: float
    b1_threshold: float
    provenance: dict[str, Any]


@dataclass(frozen=True)
class Contribution:
    """How much one group of features moves the score away from the average (points;
    negative is harder), with the group's Dutch name and the values of its features."""

    group: str
    label: str
    points: float
    values: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "label": self.label, "points": round(self.points, 1),
                "features": {k: round(v, 4) for k, v in self.values.items()}}

    @property
    def phrase(self) -> str:
        """The group in words for the direction it moves the score: "lange zinnen" when it
        costs points, "korte zinnen" when it adds them."""
        harder, easier = PHRASES.get(self.group, (self.label, self.label))
        return harder if self.points < 0 else easier

    @property
    def signed(self) -> str:
        """The points as a reader sees them: "−12", "+4" (whole numbers)."""
        return _signed(self.points)

    @property
    def shown(self) -> str:
        """"lange zinnen (−12)"."""
        return f"{self.phrase} ({self.signed})"


@dataclass(frozen=True)
class Understandability:
    """The score (0–100, higher is easier), its contributions (largest first) and whether it
    reaches the B1 threshold."""

    score: float
    contributions: tuple[Contribution, ...]
    b1: bool
    b1_threshold: float

    def to_dict(self) -> dict[str, Any]:
        return {"score": round(self.score, 1), "b1": self.b1,
                "b1_threshold": self.b1_threshold,
                "contributions": [c.to_dict() for c in self.contributions]}

    def harder(self, limit: int = REASONS) -> tuple[Contribution, ...]:
        """The largest contributions that make the text harder (at least 1 point)."""
        return tuple(c for c in self.contributions if round(c.points) < 0)[:limit]

    def easier(self, limit: int = REASONS) -> tuple[Contribution, ...]:
        """The largest contributions that make the text easier (at least 1 point)."""
        return tuple(c for c in self.contributions if round(c.points) > 0)[:limit]

    def reasons(self, limit: int = REASONS) -> str:
        """Both sides in one line: "Wat het moeilijker maakt: lange zinnen (−12), lijdende
        vorm (−5). Wat helpt: de lezer aanspreken met u, je en we (+4)."; "" when no
        contribution reaches a whole point."""
        parts = [f"{title}: {', '.join(c.shown for c in shown)}."
                 for title, shown in ((HARDER, self.harder(limit)), (EASIER, self.easier(limit)))
                 if shown]
        return " ".join(parts)

    def headline(self) -> str:
        """"Begrijpelijkheid: 43 van 100 — hoe hoger, hoe makkelijker. B1 vanaf 51."."""
        return (f"Begrijpelijkheid: {round(self.score)} van 100 — hoe hoger, hoe makkelijker. "
                f"B1 vanaf {self.b1_threshold:.0f}.")

    def explanation(self, limit: int = 4) -> str:
        """The largest contributions in words: "lange zinnen −12, lijdende vorm −5"."""
        shown = [c for c in self.contributions if round(c.points) != 0][:limit]
        return ", ".join(f"{c.label} {_signed(c.points)}" for c in shown)


def _signed(points: float) -> str:
    value = round(points)
    return f"+{value}" if value > 0 else f"−{-value}"


@cache
def _data() -> dict[str, Any]:
    try:
        data = json.loads(package_text(MODEL_FILE))
    except ValueError as exc:
        raise DataError(f"{MODEL_FILE} is geen geldige JSON ({exc}).") from None
    if not isinstance(data, dict):
        raise DataError(f"{MODEL_FILE} is onvolledig of ongeldig.")
    return data


@cache
def lexicon_lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word lists behind the jargon and abbreviation features (jargon, abbreviations)."""
    try:
        lexicons = _data()["lexicons"]
        return tuple(lexicons["jargon"]), tuple(lexicons["abbreviations"])
    except (KeyError, TypeError) as exc:
        raise DataError(f"{MODEL_FILE}: 'lexicons' is onvolledig ({exc}).") from None


@cache
def model() -> Model:
    """The shipped model (loaded once)."""
    try:
        data = _data()
        features = data["features"]
        unknown = set(features) - set(FEATURES)
        if unknown:
            raise DataError(f"{MODEL_FILE}: onbekende kenmerken {', '.join(sorted(unknown))}.")
        return Model(
            weights={k: float(v["weight"]) for k, v in features.items()},
            means={k: float(v["mean"]) for k, v in features.items()},
            sds={k: float(v["sd"]) for k, v in features.items()},
            spread=float(data["spread"]),
            b1_threshold=float(data["b1_threshold"]),
            provenance=dict(data.get("provenance", {})),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"{MODEL_FILE} is onvolledig of ongeldig ({exc}).") from None


def feature_values(counts: Counts) -> dict[str, float | None]:
    """Every feature of pooled counts (None where it is undefined)."""
    return {name: compute(counts) for name, (compute, _label) in FEATURES.items()}


def understandability(counts: Counts, fitted: Model | None = None) -> Understandability | None:
    """The calibrated score of pooled counts; None for a text without words or without a
    parse (the score needs the sentence structure)."""
    if not counts.words or not counts.clauses:
        return None
    fitted = fitted or model()
    values = feature_values(counts)
    points: dict[str, float] = {}
    shown: dict[str, dict[str, float]] = {}
    for name, weight in fitted.weights.items():
        value = values[name]
        if value is None:
            continue
        group = FEATURES[name][1]
        points[group] = points.get(group, 0.0) - SPREAD * weight * (
            value - fitted.means[name]) / (fitted.sds[name] * fitted.spread)
        shown.setdefault(group, {})[name] = value
    contributions = [Contribution(group, GROUPS[group], points[group], shown[group])
                     for group in GROUPS if group in points]
    raw = CENTER + sum(c.points for c in contributions)
    score = min(100.0, max(0.0, raw))
    contributions.sort(key=lambda c: -abs(c.points))
    # judged on the whole number a reader sees, so "47, B1 from 47" always passes
    return Understandability(score, tuple(contributions), round(score) >= fitted.b1_threshold,
                             fitted.b1_threshold)
