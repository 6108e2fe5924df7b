"""Which of the checker's hits can be pasted into a sentence, and in what form.

The rewrite (`simplify`) applies a hit's first suggestion only when this module says it fits:
its rule may paste its suggestions in (`apply` in the rule file) and they are replacements
(not advice); the word list's `condition` for the entry holds in the parse
(`checking.conditions`; an entry with a usage note and no condition is never pasted in); the
parse shows no misreading (a name, a quoted title, a noun read as a
verb); the replacement keeps the sentence's grammar. It also gives the form to paste in: the
verb inflected like the word it replaces, the -e of an adjective, "te" moved for a separable
verb, the article and adjective changed with a noun of the other gender ("het verzoek" →
"de vraag"), and the loose particle of a split separable verb removed.
"""

from __future__ import annotations

from functools import cache

from ..checking.conditions import holds
from ..checking.model import Hit
from ..checking.tables import read_wordlist, slug
from ..document.model import Sentence
from ..language.inflection import inflect_adjective, match_case
from ..language.wordlists import load_wordlist

DETERMINERS = frozenset({"de", "het", "een", "die", "dat", "deze", "dit", "zijn", "haar",
                         "hun", "uw", "ons", "onze", "mijn", "je", "jouw"})
PREPOSITIONS = ("van", "voor", "op", "aan", "over", "met", "naar", "om", "in", "tot", "bij")


ARTICLES = {"de": ("Com", "het"), "het": ("Neut", "de"), "deze": ("Com", "dit"),
            "dit": ("Neut", "deze"), "die": ("Com", "dat"), "dat": ("Neut", "die")}
INDEFINITE = frozenset({"een", "geen", "zo'n", "veel", "weinig", "ander", "zeker"})
ARTICLE_RULE = "herschrijven.lidwoord"


@cache
def articles() -> dict[str, str]:
    """Gender of the nouns the word lists put in ('vraag' → 'Com'), from lidwoorden.tsv."""
    table = load_wordlist("lidwoorden.tsv")
    return {noun: "Neut" if article == "het" else "Com"
            for noun, article in zip(table.column("noun"), table.column("article"),
                                     strict=True)}


def gender_fix(sentence: Sentence, hit: Hit) -> list[tuple[int, int, str]] | None:
    """What else must change when a noun gets a replacement of the other gender.

    [] when nothing needs to change; the new article ("het verzoek" → "de vraag") or the new
    adjective form ("een grote ambitie" → "een groot doel") as (start, end, text) in the
    sentence; None when the change cannot be made safely (the hit is then skipped)."""
    from ..language.parser import noun_gender

    position = _hit_token(sentence, hit)
    if position is None or sentence.tokens[position].pos != "NOUN" or position == 0:
        return []
    tokens = sentence.tokens
    token = tokens[position]
    replacement = hit.suggestions[0].split()
    if len(replacement) != 1 or "Number=Plur" in token.morph:
        return []  # plurals take "de" whatever the gender
    j = position - 1
    adjective = j if tokens[j].pos == "ADJ" else None
    if adjective is not None:
        j -= 1
    determiner = tokens[j] if j >= 0 else None
    word = determiner.text.lower() if determiner else ""
    if word in ("die", "dat") and determiner is not None and determiner.dep != "det":
        word = ""
    known = articles().get(replacement[0].lower())
    if word in ARTICLES:
        original = ARTICLES[word][0]
    elif adjective is not None:
        original = token.feature("Gender") or ""
    else:
        return []
    if known is None:  # gender unknown: only go on when nothing shows it
        new = noun_gender(replacement[0].lower())
        return [] if original and new == original else None
    if not original:
        return None
    if known == original:
        return []
    base = sentence.start
    if word in ARTICLES:
        assert determiner is not None  # an article was read from it
        other = ARTICLES[word][1]
        if determiner.text[:1].isupper():
            other = other[:1].upper() + other[1:]
        return [(determiner.start - base, determiner.end - base, other)]
    if word in INDEFINITE:  # "een grote ambitie" → "een groot doel"
        assert adjective is not None  # without one, "een" gave no gender above
        adjective_token = tokens[adjective]
        lemma = (adjective_token.lemma or "").lower()
        text = adjective_token.text.lower()
        if not lemma or text not in (lemma, inflect_adjective(lemma)) or (
                known == "Com" and text != lemma) or (known == "Neut" and text == lemma):
            return None
        form = inflect_adjective(lemma) if known == "Com" else lemma
        return [(adjective_token.start - base, adjective_token.end - base, form)]
    return None


def particle_fix(sentence: Sentence, hit: Hit) -> list[tuple[int, int, str]] | None:
    """A separable verb replaced in its split form ("vindt … plaats" → "gebeurt"): the loose
    particle must go too. [] when there is none; None when the replacement itself has a
    particle or more words (the hit is then skipped)."""
    from ..language.inflection import separable_particle

    term = hit.rule.split(".", 1)[-1]
    words = hit.text.split()
    if len(words) != 1 or "-" in term:
        return []
    particle = separable_particle(term)
    if not particle or hit.text.lower().startswith(particle):
        return []
    tokens = sentence.tokens
    position = _hit_token(sentence, hit)
    if position is None or tokens[position].pos not in ("VERB", "AUX"):
        return []
    loose = next((k for k in range(position + 1, len(tokens))
                  if tokens[k].text.lower() == particle), None)
    if loose is None:
        return []
    if len(hit.suggestions[0].split()) != 1 or verb_particle(hit.suggestions[0]):
        return None  # "pakken … door" → "zetten … door" needs the particle kept in place
    return [(tokens[loose].start - sentence.start, tokens[loose].end - sentence.start, "")]


def _condition_met(sentence: Sentence | None, hit: Hit) -> bool:
    """Whether the word list's condition for this hit holds in the sentence's parse."""
    if sentence is None or not hit.condition:
        return False
    position = _hit_token(sentence, hit)
    return position is not None and holds(hit.condition, sentence, position)


def _hit_token(sentence: Sentence, hit: Hit) -> int | None:
    return next((k for k, t in enumerate(sentence.tokens)
                 if t.start - sentence.start == hit.sentence_start), None)


def inflected(sentence: Sentence, hit: Hit) -> str:
    """The first suggestion, with the -e of an attributive adjective when the original has
    it ("concrete maatregelen" → "duidelijke maatregelen", not "duidelijk")."""
    replacement = hit.suggestions[0]
    term = hit.rule.split(".", 1)[-1]
    text = hit.text.lower()
    position = _hit_token(sentence, hit)
    if (position is None or len(replacement.split()) != 1 or " " in hit.text
            or sentence.tokens[position].pos != "ADJ"):
        return replacement
    if text.endswith("e") and not term.endswith("e") and not replacement.endswith("e"):
        return match_case(inflect_adjective(replacement.lower()), hit.text)
    return replacement


def verb_particle(verb: str) -> str:
    """The separable particle of an infinitive ("vastleggen" → "vast"), or ""."""
    from ..language.inflection import separable_particle

    return separable_particle(verb)


def te_before(sentence: Sentence, hit: Hit, replacement: str) -> int | None:
    """Start of the 'te' right before a verb whose replacement is separable: "te verankeren"
    must become "vast te leggen"."""
    position = _hit_token(sentence, hit)
    if position is None or position == 0 or not verb_particle(replacement):
        return None
    before = sentence.tokens[position - 1]
    if before.text.lower() != "te" or " " in hit.text:
        return None
    return before.start - sentence.start


PREPOSITION_WORDS = frozenset({*PREPOSITIONS, "uit", "vanaf", "tijdens", "door", "vanwege",
                               "volgens", "via", "rond", "na", "zonder", "tegen", "per",
                               "sinds", "binnen", "tussen", "onder", "boven", "tegenover"})


def _adverbial(sentence: Sentence | None, hit: Hit) -> bool:
    """A single adverb or conjunction ("tijdig", "tenzij") may become a few words ("op tijd",
    "behalve als") without changing the word order around it."""
    if sentence is None or " " in hit.text:
        return False
    position = _hit_token(sentence, hit)
    if position is None:
        return False
    token = sentence.tokens[position]
    if token.pos in ("ADV", "SCONJ"):
        return True
    # "tijdig betalen", "evenredig verdeeld": an adjective used as an adverb, not before a noun
    following = sentence.tokens[position + 1] if position + 1 < len(sentence.tokens) else None
    return (token.pos == "ADJ" and token.dep == "advmod" and not hit.text.endswith("e")
            and following is not None and following.pos not in ("NOUN", "ADJ", "PROPN"))


CONJUNCTIONS = frozenset({"want", "maar", "en", "of"})
TITLE_WORDS = frozenset({"Wet", "Besluit", "Regeling", "Verordening", "Richtlijn", "Reglement"})
@cache
def _pos_by_term(wordlist: str, base: str | None) -> dict[str, str]:
    """Part of speech of each entry of a word list, by the id part its hits carry."""
    table = read_wordlist(wordlist, base)
    if "pos" not in table.columns:
        return {}
    found: dict[str, str] = {}
    for term, pos in zip(table.column(table.columns[0]), table.column("pos"), strict=True):
        found.setdefault(slug(term), pos)
    return found


def _entry_pos(hit: Hit, term: str) -> str:
    """The part of speech that the hit's word list gives `term` ("" when it gives none)."""
    origin = hit.origin
    if origin is None or not origin.options.get("wordlist"):
        return ""
    return _pos_by_term(str(origin.options["wordlist"]), origin.options.get("__base__")).get(
        term, "")


def _misread(sentence: Sentence, hit: Hit) -> bool:
    """Matches the parse shows to be something else, or forms that cannot be pasted in:
    - "zij het vertrouwelijke karakter": "het" is an article here, not "zij het" ('al is het');
    - "moet de molen immers" → "want": a conjunction cannot stand inside the clause;
    - "in te zetten op": the particle before "te" would be left behind;
    - "De gemeente verricht" read as a participle ("gedaan") without an auxiliary to go with.
    """
    from ..language.inflection import PARTICLES, verb_slot

    tokens = sentence.tokens
    position = _hit_token(sentence, hit)
    if position is None:
        return False
    words = hit.text.split()
    last = position + len(words) - 1
    if len(words) > 1 and last + 1 < len(tokens) and words[-1].lower() == "het" and tokens[
            last + 1].pos in ("NOUN", "ADJ"):
        return True
    first = hit.suggestions[0].split()[0].lower()
    if len(words) == 1 and first in CONJUNCTIONS and tokens[position].pos == "ADV":
        return True
    if position >= 2 and tokens[position - 1].text.lower() == "te" and tokens[
            position - 2].text.lower() in PARTICLES:
        return True
    if any(t.text in TITLE_WORDS for t in tokens[max(0, position - 3):position]):
        return True  # inside the name of a law: "Wet verduidelijking voorschriften woonboten"
    before = sentence.text[:hit.sentence_start]
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return True  # quoted words are someone's own words or a name
    token = tokens[position]
    if (len(words) == 1 and token.pos in ("VERB", "AUX") and verb_particle(
            hit.suggestions[0].split()[0]) and position + 1 < len(tokens)
            and tokens[position + 1].is_word and tokens[position + 1].pos != "CCONJ"
            and tokens[position - 1].text.lower() != "te"):
        return True  # "We actualiseren plannen" → "We bijwerken": the particle must move
    token = tokens[position]
    if len(words) == 1 and _entry_pos(hit, hit.rule.split(".", 1)[-1]) == "noun" and (
            token.pos in ("VERB", "AUX") or _entry_pos(hit, hit.text.lower()) == "verb"):
        return True  # "checken" is the verb, not a plural of the noun "check"
    if len(words) == 1 and token.pos == "NOUN" and position > 0 and tokens[
            position - 1].text.lower() == "op" and (position + 1 >= len(tokens) or tokens[
            position + 1].text.lower() != "van"):
        return True  # a bare noun after "op" is a fixed phrase: "op locatie", "op dit stadium"
    if len(words) == 1 and token.pos == "NOUN" and position > 1 and tokens[
            position - 2].text.lower() == "op" and tokens[position - 1].text.lower() in (
            "dit", "deze", "dat", "die"):
        return True
    if (len(words) == 1 and token.pos == "NOUN" and position > 0
            and tokens[position - 1].pos in ("ADP", "CCONJ")
            and hit.text.lower().endswith(("ing", "atie", "heid"))
            and not hit.suggestions[0].lower().endswith(("ing", "atie", "heid"))
            and "Number=Plur" not in token.morph):
        return True  # "door beëindiging van" → "door einde van": the new noun needs "het"
    term = hit.rule.split(".", 1)[-1]
    if len(words) == 1 and token.pos in ("VERB", "AUX") and term.endswith("en") and (
            "-" not in term) and verb_slot(token.text, term, "") != "participle" and (
            verb_slot(token.text, term, "VerbForm=Part") == "participle"):
        # "verricht": present or participle; a participle needs its auxiliary
        has_aux = any(t.head == position and t.dep in ("aux", "aux:pass") for t in tokens)
        return verb_slot(token.text, term, token.morph) == "participle" and not has_aux
    return False


def _explained(hit: Hit, sentence_text: str) -> bool:
    """An abbreviation the sentence already explains: in brackets after its full name
    ("Stedenbouwkundig Plan (SP)", where the list might even know another "SP"), or with
    its full name elsewhere in the sentence."""
    before = sentence_text[:hit.sentence_start].rstrip()
    after = sentence_text[hit.sentence_start + len(hit.text):].lstrip()
    if before.endswith("(") and after.startswith(")"):
        return True
    full = hit.suggestions[0].rsplit(" (", 1)[0].lower()
    return bool(full) and full in sentence_text.lower()


def applies(hit: Hit, sentence_text: str, sentence: Sentence | None = None) -> bool:
    """Whether a hit's first suggestion can replace its text without rebuilding the sentence."""
    if not hit.applicable or not hit.suggestions:
        return False
    if hit.origin is None or not hit.origin.apply:
        return False
    if (hit.conditional or hit.condition) and not _condition_met(sentence, hit):
        return False  # a swap with a usage note needs a writer's judgement, unless its
        # condition holds
    replacement = hit.suggestions[0]
    words = hit.text.lower().split()
    if "..." in replacement or "…" in replacement:
        return False  # "omdat ... vroeg": the sentence has to be rebuilt
    writes_out = hit.explanation_mode == "abbreviation"
    if (len(words) == 1 and len(replacement.split()) > 1 and not writes_out
            and not _adverbial(sentence, hit)):
        return False  # one word for several ("faciliteert" → "mogelijk maken"): word order
    if len(words) > 1 and words[-1] in PREPOSITIONS and (
            replacement.lower().split() or [""])[-1] not in PREPOSITION_WORDS:
        return False  # "gebruik maken van X" → "X gebruiken" needs the object moved
    if writes_out and _explained(hit, sentence_text):
        return False
    if sentence is not None and _misread(sentence, hit):
        return False
    if sentence_text[:hit.sentence_start].rstrip().endswith(",") and words[0] in (
            "als", "zoals") and len(words) > 1:
        return False  # ", als bedoeld in lid 4," → ", uit lid 4,": the commas would have to go
    before = sentence_text[:hit.sentence_start].split()
    first = replacement.split()[0].lower() if replacement else ""
    return not (before and before[-1].lower() in DETERMINERS and first in DETERMINERS)
