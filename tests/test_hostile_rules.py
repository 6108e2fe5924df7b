"""Rule files from outside are data, not code: placeholders, YAML tricks, odd values and
regular expressions that could hang are refused when the rules load, with an error that
names the file and line; mistakes that do no harm (an unknown id, a term listed twice) are
warnings (issue 17)."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest

import eenvoudig
from eenvoudig.checking.ruleset import load_rule_files, parse_rule_file
from eenvoudig.errors import DataError

from .conftest import run

RULE = """\
set: proef
description: Proef.
rules:
  - id: proef.regel
    kind: {kind}
    severity: warning
    message: "{message}"
    description: Proef.
{options}
    examples:
      - {{text: "{hit_text}", hit: {hit}}}
      - {{text: Wij bellen om te helpen.}}
"""
SENTENCE = "Wij bellen teneinde de buren te helpen."
OPTIONS = {
    "substitution": ("table: {teneinde: [om]}", "teneinde"),
    "existence": ("words: [teneinde]\nadvice: Schrijf 'om'.", "teneinde"),
    "pattern": ("patterns: [[{LOWER: teneinde}]]\nadvice: Schrijf 'om'.", "teneinde"),
    "limit": ("metric: words\nwarning: 5\nadvice: Schrijf korter.", "Wij"),
    "explanation": ("table: {}\nwordlist: uitleg.tsv", "teneinde"),
}
GLOSSARY = """# proef
# source: eenvoudig project, original work (2026)
# licence: EUPL-1.2
# format: eenvoudig-wordlist 1
# columns: term, variants, explanation
term\tvariants\texplanation
teneinde\t\tMet als doel.
"""


def rule_text(kind: str, *, message: str = "Proef.", options: str | None = None) -> str:
    own, hit = OPTIONS[kind]
    if kind == "explanation":
        own = "wordlist: uitleg.tsv"
    return RULE.format(kind=kind, message=message, hit=hit, hit_text=SENTENCE,
                       options=textwrap.indent(own if options is None else options, "    "))


def write(folder: Path, text: str, name: str = "proef.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    (folder / "uitleg.tsv").write_text(GLOSSARY, encoding="utf-8")
    return path


def load_error(folder: Path, text: str) -> str:
    path = write(folder, text)
    with pytest.raises(DataError) as error:
        load_rule_files([folder])
    message = str(error.value)
    assert message.startswith(f"{path}:"), message
    return message


# --- placeholders in messages and advice -------------------------------------------------

@pytest.mark.parametrize(("kind", "message"), [
    ("substitution", "'{term}' is lastig."),
    ("existence", "'{term}' is vaag."),
    ("pattern", "'{term}' is formeel."),
    ("explanation", "'{term}' is een begrip."),
    ("limit", "Lange zin: {value} woorden."),
])
def test_the_placeholders_the_engine_fills_are_filled(kind: str, message: str,
                                                      tmp_path: Path) -> None:
    write(tmp_path, rule_text(kind, message=message))
    config = eenvoudig.Settings(rule_dirs=(tmp_path,))
    hits = [h for h in eenvoudig.check(SENTENCE, settings=config).hits
            if h.rule.startswith("proef.")]
    expected = {"limit": "Lange zin: 7 woorden."}.get(kind, message.replace("{term}",
                                                                           "teneinde"))
    assert [h.message for h in hits] == [expected]


@pytest.mark.parametrize(("kind", "message", "shown"), [
    ("substitution", "'{woord}' is lastig.", "{woord}"),
    ("limit", "'{term}' is lang.", "{term}"),
    ("substitution", "{term!r:>99999999}", "{term!r:>99999999}"),
    ("substitution", "{term!r}", "{term!r}"),
    ("substitution", "{term:>9}", "{term:>9}"),
    ("substitution", "{term.__class__}", "{term.__class__}"),
    ("substitution", "{term[0]}", "{term[0]}"),
    ("substitution", "{}", "{}"),
    ("substitution", "{0}", "{0}"),
    ("existence", "Open { zonder sluiten", "{"),
    ("existence", "Sluiten } zonder open", "}"),
])
def test_a_placeholder_the_engine_does_not_fill_is_refused(kind: str, message: str,
                                                           shown: str, tmp_path: Path) -> None:
    error = load_error(tmp_path, rule_text(kind, message=message))
    assert error.split(":", 2)[1] == "7"  # the line of the message
    assert "'message' van proef.regel" in error and shown in error
    allowed = "{value}" if kind == "limit" else "{term}"
    assert allowed in error


@pytest.mark.parametrize(("kind", "options", "shown", "allowed"), [
    ("limit", "metric: words\nwarning: 5\nadvice: 'Knip {waar}.'", "{waar}",
     "{value}, {split}, {agent}"),
    ("existence", "words: [teneinde]\nadvice: 'Schrijf {term}.'", "{term}", "geen"),
    ("pattern", "patterns: [[{LOWER: teneinde}]]\nadvice: 'Niet {2}.'", "{2}",
     "{1}, {lemma1}, {match}"),
    ("pattern", "patterns: [[{LOWER: teneinde}]]\nreplacement: '{1!r}'", "{1!r}",
     "{1}, {lemma1}, {match}"),
])
def test_advice_and_replacement_are_checked_too(kind: str, options: str, shown: str,
                                                allowed: str, tmp_path: Path) -> None:
    error = load_error(tmp_path, rule_text(kind, options=options))
    assert shown in error and allowed in error


def test_doubled_braces_are_literal_and_filled_text_is_not_filled_again(tmp_path: Path) -> None:
    options = ("patterns: [[{LOWER: teneinde}]]\n"
               "advice: 'Schrijf {{om}} in plaats van {1}.'")
    write(tmp_path, rule_text("pattern", message="'{term}' {{letterlijk}}.", options=options))
    config = eenvoudig.Settings(rule_dirs=(tmp_path,))
    text = "Wij bellen {value} teneinde te helpen."
    hit = next(h for h in eenvoudig.check(text, settings=config).hits if h.rule == "proef.regel")
    assert hit.message == "'teneinde' {letterlijk}."
    assert hit.suggestions == ("Schrijf {om} in plaats van teneinde.",)


def test_own_wordlists_message_and_description_are_checked() -> None:
    from .test_own_rules import HUISSTIJL

    text = HUISSTIJL + textwrap.dedent("""\
        own_wordlists:
          severity: warning
          message: "'{term}' staat op de lijst."
          description: "Eigen lijst {bestand}."
        """)
    with pytest.raises(DataError) as error:
        parse_rule_file(text, "regels/huisstijl.yaml")
    assert "{bestand}" in str(error.value) and "{file}" in str(error.value)


def test_an_unfilled_placeholder_no_longer_crashes_check_and_rules_test(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, rule_text("substitution", message="'{woord}' is lastig."))
    brief = tmp_path / "brief.md"
    brief.write_text(SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "eenvoudig.toml").write_text('rules = ["."]\n', encoding="utf-8")
    for args in (["check", str(brief)], ["rules", "test", str(tmp_path)]):
        code, _out, err = run(args, capsys)
        assert code == 2 and "Traceback" not in err
        assert "{woord}" in err and len(err.strip().splitlines()) == 1


# --- YAML ---------------------------------------------------------------------------------

BOMB = """\
set: proef
description: Proef.
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
rules:
  - id: proef.regel
    kind: existence
    severity: warning
    message: Proef.
    description: Proef.
    advice: Niet doen.
    words: [*g]
    examples:
      - {text: Wij bellen lol., hit: lol}
      - {text: Wij bellen.}
"""


def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    started = time.monotonic()
    error = load_error(tmp_path, BOMB)
    assert time.monotonic() - started < 2
    assert error.split(":", 2)[1] == "3" and "ankers" in error and "aliassen" in error


def test_an_anchor_alone_is_refused_too(tmp_path: Path) -> None:
    text = rule_text("existence", options="words: &w [teneinde]\nadvice: Schrijf 'om'.")
    assert "ankers" in load_error(tmp_path, text)


def test_deep_nesting_and_a_huge_file_are_refused(tmp_path: Path) -> None:
    deep = rule_text("existence", options="words: " + "[" * 5000 + "]" * 5000
                     + "\nadvice: Schrijf 'om'.")
    assert "te diep" in load_error(tmp_path / "diep", deep)
    huge = rule_text("existence") + "# " + "x" * (2 * 1024 * 1024) + "\n"
    assert "te groot" in load_error(tmp_path / "groot", huge)


@pytest.mark.parametrize(("options", "line", "what"), [
    ("words: [teneinde, [a, b]]\nadvice: Schrijf 'om'.", 9, "[a, b]"),
    ("words: [teneinde, 3]\nadvice: Schrijf 'om'.", 9, "3"),
    ("words:\n  - teneinde\n  - 12\nadvice: Schrijf 'om'.", 11, "12"),
    ("words: teneinde\nadvice: Schrijf 'om'.", 9, "lijst"),
])
def test_every_word_is_a_text(options: str, line: int, what: str, tmp_path: Path) -> None:
    error = load_error(tmp_path, rule_text("existence", options=options))
    assert error.split(":", 2)[1] == str(line) and what in error


@pytest.mark.parametrize(("table", "what"), [
    ("{teneinde: [om, [a]]}", "[a]"),
    ("{teneinde: [om, 3]}", "3"),
    ("{teneinde: {alternatives: [om], pos: [verb]}}", "pos"),
    ("{teneinde: {alternatives: [om], kleur: rood}}", "kleur"),
    ("{12: [om]}", "12"),
    ("{teneinde: 5}", "5"),
])
def test_every_term_and_alternative_is_a_text(table: str, what: str, tmp_path: Path) -> None:
    error = load_error(tmp_path, rule_text("substitution", options=f"table: {table}"))
    assert error.split(":", 2)[1] == "9" and what in error


@pytest.mark.parametrize("token", [
    "{LOWER: [teneinde]}", "{IN: teneinde}", "{IN: [teneinde, [a]]}", "{MORPH: 3}",
])
def test_pattern_values_have_their_type(token: str, tmp_path: Path) -> None:
    options = f"advice: Doe iets.\npatterns:\n  - - {token}"
    error = load_error(tmp_path, rule_text("pattern", options=options))
    assert error.split(":", 2)[1] == "11"


# --- regular expressions -------------------------------------------------------------------

@pytest.mark.parametrize("regex", [
    "^(a+)+$", "(a*)*", "(a|a)*$", "(a|aa)+$", "(\\w+\\s?)+$", "([a-z]+)*x", "(a{2,})+",
    "(.*a){12}",
])
def test_a_regex_that_can_backtrack_without_end_is_refused(regex: str, tmp_path: Path) -> None:
    options = f"advice: Doe iets.\npatterns:\n  - - {{LOWER_REGEX: '{regex}'}}"
    error = load_error(tmp_path, rule_text("pattern", options=options))
    assert error.split(":", 2)[1] == "11" and "kan heel lang duren" in error


@pytest.mark.parametrize("regex", [
    "en$", "^on[a-zé]{4,}$", "^(ver|be|ont)\\w+(ing|en)$", "(ab)+", "(?:ing|en|heid)+$",
    "^[a-z]+(-[a-z]+)?$",
])
def test_ordinary_regexes_are_accepted(regex: str, tmp_path: Path) -> None:
    options = f"advice: Doe iets.\npatterns:\n  - - {{LOWER_REGEX: '{regex}'}}"
    write(tmp_path, rule_text("pattern", options=options))
    load_rule_files([tmp_path])


def test_the_builtin_regexes_pass_the_check() -> None:
    from eenvoudig.checking.ruleset import builtin_rules

    assert builtin_rules()


def test_the_regex_input_is_bounded(tmp_path: Path) -> None:
    """Even a slow (polynomial) regex only sees the first characters of a long word."""
    options = "advice: Doe iets.\npatterns:\n  - - {LOWER_REGEX: 'a*a*a*b$'}"
    write(tmp_path, rule_text("pattern", options=options))
    config = eenvoudig.Settings(rule_dirs=(tmp_path,))
    started = time.monotonic()
    eenvoudig.check("Dit is " + "a" * 100_000 + " lang.", settings=config)
    assert time.monotonic() - started < 10


def test_rules_test_refuses_a_hanging_regex(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    options = "advice: Doe iets.\npatterns:\n  - - {LOWER_REGEX: '^(a+)+$'}"
    write(tmp_path, rule_text("pattern", options=options))
    code, _out, err = run(["rules", "test", str(tmp_path)], capsys)
    assert code == 2 and "kan heel lang duren" in err


# --- mistakes that do no harm: warnings ------------------------------------------------------

WORDLIST = """# proef
# source: eenvoudig project, original work (2026)
# licence: EUPL-1.2
# format: eenvoudig-wordlist 1
# columns: term, pos, alternatives, note
term\tpos\talternatives\tnote
teneinde\tconj\tom\t
middels\tprep\tmet\t
Teneinde\tconj\tom\t
"""


def test_a_term_listed_twice_is_a_warning_that_names_file_and_line(tmp_path: Path) -> None:
    words = "words:\n  - teneinde\n  - enkele\n  - Teneinde\nadvice: Schrijf 'om'."
    path = write(tmp_path / "woorden", rule_text("existence", options=words))
    (rule,) = load_rule_files([tmp_path / "woorden"])
    assert rule.warnings == (f"{path}:12: 'Teneinde' staat twee keer in de lijst (ook op "
                             "regel 10)",)

    table = "table:\n  wij: [we]\n  teneinde: [om]\n  wij: [we, ons]\n  Teneinde: [om]"
    path = write(tmp_path / "tabel", rule_text("substitution", options=table))
    (rule,) = load_rule_files([tmp_path / "tabel"])
    assert rule.warnings == (
        f"{path}:12: 'wij' staat twee keer in de tabel (ook op regel 10); alleen de laatste "
        "telt",
        f"{path}:13: 'Teneinde' staat twee keer in de lijst (ook op regel 11)")

    folder = tmp_path / "lijst"
    write(folder, rule_text("substitution", options="wordlist: eigen.tsv"))
    (folder / "eigen.tsv").write_text(WORDLIST, encoding="utf-8")
    (rule,) = load_rule_files([folder])
    assert rule.warnings == (f"{folder / 'eigen.tsv'}:9: 'Teneinde' staat twee keer in de "
                             "lijst (ook op regel 7)",)


def test_warnings_reach_stderr_and_do_not_stop_the_check(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    words = "words: [teneinde, teneinde]\nadvice: Schrijf 'om'."
    write(tmp_path / "regels", rule_text("existence", options=words))
    own = tmp_path / "eigen.tsv"
    own.write_text(WORDLIST, encoding="utf-8")
    (tmp_path / "eenvoudig.toml").write_text(
        'rules = ["regels"]\nwordlists = ["eigen.tsv"]\n'
        'disable = ["ambtelijk.bestaat-niet", "ambtelijk", "anglicismen.deadline"]\n'
        'enable = ["ambtelijk.middels", "geen-set"]\n'
        'severity = { "zinsbouw.lange-zin" = "error", "zinsbouw.lang" = "error" }\n',
        encoding="utf-8")
    brief = tmp_path / "brief.md"
    brief.write_text(SENTENCE + "\n", encoding="utf-8")
    code, out, err = run(["check", str(brief), "--disable", "proef.bestaat-niet",
                          "--disable", "eigen.teneinde"], capsys)
    assert code == 0 and "proef.regel" in out
    lines = err.strip().splitlines()
    assert all(line.startswith("eenvoudig: let op: ") for line in lines), err
    assert sum("staat twee keer" in line for line in lines) == 2  # the rule and the own list
    unknown = [line for line in lines if "bestaat niet" in line]
    assert len(unknown) == 4, err
    for name in ("'ambtelijk.bestaat-niet' in disable", "'geen-set' in enable",
                 "'zinsbouw.lang' in severity", "'proef.bestaat-niet' in disable"):
        assert any(name in line for line in unknown), (name, err)
    assert "zie 'eenvoudig rules'" in unknown[0]


def test_a_word_enabled_below_a_disabled_set_is_checked_again() -> None:
    text = "De deadline is morgen; de feedback komt later."
    settings = eenvoudig.Settings(disable=("anglicismen",), enable=("anglicismen.deadline",))
    assert [h.rule for h in eenvoudig.check(text, settings=settings).hits
            if h.rule.startswith("anglicismen")] == ["anglicismen.deadline"]
    settings = eenvoudig.Settings(disable=("anglicismen.woorden",),
                                  enable=("anglicismen.deadline",))
    assert [h.rule for h in eenvoudig.check(text, settings=settings).hits
            if h.rule.startswith("anglicismen")] == ["anglicismen.deadline"]


def test_a_key_given_twice_in_a_rule_is_an_error(tmp_path: Path) -> None:
    text = rule_text("substitution").replace("    description: Proef.\n",
                                             "    description: Proef.\n    message: Twee.\n")
    error = load_error(tmp_path, text)
    assert error.split(":", 2)[1:] == ["9", " 'message' staat twee keer in regel proef.regel"]


# --- rules test and missing folders ---------------------------------------------------------

def test_rules_test_of_a_folder_without_rules_is_an_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "leeg").mkdir()
    code, out, err = run(["rules", "test", str(tmp_path / "leeg")], capsys)
    assert (code, out) == (2, "")
    assert err == f"eenvoudig: In {tmp_path / 'leeg'} staan geen regelbestanden (.yaml).\n"
    only_own = tmp_path / "eigen"
    only_own.mkdir()
    (only_own / "eigen.yaml").write_text(
        "set: huis\nown_wordlists:\n  severity: warning\n  message: Eigen.\n"
        "  description: Eigen lijst {file}.\n", encoding="utf-8")
    code, out, err = run(["rules", "test", str(only_own)], capsys)
    assert code == 2 and "geen regels met voorbeelden" in err


def test_rules_test_of_a_missing_path_is_dutch(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["rules", "test", str(tmp_path / "nergens")], capsys)
    assert code == 2
    assert err == (f"eenvoudig: De regelmap of het regelbestand {tmp_path / 'nergens'} "
                   "bestaat niet.\n")


def test_rules_test_reports_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, rule_text("substitution"))
    code, out, _err = run(["rules", "test", str(tmp_path)], capsys)
    assert code == 0 and out == "2 voorbeelden geslaagd, 0 mislukt\n"


def test_a_missing_rules_folder_in_the_settings_is_dutch(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "eenvoudig.toml").write_text('rules = ["taal/regels"]\n', encoding="utf-8")
    brief = tmp_path / "brief.md"
    brief.write_text(SENTENCE + "\n", encoding="utf-8")
    code, _out, err = run(["check", str(brief)], capsys)
    assert code == 2
    assert err == (f"eenvoudig: De regelmap of het regelbestand {tmp_path / 'taal' / 'regels'} "
                   "bestaat niet.\n")


# --- token patterns -------------------------------------------------------------------------

def test_a_pattern_of_many_repeats_does_not_backtrack_without_end(tmp_path: Path) -> None:
    anything = "{NOT_IN: [qqq], OP: '*'}"
    tokens = ", ".join([anything] * 8 + ["{LOWER: qqq}"])
    write(tmp_path, rule_text("pattern", options=f"advice: Doe iets.\npatterns: [[{tokens}]]"))
    config = eenvoudig.Settings(rule_dirs=(tmp_path,))
    started = time.monotonic()
    eenvoudig.check(" ".join(["woord"] * 80) + ".", settings=config)
    assert time.monotonic() - started < 10


def test_a_pattern_has_at_most_20_tokens_and_a_rule_100_patterns(tmp_path: Path) -> None:
    long = "[" + ", ".join(["{LOWER: teneinde}"] * 21) + "]"
    error = load_error(tmp_path / "lang", rule_text(
        "pattern", options=f"advice: Doe iets.\npatterns: [{long}]"))
    assert "hooguit 20 tokens" in error
    many = ", ".join(["[{LOWER: teneinde}]"] * 101)
    error = load_error(tmp_path / "veel", rule_text(
        "pattern", options=f"advice: Doe iets.\npatterns: [{many}]"))
    assert "hooguit 100 patronen" in error


def test_once_is_checked(tmp_path: Path) -> None:
    error = load_error(tmp_path, rule_text("explanation",
                                           options="wordlist: uitleg.tsv\nonce: soms"))
    assert "'once' moet section, document of always zijn" in error


def test_a_huge_word_list_next_to_the_rules_is_refused(tmp_path: Path) -> None:
    write(tmp_path, rule_text("substitution", options="wordlist: groot.tsv"))
    big = tmp_path / "groot.tsv"
    big.write_text(WORDLIST + "woord\tnoun\talternatief\t\n" * 500_000, encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_rule_files([tmp_path])
    assert str(error.value) == f"{big}: de woordenlijst is te groot (meer dan 10 MB)."
