"""The kinds of hit the page colours differently, derived from a rule's set and id."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Kind:
    """A kind of hit: its CSS name, its Dutch label, a one-line explanation and the short
    label shown in front of a sentence."""

    name: str
    label: str
    explanation: str
    short: str


KINDS = (
    Kind("jargon", "Stadhuistaal en jargon",
         "Ambtelijke woorden, Engelse woorden en woorden van uw eigen lijst.", "Jargon"),
    Kind("woord", "Moeilijk woord of afkorting",
         "Begrippen die u moet uitleggen en afkortingen die u voluit schrijft.",
         "Moeilijk woord"),
    Kind("lang", "Lange zin", "Zinnen met meer dan {limit} woorden.", "Lange zin"),
    Kind("passief", "Lijdende vorm", "De lezer ziet niet meteen wie iets doet.",
         "Lijdende vorm"),
    Kind("zinsbouw", "Lastige zinsbouw",
         "Bijzinnen, tangconstructies, naamwoordstijl en andere zinsbouw.", "Zinsbouw"),
)

_BY_RULE = {"zinsbouw.lange-zin": "lang", "zinsbouw.lijdende-vorm": "passief"}
_BY_SET = {"ambtelijk": "jargon", "anglicismen": "jargon", "eigen": "jargon",
           "begrippen": "woord", "afkortingen": "woord"}


def kinds(long_sentence: int) -> tuple[Kind, ...]:
    """The kinds, with the long-sentence limit that the settings use."""
    return tuple(replace(k, explanation=k.explanation.format(limit=long_sentence)) for k in KINDS)


def page_kinds(long_sentence: int) -> dict[str, Any]:
    """What the page's script needs to colour hits: the kinds, and the rules that map to them."""
    return {"kinds": [asdict(k) for k in kinds(long_sentence)], "by_rule": _BY_RULE,
            "by_set": _BY_SET,
            "default": "zinsbouw"}
