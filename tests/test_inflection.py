"""Dutch inflection of replacement words."""

from __future__ import annotations

import pytest

from eenvoudig.language.inflection import (
    inflect_adjective,
    inflect_verb,
    pluralise,
    verb_forms,
    verb_slot,
)


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("maken", ("maak", "maakt", "maakte", "gemaakt")),
        ("geven", ("geef", "geeft", "gaf", "gegeven")),
        ("zetten", ("zet", "zet", "zette", "gezet")),
        ("leven", ("leef", "leeft", "leefde", "geleefd")),
        ("bellen", ("bel", "belt", "belde", "gebeld")),
        ("betalen", ("betaal", "betaalt", "betaalde", "betaald")),
        ("verstrekken", ("verstrek", "verstrekt", "verstrekte", "verstrekt")),
        ("aanvragen", ("vraag aan", "vraagt aan", "vroeg aan", "aangevraagd")),
        ("vaststellen", ("stel vast", "stelt vast", "stelde vast", "vastgesteld")),
        ("plaatsvinden", ("vind plaats", "vindt plaats", "vond plaats", "plaatsgevonden")),
        ("doorontwikkelen", ("ontwikkel door", "ontwikkelt door", "ontwikkelde door",
                             "doorontwikkeld")),
        ("aanbesteden", ("besteed aan", "besteedt aan", "besteedde aan", "aanbesteed")),
        ("toetsen", ("toets", "toetst", "toetste", "getoetst")),
    ],
)
def test_verb_forms(verb, forms):
    result = verb_forms(verb)
    assert (result["present_1sg"], result["present_3sg"], result["past_singular"],
            result["participle"]) == forms


def test_slot_is_carried_over():
    slot = verb_slot("verstrekte", "verstrekken")
    assert slot == "past_singular"
    assert inflect_verb("geven", slot) == "gaf"
    assert inflect_verb("geven", verb_slot("verstrekt", "verstrekken", "VerbForm=Part")) in (
        "geeft", "gegeven")


@pytest.mark.parametrize(("noun", "plural"), [("brief", "brieven"), ("regel", "regels"),
                                              ("middel", "middelen"), ("bus", "bussen"),
                                              ("auto", "auto's"), ("manier", "manieren")])
def test_plurals(noun, plural):
    assert pluralise(noun) == plural


@pytest.mark.parametrize(("adjective", "inflected"), [("goed", "goede"), ("snel", "snelle"),
                                                      ("groot", "grote"), ("lief", "lieve"),
                                                      ("duidelijk", "duidelijke"),
                                                      ("vooraf", "vooraf"),
                                                      ("financieel", "financiële"),
                                                      ("actueel", "actuele"),
                                                      ("structureel", "structurele"),
                                                      ("breed", "brede")])
def test_adjectives(adjective, inflected):
    assert inflect_adjective(adjective) == inflected
