"""Golden values of the readability formulas, computed by hand."""

from __future__ import annotations

import pytest
from textstat.backend.utils.constants import LANG_CONFIGS

import eenvoudig
from eenvoudig.analysis import formulas


def test_flesch_douma_issue_check():
    # 15 words per sentence, 1.6 syllables per word: 206.84 − 0.77·160 − 0.93·15 = 69.69
    assert formulas.flesch_douma(150, 10, 240) == pytest.approx(69.69)


def test_flesch_douma_constants_are_not_swapped():
    swapped = 206.84 - 0.93 * 160 - 0.77 * 15
    assert formulas.flesch_douma(150, 10, 240) != pytest.approx(swapped, abs=0.5)


def test_flesch_douma_matches_textstat_dutch_constants():
    config = LANG_CONFIGS["nl"]
    theirs = (config["fre_base"] - config["fre_sentence_length"] * 15
              - config["fre_syll_per_word"] * 1.6)
    assert formulas.flesch_douma(150, 10, 240) == pytest.approx(theirs, abs=0.01)


def test_brouwer():
    # 195 − 2·15 − 66.67·1.6 = 58.328
    assert formulas.brouwer(150, 10, 240) == pytest.approx(58.328)


def test_lix():
    # 15 words per sentence + 100 · 30/150 = 35
    assert formulas.lix(150, 10, 30) == pytest.approx(35.0)


def test_empty_text_has_no_score():
    assert formulas.flesch_douma(0, 0, 0) is None
    assert formulas.lix(0, 0, 0) is None


@pytest.mark.parametrize(
    ("score", "band"),
    [(95, "zeer makkelijk"), (85, "makkelijk"), (75, "vrij makkelijk"), (65, "normaal"),
     (55, "vrij moeilijk"), (40, "moeilijk"), (10, "zeer moeilijk"), (-20, "zeer moeilijk")],
)
def test_flesch_bands(score, band):
    assert formulas.flesch_band(score) == band


def test_hand_computed_text():
    # De(1) ge-meen-te(3) helpt(1) u(1) / U(1) krijgt(1) bin-nen(2) twee(1) we-ken(2)
    # ant-woord(2): 10 words, 2 sentences, 15 syllables, 2 words over 6 letters.
    analysis = eenvoudig.analyze("De gemeente helpt u. U krijgt binnen twee weken antwoord.")
    m = analysis.metrics
    assert (m.words, m.sentences, m.counts.syllables, m.counts.long_words) == (10, 2, 15, 2)
    assert m.flesch_douma == pytest.approx(206.84 - 0.77 * 150 - 0.93 * 5)  # 86.69
    assert m.brouwer == pytest.approx(195 - 2 * 5 - 66.67 * 1.5)  # 84.995
    assert m.lix == pytest.approx(5 + 100 * 2 / 10)  # 25.0
    assert m.flesch_douma_band == "makkelijk"


def test_scores_come_from_summed_counts_not_averages():
    analysis = eenvoudig.analyze(
        "Ja. De gemeenteraad heeft gisteren na een lange vergadering het voorstel over de "
        "herinrichting van het centrum aangenomen."
    )
    s1, s2 = analysis.sentences
    c = analysis.metrics.counts
    assert c.words == s1.metrics.words + s2.metrics.words
    expected = formulas.flesch_douma(c.words, c.sentences, c.syllables)
    assert analysis.metrics.flesch_douma == pytest.approx(expected)
    average = (s1.metrics.flesch_douma + s2.metrics.flesch_douma) / 2
    assert analysis.metrics.flesch_douma != pytest.approx(average, abs=1)


def test_words_as_a_reader_counts_them():
    analysis = eenvoudig.analyze("Het kost € 1,5 miljoen, zo'n 5.000 euro per woning (2026-2030).")
    words = [w.text for w in analysis.sentences[0].words]
    assert words == ["Het", "kost", "€", "1,5", "miljoen", "zo'n", "5.000", "euro", "per",
                     "woning", "2026-2030"]
