"""Rules and hits: the objects the rule engine reads and produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..settings import SEVERITIES as SEVERITIES

# What a set's hits count as (`counts_as`): "jargon" counts in the B1-indicatie.
ROLES = ("jargon",)
# The whole-sentence rewrite steps of `rewriting.simplify` a rule can hand its hits to.
REWRITES = ("passive", "nominal")



@dataclass(frozen=True)
class Example:
    """A rule's own test: `hit`/`replacement` when it must fire, neither when it must not."""

    text: str
    hit: str | None = None
    replacement: str | None = None


@dataclass(frozen=True)
class OwnWordlists:
    """The rule made for each of an organisation's own word lists (setting `wordlists`):
    its severity, message and description (`{file}` is the list's file name)."""

    severity: str
    message: str
    description: str


@dataclass(frozen=True)
class RuleSet:
    """The set-level keys of a rule file (see docs/rule-files.md).

    `category`: how its hits are shown (a key of `categories.yaml`, "" for the default);
    `apply`: whether the rewrite may paste its suggestions in; `prefer_over`: sets whose hit
    on the same words is dropped when this set has a suggestion to paste in; `counts_as`: a
    role from ROLES; `label`: its name in "what to fix first"; `own_wordlists`: set when the
    organisation's own word lists join this set.
    """

    name: str
    description: str = ""
    category: str = ""
    apply: bool = False
    prefer_over: tuple[str, ...] = ()
    counts_as: str | None = None
    label: str | None = None
    own_wordlists: OwnWordlists | None = None
    file: str = ""
    line: int = 0


@dataclass(frozen=True)
class Rule:
    """One rule from a rule file. `options` holds the kind-specific settings.

    `category` and `apply` are the rule's own or else its set's; `tag` is the label in front of
    a sentence it marks, `label` its name in "what to fix first", `rewrite` the rewrite step
    (REWRITES) whose edits are reported under its id; `rule_set` holds the set-level keys;
    `warnings` are the harmless mistakes found when it loaded (a term listed twice), each a
    Dutch line that names the file and line.
    """

    id: str
    kind: str
    severity: str
    message: str
    description: str
    examples: tuple[Example, ...]
    options: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    source: str | None = None
    file: str = ""
    line: int = 0
    category: str = ""
    apply: bool = False
    tag: str | None = None
    label: str | None = None
    rewrite: str | None = None
    rule_set: RuleSet | None = field(default=None, compare=False, repr=False)
    warnings: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def set(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def per_word(self) -> bool:
        """Whether its hits carry one id per word of its word list ("ambtelijk.middels")."""
        return "wordlist" in self.options

    @property
    def explanation_mode(self) -> str | None:
        """"glossary" or "abbreviation" for an explanation rule, else None."""
        return str(self.options.get("mode", "glossary")) if self.kind == "explanation" else None

    @property
    def prefer_over(self) -> tuple[str, ...]:
        return self.rule_set.prefer_over if self.rule_set else ()

    @property
    def counts_as(self) -> str | None:
        return self.rule_set.counts_as if self.rule_set else None


@dataclass(frozen=True)
class Hit:
    """One finding: where (file offsets, line, column), which rule, why, and what instead.

    `suggestions` are replacement texts for `text`; when `applicable` is False they are
    advice (for example "Noem het aantal") rather than text to paste in. `conditional` is
    True when the word list adds a usage note: the swap is right only in some contexts.
    `also_remove` gives the file offsets of a word that must go when the suggestion is pasted
    in: the loose particle of a separable verb ("vindt … plaats" → "gebeurt"). `condition`
    names the check (`checking.conditions`) under which the word list lets the suggestion be
    pasted in; `origin` is the rule that made the hit (neither is in `to_dict`).
    """

    rule: str
    severity: str
    message: str
    text: str
    suggestions: tuple[str, ...]
    line: int
    column: int
    start: int
    end: int
    section: str | None = None
    sentence: str = ""
    sentence_start: int = 0
    applicable: bool = True
    conditional: bool = False
    also_remove: tuple[int, int] | None = None
    condition: str = ""
    origin: Rule | None = field(default=None, compare=False, repr=False)
    sentence_index: int = -1
    """The place of the hit's sentence in its document (`Sentence.index`)."""

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 30 else self.text[:29] + "…"
        first = f" → {self.suggestions[0][:30]!r}" if self.suggestions else ""
        return f"Hit({self.rule}, {self.severity}, line {self.line}, {text!r}{first})"

    @property
    def explanation_mode(self) -> str | None:
        """"glossary" or "abbreviation" when an explanation rule made the hit."""
        return self.origin.explanation_mode if self.origin is not None else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "line": self.line,
            "column": self.column,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "applicable": self.applicable,
            "also_remove": list(self.also_remove) if self.also_remove else None,
            "sentence_index": self.sentence_index,
            "section": self.section,
        }
