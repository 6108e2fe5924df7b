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
    """All non-overlapping (start, end) token spans matching the pattern, longest first."""
    matches: list[tuple[int, int]] = []
    position = 0
    while position < len(tokens):
        end = _match_at(tokens, pattern, 0, position)
        if end is not None and end > position:
            matches.append((position, end))
            position = end
        else:
            position += 1
    return matches


def _match_at(tokens: tuple[Token, ...], pattern: list[dict[str, Any]], p: int, t: int
              ) -> int | None:
    if p == len(pattern):
        return t
    spec = pattern[p]
    op = str(spec.get("OP", "1"))
    if op == "!":
        if t < len(tokens) and token_matches(tokens[t], spec):
            return None
        return _match_at(tokens, pattern, p + 1, t + 1 if t < len(tokens) else t)
    if op in ("1", "+"):
        if t >= len(tokens) or not token_matches(tokens[t], spec):
            return None
        if op == "1":
            return _match_at(tokens, pattern, p + 1, t + 1)
        return _repeat(tokens, pattern, p, t + 1, spec)
    if op == "?":
        if t < len(tokens) and token_matches(tokens[t], spec):
            found = _match_at(tokens, pattern, p + 1, t + 1)
            if found is not None:
                return found
        return _match_at(tokens, pattern, p + 1, t)
    return _repeat(tokens, pattern, p, t, spec)  # "*"


def _repeat(tokens: tuple[Token, ...], pattern: list[dict[str, Any]], p: int, t: int,
            spec: Mapping[str, Any]) -> int | None:
    ends = [t]
    while ends[-1] < len(tokens) and token_matches(tokens[ends[-1]], spec):
        ends.append(ends[-1] + 1)
    for end in reversed(ends):  # greedy
        found = _match_at(tokens, pattern, p + 1, end)
        if found is not None:
            return found
    return None
