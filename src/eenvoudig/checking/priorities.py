"""What to fix first: hits grouped by what they are about, ranked, with a Dutch name.

Hits of a word-list rule carry one id per word ("ambtelijk.middels"): they are grouped per
rule set (all stadhuistaal together, all anglicisms together), named by the set's `label`;
the other rules' hits are grouped per rule, named by the rule's `label` (see
docs/rule-files.md; without one: "Regel <id>"). Groups are ranked by their highest severity
first (fout, then waarschuwing, then tip), because the rules give that severity to what hurts
reading most; within a severity the most frequent group comes first, because fixing it
improves the most places at once; ties go to the group that occurs first in the text. The
Word comment on the title and the HTML report use this one order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import SEVERITIES, Hit


@dataclass(frozen=True)
class Group:
    """Hits about one thing: `per_word` when they come from a word list (one id per word)."""

    key: str
    label: str
    per_word: bool
    hits: tuple[Hit, ...]


def group_key(hit: Hit) -> str:
    """The rule set of a word-list hit, or the hit's rule id."""
    if hit.origin is not None and hit.origin.per_word:
        return hit.origin.set
    return hit.rule


def group_label(hit: Hit) -> str:
    """The Dutch name of the group a hit belongs to."""
    origin = hit.origin
    label = None
    if origin is not None:
        if origin.per_word:
            label = origin.rule_set.label if origin.rule_set else None
        else:
            label = origin.label
    return label or f"Regel {group_key(hit)}"


def ranked_groups(hits: Iterable[Hit]) -> list[Group]:
    """The groups, most important first (see the module), each with its hits in text order."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(group_key(hit), []).append(hit)

    def rank(members: list[Hit]) -> tuple[int, int, int]:
        severity = max(SEVERITIES.index(h.severity) if h.severity in SEVERITIES else 0
                       for h in members)
        return (-severity, -len(members), min(h.start for h in members))

    ranked = sorted(groups.items(), key=lambda item: rank(item[1]))
    return [Group(key, group_label(members[0]),
                  members[0].origin is not None and members[0].origin.per_word, tuple(members))
            for key, members in ranked]
