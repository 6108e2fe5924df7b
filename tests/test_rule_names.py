"""Rule knowledge lives in the rule files: no Python file under src/ names a built-in rule set,
rule id or built-in word list in a string (docstrings and comments may, as examples)."""

from __future__ import annotations

import ast
import re

from eenvoudig.checking.ruleset import builtin_rule_sets

from .conftest import ROOT

SRC = ROOT / "src" / "eenvoudig"

# Strings that must stay, each with the reason.
ALLOWED = {
    # rewriting/simplify.py: the id of the rewrite's own edit that cuts a long sentence in two.
    # No rule has this id; it is part of the output (an edit's "rule"), so renaming it would
    # change every rewrite.
    "zinsbouw.zin-knippen",
}


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, text) of every string constant that is not a docstring, f-string parts too."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def _names() -> tuple[set[str], set[str]]:
    sets = {rule_set.name for rule_set, _ in builtin_rule_sets()}
    ids = {rule.id for _, rules in builtin_rule_sets() for rule in rules}
    return sets, ids


def offending(text: str, sets: set[str], ids: set[str]) -> bool:
    """A string that is a set name, starts with "<set>." or quotes a set, or holds a rule id."""
    if text in ALLOWED:
        return False
    names = "|".join(sorted(map(re.escape, sets)))
    return bool(
        text in sets
        or re.match(rf"(?:{names})\.", text)
        or re.search(rf"['\"‘](?:{names})(?:\.[\w.-]*)?['\"’]", text)
        or any(rule_id in text for rule_id in ids))


def test_the_check_itself_finds_names() -> None:
    sets, ids = _names()
    assert {"ambtelijk", "zinsbouw", "eigen"} <= sets
    for text in ("ambtelijk", "zinsbouw.", "eigen.", "begrippen.uitleg", "ambtelijk.tsv",
                 "geen naam als 'afkortingen'", "zie zinsbouw.lange-zin"):
        assert offending(text, sets, ids), text
    for text in ("de eigen woordenlijst", "zinsbouw is lastig", "lang", "jargon"):
        assert not offending(text, sets, ids), text


def test_no_python_file_names_a_built_in_rule_set_or_id() -> None:
    sets, ids = _names()
    found = []
    used = set()
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        strings = _strings(tree)
        used |= {text for _, text in strings} & ALLOWED
        found += [f"{path.relative_to(ROOT)}:{line}: {text!r}"
                  for line, text in strings if offending(text, sets, ids)]
    assert not found, "rule knowledge belongs in rules/*.yaml:\n" + "\n".join(found)
    assert used == ALLOWED, f"no longer needed in ALLOWED: {ALLOWED - used}"
