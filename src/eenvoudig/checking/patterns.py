"""A small token-pattern matcher over eenvoudig's parsed tokens (in the style of spaCy's
Matcher): a pattern is a list of token constraints, each optionally with an operator.

Constraint keys: LOWER, TEXT, LEMMA, POS, DEP (exact), IN / NOT_IN (lower-case text in a
list), LEMMA_IN, POS_IN, MORPH (all given features present, e.g. "VerbForm=Inf"), REGEX (on
the text), LOWER_REGEX, LEMMA_REGEX (limited as `checking/regexes.py` says). Operators
(OP): "1" (default), "?", "*", "+", "!".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..document.model import Token
from .regexes import search


def token_matches(token: Token, spec: Mapping[str, Any]) -> bool:
    lower = token.text.lower()
    lemma = (token.lemma or token.text).lower()
    for key, value in spec.items():
        if key in ("OP", "__line__"):
            continue
        if key == "LOWER" and lower != value:
            return False
        if key == "TEXT" and token.text != value:
            return False
        if key == "LEMMA" and lemma != value:
            return False
        if key == "POS" and token.pos != value:
            return False
        if key == "DEP" and token.dep != value:
            return False
        if key == "IN" and lower not in value:
            return False
        if key == "NOT_IN" and lower in value:
            return False
        if key == "LEMMA_IN" and lemma not in value:
            return False
        if key == "POS_IN" and token.pos not in value:
            return False
        if key == "MORPH" and not all(f in token.morph.split("|") for f in value.split("|")):
            return False
        if key == "REGEX" and not search(value, token.text):
            return False
        if key == "LOWER_REGEX" and not search(value, lower):
            return False
        if key == "LEMMA_REGEX" and not search(value, lemma):
            return False
    return True


def find_matches(tokens: tuple[Token, ...], pattern: list[dict[str, Any]]
                 ) -> list[tuple[int, int]]:
    """All non-overlapping (start, end) token spans matching the pattern, longest first.

    Where the rest of the pattern can match from a token is remembered, so repetitions
    ("*", "+") cost at most pattern length × tokens² steps instead of backtracking without
    end."""
    matcher = _Matcher(tokens, pattern)
    matches: list[tuple[int, int]] = []
    position = 0
    while position < len(tokens):
        end = matcher.match_at(0, position)
        if end is not None and end > position:
            matches.append((position, end))
            position = end
        else:
            position += 1
    return matches


class _Matcher:
    """One pattern over one sentence, with the end found for every (pattern step, token)."""

    def __init__(self, tokens: tuple[Token, ...], pattern: list[dict[str, Any]]) -> None:
        self.tokens = tokens
        self.pattern = pattern
        self.known: dict[tuple[int, int], int | None] = {}
        self.fits: dict[tuple[int, int], bool] = {}

    def matches(self, p: int, t: int) -> bool:
        key = (p, t)
        if key not in self.fits:
            self.fits[key] = token_matches(self.tokens[t], self.pattern[p])
        return self.fits[key]

    def match_at(self, p: int, t: int) -> int | None:
        key = (p, t)
        if key not in self.known:
            self.known[key] = self._match_at(p, t)
        return self.known[key]

    def _match_at(self, p: int, t: int) -> int | None:
        tokens, pattern = self.tokens, self.pattern
        if p == len(pattern):
            return t
        op = str(pattern[p].get("OP", "1"))
        if op == "!":
            if t < len(tokens) and self.matches(p, t):
                return None
            return self.match_at(p + 1, t + 1 if t < len(tokens) else t)
        if op in ("1", "+"):
            if t >= len(tokens) or not self.matches(p, t):
                return None
            if op == "1":
                return self.match_at(p + 1, t + 1)
            return self._repeat(p, t + 1)
        if op == "?":
            if t < len(tokens) and self.matches(p, t):
                found = self.match_at(p + 1, t + 1)
                if found is not None:
                    return found
            return self.match_at(p + 1, t)
        return self._repeat(p, t)  # "*"

    def _repeat(self, p: int, t: int) -> int | None:
        ends = [t]
        while ends[-1] < len(self.tokens) and self.matches(p, ends[-1]):
            ends.append(ends[-1] + 1)
        for end in reversed(ends):  # greedy
            found = self.match_at(p + 1, end)
            if found is not None:
                return found
        return None
