"""Guardrails: a rewritten sentence keeps every number, name, negation, web and e-mail address
and calculation ("2*3", "7*7=49") of the original, and never gets a harder LiNT-II score. A
sentence that fails keeps its original text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
NEGATIONS = ("niet", "geen", "nooit", "niets", "niemand", "nergens", "noch")


_PERCENT_WORD = re.compile(r"(\d)\s+procent\b", re.IGNORECASE)


def numbers(text: str) -> Counter[str]:
    """Numbers, amounts and percentages; "21 procent" counts as "21%"."""
    return Counter(_NUMBER.findall(_PERCENT_WORD.sub(r"\1%", text)))


def names(text: str) -> Counter[str]:
    """Capitalised words that do not start a sentence: names of people, places, bodies."""
    found: Counter[str] = Counter()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = _WORD.findall(sentence)
        for word in words[1:]:
            if word[:1].isupper():
                found[word] += 1
    return found


_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>()]*[^\s<>().,;:!?'\"]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")
_AMOUNT = r"\d+(?:[.,]\d+)*"
_EXPRESSION = re.compile(rf"{_AMOUNT}(?:[ \t]*[*×÷/=+^<>≤≥~][ \t]*{_AMOUNT})+")


def addresses(text: str) -> Counter[str]:
    """Web and e-mail addresses ("https://www.heerlen.nl/regels", "info@heerlen.nl")."""
    return Counter(_ADDRESS.findall(text))


def expressions(text: str) -> Counter[str]:
    """Numbers joined by a sign ("2*3", "7*7=49", "3/4"), without their spaces; not ranges
    ("2026-2030")."""
    return Counter("".join(e.split()) for e in _EXPRESSION.findall(text))


def negations(text: str) -> int:
    words = [w.lower() for w in _WORD.findall(text)]
    return sum(words.count(n) for n in NEGATIONS)


def check_sentence(original: str, rewritten: str, score_before: float | None,
                   score_after: float | None, *, expanded: Set[str] = frozenset()) -> str:
    """'' when the rewrite is safe, else the Dutch reason why the original is kept.

    `score_before`/`score_after` are the sentence's begrijpelijkheid (higher is easier): a
    rewrite may not make it harder to understand."""
    missing_numbers = numbers(original) - numbers(rewritten)
    if missing_numbers:
        return f"getal verdwenen: {', '.join(sorted(missing_numbers))}"
    missing_names = {n for n in names(original) - names(rewritten)
                     if n not in expanded and n not in rewritten}
    if missing_names:
        return f"naam verdwenen: {', '.join(sorted(missing_names))}"
    missing_addresses = addresses(original) - addresses(rewritten)
    if missing_addresses:
        return f"adres verdwenen: {', '.join(sorted(missing_addresses))}"
    missing_expressions = expressions(original) - expressions(rewritten)
    if missing_expressions:
        return f"berekening verdwenen: {', '.join(sorted(missing_expressions))}"
    if negations(rewritten) < negations(original):
        return "ontkenning verdwenen"
    if (score_before is not None and score_after is not None
            and score_after < score_before - 0.05):
        return (f"begrijpelijkheid zou dalen ({score_before:.0f} → {score_after:.0f})"
                if round(score_after) < round(score_before) else
                f"begrijpelijkheid zou dalen ({score_before:.1f} → {score_after:.1f})")
    return ""
