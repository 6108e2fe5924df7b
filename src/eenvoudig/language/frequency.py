"""Word frequencies of Dutch from wordfreq, on the Zipf scale.

Zipf = log10(frequency per billion words): 7 for "de", about 4 for "gemeente", 3 for a word
seen once per million words, 0 for words wordfreq does not know (many long compounds).
A word is *rare* below `Settings.rare_zipf` (3.0 by default): fewer than one occurrence per
million words, the usual line between a reader's everyday vocabulary and words they may not
know.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache


@cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("nl", wordlist="best")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of a word in Dutch (case-insensitive), 0.0 when unknown."""
    frequency = _frequencies().get(word.lower(), 0.0)
    if frequency <= 0:
        return 0.0
    return round(math.log10(frequency) + 9, 2)
