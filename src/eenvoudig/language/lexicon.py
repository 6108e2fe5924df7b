"""Single-word lexicons that feed the understandability score: officialese and English words
(jargon) and abbreviations, read from the word lists that the calibrated model names.

Only the first column (the term) of a list is used, and only single words: fixed phrases
are the rule checker's business. A token counts when its text or its lemma is in a lexicon
("plaatsvinden" also in "vindt … plaats", whose lemma the parser glues together).
"""

from __future__ import annotations

from functools import cache

from .wordlists import load_wordlist


@cache
def single_words(lists: tuple[str, ...], *, lower: bool = True) -> frozenset[str]:
    """The one-word terms of the given word lists (lower-cased unless `lower` is False)."""
    words: set[str] = set()
    for name in lists:
        listed = load_wordlist(name)
        for row in listed.rows:
            term = row[0].strip()
            if term and " " not in term:
                words.add(term.lower() if lower else term)
    return frozenset(words)
