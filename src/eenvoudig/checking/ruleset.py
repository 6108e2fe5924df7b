"""Load rule files strictly: unknown keys, bad values, bad regexes and duplicate ids are errors
that name the file and line. The file, its ids, severities and examples are checked here;
each kind checks its own keys (`checking/kinds/`).

A rule file (`rules/<set>.yaml`) holds one rule set:

    set: ambtelijk
    description: Stadhuistaal met gewone woorden ervoor in de plaats.
    rules:
      - id: ambtelijk.woorden          # always "<set>.<name>"
        kind: substitution             # substitution | existence | pattern | limit | explanation
        severity: warning              # suggestion | warning | error
        message: Dit is stadhuistaal.  # short Dutch reason
        description: …                 # one line for `eenvoudig rules`
        source: https://…              # optional
        wordlist: ambtelijk.tsv        # the kind's own keys (checking/kinds/<kind>.py)
        examples:                      # required: at least one hit and one non-hit;
                                       # a limit rule's hit is the start of its sentence
          - text: Wij verstrekken u de pas.
            hit: verstrekken
            replacement: geven
          - text: Wij geven u de pas.

Third-party rule packs register a function in the entry-point group `eenvoudig.rulepacks`
that returns the folder (or a list of folders) holding their rule files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError
from ..resources import data_dir
from .kinds import KINDS
from .kinds.base import RuleSource, check_keys, fail
from .model import SEVERITIES, Example, Rule

FILE_KEYS = {"set", "description", "rules"}
COMMON_KEYS = {"id", "kind", "severity", "message", "description", "source", "examples"}
EXAMPLE_KEYS = {"text", "hit", "replacement"}
ENTRY_POINT_GROUP = "eenvoudig.rulepacks"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$")


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that remembers the line of every mapping as `__line__`."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_rule_file(text: str, file: str) -> list[Rule]:
    """Parse and validate the text of one rule file."""
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        raise fail(file, line, f"geen geldige YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise fail(file, 1, "een regelbestand is een mapping met 'set' en 'rules'")
    check_keys(data, FILE_KEYS, file, "het bestand")
    rule_set = data.get("set")
    if not isinstance(rule_set, str) or not re.match(r"^[a-z0-9][a-z0-9-]*$", rule_set):
        raise fail(file, data["__line__"], "'set' ontbreekt of is geen naam als 'ambtelijk'")
    items = data.get("rules")
    if not isinstance(items, list) or not items:
        raise fail(file, data["__line__"], "'rules' ontbreekt of is leeg")
    base = Path(file).parent
    return [_rule(item, rule_set, file, base) for item in items]


def _rule(item: Any, rule_set: str, file: str, base: Path) -> Rule:
    if not isinstance(item, dict):
        raise fail(file, 0, "elke regel is een mapping")
    line = item["__line__"]
    name = item.get("kind")
    if name not in tuple(KINDS):  # not the dict: "kind: [x]" must get this error, not TypeError
        raise fail(file, line, f"'kind' moet een van {', '.join(KINDS)} zijn, niet {name!r}")
    kind = KINDS[name]
    check_keys(item, COMMON_KEYS | kind.keys, file, f"regel {item.get('id', '?')}")
    rule_id = item.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise fail(file, line, f"ongeldige id {rule_id!r}; gebruik '{rule_set}.naam'")
    if not rule_id.startswith(rule_set + "."):
        raise fail(file, line, f"id {rule_id!r} hoort met '{rule_set}.' te beginnen")
    severity = item.get("severity")
    if severity not in SEVERITIES:
        raise fail(file, line, f"'severity' moet een van {', '.join(SEVERITIES)} zijn")
    for key in ("message", "description"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise fail(file, line, f"'{key}' ontbreekt bij {rule_id}")
    examples = _examples(item.get("examples"), rule_id, file, line)
    options = {k: v for k, v in item.items() if k in kind.keys}
    kind.validate(options, RuleSource(file, line, rule_id, base))
    options["__base__"] = str(base)
    return Rule(rule_id, name, severity, item["message"].strip(), item["description"].strip(),
                examples, options, item.get("source"), file, line)


def _examples(raw: Any, rule_id: str, file: str, line: int) -> tuple[Example, ...]:
    if not isinstance(raw, list) or not raw:
        raise fail(file, line, f"{rule_id} heeft geen voorbeelden ('examples')")
    examples = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise fail(file, line, f"elk voorbeeld van {rule_id} heeft een 'text'")
        check_keys(item, EXAMPLE_KEYS, file, f"een voorbeeld van {rule_id}")
        if item.get("replacement") is not None and item.get("hit") is None:
            raise fail(file, item["__line__"], "'replacement' zonder 'hit'")
        hit = item.get("hit")
        if hit is not None and str(hit) not in item["text"]:
            raise fail(file, item["__line__"], f"'hit' {hit!r} staat niet in de tekst")
        examples.append(Example(item["text"], None if hit is None else str(hit),
                                None if item.get("replacement") is None
                                else str(item["replacement"])))
    if not any(e.hit for e in examples) or all(e.hit for e in examples):
        raise fail(file, line, f"{rule_id} heeft minstens één voorbeeld met en één zonder "
                                "'hit' nodig")
    return tuple(examples)


def load_rule_files(paths: Iterable[Path]) -> list[Rule]:
    """Load rules from files and folders; ids must be unique across all of them."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in paths:
        files = sorted(Path(path).glob("*.yaml")) if Path(path).is_dir() else [Path(path)]
        for file in files:
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DataError(f"{file}: kan het regelbestand niet lezen ({exc})") from None
            for rule in parse_rule_file(text, str(file)):
                if rule.id in seen:
                    raise fail(str(file), rule.line,
                                f"id {rule.id} bestaat al (in {seen[rule.id]})")
                seen[rule.id] = str(file)
                rules.append(rule)
    return rules


def builtin_rule_dir() -> Path:
    return Path(str(data_dir("rules")))


def rule_pack_dirs() -> list[Path]:
    """Folders of third-party rule packs installed as Python packages."""
    folders: list[Path] = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            found = entry.load()()
        except Exception as exc:  # a broken pack must say so, not crash the check
            raise DataError(f"regelpakket '{entry.name}' kan niet worden geladen ({exc})") from None
        items = found if isinstance(found, list | tuple) else [found]
        folders.extend(Path(str(item)) for item in items)
    return folders


@cache
def builtin_rules() -> tuple[Rule, ...]:
    return tuple(load_rule_files([builtin_rule_dir()]))
