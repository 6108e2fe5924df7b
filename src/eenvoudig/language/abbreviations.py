"""Dutch abbreviations written with a full stop, and whether they can end a sentence.

Kinds (from `wordlists/punt-afkortingen.txt`):
- `mid`: never ends a sentence ("o.a.", "bijv.", "m.b.t.");
- `title`: stands before a name ("dr.", "mr.", "mevr."), never ends a sentence;
- `final`: may end a sentence ("enz.", "etc."), which then ends when a capital follows.
"""

from __future__ import annotations

from functools import cache

from ..errors import DataError
from .wordlists import load_wordlist

KINDS = ("mid", "title", "final")


@cache
def abbreviations() -> dict[str, str]:
    """Map abbreviation → kind, as written and in lower case ("B.V." final, "b.v." mid)."""
    wordlist = load_wordlist("punt-afkortingen.txt")
    result: dict[str, str] = {}
    for (abbreviation, kind), line in zip(wordlist.rows, wordlist.lines, strict=True):
        if kind not in KINDS:
            raise DataError(
                f"{wordlist.name}:{line}: soort '{kind}' is onbekend; kies uit {', '.join(KINDS)}."
            )
        result[abbreviation] = kind
    for abbreviation, kind in list(result.items()):
        result.setdefault(abbreviation.lower(), kind)
    return result
