"""The kinds of hit the page colours differently: the display categories of
`checking/categories.yaml` (the same list as the HTML report's), and which rule maps to which."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from ..checking.categories import categories, default_key, used
from ..checking.model import Rule


@dataclass(frozen=True)
class Kind:
    """A kind of hit: its CSS name, its Dutch label, a one-line explanation and the short
    label shown in front of a sentence."""

    name: str
    label: str
    explanation: str
    short: str


def kinds(long_sentence: int, rules: Iterable[Rule] | None = None) -> tuple[Kind, ...]:
    """The kinds (all of them, or those the rules use), with the long-sentence limit that
    the settings use."""
    shown = categories() if rules is None else used(rules)
    return tuple(Kind(c.key, c.label, c.explained(long_sentence), c.short) for c in shown)


def page_kinds(long_sentence: int, rules: Iterable[Rule]) -> dict[str, Any]:
    """What the page's script needs to colour hits: every kind, and the rules and sets that
    map to them. A word-list hit ("ambtelijk.middels") takes its set's entry in `by_set`, the
    category of the set's word-list rule; other hits their rule's entry in `by_rule` when it
    differs from its set's."""
    selected = list(rules)
    by_set = {r.set: r.category for r in selected if r.per_word}
    for rule in selected:
        if rule.rule_set is not None:
            by_set.setdefault(rule.set, rule.rule_set.category)
    by_rule = {r.id: r.category for r in selected
               if not r.per_word and r.category != by_set.get(r.set)}
    return {"kinds": [asdict(k) for k in kinds(long_sentence)], "by_rule": by_rule,
            "by_set": by_set, "default": default_key()}
