"""Turn a simple passive sentence with an explicit agent into the active voice.

    "Uw aanvraag wordt binnen acht weken door de gemeente beoordeeld."
    → "De gemeente beoordeelt uw aanvraag binnen acht weken."

Only when the parse shows one main clause with "worden" + participle, one passive subject
at the start of the sentence (not a pronoun: "hij" would have to become "hem"), one agent
phrase with "door", and a verb whose infinitive is known. Anything else is left alone.
"""

from __future__ import annotations

from ..document.model import Token
from ..document.tree import subtree
from ..language.inflection import verb_forms

BLOCKING = frozenset({"mark", "advcl", "ccomp", "acl:relcl", "conj", "csubj", "parataxis",
                      "xcomp", "aux", "cop", "expl"})


def _only(tokens: tuple[Token, ...], dep: str, head: int) -> int | None:
    found = [i for i, t in enumerate(tokens) if t.dep == dep and t.head == head]
    return found[0] if len(found) == 1 else None


def to_active(tokens: tuple[Token, ...]) -> str | None:
    """The sentence in the active voice, or None when it is not a simple, safe case."""
    if not tokens or tokens[-1].text != "." or any(t.dep in BLOCKING for t in tokens):
        return None
    roots = [i for i, t in enumerate(tokens) if t.dep == "ROOT"]
    if len(roots) != 1:
        return None
    root = roots[0]
    verb = tokens[root]
    lemma = (verb.lemma or "").lower()
    if verb.pos != "VERB" or "VerbForm=Part" not in verb.morph or not lemma.endswith("en"):
        return None
    aux = _only(tokens, "aux:pass", root)
    subject = _only(tokens, "nsubj:pass", root)
    agent = _only(tokens, "obl:agent", root)
    if aux is None or subject is None or agent is None:
        return None
    if (tokens[aux].lemma or "").lower() != "worden" or tokens[subject].pos == "PRON":
        return None
    subject_span = subtree(tokens, subject)
    agent_span = subtree(tokens, agent)
    if min(subject_span) != 0 or sorted(subject_span) != list(range(len(subject_span))):
        return None
    door = [i for i in agent_span if tokens[i].text.lower() == "door"]
    if len(door) != 1 or min(agent_span) != door[0]:
        return None
    tense = "Past" if "Tense=Past" in tokens[aux].morph else "Pres"
    plural = "Number=Plur" in tokens[agent].morph
    slot = {("Pres", False): "present_3sg", ("Pres", True): "infinitive",
            ("Past", False): "past_singular", ("Past", True): "past_plural"}[(tense, plural)]
    forms = verb_forms(lemma)
    finite, _, particle = forms[slot].partition(" ")
    if slot == "infinitive":  # present plural: "stellen … vast" for "vaststellen"
        _, _, particle = forms["present_3sg"].partition(" ")
        finite = lemma[len(particle):] if particle and lemma.startswith(particle) else lemma
    agent_words = [tokens[i].text for i in sorted(agent_span) if i != door[0]]
    subject_words = [tokens[i].text for i in sorted(subject_span)]
    if subject_words[0][:1].isupper() and tokens[sorted(subject_span)[0]].pos not in ("PROPN",):
        subject_words[0] = subject_words[0][:1].lower() + subject_words[0][1:]
    skip = subject_span | agent_span | {aux, root, len(tokens) - 1}
    rest = [t.text for i, t in enumerate(tokens) if i not in skip]
    words = [*agent_words, finite, *subject_words, *rest]
    if particle:
        words.append(particle)
    text = " ".join(words)
    for mark in (" ,", " ;", " :", " )", "( "):
        text = text.replace(mark, mark.strip() if mark != "( " else "(")
    return text[:1].upper() + text[1:] + "."
