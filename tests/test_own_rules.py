"""An organisation's own rule set behaves like a built-in one everywhere: check, rewrite, the
HTML report, the web page's colours, 'what to fix first' and the B1-indicatie all follow the
set-level keys of its rule file; a set without them gets the documented defaults."""

from __future__ import annotations

import re
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

import eenvoudig
from eenvoudig import Settings
from eenvoudig.checking.categories import categories, category_of, default_key
from eenvoudig.checking.priorities import ranked_groups
from eenvoudig.checking.ruleset import builtin_rules, parse_rule_file
from eenvoudig.checking.run import select_rules
from eenvoudig.errors import DataError
from eenvoudig.rendering.docx_comments import comment_text, top_fixes
from eenvoudig.web.kinds import page_kinds

HEADER = ("# source: test\n# licence: EUPL-1.2\n# format: eenvoudig-wordlist 1\n"
          "# columns: term, pos, alternatives, note, condition\n"
          "term\tpos\talternatives\tnote\tcondition\n")
TEXT = "Onze klanten krijgen een brief. De klant belt ons."

HUISSTIJL = """\
set: huisstijl
description: Woorden die de gemeente niet meer gebruikt.
category: jargon
apply: true
prefer_over: [begrippen]
counts_as: jargon
label: Woorden uit de huisstijl
rules:
  - id: huisstijl.woorden
    kind: substitution
    severity: warning
    message: "'{term}' past niet bij de huisstijl."
    description: Woorden uit huisstijl.tsv.
    wordlist: huisstijl.tsv
    examples:
      - {text: De klant belt ons., hit: klant, replacement: inwoner}
      - {text: De inwoner belt ons.}
"""

BARE = """\
set: kaal
description: Een set zonder weergave-sleutels.
rules:
  - id: kaal.woorden
    kind: substitution
    severity: warning
    message: "'{term}' staat op de kale lijst."
    description: Woorden uit kaal.tsv.
    wordlist: kaal.tsv
    examples:
      - {text: De klant belt ons., hit: klant, replacement: inwoner}
      - {text: De inwoner belt ons.}
"""


def _folder(tmp_path: Path, rule_file: str, name: str, rows: str) -> Path:
    folder = tmp_path / "regels"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.yaml").write_text(rule_file, encoding="utf-8")
    (folder / f"{name}.tsv").write_text(HEADER + rows, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def huisstijl(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    tmp_path = tmp_path_factory.mktemp("huisstijl")
    rows = "klant\tnoun\tinwoner\t\t\nbeschikking\tnoun\tbesluit\t\t\n"
    return Settings(rule_dirs=(_folder(tmp_path, HUISSTIJL, "huisstijl", rows),))


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    tmp_path = tmp_path_factory.mktemp("kaal")
    return Settings(rule_dirs=(_folder(tmp_path, BARE, "kaal", "klant\tnoun\tinwoner\t\t\n"),))


def test_check_finds_the_own_set_with_its_keys(huisstijl: Settings) -> None:
    result = eenvoudig.check(TEXT, settings=huisstijl)
    hits = [h for h in result.hits if h.rule == "huisstijl.klant"]
    assert [h.text for h in hits] == ["klanten", "klant"]
    assert hits[0].suggestions == ("inwoners",)
    assert {category_of(h).key for h in hits} == {"jargon"}


def test_simplify_and_convert_paste_its_suggestion(huisstijl: Settings,
                                                   tmp_path: Path) -> None:
    rewrite = eenvoudig.simplify(TEXT, settings=huisstijl)
    assert "Onze inwoners krijgen een brief." in rewrite.text
    assert "huisstijl.klant" in {e.rule for e in rewrite.edits}
    # through eenvoudig.toml next to the file, as `eenvoudig convert` reads it
    folder = huisstijl.rule_dirs[0]
    (tmp_path / "eenvoudig.toml").write_text(f'rules = ["{folder.as_posix()}"]\n',
                                             encoding="utf-8")
    source = tmp_path / "brief.md"
    source.write_text(f"# Brief\n\n{TEXT}\n", encoding="utf-8")
    assert "inwoners" in eenvoudig.simplify(source).text


def test_a_set_without_keys_gets_the_defaults(bare: Settings) -> None:
    (rule,) = [r for r in select_rules(bare) if r.set == "kaal"]
    assert (rule.category, rule.apply, rule.prefer_over, rule.counts_as) == (
        default_key(), False, (), None)
    assert default_key() == "overig"
    result = eenvoudig.check(TEXT, settings=bare)
    assert "kaal.klant" in {h.rule for h in result.hits}
    assert "klant" in eenvoudig.simplify(TEXT, settings=bare).text  # not pasted in
    html = eenvoudig.report_html(result)
    assert re.search(r'<mark class="m k-overig"[^>]*>klanten</mark>', html)
    assert "Overige opmerking" in html
    assert page_kinds(20, select_rules(bare))["by_set"]["kaal"] == "overig"
    group = next(g for g in ranked_groups(result.hits) if g.key == "kaal")
    assert group.label == "Regel kaal" and group.per_word


def test_report_and_web_page_show_it_in_its_category(huisstijl: Settings) -> None:
    result = eenvoudig.check(TEXT, settings=huisstijl)
    html = eenvoudig.report_html(result)
    assert re.search(r'<mark class="m k-jargon"[^>]*>klanten</mark>', html)
    assert "k-zinsbouw" not in re.findall(r'<mark class="m (k-[a-z]+)"[^>]*>klant', html)
    kinds = page_kinds(20, select_rules(huisstijl))
    assert kinds["by_set"]["huisstijl"] == "jargon"
    assert "huisstijl.woorden" not in kinds["by_rule"]
    assert {k["name"] for k in kinds["kinds"]} == {c.key for c in categories()}
    hit = next(h for h in result.hits if h.rule == "huisstijl.klant")
    assert comment_text(hit).endswith("(stadhuistaal of jargon, waarschuwing, "
                                      "regel huisstijl.klant)")


def test_web_page_colours_an_own_set(huisstijl: Settings) -> None:
    pytest.importorskip("fastapi")
    import json

    from fastapi.testclient import TestClient

    from eenvoudig.web import create_app

    with TestClient(create_app(huisstijl, warm_up=False), base_url="http://127.0.0.1") as client:
        page = client.get("/").text
    settings = json.loads(re.search(r'<script[^>]*id="instellingen"[^>]*>(.*?)</script>', page,
                                    re.S).group(1))
    assert settings["by_set"]["huisstijl"] == "jargon"


def test_priorities_and_verdict_follow_its_role(huisstijl: Settings, bare: Settings
                                                ) -> None:
    text = " ".join(["De klant belt ons."] * 3)
    result = eenvoudig.check(text, settings=huisstijl)
    group = next(g for g in ranked_groups(result.hits) if g.key == "huisstijl")
    assert group.label == "Woorden uit de huisstijl" and group.per_word
    assert any(line.startswith("Woorden uit de huisstijl: 3 keer, bijvoorbeeld 'klant'")
               for line in top_fixes(result.hits))
    assert any("3 keer stadhuistaal of jargon" in r for r in result.verdict.reasons)
    plain = eenvoudig.check(text, settings=bare)
    assert not any("jargon" in r for r in plain.verdict.reasons)


def test_prefer_over_drops_the_explanation_of_a_replaced_word(huisstijl: Settings,
                                                              bare: Settings) -> None:
    text = "U krijgt een beschikking van de gemeente."
    assert "begrippen.beschikking" in {h.rule for h in eenvoudig.check(text).hits}
    rules = {h.rule for h in eenvoudig.check(text, settings=huisstijl).hits}
    assert "huisstijl.beschikking" in rules and "begrippen.beschikking" not in rules


def test_own_word_lists_join_the_set_of_eigen_yaml(tmp_path: Path) -> None:
    path = tmp_path / "verboden.tsv"
    path.write_text(HEADER + "klant\tnoun\tinwoner\t\t\n", encoding="utf-8")
    config = Settings(wordlists=(path,))
    (rule,) = [r for r in select_rules(config) if r.file == str(path)]
    assert rule.id == "eigen.verboden" and rule.apply and rule.category == "jargon"
    assert rule.counts_as == "jargon" and rule.rule_set is not None
    assert rule.message == "'{term}' staat op de eigen woordenlijst van uw organisatie."
    assert "Onze inwoners" in eenvoudig.simplify(TEXT, settings=config).text


def test_condition_column_decides_where_a_noted_entry_is_pasted(tmp_path: Path) -> None:
    rows = "circa\tadv\tongeveer\tBij een aantal.\tbefore-number\n"
    rows += "grofweg\tadv\tongeveer\tBij een aantal.\t\n"
    folder = _folder(tmp_path, HUISSTIJL.replace("huisstijl", "maat"), "maat", rows)
    config = replace(Settings(rule_dirs=(folder,)), disable=("ambtelijk",))
    text = eenvoudig.simplify("Er komen circa 40 mensen. Er komt circa de helft. Er komen "
                              "grofweg 40 mensen.", settings=config).text
    assert "ongeveer 40" in text and "circa de helft" in text
    assert "grofweg 40" in text  # a note without a condition: left to the writer


def test_unknown_condition_in_a_word_list_names_file_and_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path, HUISSTIJL, "huisstijl", "klant\tnoun\tinwoner\tNotitie.\tooit\n")
    with pytest.raises(DataError, match=r"huisstijl\.tsv:6: onbekende voorwaarde 'ooit'"):
        eenvoudig.check(TEXT, settings=Settings(rule_dirs=(folder,)))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("category: jargon", "category: paars"), "'category' moet een van"),
        (("apply: true", "apply: ja graag"), "'apply' is true of false"),
        (("counts_as: jargon", "counts_as: fout"), "'counts_as' moet een van"),
        (("prefer_over: [begrippen]", "prefer_over: 3"), "'prefer_over' is een lijst"),
        (("    kind: substitution", "    kind: substitution\n    rewrite: knippen"),
         "'rewrite' moet een van"),
        (("    kind: substitution", "    kind: substitution\n    category: blauw"),
         "'category' moet een van"),
    ],
)
def test_set_keys_are_validated(change: tuple[str, str], message: str) -> None:
    with pytest.raises(DataError, match=message) as error:
        parse_rule_file(HUISSTIJL.replace(*change), "regels/huisstijl.yaml")
    assert str(error.value).startswith("regels/huisstijl.yaml:")


def test_unknown_set_in_prefer_over_and_a_second_own_wordlists_set(tmp_path: Path) -> None:
    folder = _folder(tmp_path, HUISSTIJL.replace("[begrippen]", "[bestaat-niet]"),
                     "huisstijl", "klant\tnoun\tinwoner\t\t\n")
    with pytest.raises(DataError, match="'prefer_over' noemt een set die niet bestaat"):
        select_rules(Settings(rule_dirs=(folder,)))
    other = tmp_path / "ander"
    other.mkdir()
    (other / "mijn.yaml").write_text(textwrap.dedent("""\
        set: mijn
        own_wordlists: {severity: warning, message: Eigen., description: "Lijst {file}."}
    """), encoding="utf-8")
    words = tmp_path / "lijst.tsv"
    words.write_text(HEADER + "klant\tnoun\tinwoner\t\t\n", encoding="utf-8")
    with pytest.raises(DataError, match="Precies één regelset hoort 'own_wordlists'"):
        select_rules(Settings(rule_dirs=(other,), wordlists=(words,)))


def test_rule_level_keys_override_the_set() -> None:
    by_id = {r.id: r for r in builtin_rules()}
    assert by_id["zinsbouw.lange-zin"].category == "lang"
    assert by_id["zinsbouw.lijdende-vorm"].category == "passief"
    assert by_id["zinsbouw.bijzinnen"].category == "zinsbouw"
    assert by_id["zinsbouw.we-ze"].apply and not by_id["zinsbouw.welke"].apply
    assert by_id["zinsbouw.lijdende-vorm"].rewrite == "passive"
    assert by_id["zinsbouw.voorzetselketen"].tag == "keten van zinsdelen"


def test_every_category_has_its_colours_on_the_page_and_in_the_report() -> None:
    src = Path(eenvoudig.__file__).parent
    page = (src / "web" / "static" / "eenvoudig.css").read_text(encoding="utf-8")
    report = (src / "templates" / "report.html.j2").read_text(encoding="utf-8")
    for item in categories():
        assert f".soort-{item.key} " in page and f".label.soort-{item.key} " in page, item.key
        assert f".k-{item.key} " in report, item.key
        if item.marks != "word":
            assert f".zin.z-{item.key} " in report and f".zin.soort-{item.key} " in page, item.key
