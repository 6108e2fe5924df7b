"""Concrete and abstract nouns, for the LiNT-II feature "proportion of concrete nouns".

The lexicon `wordlists/concreetheid.tsv` (eenvoudig's own, see its header) classifies
frequent Dutch nouns as `concreet`, `abstract` or `beide`. A noun not in it is resolved
through its compound head ("jeugdzorgaanbieder" → "aanbieder"), then by its suffix
("-heid", "-ing", "-atie" … are abstract; "-aar", "-ist", "-eur" … are people, concrete).
"""

from __future__ import annotations

from functools import cache, lru_cache

from ..errors import DataError
from .wordlists import load_wordlist

CLASSES = ("concreet", "abstract", "beide")
MIN_HEAD = 3
MIN_MODIFIER = 3
ABSTRACT_SUFFIXES = ("heid", "ing", "atie", "itie", "isatie", "tie", "sie", "isme", "iteit",
                     "teit", "schap", "nis", "dom", "ment", "ancie", "entie", "logie", "sofie",
                     "ologie", "iek", "erij", "age")
CONCRETE_SUFFIXES = ("aar", "enaar", "ist", "eur", "ster", "ling", "man", "vrouw", "huis",
                     "gebouw", "straat", "weg", "plein", "park", "centrum", "school", "wijk")


@cache
def lexicon() -> dict[str, tuple[str, str]]:
    """Map noun lemma → (class, semantic type)."""
    wordlist = load_wordlist("concreetheid.tsv")
    for row, line in zip(wordlist.rows, wordlist.lines, strict=True):
        if row[1] not in CLASSES:
            raise DataError(f"{wordlist.name}:{line}: klasse '{row[1]}' is onbekend; kies uit "
                            f"{', '.join(CLASSES)}.")
    return {row[0]: (row[1], row[2]) for row in wordlist.rows}


@lru_cache(maxsize=100_000)
def compound_head(word: str) -> tuple[str, str] | None:
    """Split a compound noun into (modifier, head) on its longest known head noun."""
    word = word.lower()
    nouns = lexicon()
    for start in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        head = word[start:]
        if head in nouns:
            return word[:start], head
    return None


@lru_cache(maxsize=100_000)
def noun_class(lemma: str) -> str | None:
    """'concreet', 'abstract', 'beide', or None when it cannot be told."""
    key = lemma.lower()
    nouns = lexicon()
    if key in nouns:
        return nouns[key][0]
    if "-" in key:
        return noun_class(key.rsplit("-", 1)[1]) if not key.endswith("-") else None
    split = compound_head(key)
    if split:
        return nouns[split[1]][0]
    if key.endswith(ABSTRACT_SUFFIXES):
        return "abstract"
    if key.endswith(CONCRETE_SUFFIXES):
        return "concreet"
    return None
