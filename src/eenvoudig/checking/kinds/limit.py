"""`limit`: a sentence measure above a threshold (`warning`, `error`), reported on the whole
sentence with advice that can name the measured value and where to cut."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...document.model import Token
from ...document.tree import subtree
from ...settings import Settings
from ..model import Hit, Rule
from ..placeholders import fill
from .base import RawOptions, RuleKind, RuleSource, SentenceContext, require_advice
from .hits import make_hit

if TYPE_CHECKING:
    from ...analysis.results import SentenceAnalysis

BRACKET_DEPS = frozenset({"aux", "aux:pass", "compound:prt", "det"})


def bracket_distance(tokens: tuple[Token, ...]) -> int:
    """The widest "tang": words between the two halves of a verb ("heeft … ingestemd",
    "stelt … voor") or between an article and its noun ("de … plannen")."""
    position: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.pos != "PUNCT":
            position[index] = len(position)
    widest = 0
    for index, token in enumerate(tokens):
        if token.dep not in BRACKET_DEPS or token.head < 0 or token.head == index:
            continue
        if index not in position or token.head not in position:
            continue
        widest = max(widest, abs(position[token.head] - position[index]) - 1)
    return widest


def preposition_chain(tokens: tuple[Token, ...]) -> int:
    """The longest chain of nouns hanging on nouns through prepositions ("de aanpak van de
    uitvoering van het plan van …")."""
    best = 0
    for index in range(len(tokens)):
        depth = 0
        current = index
        seen: set[int] = set()
        while tokens[current].dep == "nmod" and current not in seen:
            seen.add(current)
            depth += 1
            head = tokens[current].head
            if head < 0 or head >= len(tokens) or head == current:
                break
            current = head
        best = max(best, depth)
    return best


PARSED_METRICS: dict[str, Callable[[SentenceAnalysis], float]] = {
    "passives": lambda r: r.metrics.counts.passives,
    "subordinate_clauses": lambda r: r.metrics.counts.subordinate_clauses,
    "dependency_length": lambda r: r.metrics.counts.dependency_sum,
    "nominalisations": lambda r: r.metrics.counts.nominalisations,
    "negations": lambda r: r.metrics.counts.negations,
    "preposition_chain": lambda r: preposition_chain(r.sentence.tokens),
    "bracket_distance": lambda r: bracket_distance(r.sentence.tokens),
}
"""The measures that need a parsed sentence."""

METRICS = frozenset({"words", *PARSED_METRICS})


@dataclass(frozen=True)
class LimitOptions:
    """The `metric`, its thresholds (`warning`, `error`; at least one, except for `words`,
    whose default is the long-sentence setting) and the `advice`, in
    which {value}, {split} (where to cut a long sentence) and {agent} (who does it, for a
    passive) are filled in."""

    metric: str
    advice: str
    warning: float | None = None
    error: float | None = None

    @classmethod
    def from_options(cls, options: RawOptions) -> LimitOptions:
        """A sentence-length rule without limits of its own takes the long-sentence setting
        (its defaults here; `checking.run.select_rules` fills in the settings in use)."""
        warning, error = options.get("warning"), options.get("error")
        if options["metric"] == "words" and warning is None and error is None:
            warning, error = Settings.long_sentence, Settings.long_sentence_error
        return cls(options["metric"], options["advice"], warning, error)


@dataclass(frozen=True)
class CompiledLimit:
    rule: Rule
    options: LimitOptions


class Limit(RuleKind[CompiledLimit]):
    keys = frozenset({"metric", "warning", "error", "advice"})
    whole_sentence = True

    def validate(self, options: RawOptions, where: RuleSource) -> None:
        require_advice(options, where)
        if options.get("metric") not in METRICS:
            raise where.error(f"'metric' moet een van {', '.join(sorted(METRICS))} zijn")
        for key in ("warning", "error"):
            if key in options and (not isinstance(options[key], int | float)
                                   or isinstance(options[key], bool)):
                raise where.error(f"'{key}' moet een getal zijn")
        if "warning" not in options and "error" not in options and options["metric"] != "words":
            raise where.error(f"{where.rule_id} heeft 'warning' of 'error' als grens nodig")

    def placeholders(self, options: RawOptions) -> Mapping[str, tuple[str, ...]]:
        """{value}: the measured value; in the advice also {split} (where to cut a long
        sentence) and {agent} (who does it, for a passive)."""
        return {"message": ("value",), "advice": ("value", "split", "agent")}

    def compile(self, rule: Rule) -> CompiledLimit:
        return CompiledLimit(rule, LimitOptions.from_options(rule.options))

    def run(self, compiled: CompiledLimit, ctx: SentenceContext) -> list[Hit]:
        rule, options = compiled.rule, compiled.options
        result = ctx.result
        if result is None or ctx.block.kind == "heading":
            return []
        value = measure(options.metric, result)
        if value is None:
            return []
        severity = None
        if options.error is not None and value > options.error:
            severity = "error"
        elif options.warning is not None and value > options.warning:
            severity = "warning" if rule.severity != "suggestion" else "suggestion"
        if severity is None:
            return []
        tokens = ctx.sentence.tokens
        shown = _number(value)
        advice = fill(options.advice, {"value": shown, **_details(options.metric, tokens)})
        message = fill(rule.message, {"value": shown})
        hit = make_hit(rule, ctx, 0, len(tokens), (advice,), False, message=message)
        return [replace(hit, severity=severity)]


def measure(metric: str, result: SentenceAnalysis) -> float | None:
    """The sentence's value of a metric; None when it needs a parse the sentence lacks."""
    if metric == "words":
        return result.metrics.counts.words
    if not result.metrics.parsed:
        return None
    return PARSED_METRICS[metric](result)


def _details(metric: str, tokens: tuple[Token, ...]) -> dict[str, str]:
    details = {"split": "", "agent": ""}
    if metric == "words":
        details["split"] = _split_advice(tokens)
    if metric == "passives":
        agent = next((i for i, t in enumerate(tokens) if t.dep == "obl:agent"), None)
        if agent is not None:
            phrase = [tokens[i].text for i in sorted(subtree(tokens, agent))]
            details["agent"] = " Begin de zin met wie het doet: " + " ".join(
                w for w in phrase if w.lower() != "door") + "."
    return details


def _split_advice(tokens: tuple[Token, ...]) -> str:
    """Where a long sentence can be cut: a semicolon, or 'en'/'maar'/'want' between clauses."""
    words = [t for t in tokens if t.is_word]
    middle = len(words) / 2
    best: tuple[int, int] | None = None
    for index, token in enumerate(tokens):
        if index < 4 or index > len(tokens) - 4:
            continue
        word = token.text.lower()
        head = tokens[token.head] if 0 <= token.head < len(tokens) else None
        clause = head is not None and head.pos in ("VERB", "AUX") and (
            head.feature("VerbForm") == "Fin"
            or any(t.head == token.head and t.dep.startswith("nsubj") for t in tokens)
        )
        good = token.text == ";" or (
            word in ("en", "maar", "want", "omdat", "zodat", "waardoor", "terwijl")
            and token.dep in ("cc", "mark") and clause
        )
        if good:
            position = sum(1 for t in tokens[:index] if t.is_word)
            if best is None or abs(position - middle) < abs(best[1] - middle):
                best = (index, position)
    if best is None:
        return ""
    token = tokens[best[0]]
    before = tokens[best[0] - 1].text
    return f" Knip bijvoorbeeld bij '{token.text}' (na '{before}')."


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")
