"""Dutch-aware sentence splitting over spaCy tokens.

A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes or brackets after
it) when the next token starts a new sentence: a capital, a digit, an opening quote or
bracket, or "'s"/"'t" before a capital. Abbreviations that spaCy keeps as one token with their
full stop ("o.a.", "m.b.t.", "dr.") do not end a sentence; "enz.", "etc." and the like do,
when a capital follows. Initials ("J. de Vries"), amounts ("€ 1,5 miljoen"), ranges
("2026-2030") and section numbers ("1.2.2") never do. Colons and semicolons never split.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..language.abbreviations import abbreviations

_TERMINAL = re.compile(r"^(?:[.!?…]+|\.{2,})$")
CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»", "›", "“"})
OPENERS = frozenset({'"', "“", "„", "‘", "'", "(", "[", "«", "‹"})
ELISIONS = frozenset({"'s", "’s", "'t", "’t", "'n", "’n"})


class TokenLike(Protocol):
    text: str
    whitespace_: str


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
        elif text.endswith(".") and kinds.get(text.lower()) == "final":
            candidate = True
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


def _is_initial(tokens: Sequence[TokenLike], i: int) -> bool:
    """A full stop right after a single capital letter is an initial ("A. Jansen")."""
    if tokens[i].text != "." or i == 0:
        return False
    previous = tokens[i - 1]
    return (
        len(previous.text) == 1
        and previous.text.isupper()
        and not previous.whitespace_
        and i + 1 < len(tokens)
        and tokens[i + 1].text[:1].isupper()
    )


def _starts_sentence(tokens: Sequence[TokenLike], j: int, *, ellipsis: bool) -> bool:
    text = tokens[j].text
    first = text[:1]
    if first.isupper():
        return True
    if first.isdigit():
        return not ellipsis
    if text in ELISIONS:
        return j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()
    if text in OPENERS or first in OPENERS:
        rest = text[1:]
        if rest:
            return rest[:1].isupper() or rest[:1].isdigit()
        return j + 1 < len(tokens) and (
            tokens[j + 1].text[:1].isupper() or tokens[j + 1].text[:1].isdigit()
        )
    return False
