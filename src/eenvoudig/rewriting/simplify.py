"""Rewrite analysed documents towards B1.

What it does, sentence by sentence, each change an `Edit` with the rule and a Dutch reason:
- applies the replacements of the rule sets whose suggestions can be pasted in (stadhuistaal,
  anglicisms, own word lists, "wij" → "we"), inflected like the word they replace (verb form,
  the -e of an adjective, "te verankeren" → "vast te leggen"), with the article changed when
  the new noun has the other gender ("het verzoek" → "de vraag", `wordlists/lidwoorden.tsv`);
  not those whose word list entry carries a usage note, unless the parse shows the note is met
  (`CONTEXT_CHECKS`: "op deze wijze", "maximaal 6"), and not where the parse shows a misreading
  or the replacement would need the sentence rebuilt;
- makes the small rewrites of `plain` (figures, "procent", "u hebt", "moet", "misschien",
  "Maar" for "echter", light verbs such as "neemt … een besluit" → "besluit");
- writes abbreviations out (first use; dotted ones like "o.a."), unless the sentence explains
  them already;
- cuts long sentences at a safe point (see `splitting`): coordination or a semicolon, a final
  subordinate clause ("…, waarmee u …" → "… . Daarmee kunt u …"), a condition ("Als u …,
  kunt u …" → "Het kan dat u … . Dan kunt u …"), two main clauses joined by a comma;
- turns simple passives with an explicit agent into the active voice (see `passive`) and
  "zorgen voor het realiseren van …" into "… realiseren" (see `nominal`);
- marks an enumeration after a colon as a short list (`SentenceRewrite.items`);
- collects, per section, the B1 explanation of every glossary term the new text still uses.

Guardrails (see `guardrails`) check every rewritten sentence; one that loses a number, a name
or a negation, or that would get a harder LiNT-II score, keeps its original text and the
reason is recorded. LiNT-II on one sentence reacts strongly to one reparsed word, so when the
full rewrite is rejected the same rewrite with one change less (or a single change) is tried:
each candidate is still held to the rule that its LiNT-II score may not rise.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ..analysis.results import Analysis
from ..checking.config import CheckConfig
from ..checking.model import Hit
from ..checking.run import check_analyses
from ..document.model import Sentence, Token
from ..language.inflection import inflect_adjective, match_case
from ..language.wordlists import load_wordlist
from .guardrails import check_sentence
from .model import BlockRewrite, Edit, Rewrite, SectionRewrite, SentenceRewrite
from .nominal import verb_from_nominal
from .passive import to_active
from .plain import GROUPED, LocalEdit, local_edits
from .splitting import (
    CLAUSE_OPENERS,
    PARSED_OPENERS,
    REASONS_FIRST,
    Item,
    clause_split,
    comma_split,
    condition_split,
    enumeration,
    find_cut,
    join_parts,
    reason_first_split,
    verb_list_split,
)

APPLY_SETS = ("ambtelijk", "anglicismen", "eigen", "afkortingen")
APPLY_RULES = ("zinsbouw.we-ze",)
SPLIT_RULE = "zinsbouw.zin-knippen"
PASSIVE_RULE = "zinsbouw.lijdende-vorm"
NOMINAL_RULE = "zinsbouw.naamwoordstijl"
LONG_SENTENCE = 20
MAX_LEAVE_OUT = 8
CLAUSE_SPLIT_WORDS = 15


DETERMINERS = frozenset({"de", "het", "een", "die", "dat", "deze", "dit", "zijn", "haar",
                         "hun", "uw", "ons", "onze", "mijn", "je", "jouw"})
PREPOSITIONS = ("van", "voor", "op", "aan", "over", "met", "naar", "om", "in", "tot", "bij")


ARTICLES = {"de": ("Com", "het"), "het": ("Neut", "de"), "deze": ("Com", "dit"),
            "dit": ("Neut", "deze"), "die": ("Com", "dat"), "dat": ("Neut", "die")}
INDEFINITE = frozenset({"een", "geen", "zo'n", "veel", "weinig", "ander", "zeker"})
ARTICLE_RULE = "herschrijven.lidwoord"


@cache
def _articles() -> dict[str, str]:
    """Gender of the nouns the word lists put in ('vraag' → 'Com'), from lidwoorden.tsv."""
    table = load_wordlist("lidwoorden.tsv")
    return {noun: "Neut" if article == "het" else "Com"
            for noun, article in zip(table.column("noun"), table.column("article"),
                                     strict=True)}


def _gender_fix(sentence: Sentence, hit: Hit) -> list[tuple[int, int, str]] | None:
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
    if word in ("die", "dat") and determiner.dep != "det":
        word = ""
    known = _articles().get(replacement[0].lower())
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
        other = ARTICLES[word][1]
        if determiner.text[:1].isupper():
            other = other[:1].upper() + other[1:]
        return [(determiner.start - base, determiner.end - base, other)]
    if word in INDEFINITE:  # "een grote ambitie" → "een groot doel"
        adjective_token = tokens[adjective]
        lemma = (adjective_token.lemma or "").lower()
        text = adjective_token.text.lower()
        if not lemma or text not in (lemma, inflect_adjective(lemma)) or (
                known == "Com" and text != lemma) or (known == "Neut" and text == lemma):
            return None
        form = _with_e(lemma) if known == "Com" else lemma
        return [(adjective_token.start - base, adjective_token.end - base, form)]
    return None


def _with_e(adjective: str) -> str:
    """The -e form of an adjective; "financieel" → "financiële", "ideaal" → "ideale"."""
    if adjective.endswith("eel") and len(adjective) > 4 and adjective[-4] in "iu":
        return adjective[:-3] + "ële"
    return inflect_adjective(adjective)


def _particle_fix(sentence: Sentence, hit: Hit) -> list[tuple[int, int, str]] | None:
    """A separable verb replaced in its split form ("vindt … plaats" → "gebeurt"): the loose
    particle must go too. [] when there is none; None when the replacement itself has a
    particle or more words (the hit is then skipped)."""
    from ..language.inflection import PARTICLES

    term = hit.rule.split(".", 1)[-1]
    words = hit.text.split()
    if len(words) != 1 or "-" in term:
        return []
    particle = next((p for p in sorted(PARTICLES, key=len, reverse=True)
                     if term.startswith(p) and len(term) > len(p) + 3), "")
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
    if len(hit.suggestions[0].split()) != 1 or _particle(hit.suggestions[0]):
        return None  # "pakken … door" → "zetten … door" needs the particle kept in place
    return [(tokens[loose].start - sentence.start, tokens[loose].end - sentence.start, "")]


MONTHS = frozenset({"januari", "februari", "maart", "april", "mei", "juni", "juli",
                    "augustus", "september", "oktober", "november", "december"})
RULE_WORDS = frozenset({"artikel", "wet", "regeling", "verordening", "besluit", "regels",
                        "lid", "wetgeving", "beleidsregels"})
GIVEN = frozenset({"vergunning", "toestemming", "subsidie", "medewerking", "ontheffing",
                   "hulp", "vrijstelling", "uitstel", "korting"})
PAYING = ("betal", "bedrag", "euro", "€", "rente", "aflos", "geld", "kosten")


def _next(tokens: tuple[Token, ...], i: int) -> Token | None:
    return tokens[i + 1] if i + 1 < len(tokens) else None


# Word-list entries with a usage note, and the context in the parse where the note is met:
# there the swap is made without asking (the note's own example, made into a check).
CONTEXT_CHECKS: dict[str, Callable[[tuple[Token, ...], int], bool]] = {
    # "op deze wijze", "de wijze": the noun 'manier', not the adjective 'wijs'
    "ambtelijk.wijze": lambda t, i: t[i].pos == "NOUN" and i > 0 and t[i - 1].pos == "DET",
    # "maximaal 6 leden" → "hooguit 6 leden"; "minimaal 4 leden" → "minstens 4 leden"
    "ambtelijk.maximaal": lambda t, i: getattr(_next(t, i), "pos", "") == "NUM",
    "ambtelijk.minimaal": lambda t, i: getattr(_next(t, i), "pos", "") == "NUM",
    # "medio maart", "medio 2027"
    "ambtelijk.medio": lambda t, i: getattr(_next(t, i), "pos", "") == "NUM"
    or getattr(_next(t, i), "text", "").lower() in MONTHS,
    # "mede door" → "ook door"
    "ambtelijk.mede": lambda t, i: getattr(_next(t, i), "pos", "") == "ADP",
    # "op grond van artikel 5" → "volgens artikel 5"
    "ambtelijk.op-grond-van": lambda t, i: any(x.text.lower() in RULE_WORDS
                                               for x in t[i + 3:i + 6]),
    "ambtelijk.op-basis-van": lambda t, i: any(x.text.lower() in RULE_WORDS
                                               for x in t[i + 3:i + 6]),
    # "een vergunning verlenen" → "een vergunning geven"
    "ambtelijk.verlenen": lambda t, i: any(x.text.lower() in GIVEN for x in t),
    # "binnen de termijn" → "binnen de periode", not a payment ("in drie termijnen betalen")
    "ambtelijk.termijn": lambda t, i: not any(x.text.lower().startswith(PAYING) for x in t),
    # "niet geheel" → "niet helemaal": the adverb
    "ambtelijk.geheel": lambda t, i: t[i].pos == "ADV",
}


def _context_allows(sentence: Sentence, hit: Hit) -> bool:
    """Whether the usage note of a conditional hit is met in this sentence's parse."""
    check = CONTEXT_CHECKS.get(hit.rule)
    if check is None:
        return False
    position = _hit_token(sentence, hit)
    return position is not None and check(sentence.tokens, position)


def _hit_token(sentence: Sentence, hit: Hit) -> int | None:
    return next((k for k, t in enumerate(sentence.tokens)
                 if t.start - sentence.start == hit.sentence_start), None)


def _inflected(sentence: Sentence, hit: Hit) -> str:
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
        return match_case(_with_e(replacement.lower()), hit.text)
    return replacement


def _particle(verb: str) -> str:
    """The separable particle of an infinitive ("vastleggen" → "vast"), or ""."""
    from ..language.inflection import verb_forms

    if not verb.endswith("en") or " " in verb:
        return ""
    _, _, particle = verb_forms(verb.lower())["present_3sg"].partition(" ")
    return particle if particle and verb.lower().startswith(particle) else ""


def _te_before(sentence: Sentence, hit: Hit, replacement: str) -> int | None:
    """Start of the 'te' right before a verb whose replacement is separable: "te verankeren"
    must become "vast te leggen"."""
    position = _hit_token(sentence, hit)
    if position is None or position == 0 or not _particle(replacement):
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
WORDLIST_SETS = {"ambtelijk": "ambtelijk.tsv", "anglicismen": "anglicismen.tsv"}


@cache
def _entry_pos_table() -> dict[str, str]:
    """Part of speech of each word-list entry, by the rule id its hits carry."""
    from ..checking.tables import slug

    found = {}
    for name, filename in WORDLIST_SETS.items():
        table = load_wordlist(filename)
        for term, pos in zip(table.column(table.columns[0]), table.column("pos"),
                             strict=True):
            found.setdefault(f"{name}.{slug(term)}", pos)
    return found


def _entry_pos(rule: str) -> str:
    return _entry_pos_table().get(rule, "")


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
    if (len(words) == 1 and token.pos in ("VERB", "AUX") and _particle(
            hit.suggestions[0].split()[0]) and position + 1 < len(tokens)
            and tokens[position + 1].is_word and tokens[position + 1].pos != "CCONJ"
            and tokens[position - 1].text.lower() != "te"):
        return True  # "We actualiseren plannen" → "We bijwerken": the particle must move
    token = tokens[position]
    if len(words) == 1 and _entry_pos(hit.rule) == "noun" and (
            token.pos in ("VERB", "AUX") or _entry_pos_table().get(
                f"{hit.rule.split('.', 1)[0]}.{hit.text.lower()}") == "verb"):
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


def _applies(hit: Hit, sentence_text: str, sentence: Sentence | None = None) -> bool:
    """Whether a hit's first suggestion can replace its text without rebuilding the sentence."""
    if not hit.applicable or not hit.suggestions:
        return False
    if hit.conditional and not (sentence is not None and _context_allows(sentence, hit)):
        return False  # a swap with a usage note needs a writer's judgement
    if not (hit.rule.split(".", 1)[0] in APPLY_SETS or hit.rule in APPLY_RULES):
        return False
    replacement = hit.suggestions[0]
    words = hit.text.lower().split()
    if "..." in replacement or "…" in replacement:
        return False  # "omdat ... vroeg": the sentence has to be rebuilt
    if (len(words) == 1 and len(replacement.split()) > 1
            and not hit.rule.startswith("afkortingen.")
            and not _adverbial(sentence, hit)):
        return False  # one word for several ("faciliteert" → "mogelijk maken"): word order
    if len(words) > 1 and words[-1] in PREPOSITIONS and (
            replacement.lower().split() or [""])[-1] not in PREPOSITION_WORDS:
        return False  # "gebruik maken van X" → "X gebruiken" needs the object moved
    if hit.rule.startswith("afkortingen.") and _explained(hit, sentence_text):
        return False
    if sentence is not None and _misread(sentence, hit):
        return False
    if sentence_text[:hit.sentence_start].rstrip().endswith(",") and words[0] in (
            "als", "zoals") and len(words) > 1:
        return False  # ", als bedoeld in lid 4," → ", uit lid 4,": the commas would have to go
    if hit.rule == "zinsbouw.we-ze" and sentence_text[:hit.sentence_start].lower().rstrip(
            ).endswith(("hij of", "hij/", "hem of")):
        return False  # "hij of zij" stays a fixed pair
    before = sentence_text[:hit.sentence_start].split()
    first = replacement.split()[0].lower() if replacement else ""
    return not (before and before[-1].lower() in DETERMINERS and first in DETERMINERS)


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out = text
    for start, end, replacement in sorted(edits, reverse=True):
        out = out[:start] + replacement + out[end:]
        if not replacement:
            out = (out[:start].rstrip() + " " + out[start:].lstrip()).strip()
    return " ".join(out.split()).replace(" ,", ",").replace(" .", ".")


WHOLE_SENTENCE_TRANSFORMS = (
    (NOMINAL_RULE, verb_from_nominal,
     "Naamwoordstijl ('zorgen voor het … van') vervangen door het werkwoord zelf."),
    (PASSIVE_RULE, to_active,
     "Lijdende vorm omgezet in de bedrijvende vorm: nu staat voorop wie het doet."),
)


def _variants(sentence: Sentence, hits: list[Hit], section: str | None,
              long_sentence: int) -> list[tuple[list[str], list[Edit]]]:
    """Rewrites of one sentence, most ambitious first: the whole-sentence transforms
    (verb instead of nominal style, active voice); then all replacements; without written-out
    abbreviations (they lengthen the sentence); without cutting it in two."""
    variants = []
    seen = set()
    for rule, transform, reason in WHOLE_SENTENCE_TRANSFORMS:
        rewritten = transform(sentence.tokens)
        if rewritten and rewritten not in seen:
            seen.add(rewritten)
            variants.append(([rewritten], [Edit(rule, sentence.text, rewritten, reason,
                                                sentence.line, section)]))
    def add(chosen_hits: list[Hit], split: bool, skip: frozenset[str] = frozenset()) -> None:
        parts, edits = _rewrite_sentence(sentence, chosen_hits, section,
                                         long_sentence if split else 10**6, skip)
        key = " ".join(parts)
        if edits and key not in seen:
            seen.add(key)
            variants.append((parts, edits))

    plain_hits = [h for h in hits if not h.rule.startswith("afkortingen.")]
    for skip_abbreviations, split in ((False, True), (True, True), (True, False)):
        add(plain_hits if skip_abbreviations else hits, split)
    # LiNT-II on one sentence reacts to a single reparsed word; when the whole rewrite does
    # not pass, one change less (or a single change) may, and that is still a gain.
    keys = _edit_keys(sentence, plain_hits)
    if 1 < len(keys) <= MAX_LEAVE_OUT:
        for split in (True, False):
            for key in keys:
                add(plain_hits, split, frozenset({key}))
        for key in keys:
            add(plain_hits, False, frozenset(keys) - {key})
    return variants


def _local_key(edit: LocalEdit) -> str:
    """Edits that belong together ("dient … te") share a key and are left out together."""
    return f"l:{edit.rule}" if edit.rule in GROUPED else f"l:{edit.start}"


def _edit_keys(sentence: Sentence, hits: list[Hit]) -> list[str]:
    """The keys of the changes `_rewrite_sentence` makes, in sentence order."""
    keys = [_local_key(e) for e in local_edits(sentence.tokens, sentence.start)]
    keys += [f"h:{h.sentence_start}" for h in hits if _applies(h, sentence.text, sentence)]
    return list(dict.fromkeys(keys))


def _rewrite_sentence(sentence: Sentence, hits: list[Hit], section: str | None,
                      long_sentence: int, skip: frozenset[str] = frozenset()
                      ) -> tuple[list[str], list[Edit]]:
    text = sentence.text
    chosen: list[tuple[int, int, str, Hit]] = []
    taken: set[int] = set()
    local = [e for e in local_edits(sentence.tokens, sentence.start)
             if _local_key(e) not in skip]
    for edit in local:
        taken.update(range(edit.start, max(edit.end, edit.start + 1)))
    for hit in sorted(hits, key=lambda h: (h.sentence_start, -(h.end - h.start))):
        if not _applies(hit, text, sentence) or f"h:{hit.sentence_start}" in skip:
            continue
        fix = _gender_fix(sentence, hit)
        loose = _particle_fix(sentence, hit)
        if fix is None or loose is None:
            continue
        start = hit.sentence_start
        end = start + len(hit.text)
        spans = [(start, end), *((s, e) for s, e, _ in fix + loose)]
        if text[start:end] != hit.text or any(taken & set(range(s, e)) for s, e in spans):
            continue
        for s, e in spans:
            taken.update(range(s, e))
        replacement = _inflected(sentence, hit)
        te_start = _te_before(sentence, hit, replacement)
        if te_start is not None:  # "te verankeren" → "vast te leggen"
            if taken & set(range(te_start, start)):
                continue
            taken.update(range(te_start, start))
            particle = _particle(replacement)
            local.append(LocalEdit(te_start, te_start + 2, "", hit.rule,
                                   "'te' komt tussen de delen van het werkwoord."))
            replacement = f"{particle} te {replacement[len(particle):]}"
        chosen.append((start, end, replacement, hit))
        for s, e, new in loose:
            local.append(LocalEdit(s, e, new, hit.rule,
                                   f"Het losse deel '{text[s:e]}' hoorde bij het oude "
                                   "werkwoord en valt weg."))
        for s, e, new in fix:
            kind = "het" if _articles()[hit.suggestions[0].lower()] == "Neut" else "de"
            local.append(LocalEdit(s, e, new, ARTICLE_RULE,
                                   f"Lidwoord of bijvoeglijk naamwoord aangepast: "
                                   f"'{hit.suggestions[0]}' is een {kind}-woord."))
    ordered = sorted([(s, e, r, Edit(h.rule, h.text, r, h.message, h.line, section))
                      for s, e, r, h in chosen]
                     + [(e.start, e.end, e.replacement,
                         Edit(e.rule, text[e.start:e.end], e.replacement, e.reason,
                              sentence.line, section)) for e in local],
                     key=lambda x: (x[0], x[1]))
    edits = [edit for _, _, _, edit in ordered]
    plain = [(s, e, r) for s, e, r, _ in ordered]
    words = sum(1 for t in sentence.tokens if t.is_word)
    cut = find_cut(sentence.tokens, sentence.start) if words > long_sentence else None
    if cut is not None:
        cut_start, cut_end, opener, subject = cut
        if not any(s < cut_end and e > cut_start for s, e, _ in plain):
            left = _apply(text[:cut_start], [x for x in plain if x[1] <= cut_start])
            right_edits = [(s - cut_end, e - cut_end, r) for s, e, r in plain if s >= cut_end]
            right = _apply(text[cut_end:], right_edits)
            parts = join_parts(left, right, opener, subject)
            if parts:
                mark = text[cut_start:cut_end]
                how = f"bij '{mark}'" + (
                    f", met het onderwerp '{subject}' herhaald" if subject else "")
                if mark == ":":
                    how += ": na de dubbele punt stond al een hele zin"
                elif opener and not subject and opener.lower() not in CONNECTIVE_OPENERS:
                    how += f", met '{opener}' vooraan herhaald"
                edits.append(Edit(SPLIT_RULE, text, " ".join(parts),
                                  f"Lange zin ({words} woorden) in tweeën geknipt {how}.",
                                  sentence.line, section))
                return parts, edits
    if words > min(long_sentence, CLAUSE_SPLIT_WORDS):
        for planner, how in SPLITTERS:
            found = planner(sentence.tokens)
            if found is None:
                continue
            rendered = _render_plan(sentence, ordered, found[0])
            if rendered is None:
                continue
            parts, kept = rendered
            edits = [edit for _, _, _, edit in ordered if id(edit) in kept]
            edits.append(Edit(SPLIT_RULE, text, " ".join(parts),
                              f"Lange zin ({words} woorden) in tweeën geknipt: "
                              + how.format(word=found[1]), sentence.line, section))
            return parts, edits
    return [_apply(text, plain)], edits


CONNECTIVE_OPENERS = frozenset({"maar", "want"})
SPLITTERS = (
    (clause_split, "de bijzin met '{word}' is een eigen zin geworden, met het werkwoord "
                   "vooraan."),
    (condition_split, "de voorwaarde ('{word} …') staat nu als eigen zin voorop: 'Het kan "
                      "dat …'. Daarna volgt 'Dan …'."),
    (comma_split, "twee hoofdzinnen stonden alleen met een komma aan elkaar."),
    (reason_first_split, "de reden ('{word} …') staat nu als eigen zin voorop; daarna volgt "
                         "'Daarom …' of 'Daardoor …'."),
    (verb_list_split, "een opsomming van wat '{word}' doet is in losse zinnen gezet; het "
                      "onderwerp staat nu in elke zin."),
)
DROPPABLE = frozenset({",", ";", "dan", "als", "indien", "wanneer", *CLAUSE_OPENERS,
                       *PARSED_OPENERS, *REASONS_FIRST})


def _render_plan(sentence: Sentence, ordered: list[tuple[int, int, str, Edit]],
                 plan: list[list[Item]]) -> tuple[list[str], set[int]] | None:
    """The sentences of a split plan with the replacements applied, and the ids of the edits
    that are in them; None when a replacement does not fit the plan (it crosses the cut, or
    sits on a word that moves)."""
    tokens = sentence.tokens
    base = sentence.start
    text = sentence.text
    kept: set[int] = set()
    parts = []
    for part in plan:
        pieces = []
        for item in part:
            if isinstance(item, str):
                pieces.append(item)
                continue
            first, last = item
            start, end = tokens[first].start - base, tokens[last - 1].end - base
            inside = []
            for s, e, r, edit in ordered:
                if s >= start and e <= end:
                    inside.append((s - start, e - start, r))
                    kept.add(id(edit))
                elif s < end and e > start:
                    return None
            pieces.append(_apply(text[start:end], inside))
        out = " ".join(p for p in pieces if p)
        for mark in (" ,", " .", " )", " :", " ;"):
            out = out.replace(mark, mark.strip())
        out = out.replace("( ", "(").strip().rstrip(",;:").rstrip()
        if not out:
            return None
        end = "." if tokens[-1].text == ";" else tokens[-1].text
        parts.append(out[:1].upper() + out[1:] + end)
    for s, e, _r, edit in ordered:
        if id(edit) not in kept and text[s:e].strip().lower() not in DROPPABLE:
            return None  # a replaced word that would get lost or move
    return parts, kept


def simplify_analyses(analyses: list[Analysis], config: CheckConfig | None = None,
                      model: str | None = None) -> list[Rewrite]:
    """Rewrite analysed (parsed) documents; see the module docstring."""
    from .. import api

    config = config or CheckConfig()
    long_sentence = config.long_sentence.get("warning", LONG_SENTENCE)
    results = check_analyses(analyses, config)
    drafts = []
    for analysis, result in zip(analyses, results, strict=True):
        lint_before = {id(s.sentence): s.metrics.lint_score for s in analysis.sentences}
        by_sentence: dict[int, list[Hit]] = {}
        spans = []
        for section in analysis.document.sections:
            for block in section.blocks:
                for sentence in block.sentences:
                    spans.append((sentence.source_start, sentence.source_end, id(sentence)))
        for hit in result.hits:
            for start, end, key in spans:
                if start <= hit.start < end:
                    by_sentence.setdefault(key, []).append(hit)
                    break
        drafts.append((analysis, result, by_sentence, lint_before))

    plans: dict[int, list[tuple[list[str], list[Edit]]]] = {}
    for analysis, _result, by_sentence, _ in drafts:
        for section in analysis.document.sections:
            key = section.number or section.title or None
            for block in section.blocks:
                if block.kind == "heading":
                    continue
                for sentence in block.sentences:
                    variants = _variants(sentence, by_sentence.get(id(sentence), []), key,
                                         long_sentence)
                    if variants:
                        plans[id(sentence)] = variants
    texts = sorted({" ".join(parts) for variants in plans.values() for parts, _ in variants})
    after: dict[str, float | None] = {}
    if texts:
        scored = api.analyze_many(texts, model=model)
        after = {text: a.metrics.lint_score for text, a in zip(texts, scored, strict=True)}

    rewrites = []
    for analysis, result, _by, lint_before in drafts:
        sections = []
        notes: list[str] = []
        for section, checked in zip(analysis.document.sections, result.sections, strict=True):
            blocks = []
            for block in section.blocks:
                sentences = []
                for sentence in block.sentences:
                    before = lint_before.get(id(sentence))
                    text, edits, lint_after, kept = sentence.text, [], before, ""
                    for parts, variant_edits in plans.get(id(sentence), []):
                        candidate = " ".join(parts)
                        score = after.get(candidate, before)
                        expanded = {e.original for e in variant_edits
                                    if e.rule.startswith("afkortingen")}
                        problem = check_sentence(sentence.text, candidate, before, score,
                                                 expanded=expanded)
                        if not problem:
                            text, edits, lint_after, kept = candidate, variant_edits, score, ""
                            break
                        kept = kept or problem
                    if kept:
                        notes.append(f"r. {sentence.line}: origineel behouden — {kept}")
                    listed = enumeration(text) if block.kind == "paragraph" else None
                    lead, items = listed or ("", ())
                    sentences.append(SentenceRewrite(sentence.text, text, tuple(edits),
                                                     sentence.line, block.kind, block.part,
                                                     kept, before, lint_after, lead, items))
                blocks.append(BlockRewrite(block.kind, block.level, block.part,
                                           tuple(sentences)))
            final_text = " ".join(s.text for b in blocks for s in b.sentences).lower()
            glossary = []
            seen = set()
            for hit in checked.hits:
                if hit.rule.startswith("begrippen.") and hit.text.lower() in final_text:
                    term = hit.text
                    if term.lower() not in seen and hit.suggestions:
                        seen.add(term.lower())
                        glossary.append((term, hit.suggestions[0]))
            sections.append(SectionRewrite(section.number, section.title, section.level,
                                           tuple(blocks), tuple(glossary)))
        rewrites.append(Rewrite(analysis.document.title, tuple(sections), tuple(notes)))
    return rewrites
