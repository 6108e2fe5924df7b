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


# Light verb + noun → the verb the noun comes from, where the light verb stands in second
# place of a main clause and the noun comes later: the verb takes the light verb's form and
# place, and the particle of a separable verb takes the noun's place.
#   "De raad neemt morgen een besluit."      → "De raad besluit morgen."
#   "We nemen uw aanvraag in behandeling."    → "We behandelen uw aanvraag."
#   "Bewoners leveren een bijdrage aan de buurt." → "Bewoners dragen bij aan de buurt."
LIGHT_VERBS = {
    ("nemen", ("een", "besluit")): "besluiten",
    ("nemen", ("een", "beslissing")): "beslissen",
    ("nemen", ("in", "behandeling")): "behandelen",
    ("nemen", ("in", "overweging")): "overwegen",
    ("maken", ("een", "keuze")): "kiezen",
    ("doen", ("een", "poging")): "proberen",
    ("leveren", ("een", "bijdrage")): "bijdragen",
    ("voeren", ("een", "gesprek")): "praten",
}
LIGHT_REASON = "'{old}' is naamwoordstijl; het werkwoord '{verb}' zegt het korter."


def _finite_forms(verb: str) -> set[str]:
    forms = verb_forms(verb)
    return {forms[slot].split(" ")[0] for slot in ("present_1sg", "present_3sg", "infinitive",
                                                   "past_singular", "past_plural")}


def light_verb_edits(tokens: tuple[Token, ...], base: int) -> list[tuple[int, int, str, str]]:
    """(start, end, replacement, reason) in the sentence for one light-verb construction
    ("neemt … een besluit" → "besluit"), or [] when there is none or it is not safe."""
    lower = [t.text.lower() for t in tokens]
    for index, token in enumerate(tokens):
        if token.pos not in ("VERB", "AUX") or token.feature("VerbForm") != "Fin":
            continue
        lemma = (token.lemma or "").lower()
        for (light, words), verb in LIGHT_VERBS.items():
            if lemma != light and lower[index] not in _finite_forms(light):
                continue
            at = next((k for k in range(index + 1, len(tokens) - len(words) + 1)
                       if tuple(lower[k:k + len(words)]) == words), None)
            if at is None or at + len(words) >= len(tokens) or any(
                    t.text in (",", ";", ":") or t.pos == "SCONJ"
                                 or (t.pos in ("VERB", "AUX") and t.feature("VerbForm"))
                                 for t in tokens[index + 1:at]):
                continue
            after = lower[at + len(words)] if at + len(words) < len(tokens) else ""
            if after in ("van", "om", "tot", "te", "die", "dat") or tokens[
                    at + len(words)].pos in ("VERB", "AUX"):
                continue  # "een besluit over …", "een besluit genomen": more to rebuild
            slot = verb_slot(token.text, light, token.morph)
            if slot is None or slot == "participle" or verb_forms(light)[slot].split(" ")[
                    0] != lower[index]:
                continue
            finite, _, particle = verb_forms(verb)[slot].partition(" ")
            if slot == "infinitive":
                _, _, particle = verb_forms(verb)["present_3sg"].partition(" ")
                finite = verb[len(particle):] if particle else verb
            if token.text[:1].isupper():
                finite = finite[:1].upper() + finite[1:]
            old = f"{token.text} … {' '.join(words)}"
            reason = LIGHT_REASON.format(old=old, verb=verb)
            start = tokens[at].start - base
            end = tokens[at + len(words) - 1].end - base
            return [(token.start - base, token.end - base, finite, reason),
                    (start, end, particle, reason)]
    return []
