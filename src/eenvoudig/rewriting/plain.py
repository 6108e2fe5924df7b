"""Small, local plain-language rewrites that need the parse rather than a word list.

Each rule changes a few words in place and says why, in Dutch:

- numbers as figures: "zes weken" → "6 weken", "tweemaal" → "2 keer" (not at the start of a
  sentence, where a figure reads badly);
- "%" written out: "21%" → "21 procent";
- "u heeft" → "u hebt", like "u bent", "u kunt";
- "dient te" + verb → "moet" + verb ("Het advies dient te worden uitgevoerd" → "Het advies
  moet worden uitgevoerd");
- "mogelijk" as "perhaps" → "misschien" ("Mogelijk heeft u …" → "Misschien heeft u …");
- "en/of" → "of", "hij/zij" → "hij of zij";
- "echter" moved to the front as "Maar";
- a sentence that ends in a semicolon (an item of a list) ends in a full stop;
- a light verb with its noun back to one verb ("neemt … een besluit" → "besluit", see
  `nominal.light_verb_edits`).

`local_edits` only proposes; `simplify` applies them with the other edits and the guardrails
check the result like any other rewrite.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..document.model import Token
from ..language.inflection import match_case
from .nominal import light_verb_edits

NUMBER_WORDS = {"één": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6",
                "zeven": "7", "acht": "8", "negen": "9", "tien": "10", "elf": "11",
                "twaalf": "12", "dertien": "13", "veertien": "14", "vijftien": "15",
                "twintig": "20", "dertig": "30", "veertig": "40", "vijftig": "50",
                "honderd": "100"}
TIMES = {"eenmaal": "1 keer", "tweemaal": "2 keer", "driemaal": "3 keer",
         "viermaal": "4 keer"}
SLASH_PAIRS = {"en/of": "of", "hij/zij": "hij of zij", "zij/hij": "zij of hij",
               "zijn/haar": "zijn of haar", "haar/zijn": "haar of zijn",
               "hem/haar": "hem of haar"}
MOETEN = {"dient": "moet", "dienen": "moeten", "diende": "moest", "dienden": "moesten"}
NOT_AFTER_MOGELIJK = frozenset({"dat", "is", "was", "om", "te", "en", "of", ",", ".", ":",
                                ";", "(", ")", "voor", "van", "zijn", "maken", "gemaakt",
                                "blijft", "worden", "wordt"})
NOT_BEFORE_MOGELIJK = frozenset({"zo", "zoveel", "zo'n", "niet", "het", "is", "was", "zijn",
                                 "waar", "indien", "als", "wanneer", "alle", "snel",
                                 "goed", "veel", "weinig", "vaak", "lang", "kort",
                                 "maximaal", "minimaal"})

REASON_FIGURES = "Getallen in cijfers zijn sneller te lezen dan in letters."
REASON_TIMES = "'{old}' is ouderwets; '{new}' is gewone taal, in cijfers."
REASON_PERCENT = "'Procent' voluit leest makkelijker dan het teken %."
REASON_HEBT = "'U hebt' is de gewone vorm bij 'u', net als 'u bent' en 'u kunt'."
REASON_MOETEN = "'Dienen te' is stadhuistaal; 'moeten' zegt hetzelfde."
REASON_MISSCHIEN = "'Mogelijk' betekent hier 'misschien'; dat woord kent iedereen."
REASON_SLASH = "Een schuine streep tussen woorden is lastig te lezen; '{new}' is duidelijker."
REASON_ECHTER = "'Echter' is schrijftaal; 'Maar' vooraan in de zin is duidelijker."
REASON_SEMICOLON = "Een punt in plaats van een puntkomma: kortere zinnen lezen makkelijker."

RULE = "herschrijven"
# Edits of these rules stay or go together: the two parts of "dient … te", and a style that
# must be the same all through a sentence (not "40 procent … 20%").
GROUPED = (f"{RULE}.moeten", f"{RULE}.echter", f"{RULE}.werkwoord", f"{RULE}.procent")


class LocalEdit(NamedTuple):
    """A change of the sentence text from `start` to `end` (offsets in the sentence)."""

    start: int
    end: int
    replacement: str
    rule: str
    reason: str


def lower_first(token: Token) -> str:
    """The word as it is written inside a sentence: "Windmolens" → "windmolens", but
    "Amsterdam", "GGD" and "DigiD" keep their capitals."""
    from ..language.concreteness import noun_class
    from ..language.parser import lemma_lookup

    text = token.text
    if text[1:2].isupper() or not text[:1].isupper():
        return text
    lower = text.lower()
    table = lemma_lookup()
    common = any((lower, pos) in table for pos in ("NOUN", "VERB", "ADJ", "ADV", "DET",
                                                    "PRON", "ADP", "AUX", "NUM", "SCONJ"))
    if (lower, "PROPN") in table and not common:
        return text
    if token.pos == "PROPN" and not common and noun_class(lower) is None:
        return text
    return lower


def _words(tokens: tuple[Token, ...]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.pos != "PUNCT" and t.is_word]


def local_edits(tokens: tuple[Token, ...], base: int) -> list[LocalEdit]:
    """The local rewrites this module knows for one parsed sentence, not overlapping."""
    edits: list[LocalEdit] = []
    if not tokens:
        return edits
    lower = [t.text.lower() for t in tokens]
    words = _words(tokens)
    first_word = words[0] if words else 0

    def at(i: int) -> tuple[int, int]:
        return tokens[i].start - base, tokens[i].end - base

    for i, token in enumerate(tokens):
        word = lower[i]
        start, end = at(i)
        previous = lower[i - 1] if i > 0 else ""
        following = lower[i + 1] if i + 1 < len(tokens) else ""
        if word in NUMBER_WORDS and token.pos == "NUM" and i != first_word and not (
                "-" in (following, previous) or (word == "één" and following == "van")) and (
                i + 1 < len(tokens) and tokens[i + 1].pos in ("NOUN", "ADJ", "PROPN")):
            # only before what is counted: "acht" in "nodig acht" is the verb 'achten
            edits.append(LocalEdit(start, end, NUMBER_WORDS[word], f"{RULE}.cijfers",
                                   REASON_FIGURES))
        elif word in TIMES and i != first_word and previous != "nu" and following != ",":
            edits.append(LocalEdit(start, end, TIMES[word], f"{RULE}.cijfers",
                                   REASON_TIMES.format(old=word, new=TIMES[word])))
        elif word == "heeft" and any(
                0 <= j < len(tokens) and lower[j] == "u" and tokens[j].dep.startswith("nsubj")
                for j in (i - 1, i + 1)):
            edits.append(LocalEdit(start, end, match_case("hebt", token.text),
                                   f"{RULE}.u-hebt", REASON_HEBT))
        elif word in MOETEN:
            te = _te_after(tokens, i)
            if te is not None:
                te_start, te_end = at(te)
                joined = ""
                if _particle_before(tokens, te):
                    # "aan te leveren" → "aanleveren": the particle joins its verb again
                    te_start, te_end = at(te - 1)[0], at(te + 1)[1]
                    joined = tokens[te - 1].text + tokens[te + 1].text
                edits.append(LocalEdit(start, end, match_case(MOETEN[word], token.text),
                                       f"{RULE}.moeten", REASON_MOETEN))
                edits.append(LocalEdit(te_start, te_end, joined, f"{RULE}.moeten",
                                       REASON_MOETEN))
        elif word == "mogelijk" and _perhaps(tokens, i, first_word):
            edits.append(LocalEdit(start, end, match_case("misschien", token.text),
                                   f"{RULE}.misschien", REASON_MISSCHIEN))
        elif word in SLASH_PAIRS:
            edits.append(LocalEdit(start, end, match_case(SLASH_PAIRS[word], token.text),
                                   f"{RULE}.schuine-streep",
                                   REASON_SLASH.format(new=SLASH_PAIRS[word])))
        elif word == "echter" and i != first_word and token.pos == "ADV":
            edits.extend(_echter(tokens, i, first_word, base))
    for start, end, replacement, reason in light_verb_edits(tokens, base):
        edits.append(LocalEdit(start, end, replacement, f"{RULE}.werkwoord", reason))
    text_edits = _percent(tokens, base)
    if tokens[-1].text == ";" and len(words) > 1:
        start, end = at(len(tokens) - 1)
        text_edits.append(LocalEdit(start, end, ".", f"{RULE}.puntkomma", REASON_SEMICOLON))
    edits.extend(text_edits)
    groups: dict[str, list[LocalEdit]] = {}
    for edit in edits:  # the parts of a two-part change ("dient … te") go or stay together
        key = edit.rule if edit.rule in GROUPED else str(edit)
        groups.setdefault(key, []).append(edit)
    chosen: list[LocalEdit] = []
    for group in sorted(groups.values(), key=lambda g: g[0].start):
        if all(e.start >= c.end or e.end <= c.start for e in group for c in chosen):
            chosen.extend(group)
    return sorted(chosen)


def _particle_before(tokens: tuple[Token, ...], te: int) -> bool:
    """Whether "te" stands between a separable verb's particle and the verb ("aan te
    leveren")."""
    from ..language.inflection import PARTICLES

    if te == 0 or te + 1 >= len(tokens) or tokens[te + 1].pos not in ("VERB", "AUX"):
        return False
    before = tokens[te - 1]
    return before.dep == "compound:prt" or (
        before.text.lower() in PARTICLES and before.pos in ("ADP", "ADV"))


def _perhaps(tokens: tuple[Token, ...], index: int, first: int) -> bool:
    """'mogelijk' used as 'perhaps': at the start before the verb ("Mogelijk heeft u …"), or
    after a verb or pronoun and before the rest of the clause ("u heeft mogelijk geen …");
    not 'possible' ("het is mogelijk dat", "zo snel mogelijk")."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if following.text.lower() in NOT_AFTER_MOGELIJK:
        return False
    if index == first:
        return following.pos in ("AUX", "VERB")
    previous = tokens[index - 1]
    if previous.text == ",":  # "…, mogelijk heeft u …"
        return following.pos in ("AUX", "VERB") and following.feature("VerbForm") == "Fin"
    return (previous.text.lower() not in NOT_BEFORE_MOGELIJK
            and previous.pos in ("AUX", "VERB", "PRON")
            and following.pos in ("DET", "ADV", "PRON", "AUX", "VERB"))


def _te_after(tokens: tuple[Token, ...], index: int) -> int | None:
    """The 'te' that belongs to 'dient' at `index`: the first 'te' + verb after it, with no
    comma, conjunction or other finite verb in between."""
    for j in range(index + 1, min(len(tokens) - 1, index + 12)):
        token = tokens[j]
        if token.text.lower() == "te":
            following = tokens[j + 1]
            if any(t.text.lower() == "te" for t in tokens[j + 2:]):
                return None  # "in te vullen en op te sturen": more than one 'te' to take out
            return j if following.pos in ("VERB", "AUX") and following.text.endswith("en") \
                else None
        if token.text in (",", ";", ":") or token.pos in ("CCONJ", "SCONJ") or (
                token.pos in ("VERB", "AUX") and token.feature("VerbForm") == "Fin"):
            return None
    return None


def _echter(tokens: tuple[Token, ...], index: int, first: int, base: int) -> list[LocalEdit]:
    """'X is echter Y' → 'Maar x is Y': only in a sentence that starts with a capital and not
    already with a conjunction."""
    head = tokens[first]
    if not head.text[:1].isupper() or head.pos in ("CCONJ", "SCONJ") or head.text.lower() in (
            "maar", "en", "of", "want", "dus"):
        return []
    first_text = lower_first(head)
    start = tokens[index].start - base
    end = tokens[index].end - base
    return [LocalEdit(head.start - base, head.end - base, f"Maar {first_text}",
                      f"{RULE}.echter", REASON_ECHTER),
            LocalEdit(start, end, "", f"{RULE}.echter", REASON_ECHTER)]


_PERCENT = re.compile(r"(?<=\d)\s?%(?![-\w])")


def _percent(tokens: tuple[Token, ...], base: int) -> list[LocalEdit]:
    edits = []
    for i, token in enumerate(tokens):
        if token.text == "%" and i > 0 and tokens[i - 1].end == token.start and tokens[
                i - 1].text[-1:].isdigit() and (i + 1 == len(tokens) or tokens[i + 1].start
                                                 > token.end or not tokens[i + 1].is_word):
            edits.append(LocalEdit(token.start - base, token.end - base, " procent",
                                   f"{RULE}.procent", REASON_PERCENT))
            continue
        for match in _PERCENT.finditer(token.text):
            start = token.start - base + match.start()
            edits.append(LocalEdit(start, token.start - base + match.end(), " procent",
                                   f"{RULE}.procent", REASON_PERCENT))
    return edits
