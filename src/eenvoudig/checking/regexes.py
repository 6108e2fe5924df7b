"""Regular expressions from rule files (REGEX, LOWER_REGEX and LEMMA_REGEX in a pattern
token) run on the words of every document, so a rule file cannot make them hang:

- When the rules load (and in `eenvoudig rules test`), a pattern is refused when it is longer
  than MAX_PATTERN characters, has a repetition inside a repetition ("(a+)+", "(\\w+\\s?)*",
  "(.*a){12}"), alternatives inside a repetition that can match the same text ("(a|a)*",
  "(a|aa)+"), or more than MAX_CHOICES variable repetitions and alternatives.
- It is matched with the `regex` module under a time limit (TIMEOUT seconds per word; running
  out of time is an error that names the pattern).
- It sees a word of at most MAX_INPUT characters; a longer "word" never matches.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import import_module
from typing import Any

import regex

from ..errors import DataError

MAX_PATTERN = 200
MAX_CHOICES = 10
MAX_INPUT = 100
TIMEOUT = 0.1

_parser: Any = import_module("re._parser")  # the standard library's own regex parser
_REPEATS = frozenset(str(op) for op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT,
                                        getattr(_parser, "POSSESSIVE_REPEAT", None)) if op)
NESTED = ("een herhaling (+, *, ?, {n,m}) staat in een andere herhaling; schrijf hem zonder, "
          "bijvoorbeeld [a-z]+ in plaats van ([a-z]+)+")
AMBIGUOUS = ("keuzes met | in een herhaling kunnen dezelfde tekst vinden; gebruik een "
             "tekenklasse als [ab] of keuzes waarvan geen met een andere begint")


def regex_problem(pattern: str) -> str | None:
    """Why the pattern is refused (in Dutch, for the error that names the rule file and
    line), or None when it is a valid pattern that cannot backtrack without end."""
    shown = pattern if len(pattern) <= 60 else pattern[:59] + "…"
    if len(pattern) > MAX_PATTERN:
        return f"de reguliere expressie '{shown}' is te lang (meer dan {MAX_PATTERN} tekens)"
    try:
        parsed = _parser.parse(pattern)
        regex.compile(pattern)
    except (re.error, regex.error) as exc:
        position = getattr(exc, "pos", None)
        where = f" (fout bij teken {position + 1})" if isinstance(position, int) else ""
        return f"ongeldige reguliere expressie '{shown}'{where}"
    except (RecursionError, OverflowError, MemoryError):
        return f"de reguliere expressie '{shown}' is te ingewikkeld"
    choices = [0]
    reason = _walk(parsed, False, choices)
    if reason is None and choices[0] > MAX_CHOICES:
        reason = f"meer dan {MAX_CHOICES} herhalingen en keuzes"
    return None if reason is None else f"de reguliere expressie '{shown}' kan heel lang " \
                                       f"duren: {reason}"


def _walk(items: Any, in_repeat: bool, choices: list[int]) -> str | None:
    """The first reason to refuse the parsed pattern `items`; `in_repeat`: it is repeated."""
    for op, value in items:
        name = str(op)
        found: str | None = None
        if name in _REPEATS:
            low, high, inner = value
            if low != high:
                choices[0] += 1
                if in_repeat:
                    return NESTED
            found = _walk(inner, in_repeat or high > 1, choices)
        elif name == "BRANCH":
            alternatives = value[1]
            choices[0] += len(alternatives) - 1
            if in_repeat and not _distinct_words(alternatives):
                return AMBIGUOUS
            for alternative in alternatives:
                found = found or _walk(alternative, in_repeat, choices)
        elif name == "SUBPATTERN":
            found = _walk(value[3], in_repeat, choices)
        elif name in ("ASSERT", "ASSERT_NOT"):
            found = _walk(value[1], in_repeat, choices)
        elif name == "ATOMIC_GROUP":
            found = _walk(value, in_repeat, choices)
        elif name == "GROUPREF_EXISTS":
            found = _walk(value[1], in_repeat, choices)
            if value[2] is not None:
                found = found or _walk(value[2], in_repeat, choices)
        if found is not None:
            return found
    return None


def _distinct_words(alternatives: list[Any]) -> bool:
    """Whether every alternative is a fixed, non-empty text and none starts another one (so
    at any place at most one of them can match)."""
    words: list[tuple[int, ...]] = []
    for alternative in alternatives:
        items = list(alternative)
        if not items or any(str(op) != "LITERAL" for op, _ in items):
            return False
        words.append(tuple(code for _, code in items))
    return not any((a != b and b[:len(a)] == a) or (a == b and i != j)
                   for i, a in enumerate(words) for j, b in enumerate(words))


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> Any:
    return regex.compile(pattern)


def search(pattern: str, text: str) -> bool:
    """Whether the pattern occurs in `text` (a word); a word longer than MAX_INPUT never
    matches, and a search that takes more than TIMEOUT seconds is an error."""
    if len(text) > MAX_INPUT:
        return False
    try:
        return _compiled(pattern).search(text, timeout=TIMEOUT) is not None
    except TimeoutError:
        raise DataError(f"De reguliere expressie '{pattern[:60]}' van een regel duurt te lang "
                        f"op het woord '{text[:40]}'; maak hem eenvoudiger.") from None
