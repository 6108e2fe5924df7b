"""LiNT-II: the Dutch readability score validated against reading comprehension.

LiNT (Leesbaarheidsinstrument voor Nederlandse Teksten; Pander Maat, Kleijn & Frissen 2023;
Kleijn 2018) predicts how well readers understand a text from four features, fitted on
cloze tests of 120 texts by about 2,700 readers (adjusted R² 0.74). LiNT-II (Kim & Pander
Maat 2025) re-implemented the features on spaCy and refitted the formula; eenvoudig computes
the published LiNT-II, as lint-ii 0.1.3 does (`LintScorer` with the coefficients of its
`coefficients.json` for spaCy 3.7.0 and noun list 20260420):

    raw   = −4.302209 + 17.314066 × mean Zipf frequency of content words
            − 1.624061 × maximum dependency length − 2.542229 × content words per clause
            + 15.951894 × proportion of concrete nouns
    score = 100 − raw, clamped to 0–100 (higher = harder)

Levels: [0, 34) 1, [34, 46) 2, [46, 58) 3, [58, 100] 4; the share of adult Dutch readers who
struggle with a text of that level is 14, 29, 53 and 78 %.

The features, defined as lint-ii 0.1.3 defines them, with LiNT-II's own data
(`language.lint_tables`, derived from the lint-ii wheel by `training/build_lint_tables.py`):
- content words: NOUN, PROPN, VERB and ADJ, and the manner adverbs of LiNT-II's list
  (`wordlists/lint-wijze-bijwoorden.txt`, matched on the word form); never a numeral (CGN
  `TW`: NUM, and ordinals such as "eerste" that the parser calls ADJ) nor a copula (`cop`);
- word frequency: the SUBTLEX-NL Zipf value of the lower-case word form
  (`wordlists/lint-frequenties.tsv.gz`), 1.359 for a word SUBTLEX-NL lacks, over the
  content words except proper names and the words whose form or lemma is on LiNT-II's skip
  list (`wordlists/lint-overslaan.txt`); a noun whose form is in LiNT-II's noun list with a
  compound head takes the head's frequency ("integriteitstoetsen" → "toets"). The document
  value is the mean over all those words;
- dependency length: per sentence of two words or more the longest distance, in
  intervening words, between a word and its head; punctuation is not counted and has none;
  a conjunct hangs on the head of the first conjunct (on the first conjunct itself when that
  is the root); a subject (`nsubj`) is also measured to the conjuncts of its verb. The
  document value is the mean over sentences;
- content words per clause: content words / finite verbs of a sentence, none without a
  finite verb; the document value is the mean over sentences that have one;
- concreteness: concrete nouns / nouns (NOUN and PROPN) that LiNT-II's noun list classifies
  (`wordlists/lint-naamwoorden.tsv.gz`, form first, then lemma) as concrete, abstract or
  undefined; a unit symbol ("km") the parser does not call a noun is concrete. The document
  value pools all nouns.
A sentence, section or document lacking one feature (no classified noun, no finite verb, no
word with a frequency, no sentence of two words) has no score, as in LiNT-II.

Differences from LiNT-II that users should know:
- the parse: LiNT-II uses spaCy's nl_core_news_lg, eenvoudig its own small pipeline (or a
  pipeline named in the settings). Tags, lemmas and trees differ now and then, and a single
  different attachment can move a one-sentence score by ten points or more; over whole texts
  the difference is a few points (`benchmarks/results/lint-reference.txt`). On eenvoudig's
  own parse, lint-ii 0.1.3's code gives the same scores as eenvoudig;
- named entities: for a noun the list lacks, LiNT-II falls back on spaCy's named entities
  (persons and places concrete, organisations abstract). eenvoudig has no named-entity
  recogniser: it reads only an all-capital name ("UWV", "GGD") as an organisation and leaves
  other unlisted names out of the share;
- manner adverbs: 8 entries of LiNT-II's list end in a space in lint-ii 0.1.3 and so never
  match there ("kortheidshalve", "volledigheidshalve" …); eenvoudig strips them, so they do.

The frequency here is LiNT-II's only: eenvoudig's rare-word flags and "hardest words" keep
wordfreq (`language.frequency`), which knows written and official Dutch better.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypedDict

from ..document.model import Token
from ..language import lint_tables

CONSTANT = -4.302208863089504
W_FREQUENCY = 17.314066317616003
W_DEPENDENCY = -1.6240611785998273
W_CONTENT_PER_CLAUSE = -2.5422287085919666
W_CONCRETE = 15.951894022642866
LEVELS = ((58.0, 4), (46.0, 3), (34.0, 2), (float("-inf"), 1))
STRUGGLE_SHARE = {1: 14, 2: 29, 3: 53, 4: 78}

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
SYMBOL_POS = frozenset({"SYM", "X"})  # what CGN tags SPEC (symbols, foreign words)
ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")
_NUMBER = ("een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|"
           "veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|"
           "vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|miljard|en|ën")
_ORDINAL = ("eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|"
            "twaalfde|(?:der|veer|vijf|zes|zeven|acht|negen)tiende|"
            "(?:twin|der|veer|vijf|zes|zeven|tach|negen)tigste|honderdste|duizendste|"
            "miljoenste|miljardste|zoveelste|hoeveelste")
NUMERAL = re.compile(rf"(?:{_NUMBER})*(?:{_ORDINAL})|(?:{_NUMBER})+|\d+(?:e|de|ste)?")
NEGATIONS = frozenset({"niet", "geen", "nooit", "niets", "niemand", "nergens", "noch"})
READER_PRONOUNS = frozenset({"we", "wij", "u", "je", "jij", "jullie", "uw", "ons", "onze"})
SUBORDINATE = frozenset({"advcl", "ccomp", "acl:relcl", "csubj", "acl"})
NOMINAL_SUFFIXES = ("ing", "atie", "itie", "isatie", "ering", "heid")


def lint_score(mean_zipf: float | None, dependency: float | None,
               content_per_clause: float | None, concrete: float | None) -> float | None:
    """The LiNT-II score (0–100, higher = harder); None when a feature is missing."""
    if mean_zipf is None or dependency is None or content_per_clause is None or concrete is None:
        return None
    raw = (CONSTANT + W_FREQUENCY * mean_zipf + W_DEPENDENCY * dependency
           + W_CONTENT_PER_CLAUSE * content_per_clause + W_CONCRETE * concrete)
    return min(100.0, max(0.0, 100.0 - raw))


def lint_level(score: float | None) -> int | None:
    """LiNT level 1 (easy) to 4 (hard)."""
    if score is None:
        return None
    return next(level for threshold, level in LEVELS if score >= threshold)


def is_numeral(text: str) -> bool:
    """A numeral (CGN `TW`): "drie", "eerste", "eenentwintigste", "12", "3e"."""
    return NUMERAL.fullmatch(text.lower()) is not None


def is_punctuation(text: str) -> bool:
    """Punctuation as spaCy's `is_punct` reads it: every character a punctuation mark."""
    return bool(text) and all(unicodedata.category(ch).startswith("P") for ch in text)


def is_content(token: Token) -> bool:
    """A content word for LiNT-II: NOUN, PROPN, VERB or ADJ, or a manner adverb of LiNT-II's
    list (any part of speech); never a numeral (an ordinal the parser calls ADJ) nor a
    copula."""
    if token.pos == "NUM" or (token.pos == "ADJ" and is_numeral(token.text)):
        return False
    if token.dep == "cop":
        return False
    return token.pos in CONTENT_POS or token.text.lower() in lint_tables.manner_adverbs()


def word_frequency(token: Token) -> float | None:
    """LiNT-II's Zipf frequency of a word (SUBTLEX-NL): None for a function word, a proper
    name and a word on the skip list; a noun in LiNT-II's noun list takes its compound head's
    frequency; a word SUBTLEX-NL lacks gets 1.359."""
    if token.pos == "PROPN" or not is_content(token):
        return None
    form = token.text.lower()
    skip = lint_tables.skip_list()
    if form in skip or (token.lemma or token.text).lower() in skip:
        return None
    if token.pos in NOUN_POS:
        entry = lint_tables.noun_entry(form)
        if entry is not None and entry[1]:
            form = entry[1]
    return lint_tables.subtlex_zipf(form)


def noun_class(token: Token) -> str | None:
    """'concrete', 'abstract' or 'undefined' for a noun LiNT-II can classify, else None.

    The form is looked up in LiNT-II's noun list, then the lemma. LiNT-II then falls back on
    named entities (persons and places concrete, organisations abstract); eenvoudig has no
    named-entity recogniser and reads only an all-capital name ("UWV") as an organisation.
    A unit symbol the parser does not call a noun ("km") is concrete.
    """
    form = token.text.lower()
    if token.pos in NOUN_POS:
        entry = (lint_tables.noun_entry(form)
                 or lint_tables.noun_entry((token.lemma or token.text).lower()))
        if entry is not None:
            return entry[0]
        return "abstract" if ACRONYM.fullmatch(token.text) else None
    if token.pos in SYMBOL_POS and form in lint_tables.measurement_units():
        return "concrete"
    return None


def _first_conjunct(tokens: tuple[Token, ...], index: int) -> int:
    seen = set()
    while (tokens[index].dep == "conj" and index not in seen
           and 0 <= tokens[index].head < len(tokens)):
        seen.add(index)
        index = tokens[index].head
    return index


def _conjuncts(tokens: tuple[Token, ...], children: list[list[int]], index: int) -> list[int]:
    """The other conjuncts of the coordination `index` is in (spaCy's `Token.conjuncts`)."""
    first = _first_conjunct(tokens, index)
    queue, found = [first], []
    for word in queue:
        if word != index:
            found.append(word)
        queue.extend(c for c in children[word] if c > word and tokens[c].dep == "conj"
                     and c not in queue)
    return found


def max_dependency_length(tokens: tuple[Token, ...]) -> int | None:
    """The longest distance, in intervening words, between a word and its head; None for a
    sentence of fewer than two words. As LiNT-II measures it: punctuation is never counted
    between and has no length itself; a conjunct hangs on the head of the first conjunct
    (and on that conjunct itself when it is the root); a subject (`nsubj`) is also measured
    to the conjuncts of its verb."""
    words = [i for i, t in enumerate(tokens) if not is_punctuation(t.text)]
    if len(words) < 2:
        return None
    children: list[list[int]] = [[] for _ in tokens]
    for i, t in enumerate(tokens):
        if 0 <= t.head < len(tokens) and t.head != i:
            children[t.head].append(i)
    counted = [0]  # counted[k]: tokens before k whose relation is not punct
    for t in tokens:
        counted.append(counted[-1] + (t.dep != "punct"))
    longest = 0
    for i in words:
        if tokens[i].dep == "punct":
            continue
        current = _first_conjunct(tokens, i)
        head = tokens[current].head
        if not 0 <= head < len(tokens):
            continue
        heads = [head]
        if tokens[current].dep == "nsubj":
            heads += _conjuncts(tokens, children, head)
        for h in heads:
            low, high = min(i, h), max(i, h)
            longest = max(longest, counted[high] - counted[low] - 1)
    return longest


class SentenceFeatures(TypedDict, total=False):
    """The parse-based fields of `Counts` for one sentence (none for an unparsed one)."""

    content_words: int
    clauses: int
    clause_sentences: int
    clause_density_sum: float
    frequency_words: int
    frequency_sum: float
    dependency_sum: int
    dependency_sentences: int
    parsed_sentences: int
    nouns_known: int
    nouns_concrete: int
    passives: int
    passive_agents: int
    subordinate_clauses: int
    nominalisations: int
    reader_pronouns: int
    negations: int


def sentence_features(tokens: tuple[Token, ...]) -> SentenceFeatures:
    """Summable LiNT-II counts and construction counts of one parsed sentence."""
    content = 0
    frequency_words = 0
    frequency_sum = 0.0
    finite = 0
    nouns_known = 0
    nouns_concrete = 0
    passives = 0
    agents = 0
    subordinate = 0
    nominalisations = 0
    pronouns = 0
    negations = 0
    for index, token in enumerate(tokens):
        lemma = (token.lemma or token.text).lower()
        if is_content(token):
            content += 1
            frequency = word_frequency(token)
            if frequency is not None:
                frequency_words += 1
                frequency_sum += frequency
        if token.pos in ("VERB", "AUX") and token.feature("VerbForm") == "Fin":
            finite += 1
        kind = noun_class(token)
        if kind is not None:
            nouns_known += 1
            nouns_concrete += kind == "concrete"
        if (token.pos == "NOUN" and token.dep != "compound:prt"
                and lemma.endswith(NOMINAL_SUFFIXES) and len(lemma) > 6):
            nominalisations += 1
        if token.dep == "aux:pass":
            passives += 1
        if token.dep == "obl:agent":
            agents += 1
        if token.dep in SUBORDINATE:
            subordinate += 1
        if token.pos == "PRON" and token.text.lower() in READER_PRONOUNS:
            pronouns += 1
        if lemma in NEGATIONS:
            negations += 1
        if (token.pos in ("VERB", "NOUN") and token.feature("VerbForm") == "Inf" and index > 0
                and tokens[index - 1].text.lower() == "het"):
            nominalisations += 1  # "het realiseren van"
    dependency = max_dependency_length(tokens)
    return {
        "content_words": content,
        "clauses": max(1, finite),
        "clause_sentences": 1 if finite else 0,
        "clause_density_sum": content / finite if finite else 0.0,
        "frequency_words": frequency_words,
        "frequency_sum": frequency_sum,
        "dependency_sum": dependency or 0,
        "dependency_sentences": 0 if dependency is None else 1,
        "parsed_sentences": 1,
        "nouns_known": nouns_known,
        "nouns_concrete": nouns_concrete,
        "passives": passives,
        "passive_agents": agents,
        "subordinate_clauses": subordinate,
        "nominalisations": nominalisations,
        "reader_pronouns": pronouns,
        "negations": negations,
    }
