"""Count the spoken syllables of Dutch words.

Hyphenation dictionaries (pyphen) count places where a word may be broken at a line end,
which misses vowel hiatus: "idee" gets 1, "oase" 2, "bioscoop" 2. This counter works on
vowel graphemes instead:

- a word is cut into vowel units, longest first: aai, ooi, oei, ieu, eeu, eau, then the
  digraphs aa, ee, oo, uu, ie, oe, eu, ei, ij, ui, ou, au, ai, oi, ay, ey, oy, and single
  vowels (Dutch spelling writes a diaeresis where such a pair is two syllables);
  each unit is one syllable, so "ideeën" is i-dee-ën (3) and "theater" the-a-ter (3);
- a diaeresis (ë, ï, ö, ü, ä) always starts a new syllable ("coöperatie", "geïnteresseerd");
- "i" after c or t before another vowel merges with it ("sociaal", "financieel", "-tioneel",
  "patiënt"), and so does "si" before "oe" ("pensioen");
- "eu" before a final "m" splits ("museum", "jubileum");
- y is a vowel unless a vowel follows it ("baby", but "loyaal");
- all-capital abbreviations without vowels, or of up to four letters, are spelled out
  ("GGD" = ge-ge-de), one syllable per letter;
- numbers are read as Dutch number words ("2026" = tweeduizend zesentwintig);
- words in `wordlists/lettergrepen.tsv` (mostly English and French loanwords) take the count
  listed there, also as the last part of a compound ("jobcoach" = job + coach).

Results are cached per word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from .numbers import number_words
from .wordlists import load_wordlist

_UNITS = (
    "aai", "ooi", "oei", "ieu", "eeu", "eau",
    "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ij", "ui", "ou", "au", "ai", "oi", "ay",
    "ey", "oy",
)
_UNITS3 = frozenset(u for u in _UNITS if len(u) == 3)
_UNITS2 = frozenset(u for u in _UNITS if len(u) == 2)
_VOWELS = frozenset("aeiouy")
_DIAERESIS = {"ë": "e", "ï": "i", "ö": "o", "ü": "u", "ä": "a"}
_ACCENTS = {"é": "e", "è": "e", "ê": "e", "á": "a", "à": "a", "â": "a", "ó": "o", "ò": "o",
            "ô": "o", "ú": "u", "ù": "u", "û": "u", "í": "i", "ì": "i", "î": "i", "ç": "c",
            "ñ": "n", "ý": "y", "ÿ": "y"}
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_SYMBOLS = {"€": 2, "$": 2, "£": 2, "&": 1, "%": 2, "§": 3, "+": 2, "=": 2}
MIN_COMPOUND_HEAD = 4


@cache
def _exceptions() -> dict[str, int]:
    wordlist = load_wordlist("lettergrepen.tsv")
    return {word.lower(): int(count) for word, count, *_ in wordlist.rows}


def syllables(word: str) -> int:
    """The number of spoken syllables of one word (at least 1 for any word with letters)."""
    return _syllables(word)


@lru_cache(maxsize=200_000)
def _syllables(word: str) -> int:
    if word in _SYMBOLS:
        return _SYMBOLS[word]
    if _NUMBER.match(word):
        return sum(_rule_count(w) for w in number_words(word).split())
    letters = "".join(ch for ch in word if ch.isalpha())
    if not letters:
        parts = re.findall(r"\d+(?:[.,]\d+)*", word)
        return sum(_syllables(p) for p in parts) + sum(_SYMBOLS.get(ch, 0) for ch in word)
    parts = re.findall(r"\d+(?:[.,]\d+)*|[^\W\d_]+", word)
    if re.search(r"\d", word) and parts != [word]:  # "D66", "2e": letters and numbers apart
        return sum(_syllables(p) for p in parts) + sum(_SYMBOLS.get(ch, 0) for ch in word)
    if "-" in word or "/" in word:
        return sum(_syllables(part) for part in re.split(r"[-/]", word) if part)
    if letters.isupper() and len(letters) > 1 and (
        len(letters) <= 4 or not any(ch.lower() in _VOWELS for ch in letters)
    ):
        return len(letters)
    return _word_count(letters.lower())


def _word_count(word: str) -> int:
    exceptions = _exceptions()
    if word in exceptions:
        return exceptions[word]
    plain = "".join(_DIAERESIS.get(ch, ch) for ch in word)  # "geüpload" → "upload" inside
    for size in range(len(word) - 2, MIN_COMPOUND_HEAD - 1, -1):
        head = plain[-size:]
        if head in exceptions:
            return _rule_count(word[:-size]) + exceptions[head]
    return _rule_count(word)


def _normalise(word: str) -> str:
    if word.isascii():
        return word
    word = unicodedata.normalize("NFC", word)
    return "".join(_ACCENTS.get(ch, ch) for ch in word)


def _unit(chunk: str) -> str:
    """The longest vowel unit at the start of `chunk` (up to three letters)."""
    if chunk in _UNITS3:
        return chunk
    if chunk[:2] in _UNITS2:
        return chunk[:2]
    return chunk[:1]


@lru_cache(maxsize=100_000)
def _rule_count(word: str) -> int:
    """Count syllables by vowel units (see module docstring)."""
    word = _normalise(word.lower())
    units: list[tuple[int, str]] = []  # (position, unit) of vowel units
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        if ch in _DIAERESIS:
            base = _DIAERESIS[ch]
            unit = _unit(base + word[i + 1:i + 3])
            if unit == "ie" and word[i + 2:i + 3] == "e":
                unit = "i"
            units.append((i, "¨" + unit))
            i += len(unit)
            continue
        if ch == "y" and i + 1 < n and word[i + 1] in _VOWELS | set(_DIAERESIS):
            i += 1  # consonant y ("loyaal", "yoga")
            continue
        if ch not in _VOWELS:
            i += 1
            continue
        unit = _unit(word[i:i + 3])
        if unit == "ie" and word[i + 2:i + 3] == "e" and word[i + 2:i + 4] != "e":
            unit = "i"  # "financieel", "industrieel": i + ee
        elif unit == "ie" and word[i + 2:i + 4] == "ee":
            unit = "i"
        units.append((i, unit))
        i += len(unit)
    count = len(units)
    for k in range(len(units) - 1):
        pos, unit = units[k]
        next_pos, next_unit = units[k + 1]
        if unit != "i" or next_pos != pos + 1 or pos == 0:
            continue
        before = word[pos - 1]
        if before in "ct" and (pos < 2 or word[pos - 2] != before):
            count -= 1  # "sociaal", "financieel", "traditioneel", "patiënt"
        elif before == "s" and next_unit.lstrip("¨") == "oe" and pos >= 2:
            count -= 1  # "pensioen", "explosioen"
    stem = word[:-1] if word.endswith("ums") else word
    if stem.endswith("eum") and len(stem) > 4 and stem[-4] not in _VOWELS:
        count += 1  # "museum", "museums", "jubileum"
    return max(count, 1)
