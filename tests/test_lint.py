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
    # lint-ii 0.1.3's LintScorer docstring: frequency 5.2, dependency length 3, 4.5 content
    # words per clause, 60 % concrete nouns → 21.010140322363895, level 1 (the coefficients
    # for spaCy 3.7.0 and noun list 20260420 in lint-ii's coefficients.json)
    score = lint.lint_score(5.2, 3, 4.5, 0.6)
    assert score == pytest.approx(21.010140322363895, abs=1e-12)
    assert lint.lint_level(score) == 1


def test_formula_matches_the_readme_sentence():
    # lint-ii 0.1.3 README, "De Oudegracht is het sfeervolle hart van de stad.": frequency
    # 5.364349123825101, max SDL 3, 4 content words per clause, half the nouns concrete
    assert lint.lint_score(5.364349123825101, 3, 4.0, 0.5) == pytest.approx(18.488663741182307,
                                                                            abs=1e-9)


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


def test_a_conjunct_of_the_root_is_measured_to_the_root():
    # LiNT-II: the head of a conjunct is the head of the first conjunct; when that is the
    # root (its own head), the conjunct is measured to the root itself.
    tokens = _tokens("Ik/PRON/nsubj:pass/1 kom/VERB/fin/1 morgen/ADV/advmod/1 en/CCONJ/cc/6 "
                     "blijf/AUX/aux/6 lang/ADJ/advmod/6 slapen/VERB/conj/1")
    assert lint.max_dependency_length(tokens) == 4


def test_only_a_plain_subject_takes_the_verbs_conjuncts():
    # lint-ii checks the relation `nsubj` exactly; a passive subject is measured to its head.
    tokens = _tokens("Dat/DET/det/1 geluid/NOUN/nsubj:pass/2 klinkt/VERB/fin/2 en/CCONJ/cc/6 "
                     "moet/AUX/aux/6 worden/AUX/aux:pass/6 gehoord/VERB/conj/2")
    assert lint.max_dependency_length(tokens) == 3


def test_a_one_word_sentence_has_no_dependency_length():
    assert lint.max_dependency_length(_tokens("Inleiding/NOUN/ROOT/0")) is None
    assert lint.max_dependency_length(_tokens("Waarom/ADV/ROOT/0 ?/PUNCT/punct/0")) is None


def test_features_count_content_words_clauses_and_passives():
    tokens = _tokens("De/DET/det/1 aanvraag/NOUN/nsubj:pass/4 wordt/AUX/aux:pass/4 "
                     "snel/ADJ/advmod/4 behandeld/VERB/fin/4 ./PUNCT/punct/4")
    features = lint.sentence_features(tokens)
    assert features["content_words"] == 3
    assert features["clauses"] == 1
    assert features["clause_sentences"] == 1
    assert features["clause_density_sum"] == 3.0
    assert features["passives"] == 1


def test_content_words_as_lint_ii_defines_them():
    # numerals (also an ordinal tagged ADJ) and copulas are not content words; of the
    # adverbs only LiNT-II's manner adverbs are ("samen", not "graag", not "snel"-as-ADV)
    tokens = _tokens("De/DET/det/1 eerste/ADJ/amod/2 drie/NUM/nummod/2 kinderen/NOUN/nsubj/3 "
                     "blijven/VERB/cop/5 samen/ADV/advmod/5 graag/ADV/advmod/5 "
                     "thuis/ADV/fin/5")
    content = [t.text for t in tokens if lint.is_content(t)]
    assert content == ["kinderen", "samen"]
    assert lint.is_numeral("eenentwintigste") and lint.is_numeral("3e")
    assert not lint.is_numeral("eerder")


def test_no_finite_verb_gives_no_content_density_and_no_sentence_score():
    # LiNT-II: content words per clause is undefined without a finite verb, so is the score
    analysis = eenvoudig.analyze("Ontwikkeling van de baarmoeder")
    (sentence,) = analysis.sentences
    assert sentence.metrics.content_words_per_clause is None
    assert sentence.metrics.lint_score is None


def test_document_density_is_the_mean_of_the_sentences():
    # LiNT-II averages content words per clause over sentences (those with a finite verb),
    # not over all clauses of the text: (2/1 + 5/2) / 2 = 2.25, not 7/3
    from eenvoudig.analysis.results import Counts, Metrics

    one = _tokens("De/DET/det/1 kat/NOUN/nsubj/2 slaapt/VERB/fin/2")
    two = _tokens("De/DET/det/1 hond/NOUN/nsubj/2 blaft/VERB/fin/2 en/CCONJ/cc/5 "
                  "de/DET/det/5 kat/NOUN/nsubj/6 miauwt/VERB/fin/2 luid/ADJ/advmod/6")
    none = _tokens("Inleiding/NOUN/ROOT/0")
    counts = sum((Counts(**lint.sentence_features(t)) for t in (one, two, none)), Counts())
    assert Metrics(counts).content_words_per_clause == pytest.approx(2.25)
    assert counts.content_words / counts.clauses != pytest.approx(2.25)


def test_frequencies_come_from_lint_ii_subtlex_table():
    from eenvoudig.language import lint_tables

    # The SUBTLEX-NL values lint-ii 0.1.3 documents (README and WordFeatures docstring)
    assert lint_tables.subtlex_zipf("hart") == pytest.approx(5.293120582960477, abs=1e-12)
    assert lint_tables.subtlex_zipf("slaapt") == pytest.approx(4.75612499633879, abs=1e-12)
    assert lint_tables.subtlex_zipf("stadskastelen") == pytest.approx(1.359228547196266)
    assert pytest.approx(1.359228547196266, abs=1e-15) == lint_tables.UNKNOWN_ZIPF
    assert lint_tables.noun_entry("vrijheid")[0] == "abstract"
    assert lint_tables.noun_entry("integriteitstoetsen") == ("abstract", "toets")
    assert "sfeervol" in lint_tables.skip_list()
    assert {"samen", "ambtshalve"} <= lint_tables.manner_adverbs()
    assert "km" in lint_tables.measurement_units()


def test_word_frequency_follows_lint_ii():
    tokens = _tokens("Het/DET/det/1 lijntjespapier/NOUN/nsubj/2 ligt/VERB/fin/2 "
                     "op/ADP/case/4 duwboten/NOUN/obl/2 in/ADP/case/6 Utrecht/PROPN/obl/2")
    frequency = {t.text: lint.word_frequency(t) for t in tokens}
    assert frequency["lijntjespapier"] == pytest.approx(1.359228547196266)  # not in SUBTLEX
    assert frequency["Het"] is None and frequency["op"] is None  # function words
    assert frequency["Utrecht"] is None  # proper names have no frequency
    # "sfeervolle": its lemma "sfeervol" is on LiNT-II's skip list, so it has no frequency
    parsed = eenvoudig.read("De Oudegracht is het sfeervolle hart van de stad.", parse=True)
    (word,) = [t for t in parsed.sentences[0].tokens if t.text == "sfeervolle"]
    assert word.lemma == "sfeervol" and lint.word_frequency(word) is None
    from eenvoudig.language import lint_tables
    assert frequency["duwboten"] == pytest.approx(lint_tables.subtlex_zipf("boot"))  # head
    assert frequency["ligt"] == pytest.approx(lint_tables.subtlex_zipf("ligt"))


def test_concrete_nouns_come_from_lint_ii_noun_list():
    tokens = _tokens("De/DET/det/1 stad/NOUN/nsubj/4 en/CCONJ/cc/3 vrijheid/NOUN/conj/1 "
                     "zijn/AUX/fin/4 3/NUM/nummod/6 km/SYM/obl/4 bij/ADP/case/8 "
                     "UWV/PROPN/nmod/6 hart/NOUN/nmod/8 Xqzplof/PROPN/nmod/9")
    classes = {t.text: lint.noun_class(t) for t in tokens}
    assert classes["stad"] == "concrete" and classes["vrijheid"] == "abstract"
    assert classes["hart"] == "undefined"  # counted as a noun, not as concrete
    assert classes["km"] == "concrete"  # a unit symbol
    assert classes["UWV"] == "abstract"  # an all-capital name: an organisation
    assert classes["Xqzplof"] is None  # unknown: left out of the share
    features = lint.sentence_features(tokens)
    assert (features["nouns_known"], features["nouns_concrete"]) == (5, 2)


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
    assert m.lint_score is not None and 40 <= m.lint_score <= 80
    # LiNT-II scores no text without a finite verb (a list of job titles, section 4.4)
    scored = [s for s in excerpt_analysis.sections if s.metrics.counts.clause_sentences]
    assert all(s.metrics.lint_score is not None for s in scored)
    sentences = excerpt_analysis.sentences
    assert sum(s.metrics.lint_score is not None for s in sentences) > 0.7 * len(sentences)
    assert m.counts.passives > 0


def test_document_lint_comes_from_summed_features(excerpt_analysis):
    c = excerpt_analysis.metrics.counts
    expected = lint.lint_score(c.frequency_sum / c.frequency_words,
                               c.dependency_sum / c.dependency_sentences,
                               c.clause_density_sum / c.clause_sentences,
                               c.nouns_concrete / c.nouns_known)
    assert excerpt_analysis.metrics.lint_score == pytest.approx(expected)


def test_officialese_scores_harder_than_with_wordfreq():
    # SUBTLEX-NL (subtitles) hardly knows officialese that wordfreq (news, Wikipedia) knows
    # well, so LiNT-II's frequency feature sees it as rare: the hard text's mean frequency
    # is well below wordfreq's, the plain text's much less so.
    from eenvoudig.language import lint_tables
    from eenvoudig.language.frequency import zipf

    plain = eenvoudig.analyze("Mijn moeder gaat naar de winkel. Ze koopt brood en melk.")
    formal = eenvoudig.analyze(
        "Het college van burgemeester en wethouders verleent de aanvrager inzage in de "
        "registratie, met inachtneming van de voorwaarden inzake de verstrekking.")

    def gap(analysis):
        """Mean over the counted words of wordfreq's Zipf minus SUBTLEX-NL's, same forms."""
        forms = [t.text.lower() for s in analysis.document.sentences for t in s.tokens
                 if lint.word_frequency(t) is not None and zipf(t.text) > 0]
        return sum(zipf(f) - lint_tables.subtlex_zipf(f) for f in forms) / len(forms)

    assert gap(formal) > 0.4
    assert gap(formal) > gap(plain) + 0.4
    assert formal.metrics.lint_level == 4
    assert plain.metrics.lint_level == 1


def test_an_unknown_word_gets_lint_iis_unknown_value():
    analysis = eenvoudig.analyze("De kat eet de zwiebelbrommer.")
    words = [t for s in analysis.document.sentences for t in s.tokens]
    (unknown,) = [t for t in words if t.text == "zwiebelbrommer"]
    assert lint.word_frequency(unknown) == pytest.approx(1.359228547196266)
