"""LiNT-II: the Dutch readability score validated against reading comprehension.

LiNT (Leesbaarheidsinstrument voor Nederlandse Teksten; Pander Maat, Kleijn & Frissen 2023;
Kleijn 2018) predicts how well readers understand a text from four features, fitted on
cloze tests of 120 texts by about 2,700 readers (adjusted R² 0.74). LiNT-II (Kim & Pander
Maat 2025) re-implemented the features on spaCy and refitted the formula; eenvoudig uses
that refit (lint_ii `LintScorer`, 2025):

    raw   = −4.20782 + 17.283729 × mean Zipf frequency of content words
            − 1.624415 × maximum dependency length − 2.536780 × content words per clause
            + 16.001231 × proportion of concrete nouns
    score = 100 − raw, clamped to 0–100 (higher = harder)

Levels: [0, 34) 1, [34, 46) 2, [46, 58) 3, [58, 100] 4; the share of adult Dutch readers who
struggle with a text of that level is 14, 29, 53 and 78 %.

The features, as LiNT-II defines them:
- content words: NOUN, PROPN, VERB, ADJ and manner adverbs (`wordlists/wijze-bijwoorden.txt`);
- word frequency: mean Zipf frequency of the content words except proper names; a compound
  noun takes the frequency of its head word when that is higher ("woningbouwopgave" → "opgave");
- dependency length: per sentence the longest distance (in words, punctuation not counted)
  between a word and its head; a conjunct takes the head of the first conjunct, a subject is
  also measured to the conjuncts of its verb; the document value is the mean of the sentences';
- clauses: finite verbs (at least one per sentence);
- concreteness: concrete nouns / nouns whose class is known (`language.concreteness`).

Differences from LiNT-II that users should know: eenvoudig's features come from its own
parser and from wordfreq frequencies (LiNT-II uses nl_core_news_lg and SUBTLEX-NL), so scores
are close to, not identical with, LiNT-II's.
"""

from __future__ import annotations

from functools import cache
from typing import TypedDict

from ..document.model import Token
from ..language.concreteness import compound_head, noun_class
from ..language.frequency import zipf
from ..language.wordlists import load_wordlist

CONSTANT = -4.20782
W_FREQUENCY = 17.283729
W_DEPENDENCY = -1.624415
W_CONTENT_PER_CLAUSE = -2.536780
W_CONCRETE = 16.001231
LEVELS = ((58.0, 4), (46.0, 3), (34.0, 2), (float("-inf"), 1))
STRUGGLE_SHARE = {1: 14, 2: 29, 3: 53, 4: 78}

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
NEGATIONS = frozenset({"niet", "geen", "nooit", "niets", "niemand", "nergens", "noch"})
READER_PRONOUNS = frozenset({"we", "wij", "u", "je", "jij", "jullie", "uw", "ons", "onze"})
SUBORDINATE = frozenset({"advcl", "ccomp", "acl:relcl", "csubj", "acl"})
NOMINAL_SUFFIXES = ("ing", "atie", "itie", "isatie", "ering", "heid")


@cache
def manner_adverbs() -> frozenset[str]:
    return frozenset(row[0] for row in load_wordlist("wijze-bijwoorden.txt").rows)


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


def is_content(token: Token) -> bool:
    """A content word for LiNT-II. The separated particle of a verb ("plaats" in "vindt …
    plaats", dep `compound:prt`) belongs to its verb, which already counts."""
    if token.dep == "compound:prt":
        return False
    if token.pos in CONTENT_POS:
        return True
    return token.pos == "ADV" and token.lemma.lower() in manner_adverbs()


def word_zipf(token: Token) -> float:
    """Zipf frequency of a content word; a compound noun may take its head's frequency."""
    value = zipf(token.text)
    if token.pos == "NOUN" and value < 4.0:
        split = compound_head(token.lemma or token.text)
        if split:
            modifier = split[0]
            text = token.text.lower()
            head_form = text[len(modifier):] if text.startswith(modifier) else split[1]
            value = max(value, zipf(head_form), zipf(split[1]))
    return value


def max_dependency_length(tokens: tuple[Token, ...]) -> int:
    """The longest head–dependent distance in a sentence, in words between them."""
    position: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.pos != "PUNCT":
            position[index] = len(position)
    conjuncts: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        if token.dep == "conj" and 0 <= token.head < len(tokens):
            conjuncts.setdefault(token.head, []).append(index)
    longest = 0
    for index, token in enumerate(tokens):
        if index not in position or token.head < 0 or token.head == index:
            continue
        head = token.head
        if token.dep == "conj":
            first = head
            seen = {index}
            while tokens[first].dep == "conj" and tokens[first].head != first and first not in seen:
                seen.add(first)
                first = tokens[first].head
            head = tokens[first].head
            if head == first:
                continue
        heads = [head]
        if token.dep.startswith("nsubj"):
            heads += conjuncts.get(head, [])
        for h in heads:
            if h in position:
                longest = max(longest, abs(position[index] - position[h]) - 1)
    return longest


class SentenceFeatures(TypedDict, total=False):
    """The parse-based fields of `Counts` for one sentence (none for an unparsed one)."""

    content_words: int
    clauses: int
    frequency_words: int
    frequency_sum: float
    dependency_sum: int
    dependency_sentences: int
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
            if token.pos != "PROPN":
                frequency_words += 1
                frequency_sum += word_zipf(token)
        if token.pos in ("VERB", "AUX") and token.feature("VerbForm") == "Fin":
            finite += 1
        if token.pos == "NOUN" and token.dep != "compound:prt":
            kind = noun_class(token.lemma or token.text)
            if kind is not None:
                nouns_known += 1
                nouns_concrete += kind == "concreet"
            if lemma.endswith(NOMINAL_SUFFIXES) and len(lemma) > 6:
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
    return {
        "content_words": content,
        "clauses": max(1, finite),
        "frequency_words": frequency_words,
        "frequency_sum": frequency_sum,
        "dependency_sum": max_dependency_length(tokens),
        "dependency_sentences": 1,
        "nouns_known": nouns_known,
        "nouns_concrete": nouns_concrete,
        "passives": passives,
        "passive_agents": agents,
        "subordinate_clauses": subordinate,
        "nominalisations": nominalisations,
        "reader_pronouns": pronouns,
        "negations": negations,
    }
