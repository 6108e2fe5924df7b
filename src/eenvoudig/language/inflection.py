"""Dutch inflection for suggestions: a replacement takes the form of the word it replaces.

- Verbs: the form of the original ("verstrekte") is found in the original verb's paradigm
  (past singular), and the same slot of the replacement verb is used ("gaf"). Weak verbs are
  conjugated by the spelling rules ('t kofschip, open and closed syllables, v/f and z/s);
  strong and irregular verbs come from `wordlists/werkwoorden.tsv`. Inseparable prefixes
  (be-, ver-, ont- …) take no ge-; separable particles (aan-, op-, uit- …) go before it.
- Adjectives: the -e form when the original had it ("adequate" → "goede").
- Nouns: the plural when the original was plural ("missives" → "brieven").
- Capitals: a replacement at the start of a sentence starts with a capital.
"""

from __future__ import annotations

from functools import cache

from ..errors import DataError
from .wordlists import load_wordlist

VOWELS = "aeiouy"
KOFSCHIP = set("tkfschpx")
INSEPARABLE = ("her", "ver", "ont", "be", "ge", "er")
PARTICLES = ("aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "toe",
             "uit", "voor", "weg", "terug", "samen", "vast", "tegen", "vrij", "rond", "neer",
             "binnen", "buiten", "open", "dicht", "los", "thuis", "tot", "achter", "langs",
             "weer", "plaats", "deel", "kennis")
SLOTS = ("present_3sg", "present_1sg", "infinitive", "past_singular", "past_plural",
         "participle")


@cache
def irregular_verbs() -> dict[str, dict[str, str]]:
    try:
        wordlist = load_wordlist("werkwoorden.tsv")
    except DataError:
        return {}
    return {row[0]: dict(zip(wordlist.columns, row, strict=True)) for row in wordlist.rows}


def _single_vowel_before(stem: str) -> bool:
    """True when the stem ends in consonant + single vowel + consonant ("mak", "gev")."""
    if len(stem) < 2 or stem[-1] in VOWELS or stem[-2] not in "aeou":
        return False
    before = stem[-3] if len(stem) >= 3 else ""
    return before not in VOWELS


def _weak_stem(infinitive: str) -> tuple[str, str]:
    """The present stem ("maak") and the consonant that decides 't kofschip ("k")."""
    base = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    deciding = base[-1:] if base else ""
    stem = base
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        stem = stem[:-1]  # zetten → zet
    elif _single_vowel_before(stem) and (
        not infinitive.endswith(("elen", "eren", "enen")) or len(infinitive) <= 6
    ):
        # maken → maak, geven → geef; not "wandelen" → "wandeel" (unstressed -el-)
        stem = stem[:-1] + stem[-2] + stem[-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    return stem, deciding


def _prefix_fits(rest: str, prefix: str = "") -> bool:
    """After an inseparable prefix comes a syllable: "be|talen" yes, "be|llen" no. A syllable
    may start with a vowel after "ver", "ont" and "her" ("ver|anderen", "her|inneren") and
    after "be" before a, e, ë or o ("be|antwoorden"; not "beuken", "beitelen")."""
    if len(rest) < 4:
        return False
    if rest[0] in VOWELS or rest[0] in "ë":
        return (prefix in ("ver", "ont", "her") or (prefix == "be" and rest[0] in "aeëo")) \
            and any(ch not in VOWELS for ch in rest[1:3])
    return rest[0] != rest[1] and any(ch in VOWELS for ch in rest[1:4])


def _split_prefix(infinitive: str) -> tuple[str, str, bool]:
    """(particle or prefix, rest, separable) for compound verbs; ("", verb, False) otherwise."""
    irregular = irregular_verbs()
    for particle in sorted(PARTICLES, key=len, reverse=True):
        rest = infinitive[len(particle):]
        if (infinitive.startswith(particle) and len(rest) >= 4
                and (rest[0] not in VOWELS or (rest.startswith("ont") and len(rest) >= 8))
                and (rest in irregular or (rest.endswith("en") and len(rest) >= 5))):
            # a vowel after the particle only before 'ont-' ("door|ontwikkelen"): "omarmen"
            # and "initiëren" are not separable
            return particle, rest, True
    for prefix in INSEPARABLE:
        rest = infinitive[len(prefix):]
        if infinitive.startswith(prefix) and len(rest) >= 4 and rest in irregular:
            return prefix, rest, False
    return "", infinitive, False


def verb_forms(infinitive: str) -> dict[str, str]:
    """All slots of a verb: present_1sg, present_3sg, infinitive, past_singular, past_plural,
    participle."""
    infinitive = infinitive.lower()
    irregular = irregular_verbs()
    if infinitive in irregular:
        forms = dict(irregular[infinitive])
        return {slot: forms[slot] for slot in SLOTS}
    prefix, rest, separable = _split_prefix(infinitive)
    if prefix and rest in irregular:
        base = verb_forms(rest)
        forms = {slot: prefix + base[slot] for slot in SLOTS}
        if separable:
            forms["present_1sg"] = f"{base['present_1sg']} {prefix}"
            forms["present_3sg"] = f"{base['present_3sg']} {prefix}"
            forms["past_singular"] = f"{base['past_singular']} {prefix}"
            forms["past_plural"] = f"{base['past_plural']} {prefix}"
        else:
            participle = base["participle"]
            forms["participle"] = prefix + (participle[2:] if participle.startswith("ge")
                                            else participle)
        forms["infinitive"] = infinitive
        return forms
    stem, deciding = _weak_stem(rest)
    suffix = "t" if deciding in KOFSCHIP else "d"
    past = stem + ("te" if suffix == "t" else "de")
    participle_tail = stem if stem.endswith(("t", "d")) else stem + suffix
    if separable:
        return {
            "infinitive": infinitive,
            "present_1sg": f"{stem} {prefix}",
            "present_3sg": f"{stem if stem.endswith('t') else stem + 't'} {prefix}",
            "past_singular": f"{past} {prefix}",
            "past_plural": f"{past}n {prefix}",
            # no 'ge' after the particle when the rest has its own prefix: "doorontwikkeld"
            "participle": prefix + ("" if any(rest.startswith(p) and _prefix_fits(
                rest[len(p):], p) for p in INSEPARABLE) else "ge") + participle_tail,
        }
    inseparable = prefix != "" or any(
        rest.startswith(p) and _prefix_fits(rest[len(p):], p) for p in INSEPARABLE
    )
    return {
        "infinitive": infinitive,
        "present_1sg": stem,
        "present_3sg": stem if stem.endswith("t") else stem + "t",
        "past_singular": past,
        "past_plural": past + "n",
        "participle": (prefix + participle_tail) if inseparable else "ge" + participle_tail,
    }


def verb_slot(form: str, infinitive: str, morph: str = "") -> str | None:
    """Which slot of `infinitive`'s paradigm the surface `form` is, if any."""
    form = form.lower()
    forms = verb_forms(infinitive)
    matching = [slot for slot in SLOTS if forms[slot].split(" ")[0] == form]
    if len(matching) > 1:  # "verstrekt": present or participle; the parse decides
        if "VerbForm=Part" in morph and "participle" in matching:
            return "participle"
        if "infinitive" in matching:
            return "infinitive"  # "we benutten": present plural, whatever the tagger says
        if "VerbForm=Inf" in morph and "infinitive" in matching:
            return "infinitive"
        if "Tense=Past" in morph:
            past = [s for s in matching if s.startswith("past")]
            if past:
                return past[0]
    if matching:
        return matching[0]
    if "VerbForm=Part" in morph:
        return "participle"
    if "VerbForm=Inf" in morph:
        return "infinitive"
    if "Tense=Past" in morph:
        return "past_plural" if "Number=Plur" in morph else "past_singular"
    if "Tense=Pres" in morph:
        return "infinitive" if "Number=Plur" in morph else "present_3sg"
    return None


def inflect_verb(alternative: str, slot: str | None) -> str:
    """The alternative (an infinitive or a phrase starting with one) in the given slot.

    Only the first word is inflected; for separable verbs the particle goes to the end of
    the phrase ("meedelen" past → "deelde … mee" is left to the caller: here "deelde mee").
    """
    if slot is None or slot == "infinitive":
        return alternative
    words = alternative.split(" ")
    first = words[0]
    if not first.endswith("n") or slot not in SLOTS:
        return alternative
    inflected = verb_forms(first)[slot]
    return " ".join([inflected, *words[1:]])


def inflect_adjective(alternative: str) -> str:
    """The attributive -e form of an adjective ("goed" → "goede", "snel" → "snelle")."""
    if " " in alternative or alternative.endswith(("e", "en")):
        return alternative
    from .frequency import zipf

    ruled = _rule_adjective(alternative)
    plain = alternative + "e"
    if zipf(plain) == 0 and zipf(ruled) == 0:
        return alternative  # not an adjective that Dutch inflects ("vooraf")
    return plain if zipf(plain) > zipf(ruled) else ruled


def _rule_adjective(alternative: str) -> str:
    word = alternative
    if word.endswith("ieel"):
        return word[:-3] + "ële"  # financieel → financiële
    if word.endswith("f") and len(word) > 2 and word[-2] in VOWELS:
        word = word[:-1] + "v"
    elif word.endswith("s") and len(word) > 2 and word[-2] in VOWELS:
        word = word[:-1] + "z"
    if len(word) >= 3 and word[-2] == word[-3] and word[-2] in "aoue" and word[-1] not in VOWELS:
        word = word[:-2] + word[-1]  # groot → grote, laag → lage, actueel → actuele
    elif (len(word) >= 3 and word[-1] not in VOWELS + "w" and word[-2] in "aeiou"
          and word[-3] not in VOWELS and not word.endswith(("ig", "lijk", "isch", "baar"))):
        word = word + word[-1]  # snel → snelle, dik → dikke
    return word + "e"


def pluralise(noun: str) -> str:
    """The plural of a noun ("brief" → "brieven", "regel" → "regels", "middel" → "middelen").

    Spelling rules give the candidates (-en with the vowel and consonant changes, -s, -'s);
    the one that is most frequent in Dutch (wordfreq) wins, so "middelen" beats "middels".
    """
    if " " in noun:
        head, _, rest = noun.partition(" ")
        return f"{pluralise(head)} {rest}"
    from .frequency import zipf

    if noun[-1:] in "aiouy" and not noun.endswith(("ie", "ee", "oe")):
        return noun + "'s"  # "lobby's", "auto's"
    candidates = [_rule_plural(noun), noun + "en", noun + "s", noun + "n", _rule_plural_en(noun)]
    best = max(candidates, key=lambda c: (zipf(c), c == candidates[0]))
    return best if zipf(best) > 0 else candidates[0]


def _rule_plural_en(noun: str) -> str:
    word = noun
    if len(word) >= 3 and word[-2] == word[-3] and word[-2] in "aeou" and word[-1] not in VOWELS:
        word = word[:-2] + word[-1]
    elif (len(word) >= 3 and word[-1] not in VOWELS and word[-2] in "aeiou"
          and word[-3] not in VOWELS):
        word = word + word[-1]
    if word.endswith("f"):
        word = word[:-1] + "v"
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1] + "z"
    return word + "en"


def _rule_plural(noun: str) -> str:
    if noun.endswith(("el", "em", "er", "en", "je", "ie", "aar", "é")) or noun[-1] in "aiouy":
        return noun + ("'s" if noun[-1] in "aiouy" else "s")
    if noun.endswith("e"):
        return noun + "n"
    word = noun
    if len(word) >= 3 and word[-2] == word[-3] and word[-2] in "aeou" and word[-1] not in VOWELS:
        word = word[:-2] + word[-1]  # maand stays (nd), raad → rad
    elif (len(word) >= 3 and word[-1] not in VOWELS and word[-2] in "aeiou"
          and word[-3] not in VOWELS):
        word = word + word[-1]  # bus → buss
    if word.endswith("f"):
        word = word[:-1] + "v"
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1] + "z"
    return word + "en"


def match_case(replacement: str, original: str) -> str:
    """Give the replacement the capitalisation of the original's first letter."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def separable_particle(infinitive: str) -> str:
    """The particle of a separable verb, which stands apart in a main clause ("plaatsvinden"
    → "plaats": "vindt … plaats"; "vastleggen" → "vast"), else "" ("toetsen", "overwegen").
    Read off the verb's own present form, so it agrees with every other use of `verb_forms`."""
    infinitive = infinitive.lower()
    if " " in infinitive or not infinitive.endswith("n"):
        return ""
    _, _, particle = verb_forms(infinitive)["present_3sg"].partition(" ")
    return particle if particle and infinitive.startswith(particle) else ""
