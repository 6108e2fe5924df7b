"""Load rule files strictly: unknown keys, bad values, bad regexes and duplicate ids are errors
that name the file and line. The file, its ids, severities and examples are checked here;
each kind checks its own keys (`checking/kinds/`).

A rule file (`rules/<set>.yaml`) holds one rule set:

    set: ambtelijk
    description: Stadhuistaal met gewone woorden ervoor in de plaats.
    category: jargon                   # how hits are shown: a key of checking/categories.yaml
    apply: true                        # the rewrite may paste the suggestions in
    prefer_over: [begrippen]           # a hit to paste in beats these sets' hit on its words
    counts_as: jargon                  # counts as jargon in the B1-indicatie
    label: Stadhuistaal                # its name in "what to fix first"
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

A rule may set its own `category` and `apply`, a `tag` (the label in front of a sentence it
marks), a `label` and a `rewrite` step (see docs/rule-files.md for every key and default).
A set with `own_wordlists` is the one an organisation's own word lists join; it needs no rules.

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

from ..errors import DataError, short_name
from ..resources import data_dir
from .categories import categories, default_key
from .conditions import CONDITIONS
from .kinds import KINDS
from .kinds.base import (
    LineDict,
    LineList,
    RuleSource,
    check_keys,
    check_text,
    fail,
    item_line,
    key_line,
    shown,
)
from .model import REWRITES, ROLES, SEVERITIES, Example, OwnWordlists, Rule, RuleSet
from .placeholders import describe, template_problem

FILE_KEYS = {"set", "description", "rules", "category", "apply", "prefer_over", "counts_as",
             "label", "own_wordlists"}
COMMON_KEYS = {"id", "kind", "severity", "message", "description", "source", "examples",
               "category", "apply", "tag", "label", "rewrite"}
OWN_WORDLIST_KEYS = {"severity", "message", "description"}
EXAMPLE_KEYS = {"text", "hit", "replacement"}
ENTRY_POINT_GROUP = "eenvoudig.rulepacks"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$")
_SET = re.compile(r"^[a-z0-9][a-z0-9-]*$")


MAX_FILE_SIZE = 1024 * 1024
"""The largest rule file, in bytes (the built-in ones are under 10 kB; word lists are apart)."""
MAX_DEPTH = 40
"""How deeply a rule file's lists and mappings may nest (the built-in ones: 6)."""


class _Refused(Exception):
    """Something in a rule file's YAML that eenvoudig does not accept, at a line."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader for rule files. It remembers the line of every mapping (as
    `__line__`), of every key and of every list item (`LineDict`, `LineList`), and refuses
    anchors and aliases (`&naam`, `*naam`: a few lines of them can expand to gigabytes), keys
    that are not texts and nesting deeper than MAX_DEPTH."""

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refused(event.start_mark.line + 1, "ankers en aliassen (&naam en *naam) "
                           "kunnen niet in een regelbestand; schrijf de waarden uit")
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise _Refused(event.start_mark.line + 1,
                               f"de YAML is te diep genest (meer dan {MAX_DEPTH} niveaus)")
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict()
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str):
            raise _Refused(line, f"de sleutel {shown(key_node.value)} is geen tekst; zet hem "
                                 "tussen aanhalingstekens")
        if key in mapping:
            mapping.duplicates.append((key, line))
        else:
            mapping.lines[key] = line
        mapping[key] = loader.construct_object(value_node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    return LineList([loader.construct_object(item, deep=True) for item in node.value],
                    [item.start_mark.line + 1 for item in node.value])


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def parse_rule_file(text: str, file: str) -> list[Rule]:
    """Parse and validate the text of one rule file."""
    return parse_rule_set(text, file)[1]


def parse_rule_set(text: str, file: str) -> tuple[RuleSet, list[Rule]]:
    """Parse and validate one rule file: its set-level keys and its rules."""
    if len(text) > MAX_FILE_SIZE:
        raise fail(file, 1, f"het regelbestand is te groot (meer dan {MAX_FILE_SIZE // 1024} kB)")
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except _Refused as refused:
        raise fail(file, refused.line, refused.message) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        raise fail(file, line, f"geen geldige YAML ({getattr(exc, 'problem', exc)})") from None
    except RecursionError:
        raise fail(file, 1, "de YAML is te diep genest") from None
    if not isinstance(data, dict):
        raise fail(file, 1, "een regelbestand is een mapping met 'set' en 'rules'")
    check_keys(data, FILE_KEYS, file, "het bestand")
    rule_set = _rule_set(data, file)
    items = data.get("rules")
    if rule_set.own_wordlists is not None and items is None:
        items = []
    if not isinstance(items, list) or not (items or rule_set.own_wordlists):
        raise fail(file, data["__line__"], "'rules' ontbreekt of is leeg")
    base = Path(file).parent
    return rule_set, [_rule(item, rule_set, file, base, item_line(items, index, 0))
                      for index, item in enumerate(items)]


def _rule_set(data: dict[str, Any], file: str) -> RuleSet:
    line = data["__line__"]
    name = data.get("set")
    if not isinstance(name, str) or not _SET.match(name):
        raise fail(file, line, "'set' ontbreekt of is geen naam als 'huisstijl'")
    description = data.get("description", "")
    if not isinstance(description, str):
        raise fail(file, line, "'description' is een tekst")
    prefer_over = data.get("prefer_over", [])
    if isinstance(prefer_over, str):
        prefer_over = [prefer_over]
    if not isinstance(prefer_over, list) or not all(
            isinstance(p, str) and _SET.match(p) for p in prefer_over):
        raise fail(file, line, "'prefer_over' is een lijst met namen van sets")
    counts_as = data.get("counts_as")
    if counts_as is not None and counts_as not in ROLES:
        raise fail(file, line, f"'counts_as' moet een van {', '.join(ROLES)} zijn")
    return RuleSet(name, description.strip(), _category(data, default_key(), file, line),
                   _flag(data, "apply", False, file, line), tuple(prefer_over), counts_as,
                   _text(data, "label", file, line), _own_wordlists(data, file, line), file, line)


def _category(data: dict[str, Any], default: str, file: str, line: int) -> str:
    """A category key (checked against categories.yaml), or `default` when none is given."""
    value = data.get("category")
    if value is None:
        return default
    keys = [c.key for c in categories()]
    if value not in keys:
        raise fail(file, line, f"'category' moet een van {', '.join(keys)} zijn, niet {value!r}")
    return str(value)


def _flag(data: dict[str, Any], key: str, default: bool, file: str, line: int) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise fail(file, line, f"'{key}' is true of false")
    return value


def _text(data: dict[str, Any], key: str, file: str, line: int) -> str | None:
    value = data.get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise fail(file, line, f"'{key}' is een tekst")
    return value.strip() if value is not None else None


def _own_wordlists(data: dict[str, Any], file: str, line: int) -> OwnWordlists | None:
    raw = data.get("own_wordlists")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise fail(file, line, "'own_wordlists' is een mapping met severity, message en "
                                "description")
    check_keys(raw, OWN_WORDLIST_KEYS, file, "'own_wordlists'")
    if raw.get("severity") not in SEVERITIES:
        raise fail(file, raw["__line__"], f"'severity' moet een van {', '.join(SEVERITIES)} zijn")
    texts = [_text(raw, key, file, raw["__line__"]) for key in ("message", "description")]
    if not all(texts):
        raise fail(file, raw["__line__"], "'own_wordlists' heeft 'message' en 'description' nodig")
    for key, allowed in (("message", ("term",)), ("description", ("file",))):
        _check_placeholders(raw[key], allowed, f"'{key}' van 'own_wordlists'", file,
                            key_line(raw, key, raw["__line__"]))
    return OwnWordlists(raw["severity"], str(texts[0]), str(texts[1]))


def _check_placeholders(text: str, allowed: tuple[str, ...], what: str, file: str,
                        line: int) -> None:
    """Refuse a placeholder in `text` that the engine does not fill (`placeholders.py`)."""
    problem = template_problem(text, allowed)
    if problem is not None:
        piece, reason = problem
        raise fail(file, line, f"'{shown(piece)}' in {what} kan niet: {reason}; "
                               f"{describe(allowed)}")


def _rule(item: Any, rule_set: RuleSet, file: str, base: Path, at: int) -> Rule:
    if not isinstance(item, dict):
        raise fail(file, at, "elke regel is een mapping")
    line = item["__line__"]
    name = item.get("kind")
    if name not in tuple(KINDS):  # not the dict: "kind: [x]" must get this error, not TypeError
        raise fail(file, line, f"'kind' moet een van {', '.join(KINDS)} zijn, niet {name!r}")
    kind = KINDS[name]
    check_keys(item, COMMON_KEYS | kind.keys, file, f"regel {item.get('id', '?')}")
    rule_id = item.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise fail(file, line, f"ongeldige id {rule_id!r}; gebruik '{rule_set.name}.naam'")
    if not rule_id.startswith(rule_set.name + "."):
        raise fail(file, line, f"id {rule_id!r} hoort met '{rule_set.name}.' te beginnen")
    severity = item.get("severity")
    if severity not in SEVERITIES:
        raise fail(file, line, f"'severity' moet een van {', '.join(SEVERITIES)} zijn")
    for key in ("message", "description"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise fail(file, line, f"'{key}' ontbreekt bij {rule_id}")
    rewrite = item.get("rewrite")
    if rewrite is not None and rewrite not in REWRITES:
        raise fail(file, line, f"'rewrite' moet een van {', '.join(REWRITES)} zijn")
    category = _category(item, rule_set.category, file, line)
    apply = _flag(item, "apply", rule_set.apply, file, line)
    tag, label = _text(item, "tag", file, line), _text(item, "label", file, line)
    examples = _examples(item.get("examples"), rule_id, file, line)
    options = {k: v for k, v in item.items() if k in kind.keys}
    where = RuleSource(file, line, rule_id, base, getattr(item, "lines", {}))
    kind.validate(options, where)
    for key, allowed in kind.placeholders(options).items():
        if isinstance(item.get(key), str):
            _check_placeholders(item[key], allowed, f"'{key}' van {rule_id}", file,
                                where.line_of(key))
    _check_conditions(options, file)
    options["__base__"] = str(base)
    source = item.get("source")
    if source is not None:
        check_text(source, "'source'", where, where.line_of("source"))
    return Rule(rule_id, name, severity, item["message"].strip(), item["description"].strip(),
                examples, options, source, file, line, category=category,
                apply=apply, tag=tag, label=label, rewrite=rewrite, rule_set=rule_set,
                warnings=tuple(where.warnings))


def _examples(raw: Any, rule_id: str, file: str, line: int) -> tuple[Example, ...]:
    if not isinstance(raw, list) or not raw:
        raise fail(file, line, f"{rule_id} heeft geen voorbeelden ('examples')")
    examples = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise fail(file, item_line(raw, index, line),
                       f"elk voorbeeld van {rule_id} heeft een 'text'")
        check_keys(item, EXAMPLE_KEYS, file, f"een voorbeeld van {rule_id}")
        if item.get("replacement") is not None and item.get("hit") is None:
            raise fail(file, item["__line__"], "'replacement' zonder 'hit'")
        hit = item.get("hit")
        if isinstance(hit, list | dict) or isinstance(item.get("replacement"), list | dict):
            raise fail(file, item["__line__"], "'hit' en 'replacement' zijn teksten")
        if hit is not None and str(hit) not in item["text"]:
            raise fail(file, item["__line__"], f"'hit' '{shown(hit)}' staat niet in de tekst")
        examples.append(Example(item["text"], None if hit is None else str(hit),
                                None if item.get("replacement") is None
                                else str(item["replacement"])))
    if not any(e.hit for e in examples) or all(e.hit for e in examples):
        raise fail(file, line, f"{rule_id} heeft minstens één voorbeeld met en één zonder "
                                "'hit' nodig")
    return tuple(examples)


def _check_conditions(options: dict[str, Any], file: str) -> None:
    """A `condition` in an inline table names a registered check."""
    for term, value in (options.get("table") or {}).items():
        condition = value.get("condition") if isinstance(value, dict) else None
        if condition is not None and condition not in CONDITIONS:
            raise fail(file, value["__line__"], f"onbekende voorwaarde {condition!r} bij "
                       f"'{term}'; kies uit {', '.join(sorted(CONDITIONS))}")


def load_rule_files(paths: Iterable[Path]) -> list[Rule]:
    """Load rules from files and folders; ids must be unique across all of them."""
    return [rule for _, rules in load_rule_sets(paths) for rule in rules]


def load_rule_sets(paths: Iterable[Path]) -> list[tuple[RuleSet, list[Rule]]]:
    """Load the rule sets of files and folders; ids must be unique across all of them."""
    found: list[tuple[RuleSet, list[Rule]]] = []
    seen: dict[str, str] = {}
    for path in paths:
        files = rule_files(Path(path))
        for file in files:
            text = _read_rule_file(file)
            rule_set, rules = parse_rule_set(text, str(file))
            for rule in rules:
                if rule.id in seen:
                    raise fail(str(file), rule.line,
                                f"id {rule.id} bestaat al (in {seen[rule.id]})")
                seen[rule.id] = str(file)
            found.append((rule_set, rules))
    return found


def rule_files(path: Path) -> list[Path]:
    """The rule files of a folder (its *.yaml, sorted), or the file itself."""
    from ..errors import os_reason

    try:
        if path.is_dir():
            return sorted(path.glob("*.yaml"))
        if path.exists():
            return [path]
    except OSError as exc:
        raise DataError(f"De regelmap {short_name(str(path))} kan niet worden gelezen "
                        f"({os_reason(exc)}).") from None
    raise DataError(f"De regelmap of het regelbestand {short_name(str(path))} bestaat niet.")


def _read_rule_file(file: Path) -> str:
    from ..errors import os_reason

    try:
        if file.stat().st_size > MAX_FILE_SIZE:
            raise fail(str(file), 1, f"het regelbestand is te groot (meer dan "
                                     f"{MAX_FILE_SIZE // 1024} kB)")
        return file.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{short_name(str(file))}: kan het regelbestand niet lezen "
                        f"({os_reason(exc)}).") from None
    except UnicodeDecodeError:
        raise DataError(f"{short_name(str(file))}: het regelbestand is geen geldige "
                        "UTF-8-tekst.") from None


def builtin_rule_dir() -> Path:
    return Path(str(data_dir("rules")))


def rule_pack_dirs() -> list[Path]:
    """Folders of third-party rule packs installed as Python packages."""
    folders: list[Path] = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            found = entry.load()()
        except Exception as exc:  # a broken pack must say so, not crash the check
            raise DataError(f"Het regelpakket '{entry.name}' kan niet worden geladen "
                            f"({type(exc).__name__}: {exc}).") from None
        items = found if isinstance(found, list | tuple) else [found]
        folders.extend(Path(str(item)) for item in items)
    return folders


@cache
def builtin_rule_sets() -> tuple[tuple[RuleSet, tuple[Rule, ...]], ...]:
    """The built-in rule sets with their rules."""
    return tuple((s, tuple(r)) for s, r in load_rule_sets([builtin_rule_dir()]))


@cache
def builtin_rules() -> tuple[Rule, ...]:
    return tuple(rule for _, rules in builtin_rule_sets() for rule in rules)
