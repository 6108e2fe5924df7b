"""LiNT-II's own word data, as the LiNT-II formula was fitted on it.

Derived from the `lint-ii` 0.1.3 package (Kim & Pander Maat 2025, EUPL-1.2) by
`training/build_lint_tables.py`; see the headers of the files for sources and attribution:

- `wordlists/lint-frequenties.tsv.gz`: SUBTLEX-NL counts (Keuleers, Brysbaert & New 2010) of
  word forms: film and television subtitles, where officialese is rare. The Zipf value is
  log10((count + 1) × 10⁹ / 43,729,192); a word not in the list gets 1.359, LiNT-II's value
  for unknown words.
- `wordlists/lint-overslaan.txt`: words LiNT-II gives no frequency at all.
- `wordlists/lint-naamwoorden.tsv.gz`: LiNT-II's noun list (nouns_sem_types_20260420):
  class concrete / abstract / undefined, and the head word of a compound.
- `wordlists/lint-wijze-bijwoorden.txt`, `wordlists/lint-maateenheden.txt`: manner adverbs
  (content words) and unit symbols (concrete nouns).

These serve LiNT-II only; eenvoudig's rare-word flags keep wordfreq (`language.frequency`).
Each table is read once, on first use.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

from .wordlists import load_table, load_wordlist

TOTAL = 43_729_192
UNKNOWN_ZIPF = math.log10(1e9 / TOTAL)  # 1.359228547196266, as lint-ii's zero_count_freq


@cache
def _counts() -> dict[str, str]:
    return load_table("lint-frequenties.tsv.gz").entries


@lru_cache(maxsize=200_000)
def subtlex_zipf(form: str) -> float:
    """LiNT-II's Zipf frequency of a lower-case word form; 1.359 when SUBTLEX-NL lacks it."""
    count = _counts().get(form)
    return UNKNOWN_ZIPF if count is None else math.log10((int(count) + 1) * 1e9 / TOTAL)


@cache
def skip_list() -> frozenset[str]:
    """Words that get no frequency: a content word whose form or lemma is listed."""
    return frozenset(row[0] for row in load_wordlist("lint-overslaan.txt").rows)


@cache
def _nouns() -> dict[str, str]:
    return load_table("lint-naamwoorden.tsv.gz").entries


def noun_entry(form: str) -> tuple[str, str] | None:
    """(class, compound head or "") of a lower-case noun form in LiNT-II's list, or None."""
    entry = _nouns().get(form)
    if entry is None:
        return None
    cls, _, head = entry.partition("\t")
    return cls, head


@cache
def manner_adverbs() -> frozenset[str]:
    return frozenset(row[0] for row in load_wordlist("lint-wijze-bijwoorden.txt").rows)


@cache
def measurement_units() -> frozenset[str]:
    return frozenset(row[0] for row in load_wordlist("lint-maateenheden.txt").rows)
