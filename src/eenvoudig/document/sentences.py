"""Dutch-aware sentence splitting over spaCy tokens.

A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes or brackets after
it) when the next token starts a new sentence: a capital, a digit, an opening quote or
bracket, or "'s"/"'t" before a capital. Abbreviations that spaCy keeps as one token with their
full stop ("o.a.", "m.b.t.", "dr.") do not end a sentence; "enz.", "etc." and the like do,
when a capital follows. Initials ("J. de Vries"), amounts ("€ 1,5 miljoen"), ranges
("2026-2030") and section numbers ("1.2.2") never do. Colons and semicolons never split.

A sentence of more than `MAX_SENTENCE_TOKENS` tokens is no sentence a reader can follow, and
parsing and checking it would cost time and memory out of proportion: `cut_long` cuts it
into pieces of at most that many tokens, each at the best place near its end (after a
semicolon, a colon or a comma, before a conjunction, else anywhere).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..language.abbreviations import abbreviations
from ..language.frequency import zipf

_TERMINAL = re.compile(r"^(?:[.!?…]+|\.{2,})$")
CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»", "›", "“"})
OPENERS = frozenset({'"', "“", "„", "‘", "'", "(", "[", "«", "‹"})
_LIST_LABEL = re.compile(r"^[a-z]\.\d+$")
ELISIONS = frozenset({"'s", "’s", "'t", "’t", "'n", "’n"})


class TokenLike(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def whitespace_(self) -> str: ...


def sentence_bounds(tokens: Sequence[TokenLike]) -> list[tuple[int, int]]:
    """Split a block's tokens into sentences; returns (start, end) token index pairs."""
    kinds = abbreviations()
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(tokens)
    i = 0
    while i < n:
        token = tokens[i]
        text = token.text
        candidate = False
        if _TERMINAL.match(text):
            candidate = not _is_initial(tokens, i)
        elif text.endswith(".") and len(text) > 1:
            kind = kinds.get(text, kinds.get(text.lower()))
            # "enz." may end a sentence; a word that spaCy glued to its full stop ("u.") ends
            # one too, unless it is a short abbreviated first name ("Th. Bogaers"); known
            # mid-sentence and title abbreviations never do.
            if kind is None and len(text) == 2 and text[0].isupper():
                candidate = _common_word_follows(tokens, i)  # "zaal C. Deze …" vs "A. Jansen"
            else:
                candidate = kind == "final" or (
                    kind is None and _glued_word(text) and not _name_abbreviation(tokens, i)
                )
        if not candidate:
            i += 1
            continue
        j = i + 1
        while j < n and tokens[j].text in CLOSERS and not tokens[j - 1].whitespace_:
            j += 1
        if j < n and _starts_sentence(tokens, j, ellipsis=text.startswith(("…", ".."))):
            bounds.append((start, j))
            start = j
        i = j
    if start < n:
        bounds.append((start, n))
    return bounds


def _glued_word(text: str) -> bool:
    body = text[:-1]
    return ("." not in body and any(ch.isalpha() for ch in body)
            and not (len(body) == 1 and body.isupper()))


COMMON_WORD_ZIPF = 4.5


def _name_abbreviation(tokens: Sequence[TokenLike], i: int) -> bool:
    body = tokens[i].text[:-1]
    return (
        body[:1].isupper()
        and body[1:].islower()
        and len(body) <= 4
        and zipf(body) < 4.0
        and i + 1 < len(tokens)
        and tokens[i + 1].text[:1].isupper()
    )


def _is_initial(tokens: Sequence[TokenLike], i: int) -> bool:
    """A full stop right after a single capital letter is an initial ("A. Jansen").

    Not when a common word follows ("zaal C. Deze zaal …"): then the letter ends a sentence.
    """
    if tokens[i].text != "." or i == 0:
        return False
    previous = tokens[i - 1]
    if previous.whitespace_ or not previous.text[:1].isupper() or not previous.text.isalpha():
        return False
    if len(previous.text) > 1 and (len(previous.text) > 4 or zipf(previous.text) >= 4.0):
        return False  # a capital letter or an abbreviated first name ("Nic.") only
    return not _common_word_follows(tokens, i)


def _common_word_follows(tokens: Sequence[TokenLike], i: int) -> bool:
    """True unless a capitalised, less common word (a likely surname) follows."""
    if i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper():
        return True
    return zipf(tokens[i + 1].text) >= COMMON_WORD_ZIPF


def _starts_sentence(tokens: Sequence[TokenLike], j: int, *, ellipsis: bool) -> bool:
    text = tokens[j].text
    first = text[:1]
    if first.isupper():
        return True
    if first.isdigit() or first in "€%":
        return not ellipsis
    if first.islower() and text[1:2].isupper():
        return True  # "eHerkenning", "iPhone"
    if (text.startswith(("'s-", "’s-")) and text[3:4].isupper()) or (
        text.startswith("s-") and text[2:3].isupper()
    ):
        return True  # "'s-Hertogenbosch"
    if _LIST_LABEL.match(text):
        return True  # "a.4 Artikel 16 …"
    if text in ELISIONS:
        return j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()
    if text in ("'", "’") and j + 1 < len(tokens) and tokens[j + 1].text.startswith("s-"):
        return True  # "'s-Hertogenbosch", cut by the tokenizer
    if text in OPENERS or first in OPENERS:
        rest = text[1:]
        if rest:
            return rest[:1].isupper() or rest[:1].isdigit()
        return j + 1 < len(tokens) and (
            tokens[j + 1].text[:1].isupper() or tokens[j + 1].text[:1].isdigit()
        )
    return False


MAX_SENTENCE_TOKENS = 200
_CUT_AFTER = {";": 4, ":": 3, ",": 2, "–": 2, "—": 2}
_CUT_BEFORE = frozenset({"en", "maar", "of", "want", "dus", "omdat", "terwijl", "zodat",
                         "waardoor", "waarbij", "die", "dat"})


def cut_long(tokens: Sequence[TokenLike], bounds: list[tuple[int, int]],
             limit: int = MAX_SENTENCE_TOKENS
             ) -> tuple[list[tuple[int, int]], int, list[int]]:
    """`bounds` with every sentence of more than `limit` tokens cut into pieces of at most
    `limit`; how many sentences were cut; and the places of the pieces in the new bounds.
    Linear in the number of tokens."""
    if all(end - start <= limit for start, end in bounds):
        return bounds, 0, []
    result: list[tuple[int, int]] = []
    pieces: list[int] = []
    cut = 0
    for start, end in bounds:
        if end - start <= limit:
            result.append((start, end))
            continue
        cut += 1
        while end - start > limit:
            at = _best_cut(tokens, start, limit)
            pieces.append(len(result))
            result.append((start, at))
            start = at
        pieces.append(len(result))
        result.append((start, end))
    return result, cut, pieces


def _best_cut(tokens: Sequence[TokenLike], start: int, limit: int) -> int:
    """Where the piece that starts at `start` ends: the best boundary in the last half of
    its `limit` tokens, the latest of equally good ones."""
    best, best_score = start + limit, 0
    for at in range(start + limit, start + limit // 2, -1):
        score = _CUT_AFTER.get(tokens[at - 1].text, 0)
        if not score and tokens[at].text.lower() in _CUT_BEFORE:
            score = 1
        if score > best_score:
            best, best_score = at, score
            if score == 4:
                break
    return best
