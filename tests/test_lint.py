"""LiNT-II: the formula, the features on hand-built parses, and properties of the score."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eenvoudig
from eenvoudig.analysis import lint
from eenvoudig.document.model import Token


def _tokens(spec: str) -> tuple[Token, ...]:
    """Build a parsed sentence by hand: 'word/POS/dep/head …' (head is a 0-based index)."""
    tokens = []
    position = 0
    for item in spec.split():
        text, pos, dep, head = item.split("/")
        tokens.append(Token(text, position, position + len(text), pos != "PUNCT",
                            text.lower(), pos, "VerbForm=Fin" if dep == "fin" else "",
                            "ROOT" if dep == "fin" else dep, int(head)))
        position += len(text) + 1
    return tuple(tokens)


def test_formula_matches_the_published_example():
    # LiNT-II example: frequency 5.2, dependency length 3, 4.5 content words per clause,
    # 60 % concrete nouns → 100 − (−4.20782 + 89.87539 − 4.87325 − 11.41551 + 9.60074)
    score = lint.lint_score(5.2, 3, 4.5, 0.6)
    assert score == pytest.approx(21.0204456)
    assert lint.lint_level(score) == 1


@pytest.mark.parametrize(("score", "level"), [(0, 1), (33.9, 1), (34, 2), (45.9, 2), (46, 3),
                                              (57.9, 3), (58, 4), (100, 4)])
def test_levels(score, level):
    assert lint.lint_level(score) == level


def test_missing_feature_gives_no_score():
    assert lint.lint_score(5.0, 3, 2.0, None) is None


@given(st.floats(0, 8), st.floats(0, 40), st.floats(0, 30), st.floats(0, 1))
def test_score_stays_within_0_and_100(frequency, dependency, density, concrete):
    score = lint.lint_score(frequency, dependency, density, concrete)
    assert 0 <= score <= 100


def test_dependency_length_of_the_lint_example():
    # "De Oudegracht is het sfeervolle hart van de stad ." — subject to root: 3 words between.
    tokens = _tokens("De/DET/det/1 Oudegracht/PROPN/nsubj/5 is/AUX/cop/5 het/DET/det/5 "
                     "sfeervolle/ADJ/amod/5 hart/NOUN/fin/5 van/ADP/case/8 de/DET/det/8 "
                     "stad/NOUN/nmod/5 ./PUNCT/punct/5")
    assert lint.max_dependency_length(tokens) == 3


def test_punctuation_does_not_count_as_intervening():
    tokens = _tokens("Jan/PROPN/nsubj/4 ,/PUNCT/punct/0 zegt/VERB/parataxis/4 ,/PUNCT/punct/2 "
                     "komt/VERB/fin/4")
    assert lint.max_dependency_length(tokens) == 1


def test_conjunct_takes_the_head_of_the_first_conjunct():
    # "Je zoekt in de index of het register": register (conj of index) hangs on zoekt.
    tokens = _tokens("Je/PRON/nsubj/1 zoekt/VERB/fin/1 in/ADP/case/4 de/DET/det/4 "
                     "index/NOUN/obl/1 of/CCONJ/cc/7 het/DET/det/7 register/NOUN/conj/4")
    assert lint.max_dependency_length(tokens) == 5


def test_subject_is_measured_to_the_conjuncts_of_its_verb():
    tokens = _tokens("Dat/DET/det/1 geluid/NOUN/nsubj/2 klinkt/VERB/fin/2 en/CCONJ/cc/6 "
                     "moet/AUX/aux/6 worden/AUX/aux:pass/6 gehoord/VERB/conj/2")
    assert lint.max_dependency_length(tokens) == 4


def test_features_count_content_words_clauses_and_passives():
    tokens = _tokens("De/DET/det/1 aanvraag/NOUN/nsubj:pass/4 wordt/AUX/aux:pass/4 "
                     "snel/ADJ/advmod/4 behandeld/VERB/fin/4 ./PUNCT/punct/4")
    features = lint.sentence_features(tokens)
    assert features["content_words"] == 3
    assert features["clauses"] == 1
    assert features["passives"] == 1


def test_plain_concrete_text_scores_easier_than_long_abstract_text():
    easy = eenvoudig.analyze("De kat zit op de mat. Het kind eet een appel. Mijn moeder "
                             "fietst naar de winkel.")
    hard = eenvoudig.analyze(
        "De implementatie van de integrale beleidsvisie ten aanzien van de "
        "doorontwikkeling van de samenwerkingsstructuur vereist een zorgvuldige afweging "
        "van de maatschappelijke randvoorwaarden en de financiële kaders.")
    assert easy.metrics.lint_level == 1
    assert hard.metrics.lint_score > easy.metrics.lint_score + 30


def test_agreement_excerpt_has_lint_per_section_and_sentence(excerpt_analysis):
    m = excerpt_analysis.metrics
    assert m.lint_score is not None and 40 <= m.lint_score <= 75
    scored = [s for s in excerpt_analysis.sections if s.metrics.words]
    assert all(s.metrics.lint_score is not None for s in scored)
    sentences = excerpt_analysis.sentences
    assert sum(s.metrics.lint_score is not None for s in sentences) > 0.7 * len(sentences)
    assert m.counts.passives > 0


def test_document_lint_comes_from_summed_features(excerpt_analysis):
    c = excerpt_analysis.metrics.counts
    expected = lint.lint_score(c.frequency_sum / c.frequency_words,
                               c.dependency_sum / c.dependency_sentences,
                               c.content_words / c.clauses, c.nouns_concrete / c.nouns_known)
    assert excerpt_analysis.metrics.lint_score == pytest.approx(expected)
