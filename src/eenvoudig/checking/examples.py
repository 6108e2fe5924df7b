"""Run every rule's own examples as tests.

For an example with `hit`, the rule must report exactly that text (and, with `replacement`,
suggest that replacement first); after the first suggestion is applied, the rule must no
longer fire on that span. For an example without `hit`, the rule must not fire at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.analyze import analyze_many
from ..document.batch import read_texts
from .engine import Checker, matches_id
from .kinds import kind_of
from .model import Hit, Rule


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    text: str
    ok: bool
    problem: str = ""


def apply_hit(text: str, hit: Hit, offset: int = 0) -> str:
    """The text with the hit's first suggestion applied (spaces tidied when it deletes)."""
    start, end = hit.start - offset, hit.end - offset
    replacement = hit.suggestions[0] if hit.suggestions else ""
    result = text[:start] + replacement + text[end:]
    if not replacement:
        result = result.replace("  ", " ").replace(" ,", ",").replace(" .", ".").strip()
        result = result[:1].upper() + result[1:] if start == 0 else result
    return result


def run_examples(rules: list[Rule]) -> list[ExampleResult]:
    """Check each rule's examples (the texts are analysed together, one pass)."""
    items = [(rule, example) for rule in rules for example in rule.examples]
    analyses = analyze_many(read_texts([example.text for _, example in items], parse=True))
    results = []
    checkers = {rule.id: Checker([rule]) for rule in rules}
    for (rule, example), analysis in zip(items, analyses, strict=True):
        checker = checkers[rule.id]
        hits = [h for h in checker.check(analysis) if matches_id(h.rule, rule.set)]
        if example.hit is None:
            if hits:
                results.append(ExampleResult(rule.id, example.text, False,
                                             f"mag niet afgaan, maar vindt '{hits[0].text}'"))
            else:
                results.append(ExampleResult(rule.id, example.text, True))
            continue
        whole_sentence = kind_of(rule).whole_sentence
        match = next((h for h in hits if h.text == example.hit
                      or (whole_sentence and h.text.startswith(example.hit))), None)
        if match is None:
            found = ", ".join(f"'{h.text}'" for h in hits) or "niets"
            results.append(ExampleResult(rule.id, example.text, False,
                                         f"verwacht '{example.hit}', gevonden: {found}"))
            continue
        if example.replacement is not None:
            first = match.suggestions[0] if match.suggestions else None
            if first != example.replacement:
                results.append(ExampleResult(
                    rule.id, example.text, False,
                    f"verwacht voorstel '{example.replacement}', gekregen '{first}'"))
                continue
        if match.applicable and match.suggestions:
            fixed = apply_hit(example.text, match)
            again = checker.check(analyze_many(read_texts([fixed], parse=True))[0])
            window = (match.start, match.start + len(match.suggestions[0]))
            if any(h.rule == match.rule and h.start < window[1] and h.end > window[0]
                   for h in again):
                results.append(ExampleResult(rule.id, example.text, False,
                                             f"gaat na vervanging opnieuw af: '{fixed}'"))
                continue
        results.append(ExampleResult(rule.id, example.text, True))
    return results
