"""Check documents: choose the rules (built in, rule packs, own folders and word lists),
apply the settings, find the hits and give each section and the document a B1-indicatie."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..analysis.analyze import analyze_many
from ..analysis.results import Analysis
from ..document.batch import Input
from ..errors import DataError, EenvoudigError
from ..settings import Settings
from .engine import Checker, matches_id
from .kinds.base import RuleSource, check_wordlist
from .model import SEVERITIES, Example, Hit, Rule, RuleSet
from .placeholders import fill
from .ruleset import builtin_rule_sets, load_rule_sets, rule_pack_dirs
from .verdict import Verdict, b1_indication

SCHEMA_VERSION = "1.1"  # 1.1: begrijpelijkheid in the document, sentence_index on hits


@dataclass(frozen=True)
class SectionCheck:
    number: str | None
    title: str
    hits: tuple[Hit, ...]
    verdict: Verdict

    def __repr__(self) -> str:
        return f"SectionCheck({self.number or '-'}, {self.title[:40]!r}, {len(self.hits)} hits)"


@dataclass(frozen=True)
class CheckResult:
    """Hits of one document, per section, with B1-indicaties, and the rules that ran."""

    analysis: Analysis
    hits: tuple[Hit, ...]
    sections: tuple[SectionCheck, ...]
    verdict: Verdict
    rules: tuple[Rule, ...] = field(default=(), compare=False, repr=False)

    def __repr__(self) -> str:
        counts = ", ".join(f"{self.count(s)} {s}" for s in SEVERITIES)
        return (f"CheckResult({self.analysis.document.source!r}, {len(self.hits)} hits "
                f"({counts}), {self.verdict.label!r})")

    def count(self, severity: str) -> int:
        return sum(1 for h in self.hits if h.severity == severity)

    def fails(self, fail_on: str) -> bool:
        if fail_on == "none":
            return False
        level = SEVERITIES.index(fail_on)
        return any(SEVERITIES.index(h.severity) >= level for h in self.hits)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "document": {
                "source": self.analysis.document.source,
                "title": self.analysis.document.title,
                "understandability": _round(self.analysis.metrics.understandability_score),
                "lint_score": _round(self.analysis.metrics.lint_score),
                "lint_level": self.analysis.metrics.lint_level,
                "b1_indication": self.verdict.to_dict(),
                "counts": {s: self.count(s) for s in SEVERITIES},
            },
            "sections": [
                {"number": s.number, "title": s.title, "b1_indication": s.verdict.to_dict(),
                 "hits": len(s.hits)}
                for s in self.sections
            ],
            "hits": [h.to_dict() for h in self.hits],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def own_wordlist_rule(path: Path, own: RuleSet | None = None) -> Rule:
    """A substitution rule for an organisation's own list ("verboden woorden"), in the set
    whose rule file has `own_wordlists` (built in: `rules/eigen.yaml`)."""
    own = own or _own_wordlist_set([s for s, _ in builtin_rule_sets()])
    template = own.own_wordlists
    assert template is not None
    name = path.stem.lower().replace("_", "-").replace(" ", "-")
    where = RuleSource(str(path), 0, f"{own.name}.{name}", path.parent)
    check_wordlist({"wordlist": path.name}, where)
    return Rule(
        id=f"{own.name}.{name}",
        kind="substitution",
        severity=template.severity,
        message=template.message,
        description=fill(template.description, {"file": path.name}),
        examples=(Example("-", "-"), Example("-")),
        options={"wordlist": path.name, "__base__": str(path.parent)},
        file=str(path),
        category=own.category,
        apply=own.apply,
        rule_set=own,
        warnings=tuple(where.warnings),
    )


def _own_wordlist_set(sets: list[RuleSet]) -> RuleSet:
    """The one rule set that own word lists join."""
    found = [s for s in sets if s.own_wordlists is not None]
    if len(found) != 1:
        where = ", ".join(f"{s.file}:{s.line}" for s in found) or "geen enkel regelbestand"
        raise DataError(f"Precies één regelset hoort 'own_wordlists' te hebben (nu: {where}).")
    return found[0]


def select_rules(config: Settings) -> list[Rule]:
    """All rules that apply under these settings, with their limits adjusted."""
    adjusted = []
    for rule in all_rules(config):
        if (rule.kind == "limit" and rule.options.get("metric") == "words"
                and "warning" not in rule.options and "error" not in rule.options):
            # a sentence-length rule without its own limits takes the long-sentence setting
            rule = replace(rule, options={**rule.options, **config.long_sentence_limits})
        if _disabled(rule.id, config) and not _enabled_below(rule, config):
            continue
        adjusted.append(rule)
    return adjusted


def all_rules(config: Settings) -> list[Rule]:
    """Every rule the settings name (built in, rule packs, own folders and word lists),
    disabled ones too."""
    loaded = [(s, list(r)) for s, r in builtin_rule_sets()]
    extra_dirs = [*rule_pack_dirs(), *config.rule_dirs]
    if extra_dirs:
        known = {r.id for _, rules in loaded for r in rules}
        for rule_set, rules in load_rule_sets(extra_dirs):
            for rule in rules:
                if rule.id in known:
                    raise DataError(f"{rule.file}:{rule.line}: id {rule.id} bestaat al.")
            loaded.append((rule_set, rules))
    sets = [s for s, _ in loaded]
    names = {s.name for s in sets}
    for rule_set in sets:
        unknown = [p for p in rule_set.prefer_over if p not in names]
        if unknown:
            raise DataError(f"{rule_set.file}:{rule_set.line}: 'prefer_over' noemt een set die "
                            f"niet bestaat: {', '.join(unknown)}")
    rules = [rule for _, members in loaded for rule in members]
    if config.wordlists:
        own = _own_wordlist_set(sets)
        for path in config.wordlists:
            if not path.is_file():
                raise EenvoudigError(f"De eigen woordenlijst {path} bestaat niet.")
            rules.append(own_wordlist_rule(path, own))
    return rules


def _enabled_below(rule: Rule, config: Settings) -> bool:
    """Whether `enable` switches the rule, or one of its words, back on ("anglicismen.deadline"
    below a disabled "anglicismen": the words of a word list have ids in the rule's set)."""
    return any(matches_id(e, rule.id) or (rule.per_word and matches_id(e, rule.set))
               for e in config.enable)


def rule_warnings(config: Settings) -> list[str]:
    """The harmless mistakes in the rules these settings use (a term listed twice) and in
    the settings themselves: an id in `disable`, `enable` or `severity` that no rule, rule
    set or word of a word list has. One Dutch line each."""
    rules = all_rules(config)
    warnings = [w for rule in rules for w in rule.warnings]
    named = [("disable", d) for d in config.disable] + [("enable", e) for e in config.enable]
    named += [("severity", pattern) for pattern, _ in config.severity]
    known = _known_ids(tuple(rules)) if named else set()
    for key, pattern in named:
        if not any(matches_id(rule_id, pattern) for rule_id in known):
            warnings.append(f"'{pattern}' in {key} bestaat niet als regel, regelset of woord en "
                            "doet niets; zie 'eenvoudig rules'.")
    return list(dict.fromkeys(warnings))


def _known_ids(rules: tuple[Rule, ...]) -> set[str]:
    """The ids of the rules and of every word of their word lists."""
    from .tables import entries_from, slug

    known = {rule.id for rule in rules}
    for rule in rules:
        if not rule.per_word:
            continue
        mode = rule.explanation_mode or "substitution"
        table = rule.options.get("table") if rule.kind == "substitution" else None
        for entry in entries_from(mode, wordlist=rule.options["wordlist"], table=table,
                                  base=rule.options.get("__base__")):
            known.add(f"{rule.set}.{slug(entry.term)}")
    return known


def compiled_checker(settings: Settings) -> Checker:
    """The compiled rules for these settings, reused while the rule files (own folders,
    word lists and installed rule packs) are unchanged."""
    packs = tuple(rule_pack_dirs())
    return _compiled(_rule_key(settings), packs, *_files_state(settings, packs))


@lru_cache(maxsize=16)
def _compiled(key: Settings, _packs: tuple[Path, ...], *_state: tuple[str, float, int]
              ) -> Checker:
    return Checker(select_rules(key))


def _rule_key(settings: Settings) -> Settings:
    """The settings with only what decides the rules (so other settings share one compile)."""
    return Settings(long_sentence=settings.long_sentence,
                    long_sentence_error=settings.long_sentence_error,
                    disable=settings.disable, enable=settings.enable,
                    wordlists=settings.wordlists, rule_dirs=settings.rule_dirs)


def _files_state(settings: Settings, packs: tuple[Path, ...]
                 ) -> tuple[tuple[str, float, int], ...]:
    """Name, time and size of every own rule file and word list, so an edit is seen."""
    paths = [*settings.wordlists]
    for folder in (*settings.rule_dirs, *packs):
        if folder.is_dir():
            paths.extend(sorted(folder.rglob("*")))
    state = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            continue
        state.append((str(path), info.st_mtime, info.st_size))
    return tuple(state)


def _disabled(rule_id: str, config: Settings) -> bool:
    return any(matches_id(rule_id, d) for d in config.disable)


def check_many(items: Iterable[Input], settings: Settings | None = None) -> list[CheckResult]:
    """Check several documents, texts or files: the checking layer's batch function (the
    sentences are always parsed; the rules need the parse)."""
    settings = settings or Settings()
    return check_analyses(analyze_many(items, settings.with_(parse=True)), settings)


def check_analyses(analyses: list[Analysis], config: Settings) -> list[CheckResult]:
    """Check documents that are already analysed (and parsed)."""
    checker = compiled_checker(config)
    rules = tuple(checker.rules)
    return [_result(analysis, checker.check(analysis), config, rules)
            for analysis in analyses]


def _result(analysis: Analysis, raw_hits: list[Hit], config: Settings,
            rules: tuple[Rule, ...] = ()) -> CheckResult:
    hits = []
    # A hit whose suggestion can be pasted in beats the hits of the sets its set prefers
    # over ("prefer_over") on the same words: the word is better replaced than explained.
    beaten: dict[tuple[int, int], set[str]] = {}
    for hit in raw_hits:
        if hit.applicable and hit.suggestions and hit.origin is not None:
            beaten.setdefault((hit.start, hit.end), set()).update(hit.origin.prefer_over)
    for hit in raw_hits:
        if hit.rule.split(".", 1)[0] in beaten.get((hit.start, hit.end), ()):
            continue
        origin = hit.origin.id if hit.origin is not None else hit.rule
        if ((_disabled(hit.rule, config) or _disabled(origin, config))
                and not any(matches_id(hit.rule, e) for e in config.enable)):
            continue
        override = next((level for pattern, level in config.severity
                         if matches_id(hit.rule, pattern)), None)
        hits.append(replace(hit, severity=override) if override else hit)
    sections = []
    for section in analysis.sections:
        key = section.section.key
        own = [h for h in hits if h.section == key]
        sections.append(SectionCheck(section.number, section.title, tuple(own),
                                     b1_indication(section.metrics, own)))
    return CheckResult(analysis, tuple(hits), tuple(sections),
                       b1_indication(analysis.metrics, hits), rules)
