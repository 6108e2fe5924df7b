"""Begrijpelijkheid, the calibrated score: moves the way an expert's edit moves it, is the
same for one sentence and ten copies of it, and explains itself."""

from __future__ import annotations

import json

import pytest

import eenvoudig
from eenvoudig.analysis.understandability import CENTER, MODEL_FILE, model
from eenvoudig.resources import package_text

SETTINGS = eenvoudig.Settings()


def score(text: str) -> float:
    result = eenvoudig.analyze(text, settings=SETTINGS).metrics.understandability
    assert result is not None
    return result.score


@pytest.mark.parametrize(("harder", "easier"), [
    # a long sentence split in two
    ("De gemeente heeft besloten om de subsidie voor het buurthuis in de wijk volgend jaar "
     "te verhogen en daarnaast extra geld beschikbaar te stellen voor de vrijwilligers van het "
     "buurthuis.",
     "De gemeente heeft besloten om de subsidie voor het buurthuis in de wijk volgend jaar "
     "te verhogen. Daarnaast stelt de gemeente extra geld beschikbaar voor de vrijwilligers "
     "van het buurthuis."),
    # an active clause for a passive one
    ("De aanvraag wordt door de gemeente beoordeeld.", "De gemeente beoordeelt de aanvraag."),
    # a common word for a rare or official one
    ("De gemeente verstrekt de vergunning.", "De gemeente geeft de vergunning."),
    ("Wij voeren de evaluatie uit.", "Wij bekijken hoe het ging."),
    # the reader addressed
    ("De aanvrager ontvangt binnen acht weken een besluit.",
     "U krijgt binnen acht weken een besluit."),
])
def test_an_expert_edit_makes_the_score_better(harder, easier):
    assert score(easier) > score(harder)


def test_ten_copies_score_as_one_sentence_and_easier_sections_score_easier():
    one = "Uw aanvraag wordt door de gemeente in behandeling genomen."
    assert score(" ".join([one] * 10)) == pytest.approx(score(one))
    assert score("\n\n".join([one] * 10)) == pytest.approx(score(one))
    text = ("# Brief\n\n## 1 Moeilijk\n\n" + one + " Dit geschiedt conform de verordening.\n\n"
            "## 2 Makkelijk\n\nWe helpen u graag. U krijgt snel antwoord.\n")
    analysis = eenvoudig.analyze(text, settings=SETTINGS)
    hard, easy = (s.metrics.understandability_score for s in analysis.sections if s.number)
    assert easy is not None and hard is not None and easy > hard


def test_the_contributions_add_up_to_the_score_and_are_in_dutch():
    text = ("Uw aanvraag wordt door de gemeente in behandeling genomen, waarna een "
            "beschikking wordt verstrekt.")
    result = eenvoudig.analyze(text, settings=SETTINGS).metrics.understandability
    assert result is not None
    raw = CENTER + sum(c.points for c in result.contributions)
    assert result.score == pytest.approx(min(100.0, max(0.0, raw)))
    labels = {c.label: c.points for c in result.contributions}
    assert labels["lijdende vorm"] < 0
    assert "lijdende vorm −" in result.explanation()
    data = eenvoudig.analyze(text, settings=SETTINGS).to_dict()
    assert data["schema_version"] == "1.1"
    shown = data["document"]["metrics"]["understandability"]
    assert shown["score"] == round(result.score, 1)
    assert shown["contributions"][0]["label"] == result.contributions[0].label


def test_no_score_without_a_parse():
    assert eenvoudig.analyze("Een zin.", parse=False).metrics.understandability is None


def test_the_model_is_data_with_its_provenance():
    data = json.loads(package_text(MODEL_FILE))
    provenance = data["provenance"]
    assert provenance["leave_one_document_out_accuracy"] >= 0.80
    assert provenance["pairs"] > 600
    assert set(model().weights) == set(data["features"])
    assert 0 < model().b1_threshold < 100


def test_reasons_name_each_side_in_words_for_its_direction():
    from eenvoudig.analysis.understandability import GROUPS, PHRASES

    assert set(PHRASES) == set(GROUPS)
    text = "De aanvraag wordt door de gemeente beoordeeld. We bellen u snel."
    result = eenvoudig.analyze(text, settings=SETTINGS).metrics.understandability
    assert result is not None
    harder, easier = result.harder(), result.easier()
    assert harder and easier and len(harder) <= 3 and len(easier) <= 3
    assert all(c.points <= -0.5 for c in harder) and all(c.points >= 0.5 for c in easier)
    passive = next(c for c in harder if c.group == "passives")
    assert passive.shown == f"lijdende vorm (−{-round(passive.points)})"
    address = next(c for c in easier if c.group == "address")
    assert address.phrase == "de lezer aanspreken met u, je en we" and address.signed[0] == "+"
    line = result.reasons()
    assert line.startswith("Wat het moeilijker maakt: ") and " Wat helpt: " in line
    assert result.headline() == (f"Begrijpelijkheid: {round(result.score)} van 100 — hoe "
                                 f"hoger, hoe makkelijker. B1 vanaf {model().b1_threshold:.0f}.")
