"""Plain headings: no titles in capitals, and "&" written as "en".

A heading in capitals ("VOOR EEN BLOEIEND EN VERBONDEN HEERLEN") is hard to read: the shapes
of words disappear. It becomes an ordinary sentence-case title; a word keeps its capitals
when the document itself writes it that way in running text ("Heerlen", "GGD").
"""

from __future__ import annotations

import re
from collections import Counter

from ..document.model import Document

RULE = "herschrijven.kop"
REASON_CAPITALS = "Een kop in hoofdletters leest moeilijk; gewone letters lezen makkelijker."
REASON_AMPERSAND = "'&' is een teken; 'en' leest makkelijker."
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
MIN_LETTERS = 6
CAPITALS_SHARE = 0.8


def known_forms(document: Document) -> dict[str, str]:
    """How the document writes its names and abbreviations in running text: the lower-case
    form → the written form, for every word that is written with a capital more often than
    without one when it is not the first word of its sentence (headings left out)."""
    capital: dict[str, Counter[str]] = {}
    plain: Counter[str] = Counter()
    for block in document.blocks:
        if block.kind == "heading":
            continue
        for sentence in block.sentences:
            for word in _WORD.findall(sentence.text)[1:]:
                if any(c.isupper() for c in word):
                    capital.setdefault(word.lower(), Counter())[word] += 1
                else:
                    plain[word] += 1
    return {lower: written.most_common(1)[0][0] for lower, written in capital.items()
            if sum(written.values()) > plain[lower]}


def in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_LETTERS and (
        sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters))


def plain_heading(text: str, forms: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The heading in sentence case and with "en" for "&", and each change as (new text,
    reason); an unchanged heading comes back with no changes."""
    changes: list[tuple[str, str]] = []
    new = text
    if in_capitals(new):
        first = True

        def word(match: re.Match[str]) -> str:
            nonlocal first
            lower = match.group(0).lower()
            shaped = forms.get(lower, lower)
            if first:
                first = False
                return shaped[:1].upper() + shaped[1:]
            return shaped

        new = _WORD.sub(word, new)
        changes.append((new, REASON_CAPITALS))
    if " & " in new:
        new = new.replace(" & ", " en ")
        changes.append((new, REASON_AMPERSAND))
    return new, changes
