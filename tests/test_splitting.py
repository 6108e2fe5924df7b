"""Cutting long sentences (`eenvoudig.simplify`): the patterns that cut real sentences of the
example agreement, and the near-misses that must stay whole."""

from __future__ import annotations

import eenvoudig

SPLIT_RULE = "zinsbouw.zin-knippen"


def _rewrite(text: str) -> tuple[str, list[str]]:
    """The new text of a one-sentence input, and the reasons of its cut (if any)."""
    rewrite = eenvoudig.simplify(text)
    out = " ".join(s.text for s in rewrite.sentences)
    return out, [e.reason for e in rewrite.edits if e.rule == SPLIT_RULE]


def test_second_clause_with_its_own_subject_after_the_verb():
    # "Daarom …, en streven we …": the adverb in front is repeated, the word order stays
    out, reasons = _rewrite(
        "Daarom brengen we ondersteuningsmogelijkheden rondom bijvoorbeeld mondzorg actief "
        "onder de aandacht, en streven we ernaar zowel het bereik als de kwaliteit van de "
        "collectieve zorgpolis te verbeteren;")
    assert out.endswith("actief onder de aandacht. Daarom streven we ernaar zowel het bereik "
                        "als de kwaliteit van de collectieve zorgpolis te verbeteren.")
    assert reasons and "'Daarom' vooraan herhaald" in reasons[0]
    out, _ = _rewrite(
        "Daarom waarderen we werk niet alleen in economische, maar vooral ook in sociale zin, "
        "en zetten we in op een inclusieve arbeidsmarkt waarin iedereen kansen krijgt.")
    assert out == ("Daarom waarderen we werk niet alleen in economische, maar vooral ook in "
                   "sociale zin. Daarom zetten we in op een inclusieve arbeidsmarkt waarin "
                   "iedereen kansen krijgt.")


def test_en_before_a_clause_with_its_own_adverb():
    out, reasons = _rewrite(
        "We hebben de afgelopen jaren veel geleerd van de bewoners in de wijk, en daarom "
        "willen we hun ideeën voor het park deze zomer samen uitwerken.")
    assert out == ("We hebben de afgelopen jaren veel geleerd van de bewoners in de wijk. "
                   "Daarom willen we hun ideeën voor het park deze zomer samen uitwerken.")
    assert reasons


def test_colon_before_a_full_main_clause():
    out, reasons = _rewrite(
        "De inzet van Heerlen is dan ook helder: we willen meer mensen aan betekenisvol werk, "
        "een hogere kwaliteit van banen en meer werkgelegenheid die aansluit bij ons "
        "ontwikkelende economisch profiel.")
    assert out.startswith("De inzet van Heerlen is dan ook helder. We willen meer mensen aan "
                          "betekenisvol werk")
    assert reasons and "dubbele punt" in reasons[0]
    out, _ = _rewrite("Daarom hanteren we een helder principe: we beperken onze asielopvang tot "
                      "de huidige locatie zolang Heerlen met het AZC voldoet aan onze opgave.")
    assert ". We beperken onze asielopvang tot de huidige" in out
    assert out.endswith("voldoet aan onze opgave.") and "(AZC)" in out


def test_final_clause_with_a_list_or_clause_inside():
    out, reasons = _rewrite(
        "Daarom investeren we in samenwerking, voorbereiding en duidelijke communicatie, zodat "
        "inwoners weten wat zij kunnen verwachten wanneer zich een crisis voordoet.")
    assert out == ("Daarom investeren we in samenwerking, voorbereiding en duidelijke "
                   "communicatie. Zo weten inwoners wat ze kunnen verwachten wanneer zich een "
                   "crisis voordoet.")
    assert reasons and "'zodat'" in reasons[0]
    # an item of a list that ends in a semicolon ends in a full stop in both sentences
    out, _ = _rewrite("We investeren in het studentenklimaat, zodat Heerlen aantrekkelijk blijft "
                      "als stad om te studeren, wonen en vervolgens ook te blijven werken;")
    assert out == ("We investeren in het studentenklimaat. Zo blijft Heerlen aantrekkelijk als "
                   "stad om te studeren, wonen en vervolgens ook te blijven werken.")
    # "waar" after a comma: "Daar …", with the particle of "samenkomen" at the end
    out, _ = _rewrite(
        "We werken Sportpark De Varenbeuk uit als prioritaire gebiedsontwikkeling in "
        "Heerlen-Noord, waar sport, gezondheid, ontmoeting en maatschappelijke functies "
        "samenkomen in een moderne, duurzame en multifunctionele omgeving.")
    assert out == ("We werken Sportpark De Varenbeuk uit als prioritaire gebiedsontwikkeling in "
                   "Heerlen-Noord. Daar komen sport, gezondheid, ontmoeting en maatschappelijke "
                   "functies in een moderne, duurzame en multifunctionele omgeving samen.")


def test_list_of_verbs_with_one_subject_becomes_sentences():
    out, reasons = _rewrite(
        "Het draagt bij aan de gezondheid en het welzijn van inwoners, versterkt de "
        "leefbaarheid in wijken en verbindt mensen van verschillende leeftijden en "
        "achtergronden.")
    assert out == ("Het draagt bij aan de gezondheid en het welzijn van inwoners. Het versterkt "
                   "de leefbaarheid in wijken. Het verbindt mensen van verschillende leeftijden "
                   "en achtergronden.")
    assert reasons and "opsomming" in reasons[0]


def test_reason_in_front_becomes_a_sentence():
    out, reasons = _rewrite(
        "Omdat jongerenbeleid meerdere beleidsterreinen raakt, werken we toe naar een integraal "
        "programma voor jeugd-, jongeren- en studentenbeleid, gericht op samenhang, uitvoering "
        "en meetbare resultaten.")
    assert out.startswith("Jongerenbeleid raakt meerdere beleidsterreinen. Daarom werken we "
                          "toe naar een integraal programma")
    assert reasons and "'omdat …'" in reasons[0]
    # a phrase right after the subject may belong to it: the verb cannot go between them
    text = ("Omdat de brug over het kanaal volgend jaar wordt vernieuwd, rijdt bus 12 vanaf "
            "maart een andere route door de wijk.")
    out, reasons = _rewrite(text)
    assert out == text and not reasons


def test_relative_wat_after_a_comma():
    # not in the agreement: "wat" refers to the whole first clause and becomes "Dat"
    out, reasons = _rewrite("De gemeente stopt volgend jaar met de papieren nieuwsbrief voor "
                            "alle inwoners, wat betekent dat u het nieuws voortaan op de website "
                            "moet lezen.")
    assert out == ("De gemeente stopt volgend jaar met de papieren nieuwsbrief voor alle "
                   "inwoners. Dat betekent dat u het nieuws voortaan op de website moet lezen.")
    assert reasons and "'wat'" in reasons[0]


def test_maar_stays_when_the_subject_is_repeated():
    out, _ = _rewrite("Daarom laten we ruimtelijke ontwikkeling in Heerlen niet aan het toeval "
                      "over, maar sturen zeer actief op kwaliteit, samenhang en publieke waarden.")
    assert out == ("Daarom laten we ruimtelijke ontwikkeling in Heerlen niet aan het toeval "
                   "over. Maar we sturen heel actief op kwaliteit, samenhang en publieke "
                   "waarden.")
    # "niet alleen … maar … ook": both halves keep their words
    out, _ = _rewrite(
        "We besteden niet alleen aandacht aan uitdagingen, maar brengen samen met inwoners en "
        "partners ook vooruitgang en successen uit Heerlen-Noord onder de aandacht.")
    assert "niet alleen aandacht aan uitdagingen" in out and " ook vooruitgang" in out
    assert ". Maar we brengen" in out or out.count(".") == 1


def test_niet_alleen_maar_ook_without_a_second_clause_stays_whole():
    text = ("Dat vraagt niet alleen om goede zorg, maar ook om passende woningen, bereikbare "
            "voorzieningen, digitale vaardigheden, mantelzorgondersteuning en buurten waarin "
            "mensen naar elkaar omkijken.")
    out, reasons = _rewrite(text)
    assert not reasons and "niet alleen om goede zorg, maar ook om passende woningen" in out
    text = ("Heerlen-Centrum is niet alleen het economische en culturele hart van Heerlen en "
            "Parkstad, maar ook hét symbool van positieve ontwikkeling die onze stad sinds de "
            "eeuwwisseling heeft doorgemaakt.")
    out, reasons = _rewrite(text)
    assert not reasons and "niet alleen" in out


def test_colon_before_no_main_clause_stays_whole():
    # a "dat"-clause after the colon cannot stand alone
    out, reasons = _rewrite("Misschien is dat wel onze meest bijzondere eigenschap: dat wij "
                            "telkens opnieuw vooruit durven kijken, juist wanneer de "
                            "omstandigheden daarom vragen.")
    assert not reasons and ": dat we telkens" in out
    # a noun with a relative clause after the colon is no sentence either
    out, reasons = _rewrite("Wij geloven samen in collegiaal bestuur: een college dat als team "
                            "opereert, elkaar aanvult, successen samen viert en "
                            "verantwoordelijkheid deelt wanneer het moeilijk wordt.")
    assert not reasons and ": een college dat als team opereert" in out


def test_clause_with_two_verbs_or_a_needed_relative_clause_stays_whole():
    # "verdwalen … of afhaken": the second verb would be left behind
    out, reasons = _rewrite(
        "We kiezen voor vroegsignalering, maatwerk en minder overhead, zodat inwoners niet "
        "verdwalen tussen loketten of afhaken door ingewikkelde voorwaarden.")
    assert not reasons and ", zodat inwoners niet verdwalen" in out
    # a second predicate after the verb of the clause ("getrokken wordt maar … aansluit")
    out, reasons = _rewrite(
        "Een goed voorbeeld van dit type verbinding is de Uitvoeringsagenda Wonen, Welzijn & "
        "Zorg, dat vanuit wonen getrokken wordt maar nauw aansluit bij volksgezondheid en het "
        "sociaal domein;")
    assert not reasons and ", dat vanuit wonen getrokken wordt maar nauw aansluit" in out
    # a relative clause without a comma tells which people are meant: it stays in place
    out, reasons = _rewrite(
        "Daarom zorgen we voor opvang en ondersteuning die menswaardig, veilig en passend is "
        "voor inwoners die tijdelijk of langdurig extra bescherming nodig hebben.")
    assert not reasons and "inwoners die tijdelijk of langdurig" in out


def test_no_cut_that_leaves_half_a_list_or_a_wrong_subject():
    # "A, B en C": a cut before C only would leave "Het draagt bij aan …, versterkt … ." behind
    out, _ = _rewrite("Het draagt bij aan de gezondheid en het welzijn van inwoners, versterkt "
                      "de leefbaarheid in wijken en verbindt mensen van verschillende leeftijden "
                      "en achtergronden.")
    assert ", versterkt de leefbaarheid in wijken." not in out
    # "monitoren" read into the subject: no "We monitoren maken dit …"
    out, _ = _rewrite("We monitoren structureel of capaciteit, competenties en opgaven voldoende "
                      "op elkaar aansluiten en maken dit bespreekbaar met organisatie, raad en "
                      "bestuur;")
    assert "monitoren maken" not in out and "volgen maken" not in out
    # "maar" cannot open a clause that keeps its verb first: no "Maar verzetten we ons"
    out, _ = _rewrite("Gevoed door ons mijnverleden waarderen we arbeidsmigratie die onze regio "
                      "versterkt, maar verzetten we ons tegen misstanden als uitbuiting en "
                      "slechte huisvesting.")
    assert "Maar verzetten" not in out and ". Verzetten" not in out
    # a capital that may be a name is not put after "Maar"
    out, _ = _rewrite("Investeren blijft noodzakelijk om de structurele opgaven in de stad aan te "
                      "pakken en kansen voor groei en ontwikkeling te benutten, maar gebeurt "
                      "binnen kaders die recht doen aan de financiële positie van de gemeente.")
    assert "Maar Investeren" not in out
