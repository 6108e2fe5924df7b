"""Dutch readability formulas. Each takes aggregated counts, never averages of averages.

Flesch-Douma (W.H. Douma, 1960, "De leesbaarheid van landbouwbladen"; Flesch's Reading Ease
adapted to Dutch):
    206.84 − 0.77 × (syllables per 100 words) − 0.93 × (words per sentence)
    Higher = easier. Check: 15 words per sentence and 1.6 syllables per word → 69.7.
    (A published port swaps 0.77 and 0.93; that gives 72.2 on the same check.)

Brouwer leesindex (R.H.M. Brouwer, 1963, "Onderzoek naar de leesmoeilijkheden van
Nederlands proza"):
    195 − 2 × (words per sentence) − 66.67 × (syllables per word)
    Higher = easier; read on the same scale as Flesch-Douma.

LIX (C.H. Björnsson, 1968, "Läsbarhet"; language-independent):
    words per sentence + 100 × (share of words longer than 6 letters)
    Higher = harder.

Bands: Flesch-Douma and Brouwer 0–30 zeer moeilijk, 30–50 moeilijk, 50–60 vrij moeilijk,
60–70 normaal, 70–80 vrij makkelijk, 80–90 makkelijk, 90 and up zeer makkelijk.
LIX below 25 zeer makkelijk, 25–35 makkelijk, 35–45 gemiddeld, 45–55 moeilijk, 55 and up
zeer moeilijk.
"""

from __future__ import annotations

FLESCH_BANDS: tuple[tuple[float, str], ...] = (
    (90.0, "zeer makkelijk"),
    (80.0, "makkelijk"),
    (70.0, "vrij makkelijk"),
    (60.0, "normaal"),
    (50.0, "vrij moeilijk"),
    (30.0, "moeilijk"),
    (float("-inf"), "zeer moeilijk"),
)
LIX_BANDS: tuple[tuple[float, str], ...] = (
    (55.0, "zeer moeilijk"),
    (45.0, "moeilijk"),
    (35.0, "gemiddeld"),
    (25.0, "makkelijk"),
    (float("-inf"), "zeer makkelijk"),
)


def flesch_douma(words: int, sentences: int, syllables: int) -> float | None:
    """Flesch-Douma reading ease (higher = easier); None without words or sentences."""
    if not words or not sentences:
        return None
    return 206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * (words / sentences)


def brouwer(words: int, sentences: int, syllables: int) -> float | None:
    """Brouwer leesindex (higher = easier); None without words or sentences."""
    if not words or not sentences:
        return None
    return 195.0 - 2.0 * (words / sentences) - 66.67 * (syllables / words)


def lix(words: int, sentences: int, long_words: int) -> float | None:
    """LIX (higher = harder); `long_words` are words of more than 6 letters."""
    if not words or not sentences:
        return None
    return words / sentences + 100.0 * long_words / words


def band(score: float | None, bands: tuple[tuple[float, str], ...]) -> str | None:
    """The Dutch name of the band a score falls in."""
    if score is None:
        return None
    return next(name for threshold, name in bands if score >= threshold)


def flesch_band(score: float | None) -> str | None:
    return band(score, FLESCH_BANDS)


def lix_band(score: float | None) -> str | None:
    return band(score, LIX_BANDS)
