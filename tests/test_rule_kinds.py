"""Rule kinds: a new kind is one module and one registry line; every built-in kind checks its
own keys and values, with Dutch errors that name the file and line."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

import eenvoudig
from eenvoudig.checking import model
from eenvoudig.checking.examples import run_examples
from eenvoudig.checking.kinds import KINDS, RuleKind, SentenceContext
from eenvoudig.checking.kinds.base import RawOptions, RuleSource
from eenvoudig.checking.kinds.hits import make_hit
from eenvoudig.checking.model import Hit, Rule
from eenvoudig.checking.ruleset import load_rule_files
from eenvoudig.errors import DataError

# --- a toy kind, written as docs/rule-kinds.md says -------------------------------------


@dataclass(frozen=True)
class DoubleOptions:
    """`allowed`: words that may stand twice in a row ("dat dat")."""

    allowed: frozenset[str] = frozenset()

    @classmethod
    def from_options(cls, options: RawOptions) -> DoubleOptions:
        return cls(frozenset(w.lower() for w in options.get("allowed", [])))


@dataclass(frozen=True)
class CompiledDouble:
    rule: Rule
    options: DoubleOptions


class Double(RuleKind[CompiledDouble]):
    """A word written twice in a row ("de de")."""

    keys = frozenset({"allowed"})

    def validate(self, options: RawOptions, where: RuleSource) -> None:
        allowed = options.get("allowed", [])
        if not isinstance(allowed, list) or not all(isinstance(w, str) for w in allowed):
            raise where.error(f"{where.rule_id}: 'allowed' is een lijst van woorden")

    def compile(self, rule: Rule) -> CompiledDouble:
        return CompiledDouble(rule, DoubleOptions.from_options(rule.options))

    def run(self, compiled: CompiledDouble, ctx: SentenceContext) -> list[Hit]:
        tokens = ctx.sentence.tokens
        hits: list[Hit] = []
        for i in range(1, len(tokens)):
            word = tokens[i].text.lower()
            if (tokens[i].is_word and word == tokens[i - 1].text.lower()
                    and word not in compiled.options.allowed):
                hits.append(make_hit(compiled.rule, ctx, i - 1, i + 1, (tokens[i - 1].text,),
                                     True))
        return hits


DOUBLE_RULES = """set: proef
description: Proef.
rules:
  - id: proef.dubbel
    kind: dubbel
    severity: warning
    message: "'{term}': er staat een woord twee keer."
    description: Dubbele woorden.
    allowed: [dat, die]
    examples:
      - {text: Wij sturen u de de brief., hit: de de, replacement: de}
      - {text: Hij zegt dat dat klopt.}
"""


@pytest.fixture
def double_kind(monkeypatch: pytest.MonkeyPatch) -> Double:
    kind = Double()
    monkeypatch.setitem(KINDS, "dubbel", kind)
    return kind


def test_a_registered_kind_loads_validates_and_fires(tmp_path: Path, double_kind: Double) -> None:
    assert list(KINDS)[-1] == "dubbel"
    (tmp_path / "proef.yaml").write_text(DOUBLE_RULES, encoding="utf-8")
    rules = load_rule_files([tmp_path])
    assert [r.kind for r in rules] == ["dubbel"]
    assert all(r.ok for r in run_examples(rules)), run_examples(rules)
    config = eenvoudig.Settings(rule_dirs=(tmp_path,))
    result = eenvoudig.check("Wij sturen u de de brief.", settings=config)
    hit = next(h for h in result.hits if h.rule == "proef.dubbel")
    assert (hit.text, hit.suggestions, hit.applicable) == ("de de", ("de",), True)
    assert hit.message == "'de de': er staat een woord twee keer."
    quiet = eenvoudig.check("Hij zegt dat dat klopt.", settings=config)
    assert not any(h.rule == "proef.dubbel" for h in quiet.hits)

    path = tmp_path / "proef.yaml"
    path.write_text(DOUBLE_RULES.replace("allowed: [dat, die]", "allowed: dat"), encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_rule_files([tmp_path])
    assert str(error.value) == f"{path}:4: proef.dubbel: 'allowed' is een lijst van woorden"
    path.write_text(DOUBLE_RULES.replace("allowed:", "advice:"), encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_rule_files([tmp_path])
    assert str(error.value) == f"{path}:4: onbekende sleutel(s) in regel proef.dubbel: advice"


def test_unknown_kind_names_the_registered_kinds(tmp_path: Path, double_kind: Double) -> None:
    (tmp_path / "proef.yaml").write_text(DOUBLE_RULES.replace("kind: dubbel", "kind: kleur"),
                                         encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_rule_files([tmp_path])
    assert str(error.value) == (
        f"{tmp_path / 'proef.yaml'}:4: 'kind' moet een van substitution, existence, pattern, "
        "limit, explanation, dubbel zijn, niet 'kleur'")


def test_the_registry_is_the_one_list_of_kinds() -> None:
    assert tuple(KINDS) == ("substitution", "existence", "pattern", "limit", "explanation")
    assert not hasattr(model, "KINDS")  # no second list of kind names


# --- the built-in kinds -----------------------------------------------------------------

RULE = """
set: proef
description: Proef.
rules:
  - id: proef.regel
    kind: {kind}
    severity: warning
    message: Proef.
    description: Proef.
{options}
    examples:
      - {{text: {hit_text}, hit: {hit}}}
      - {{text: Wij bellen om te helpen.}}
"""

KIND_OPTIONS = {
    "substitution": ("table: {teneinde: [om]}", "teneinde"),
    "existence": ("words: [teneinde]\nadvice: Schrijf 'om'.", "teneinde"),
    "pattern": ("patterns: [[{LOWER: teneinde}]]\nadvice: Schrijf 'om'.", "teneinde"),
    "limit": ("metric: words\nwarning: 5\nadvice: Schrijf korter.", "Wij"),
    "explanation": ("wordlist: uitleg.tsv", "teneinde"),
}
GLOSSARY = """# proef
# source: eenvoudig project, original work (2026)
# licence: EUPL-1.2
# format: eenvoudig-wordlist 1
# columns: term, variants, explanation
term\tvariants\texplanation
teneinde\t\tMet als doel.
"""
FOREIGN_KEY = {"substitution": "advice", "existence": "table", "pattern": "wordlist",
               "limit": "patterns", "explanation": "advice"}


def write_rule(folder: Path, kind: str, extra: str = "", options: str | None = None) -> Path:
    """A rule file with one rule of this kind (and the glossary it may read)."""
    own, hit = KIND_OPTIONS[kind]
    lines = (own if options is None else options) + ("\n" + extra if extra else "")
    path = folder / "proef.yaml"
    path.write_text(RULE.format(kind=kind, options=textwrap.indent(lines, "    "), hit=hit,
                                hit_text="Wij bellen teneinde de buren te helpen."),
                    encoding="utf-8")
    (folder / "uitleg.tsv").write_text(GLOSSARY, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", list(KIND_OPTIONS))
def test_builtin_kind_loads_and_fires(kind: str, tmp_path: Path) -> None:
    write_rule(tmp_path, kind)
    rules = load_rule_files([tmp_path])
    assert all(r.ok for r in run_examples(rules)), run_examples(rules)
    config = eenvoudig.Settings(rule_dirs=(tmp_path,))
    result = eenvoudig.check("Wij bellen teneinde de buren te helpen.", settings=config)
    # a rule with a word list reports each term under its own id
    rule_id = "proef.teneinde" if kind == "explanation" else "proef.regel"
    hits = [h for h in result.hits if h.rule == rule_id]
    assert [h.text for h in hits] == (
        ["Wij bellen teneinde de buren te helpen."] if kind == "limit" else ["teneinde"])


@pytest.mark.parametrize("kind", list(KIND_OPTIONS))
@pytest.mark.parametrize("key", ["kleur", "foreign"])
def test_builtin_kind_refuses_an_unknown_key(kind: str, key: str, tmp_path: Path) -> None:
    name = FOREIGN_KEY[kind] if key == "foreign" else key
    path = write_rule(tmp_path, kind, f"{name}: rood")
    config = eenvoudig.Settings(rule_dirs=(tmp_path,))
    with pytest.raises(DataError) as error:
        eenvoudig.check("Wij bellen om te helpen.", settings=config)
    assert str(error.value) == f"{path}:5: onbekende sleutel(s) in regel proef.regel: {name}"


@pytest.mark.parametrize(("kind", "options", "message"), [
    ("substitution", "wordlist: bestaat-niet.tsv", "woordenlijst 'bestaat-niet.tsv' bestaat niet"),
    ("substitution", "source: x", "proef.regel heeft 'wordlist' of 'table' nodig"),
    ("existence", "advice: Schrap het.", "proef.regel heeft 'words' of 'wordlist' nodig"),
    ("existence", "words: [teneinde]",
     "proef.regel heeft 'advice' nodig (wat de schrijver kan doen)"),
    ("pattern", "advice: Doe iets.", "proef.regel heeft 'patterns' nodig"),
    ("pattern", "patterns: [[{LOWER: teneinde}]]",
     "proef.regel heeft 'advice' of 'replacement' nodig"),
    ("pattern", "advice: Doe iets.\npatterns: [teneinde]", "elk patroon is een lijst van tokens"),
    ("pattern", "advice: Doe iets.\npatterns: [[teneinde]]",
     "elk token in een patroon is een mapping"),
    ("limit", "metric: zinnen\nwarning: 5\nadvice: Korter.",
     "'metric' moet een van bracket_distance, dependency_length, negations, nominalisations, "
     "passives, preposition_chain, subordinate_clauses, words zijn"),
    ("limit", "metric: words\nwarning: vijf\nadvice: Korter.", "'warning' moet een getal zijn"),
    ("limit", "metric: passives\nadvice: Korter.",
     "proef.regel heeft 'warning' of 'error' als grens nodig"),
    ("explanation", "wordlist: uitleg.tsv\nmode: lijst",
     "'mode' moet glossary of abbreviation zijn"),
    ("explanation", "wordlist: 3", "'wordlist' is een bestandsnaam"),
])
def test_builtin_kind_checks_its_values(kind: str, options: str, message: str,
                                        tmp_path: Path) -> None:
    path = write_rule(tmp_path, kind, options=options)
    with pytest.raises(DataError) as error:
        load_rule_files([tmp_path])
    assert str(error.value) == f"{path}:5: {message}"


@pytest.mark.parametrize(("token", "message", "line"), [
    ("{LOWER: teneinde, KLEUR: rood}",
     "onbekende sleutel(s) in een patroon van proef.regel: KLEUR", 12),
    ("{LOWER: teneinde, OP: '%'}", "'OP' moet ?, *, + of ! zijn", 12),
    ("{LOWER_REGEX: '(on'}",
     "ongeldige reguliere expressie '(on' (fout bij teken 1)", 12),
])
def test_pattern_tokens_are_checked_at_their_line(token: str, message: str, line: int,
                                                  tmp_path: Path) -> None:
    options = f"advice: Doe iets.\npatterns:\n  - - {token}"
    path = write_rule(tmp_path, "pattern", options=options)
    with pytest.raises(DataError) as error:
        load_rule_files([tmp_path])
    assert str(error.value) == f"{path}:{line}: {message}"


# --- fixed expressions ------------------------------------------------------------------


def test_fixed_expressions_are_found_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from eenvoudig.checking.kinds import base, matching
    from eenvoudig.document.model import Token

    words = ["Wat", "ons", "betreft", "dient", "dit", "hierbij", "als", "voorbeeld", "."]
    tokens = tuple(Token(w, 0, len(w), w != ".") for w in words)
    assert matching.fixed_expression_tokens(tokens) == frozenset(range(7))

    calls: list[int] = []

    def counted(tokens: tuple[Token, ...]) -> frozenset[int]:
        calls.append(len(tokens))
        return matching.fixed_expression_tokens(tokens)

    monkeypatch.setattr(base, "fixed_expression_tokens", counted)
    result = eenvoudig.check("Wat ons betreft is dit goed. Wij verstrekken u middels deze "
                             "brief de pas.")
    assert len(calls) == 2  # one per sentence, however many rules match words
    assert "betreft" not in {h.text for h in result.hits}
    assert {"verstrekken", "middels"} <= {h.text for h in result.hits}
