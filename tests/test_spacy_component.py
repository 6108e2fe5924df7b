"""The `eenvoudig` spaCy component, registered through the spacy_factories entry point."""

from __future__ import annotations

import pytest
import spacy

from eenvoudig.language.parser import parser_pipeline


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load(parser_pipeline().path)
    pipeline.add_pipe("eenvoudig")
    return pipeline


def test_doc_span_and_token_extensions(nlp):
    doc = nlp("De kat zit op de mat. De implementatie van het integrale beleid wordt door de "
              "gemeente zorgvuldig geëvalueerd.")
    assert 0 <= doc._.lint_score <= 100
    assert doc._.lint_level in (1, 2, 3, 4)
    easy, hard = list(doc.sents)
    assert easy._.lint_score < hard._.lint_score
    assert hard._.passive and not easy._.passive
    assert hard._.max_dependency_length >= 1
    kat = doc[1]
    assert kat._.syllables == 1 and kat._.zipf > 3 and not kat._.rare


def test_component_config_is_validated():
    pipeline = spacy.blank("nl")
    with pytest.raises(Exception):  # noqa: B017 - spaCy raises its own config error type
        pipeline.add_pipe("eenvoudig", config={"long_sentence": "lang"})


def test_another_installed_pipeline_can_be_chosen(tmp_path):
    import shutil

    import eenvoudig

    other = tmp_path / "ander_model"
    shutil.copytree(parser_pipeline().path, other)
    analysis = eenvoudig.analyze("De kat zit op de mat.", model=str(other))
    assert analysis.metrics.lint_score is not None


def test_unknown_model_is_a_dutch_error():
    import eenvoudig

    with pytest.raises(eenvoudig.EenvoudigError, match="niet gevonden"):
        eenvoudig.analyze("Een zin.", model="nl_bestaat_niet_model")


def test_begrijpelijkheid_per_doc_and_sentence(nlp):
    import eenvoudig
    from eenvoudig.analysis.understandability import Understandability

    passive = "De aanvraag wordt door de gemeente beoordeeld."
    active = "De gemeente beoordeelt de aanvraag."
    doc = nlp(f"{passive} {active}")
    hard, easy = list(doc.sents)
    for span in (doc, hard, easy):
        assert 0 <= span._.understandability_score <= 100
        assert isinstance(span._.understandability, Understandability)
    assert hard._.understandability_score < easy._.understandability_score
    assert (min(hard._.understandability_score, easy._.understandability_score)
            <= doc._.understandability_score
            <= max(hard._.understandability_score, easy._.understandability_score))
    assert "lijdende vorm −" in hard._.understandability.explanation()
    # the same scores as the library's own analysis of each sentence alone
    assert nlp(passive)._.understandability_score == pytest.approx(
        hard._.understandability_score)
    assert eenvoudig.analyze(active).metrics.understandability_score == pytest.approx(
        easy._.understandability_score)
