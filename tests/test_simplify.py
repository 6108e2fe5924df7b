"""`eenvoudig.simplify` and `eenvoudig convert` (work in progress: see the README)."""

from __future__ import annotations

import json

import eenvoudig
from eenvoudig.cli.main import main
from eenvoudig.rewriting.guardrails import check_sentence


def test_rewrite_applies_rules_and_lists_every_edit():
    text = ("Wij hebben uw aanvraag middels het formulier ontvangen en wij zullen deze zo "
            "spoedig mogelijk in behandeling nemen, conform de geldende regels van de "
            "gemeente. Indien u vragen heeft, kunt u ons bellen.")
    rewrite = eenvoudig.simplify(text)
    first, second = (s.text for s in rewrite.sentences)
    assert first.startswith("We hebben uw aanvraag met het formulier ontvangen. We zullen")
    assert "zo snel mogelijk behandelen" in first
    assert second == "Als u vragen heeft, kunt u ons bellen."
    rules = [e.rule for e in rewrite.edits]
    assert "ambtelijk.middels" in rules and "zinsbouw.zin-knippen" in rules
    assert all(e.reason for e in rewrite.edits)


def test_numbers_names_and_negations_survive():
    text = ("Indien u op 3 maart niet in Heerlen bent, ontvangt u € 1.250,- middels een "
            "overboeking.")
    rewrite = eenvoudig.simplify(text)
    out = " ".join(s.text for s in rewrite.sentences)
    for kept in ("3", "1.250", "Heerlen", "niet"):
        assert kept in out


def test_guardrail_rejects_lost_number_name_negation_and_harder_lint():
    assert check_sentence("Het kost 5 euro.", "Het kost euro.", None, None)
    assert check_sentence("We gaan naar Heerlen.", "We gaan naar de stad.", None, None)
    assert check_sentence("Dat is niet nodig.", "Dat is nodig.", None, None)
    assert check_sentence("Dat is nodig.", "Dat is noodzakelijk.", 20.0, 30.0)
    assert check_sentence("Dat is noodzakelijk.", "Dat is nodig.", 30.0, 20.0) == ""


def test_convert_cli_formats(tmp_path, capsys):
    source = tmp_path / "brief.md"
    source.write_text("# Uw aanvraag\n\nWij hebben uw aanvraag middels dit formulier "
                      "ontvangen. <script>alert(1)</script>\n", encoding="utf-8")
    assert main(["convert", str(source), "-o", str(tmp_path / "b1.md")]) == 0
    assert "met dit formulier" in (tmp_path / "b1.md").read_text(encoding="utf-8")
    assert main(["convert", str(source), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(e["rule"] == "ambtelijk.middels" for e in data["edits"])
    plain = tmp_path / "brief.txt"  # plain text keeps the tag as text: it must be escaped
    plain.write_text("Wij hebben uw aanvraag middels dit formulier ontvangen. "
                     "<script>alert(1)</script>\n", encoding="utf-8")
    assert main(["convert", str(plain), "-o", str(tmp_path / "b1.html")]) == 0
    html = (tmp_path / "b1.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<html lang="nl">' in html


def test_passive_with_agent_becomes_active():
    from eenvoudig.document.model import Token
    from eenvoudig.rewriting.passive import to_active

    spec = [("De", "DET", "", "det", 1, "de"), ("plannen", "NOUN", "Number=Plur",
            "nsubj:pass", 8, "plan"), ("worden", "AUX", "Tense=Pres|VerbForm=Fin", "aux:pass", 8,
            "worden"), ("door", "ADP", "", "case", 5, "door"), ("het", "DET", "", "det", 5, "het"),
            ("college", "NOUN", "Number=Sing", "obl:agent", 8, "college"),
            ("in", "ADP", "", "case", 7, "in"), ("maart", "PROPN", "", "obl", 8, "maart"),
            ("vastgesteld", "VERB", "VerbForm=Part", "ROOT", 8, "vaststellen"),
            (".", "PUNCT", "", "punct", 8, ".")]
    tokens = tuple(Token(text, 0, len(text), pos != "PUNCT", lemma, pos, morph, dep, head)
                   for text, pos, morph, dep, head, lemma in spec)
    assert to_active(tokens) == "Het college stelt de plannen in maart vast."
    pronoun = tuple(t._replace(text="Ze", pos="PRON") if i == 1 else t
                    for i, t in enumerate(tokens))
    assert to_active(pronoun) is None


def test_passive_rewrite_is_an_edit():
    rewrite = eenvoudig.simplify("De plannen worden door het college in maart vastgesteld.")
    sentence = rewrite.sentences[0]
    if sentence.edits:  # the LiNT guardrail may keep the original
        assert sentence.text == "Het college stelt de plannen in maart vast."
        assert sentence.edits[0].rule == "zinsbouw.lijdende-vorm"
    else:
        assert "LiNT" in sentence.kept


def test_nominal_style_back_to_the_verb():
    from eenvoudig.document.model import Token
    from eenvoudig.rewriting.nominal import verb_from_nominal

    def sentence(text: str) -> tuple[Token, ...]:
        words = text.replace(".", " .").split()
        return tuple(Token(w, 0, len(w), w != ".") for w in words)

    assert verb_from_nominal(sentence("We zorgen voor het realiseren van meer woningen.")) == (
        "We realiseren meer woningen.")
    assert verb_from_nominal(sentence("De gemeente zorgde voor het vaststellen van de regels.")
                             ) == "De gemeente stelde de regels vast."
    assert verb_from_nominal(sentence("We zorgen voor de kinderen.")) is None
