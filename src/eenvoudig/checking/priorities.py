"""What to fix first: hits grouped by what they are about, ranked, with a Dutch name.

Word-list hits are grouped per list (all stadhuistaal together, all anglicisms together), the
other rules per rule. Groups are ranked by their highest severity first (fout, then
waarschuwing, then tip), because the rules give that severity to what hurts reading most;
within a severity the most frequent group comes first, because fixing it improves the most
places at once; ties go to the group that occurs first in the text. The Word comment on the
title and the HTML report use this one order.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import SEVERITIES, Hit

# Rule sets whose hits carry one id per word ("ambtelijk.middels"): grouped per set.
WORD_SETS = frozenset({"ambtelijk", "anglicismen", "afkortingen", "begrippen", "eigen"})

GROUP_LABELS = {
    "ambtelijk": "Stadhuistaal",
    "anglicismen": "Engelse woorden",
    "eigen": "Woorden van de eigen woordenlijst",
    "begrippen": "Moeilijke begrippen zonder uitleg",
    "afkortingen": "Afkortingen",
    "zinsbouw.lange-zin": "Lange zinnen",
    "zinsbouw.lijdende-vorm": "Lijdende vorm",
    "zinsbouw.bijzinnen": "Zinnen met veel bijzinnen",
    "zinsbouw.tangconstructie": "Woorden die ver uit elkaar staan (tangconstructie)",
    "zinsbouw.naamwoordstijl": "Naamwoordstijl",
    "zinsbouw.dubbele-ontkenning": "Dubbele ontkenningen",
    "zinsbouw.we-ze": "'Wij' en 'zij' in plaats van 'we' en 'ze'",
    "zinsbouw.vage-hoeveelheid": "Vage hoeveelheden",
    "zinsbouw.welke": "'Welke' in plaats van 'die' of 'dat'",
    "zinsbouw.voorzetselketen": "Lange ketens van zinsdelen",
}


def group_key(hit: Hit) -> str:
    """The word list a hit comes from, or its rule id."""
    rule_set = hit.rule.split(".", 1)[0]
    return rule_set if rule_set in WORD_SETS else hit.rule


def group_label(key: str) -> str:
    return GROUP_LABELS.get(key, f"Regel {key}")


def ranked_groups(hits: Iterable[Hit]) -> list[tuple[str, list[Hit]]]:
    """(group key, its hits in text order), most important group first (see the module)."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(group_key(hit), []).append(hit)

    def rank(item: tuple[str, list[Hit]]) -> tuple[int, int, int]:
        members = item[1]
        severity = max(SEVERITIES.index(h.severity) if h.severity in SEVERITIES else 0
                       for h in members)
        return (-severity, -len(members), min(h.start for h in members))

    return sorted(groups.items(), key=rank)
