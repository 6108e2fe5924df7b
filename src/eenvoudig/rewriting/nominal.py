"""Turn "zorgen voor het + infinitive + van …" back into the verb itself.

    "We zorgen voor het realiseren van meer woningen."  → "We realiseren meer woningen."
    "De gemeente zorgde voor het vaststellen van de regels." → "De gemeente stelde de regels vast."

Only this fixed pattern, only when "van …" runs to the end of the sentence (so the object
can stay where it is), and only when the form of "zorgen" is known.
"""

from __future__ import annotations

from ..document.model import Token
from ..language.inflection import verb_forms, verb_slot


def verb_from_nominal(tokens: tuple[Token, ...]) -> str | None:
    """The sentence with "zorgen voor het X-en van Y" as "X Y", or None."""
    texts = [t.text for t in tokens]
    lower = [t.lower() for t in texts]
    for i in range(len(tokens) - 5):
        if lower[i + 1:i + 3] != ["voor", "het"] or lower[i + 4] != "van":
            continue
        slot = verb_slot(lower[i], "zorgen", tokens[i].morph)
        if slot is None or verb_forms("zorgen")[slot].split(" ")[0] != lower[i]:
            continue
        infinitive = lower[i + 3]
        if not infinitive.endswith("en") or len(infinitive) < 5:
            continue
        if any(t.text in (",", ";", ":") or t.dep in ("advcl", "acl:relcl", "conj")
               for t in tokens[i + 5:]):
            continue  # the object must run to the end of a simple sentence
        if texts[-1] not in (".", "!", "?"):
            continue
        finite, _, particle = verb_forms(infinitive)[slot].partition(" ")
        if slot == "infinitive":
            _, _, particle = verb_forms(infinitive)["present_3sg"].partition(" ")
            finite = infinitive[len(particle):] if particle else infinitive
        if tokens[i].text[:1].isupper():
            finite = finite[:1].upper() + finite[1:]
        words = [*texts[:i], finite, *texts[i + 5:-1]]
        if particle:
            words.append(particle)
        text = " ".join(words)
        for mark in (" ,", " ;", " :", " )"):
            text = text.replace(mark, mark.strip())
        return text.replace("( ", "(") + texts[-1]
    return None
