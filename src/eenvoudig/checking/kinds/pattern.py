"""`pattern`: token patterns over text, lemma, part of speech, morphology and dependency
relation (see `checking/patterns.py`), with advice or a replacement that can fill in the
matched tokens ("{1}", "{lemma2}", "{match}")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...document.model import Token
from ...language.inflection import match_case
from ..model import Hit, Rule
from ..patterns import find_matches
from ..placeholders import fill as fill_placeholders
from ..regexes import regex_problem
from .base import (
    RawOptions,
    RuleKind,
    RuleSource,
    SentenceContext,
    check_keys,
    check_text,
    check_texts,
    key_line,
)
from .hits import make_hit

TOKEN_KEYS = frozenset({"LOWER", "TEXT", "LEMMA", "POS", "DEP", "MORPH", "OP", "REGEX", "IN",
                        "NOT_IN", "LEMMA_IN", "LOWER_REGEX", "LEMMA_REGEX", "POS_IN"})
OPERATORS = ("1", "?", "*", "+", "!")
MAX_TOKENS = 20
"""The most tokens in one pattern (the built-in ones have at most 4)."""
MAX_PATTERNS = 100
"""The most patterns in one rule."""
TEXT_KEYS = frozenset({"LOWER", "TEXT", "LEMMA", "POS", "DEP", "MORPH", "OP", "REGEX",
                       "LOWER_REGEX", "LEMMA_REGEX"})
"""Token keys whose value is one text; the others (IN, NOT_IN, LEMMA_IN, POS_IN) are lists."""

TokenPattern = list[dict[str, Any]]
"""One pattern: a constraint per token, as the rule file gives it."""


@dataclass(frozen=True)
class PatternOptions:
    """The `patterns`, tried in order, and the `replacement` to paste in or else the
    `advice` to give."""

    patterns: tuple[TokenPattern, ...]
    advice: str = ""
    replacement: str | None = None

    @classmethod
    def from_options(cls, options: RawOptions) -> PatternOptions:
        replacement = options.get("replacement")
        patterns = tuple([_prepared(token) for token in pattern]
                         for pattern in options["patterns"])
        return cls(patterns, options.get("advice") or "",
                   None if replacement is None else str(replacement))


def _prepared(token: dict[str, Any]) -> dict[str, Any]:
    """A token's constraints with its lists as sets (a long IN list costs no time per word)."""
    return {key: frozenset(value) if key not in TEXT_KEYS and isinstance(value, list) else value
            for key, value in token.items()}


@dataclass(frozen=True)
class CompiledPattern:
    rule: Rule
    options: PatternOptions


class Pattern(RuleKind[CompiledPattern]):
    keys = frozenset({"patterns", "advice", "replacement"})

    def validate(self, options: RawOptions, where: RuleSource) -> None:
        patterns = options.get("patterns")
        if not isinstance(patterns, list) or not patterns:
            raise where.error(f"{where.rule_id} heeft 'patterns' nodig")
        if not (options.get("advice") or options.get("replacement") is not None):
            raise where.error(f"{where.rule_id} heeft 'advice' of 'replacement' nodig")
        if len(patterns) > MAX_PATTERNS:
            raise where.error(f"{where.rule_id} heeft {len(patterns)} patronen; hooguit "
                              f"{MAX_PATTERNS} patronen per regel", where.line_of("patterns"))
        for pattern in patterns:
            if not isinstance(pattern, list) or not pattern:
                raise where.error("elk patroon is een lijst van tokens")
            if len(pattern) > MAX_TOKENS:
                raise where.error(f"een patroon van {where.rule_id} heeft {len(pattern)} "
                                  f"tokens; hooguit {MAX_TOKENS} tokens per patroon",
                                  where.line_of("patterns"))
            for token in pattern:
                if not isinstance(token, dict):
                    raise where.error("elk token in een patroon is een mapping")
                check_keys(token, TOKEN_KEYS, where.file, f"een patroon van {where.rule_id}")
                line = token["__line__"]
                for key, value in token.items():
                    if key == "__line__":
                        continue
                    at = key_line(token, key, line)
                    if key in TEXT_KEYS:
                        check_text(value, f"'{key}'", where, at)
                    else:
                        check_texts(value, f"'{key}'", where, at)
                    if key.endswith("REGEX"):
                        problem = regex_problem(value)
                        if problem is not None:
                            raise where.error(problem, at)
                if token.get("OP", "1") not in OPERATORS:
                    raise where.error("'OP' moet ?, *, + of ! zijn", line)
        for key in ("advice", "replacement"):
            if key in options:
                check_text(options[key], f"'{key}'", where, where.line_of(key))

    def placeholders(self, options: RawOptions) -> Mapping[str, tuple[str, ...]]:
        """In the advice and replacement: {1}, {2} … (the matched tokens, up to the longest
        pattern's length), {lemma1} … (their lemmas) and {match} (all of them)."""
        longest = max((len(p) for p in options.get("patterns") or () if isinstance(p, list)),
                      default=0)
        numbers = [str(i) for i in range(1, longest + 1)]
        tokens = (*numbers, *(f"lemma{n}" for n in numbers), "match")
        return {"message": ("term",), "advice": tokens, "replacement": tokens}

    def compile(self, rule: Rule) -> CompiledPattern:
        return CompiledPattern(rule, PatternOptions.from_options(rule.options))

    def run(self, compiled: CompiledPattern, ctx: SentenceContext) -> list[Hit]:
        rule, options = compiled.rule, compiled.options
        tokens = ctx.sentence.tokens
        hits: list[Hit] = []
        taken: set[int] = set()
        for pattern in options.patterns:
            for start, end in find_matches(tokens, pattern):
                if taken & set(range(start, end)):
                    continue
                taken.update(range(start, end))
                if options.replacement is not None:
                    text = fill(options.replacement, tokens[start:end])
                    text = match_case(text, tokens[start].text) if start == 0 else text
                    suggestions, applicable = (text,), True
                else:
                    suggestions, applicable = (fill(options.advice, tokens[start:end]),), False
                hits.append(make_hit(rule, ctx, start, end, suggestions, applicable))
        return hits


def fill(template: str, tokens: tuple[Token, ...]) -> str:
    """Fill {1}, {2} … with the matched tokens, {lemma1} … with their lemmas and {match}
    with all of them (one pass: the tokens' text is not read again)."""
    values = {str(i + 1): t.text for i, t in enumerate(tokens)}
    values.update({f"lemma{i + 1}": (t.lemma or t.text) for i, t in enumerate(tokens)})
    values["match"] = " ".join(t.text for t in tokens)
    return fill_placeholders(template, values)
