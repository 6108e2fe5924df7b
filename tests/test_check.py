"""`eenvoudig check`: rule files, their examples, matching, settings, suppression, packs."""

from __future__ import annotations

import json
import sys
import textwrap

import pytest

import eenvoudig
from eenvoudig.checking.examples import apply_hit, run_examples
from eenvoudig.checking.ruleset import builtin_rules, parse_rule_file
from eenvoudig.errors import DataError

from .conftest import run

RULES = list(builtin_rules())


@pytest.fixture(scope="module")
def example_results():
    return {(r.rule, r.text): r for r in run_examples(RULES)}


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(rule, example_results):
    for example in rule.examples:
        result = example_results[(rule.id, example.text)]
        assert result.ok, f"{rule.id}: {result.problem} — {example.text}"


def test_word_lists_are_large_enough():
    from eenvoudig.language.wordlists import load_wordlist

    assert len(load_wordlist("ambtelijk.tsv").rows) >= 600
    assert len(load_wordlist("begrippen.tsv").rows) >= 250
    assert len(load_wordlist("afkortingen.tsv").rows) >= 150


GOOD = """
set: proef
description: Proef.
rules:
  - id: proef.woord
    kind: substitution
    severity: warning
    message: Proef.
    description: Proef.
    table: {teneinde: [om]}
    examples:
      - {text: Wij bellen teneinde te helpen., hit: teneinde, replacement: om}
      - {text: Wij bellen om te helpen.}
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("kind: substitution", "kind: substitution\n    kleur: rood"), "onbekende sleutel"),
        (("severity: warning", "severity: ernstig"), "'severity' moet"),
        (("- id: proef.woord", "- id: ander.woord"), "hoort met 'proef.' te beginnen"),
        (("      - {text: Wij bellen om te helpen.}\n", ""), "zonder 'hit'"),
        (("table: {teneinde: [om]}", "table: {teneinde: [om]}\n    wordlist: bestaat-niet.tsv"),
         "bestaat niet"),
        (("set: proef", "set: proef\nkleur: rood"), "onbekende sleutel"),
    ],
)
def test_schema_errors_name_file_and_line(change, message):
    text = GOOD.replace(*change)
    with pytest.raises(DataError) as error:
        parse_rule_file(text, "regels/proef.yaml")
    assert message in str(error.value)
    assert str(error.value).startswith("regels/proef.yaml:")


@pytest.mark.parametrize("left_out", [
    "      - {text: Wij bellen teneinde te helpen., hit: teneinde, replacement: om}\n",
    "      - {text: Wij bellen om te helpen.}\n",
], ids=["no-firing-example", "no-quiet-example"])
def test_a_rule_without_firing_or_quiet_example_is_refused(left_out):
    """Every rule has an example that fires and one that does not: the loader refuses any
    other rule file (so a built-in rule without them stops `RULES` above from loading at
    all; a test that looped over the loaded rules could never fail)."""
    with pytest.raises(DataError) as error:
        parse_rule_file(GOOD.replace(left_out, ""), "regels/proef.yaml")
    assert str(error.value) == ("regels/proef.yaml:5: proef.woord heeft minstens één voorbeeld "
                                "met en één zonder 'hit' nodig")


def test_bad_regex_and_duplicate_ids(tmp_path):
    pattern = GOOD.replace("kind: substitution", "kind: pattern").replace(
        "table: {teneinde: [om]}", "advice: Doe iets.\n    patterns: [[{LOWER_REGEX: '(on'}]]")
    with pytest.raises(DataError, match="ongeldige reguliere expressie"):
        parse_rule_file(pattern, "proef.yaml")
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD, encoding="utf-8")
    from eenvoudig.checking.ruleset import load_rule_files

    with pytest.raises(DataError, match="bestaat al"):
        load_rule_files([tmp_path])


def test_inflections_by_lemma_and_separable_verbs():
    result = eenvoudig.check("Hij verstrekte de pas. Zij hebben de pas verstrekt. "
                             "Wij dragen er zorg voor dat u het krijgt.")
    found = {h.text: h for h in result.hits if h.rule.startswith("ambtelijk")}
    assert found["verstrekte"].suggestions[0] == "gaf"
    assert found["verstrekt"].suggestions[0] == "gegeven"
    separated = next(h for h in result.hits if h.rule == "ambtelijk.zorg-dragen-voor")
    assert separated.text.startswith("dragen") and not separated.applicable


def test_suggestion_keeps_plural_and_capital():
    result = eenvoudig.check("Middels dit formulier vraagt u het aan. We hebben de missives "
                             "ontvangen.")
    hits = {h.text: h for h in result.hits}
    assert hits["Middels"].suggestions[0] == "Met"
    assert hits["missives"].suggestions[0] == "brieven"


def test_hit_offsets_point_into_the_file(excerpt, excerpt_check):
    source = excerpt.read_text(encoding="utf-8")
    result = excerpt_check
    assert len(result.hits) > 88  # the whole example's bound (500) scaled by words; 321 now
    words = [h for h in result.hits if h.rule.startswith("ambtelijk")]
    assert words
    for hit in words:
        assert source[hit.start:hit.end] == hit.text
        line_start = source.rfind("\n", 0, hit.start) + 1
        assert hit.column == hit.start - line_start + 1
        assert source.count("\n", 0, hit.start) + 1 == hit.line
    assert all(h.section for h in result.hits)


def test_applied_suggestion_is_clean():
    result = eenvoudig.check("U kunt middels dit formulier reageren.")
    hit = next(h for h in result.hits if h.text == "middels")
    assert apply_hit("U kunt middels dit formulier reageren.", hit) == (
        "U kunt met dit formulier reageren.")


def test_cli_text_json_github_and_exit_codes(tmp_path, capsys):
    path = tmp_path / "brief.md"
    path.write_text("# Uw aanvraag\n\nWij verstrekken u middels deze brief de uitslag van de "
                    "beoordeling van uw aanvraag voor een vergunning voor het kappen van een "
                    "boom in de tuin achter uw woning aan de Hoofdstraat in Heerlen.\n",
                    encoding="utf-8")
    code, out, _ = run(["check", str(path)], capsys)
    assert code == 1  # the sentence has more than 30 words: an error
    assert f"{path}:3:5: waarschuwing ambtelijk.verstrekken 'verstrekken'" in out
    assert "→ 'geven'" in out and "B1-indicatie" in out
    code, out, _ = run(["check", str(path), "--format", "json"], capsys)
    data = json.loads(out)
    hit = next(h for h in data["hits"] if h["rule"] == "ambtelijk.middels")
    assert {"rule", "severity", "line", "column", "start", "end", "text", "message",
            "suggestions"} <= hit.keys()
    assert hit["suggestions"][0] == "met"
    code, out, _ = run(["check", str(path), "--format", "github"], capsys)
    assert "::warning file=" in out and "title=ambtelijk.middels" in out
    code, _, _ = run(["check", str(path), "--fail-on", "none"], capsys)
    assert code == 0
    code, _, _ = run(["check", str(path), "--disable", "zinsbouw"], capsys)
    assert code == 0
    code, _, _ = run(["check", str(path), "--disable", "zinsbouw", "--fail-on", "warning"],
                     capsys)
    assert code == 1
    code, _, err = run(["check", str(tmp_path / "weg.md")], capsys)
    assert code == 2 and "bestaat niet" in err


def test_config_from_pyproject_and_own_word_list(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent("""
        [tool.eenvoudig]
        disable = ["zinsbouw", "begrippen"]
        severity = { "ambtelijk.middels" = "error" }
        wordlists = ["verboden.tsv"]
        kleur = "rood"
    """), encoding="utf-8")
    (tmp_path / "verboden.tsv").write_text(
        "# Verboden woorden van de gemeente\n# source: gemeente Voorbeeld\n# licence: CC0\n"
        "# format: eenvoudig-wordlist 1\n# columns: term, pos, alternatives, note\n"
        "term\tpos\talternatives\tnote\nklant\tnoun\tinwoner\t\n", encoding="utf-8")
    sub = tmp_path / "teksten"
    sub.mkdir()
    path = sub / "brief.md"
    path.write_text("Wij helpen elke klant middels een gesprek.\n", encoding="utf-8")
    code, out, err = run(["check", str(path), "--format", "json"], capsys)
    assert "onbekende instelling 'kleur'" in err
    data = json.loads(out)
    rules = {h["rule"]: h for h in data["hits"]}
    assert rules["ambtelijk.middels"]["severity"] == "error"
    assert rules["eigen.klant"]["suggestions"] == ["inwoner"]
    assert not any(r.startswith(("zinsbouw", "begrippen")) for r in rules)
    assert code == 1


def test_long_sentence_limit_is_configurable(tmp_path, capsys):
    (tmp_path / "eenvoudig.toml").write_text("long-sentence = { warning = 5, error = 8 }\n",
                                             encoding="utf-8")
    path = tmp_path / "brief.md"
    path.write_text("We bellen u volgende week op een vaste dag terug.\n", encoding="utf-8")
    _, out, _ = run(["check", str(path), "--format", "json"], capsys)
    hit = next(h for h in json.loads(out)["hits"] if h["rule"] == "zinsbouw.lange-zin")
    assert hit["severity"] == "error"


def test_inline_suppression(tmp_path, capsys):
    path = tmp_path / "brief.md"
    path.write_text("<!-- eenvoudig: negeer ambtelijk.middels -->\nU betaalt middels een "
                    "machtiging.\n\nU betaalt middels een acceptgiro.\n", encoding="utf-8")
    _, out, _ = run(["check", str(path), "--format", "json"], capsys)
    hits = [h for h in json.loads(out)["hits"] if h["rule"] == "ambtelijk.middels"]
    assert [h["line"] for h in hits] == [4]


def test_third_party_rule_pack(tmp_path, monkeypatch, capsys):
    pack = tmp_path / "mijnpakket"
    (pack / "regels").mkdir(parents=True)
    (pack / "__init__.py").write_text(
        "from pathlib import Path\n\ndef regels():\n    return Path(__file__).parent / 'regels'\n",
        encoding="utf-8")
    (pack / "regels" / "huisstijl.yaml").write_text(textwrap.dedent("""
        set: huisstijl
        description: Huisstijl van de gemeente Voorbeeld.
        rules:
          - id: huisstijl.burger
            kind: substitution
            severity: warning
            message: "Wij schrijven 'inwoner', niet '{term}'."
            description: Inwoner in plaats van burger.
            table: {burger: {alternatives: [inwoner], pos: noun}}
            examples:
              - {text: Elke burger krijgt een brief., hit: burger, replacement: inwoner}
              - {text: Elke inwoner krijgt een brief.}
    """), encoding="utf-8")
    info = tmp_path / "mijnpakket-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: mijnpakket\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[eenvoudig.rulepacks]\nhuisstijl = mijnpakket:regels\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    code, out, _ = run(["rules"], capsys)
    assert "huisstijl.burger" in out
    code, out, _ = run(["rules", "test", str(pack / "regels")], capsys)
    assert code == 0 and "2 voorbeelden geslaagd, 0 mislukt" in out
    result = eenvoudig.check("Elke burger krijgt een brief.")
    assert any(h.rule == "huisstijl.burger" and h.suggestions[0] == "burger".replace(
        "burger", "inwoner") for h in result.hits)
    sys.modules.pop("mijnpakket", None)


def test_rules_list_show_and_test(capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "ambtelijk.woorden" in out and "zinsbouw.lange-zin" in out
    code, out, _ = run(["rules", "show", "zinsbouw.dubbele-ontkenning"], capsys)
    assert code == 0 and "niet onbelangrijk" in out
    assert "Weergave: Zinsbouw (zinsbouw); voorstel invullen bij herschrijven: nee" in out
    code, _, err = run(["rules", "show", "bestaat.niet"], capsys)
    assert code == 2 and "bestaat niet" in err
    code, out, _ = run(["rules", "test"], capsys)
    assert code == 0 and " geslaagd, 0 mislukt" in out


def test_b1_indication(excerpt_check):
    easy = eenvoudig.check("We helpen u graag. Bel ons als u vragen heeft. U krijgt snel "
                           "antwoord.")
    assert easy.verdict.b1 is True
    hard = excerpt_check
    assert hard.verdict.b1 is False
    assert hard.verdict.reasons[0].startswith("begrijpelijkheid ")
    assert any("lange zinnen" in r for r in hard.verdict.reasons)
    assert len(hard.sections) == len(hard.analysis.sections)


def test_split_separable_verb_says_the_particle_goes_too():
    split = next(h for h in eenvoudig.check("De verkiezing vindt op 17 maart plaats.").hits
                 if h.rule == "ambtelijk.plaatsvinden")
    assert split.text == "vindt" and split.suggestions[0] == "gebeurt"
    assert split.message.endswith("Laat dan ook 'plaats' weg.")
    start, end = split.also_remove
    assert "De verkiezing vindt op 17 maart plaats."[start:end] == "plaats"
    whole = next(h for h in eenvoudig.check("Ik weet dat de verkiezing plaatsvindt.").hits
                 if h.rule == "ambtelijk.plaatsvinden")
    assert "Laat dan ook" not in whole.message and whole.also_remove is None


@pytest.mark.parametrize(("text", "word", "rule"), [
    ("De gemachtigde tekent het formulier.", "gemachtigde", None),  # a person, not 'machtigen'
    ("We bouwen sterke netwerken in de wijk.", "netwerken", None),  # plural of 'netwerk'
    ("Het coachen van jongeren is belangrijk.", "coachen", None),  # not a plural of 'coach'
    ("Het college stelt de wensen van bewoners vast.", "wensen", None),
    ("We netwerken graag met ondernemers.", "netwerken", "anglicismen.netwerken"),
    ("U kunt iemand machtigen.", "machtigen", "ambtelijk.machtigen"),
    ("Dat koesteren we.", "koesteren", "ambtelijk.koesteren"),
    ("We zetten in op het realiseren van woningen.", "realiseren", "ambtelijk.realiseren"),
])
def test_nouns_are_not_taken_for_verbs(text, word, rule):
    """A verb form used as a noun, or a plural of another noun, is not a verb's hit."""
    rules = {h.rule for h in eenvoudig.check(text).hits if h.text == word}
    substitution = {r for r in rules if not r.startswith(("begrippen.", "afkortingen."))}
    assert substitution == ({rule} if rule else set()), rules


def test_verbs_that_only_look_separable():
    """'toetsen' does not split as 'toe' + 'tsen': its hit needs no 'toe' in the sentence,
    and an unrelated 'toe' is not called its particle."""
    alone = [h for h in eenvoudig.check("De aanvraag is getoetst aan de regels.").hits
             if h.rule == "ambtelijk.toetsen"]
    assert len(alone) == 1 and alone[0].also_remove is None
    other = next(h for h in eenvoudig.check(
        "De aanvraag is getoetst en wij zien daarop toe.").hits if h.rule == "ambtelijk.toetsen")
    assert other.also_remove is None and "Laat dan ook" not in other.message
