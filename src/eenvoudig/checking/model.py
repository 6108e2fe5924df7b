"""Rules and hits: the objects the rule engine reads and produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("suggestion", "warning", "error")


def __getattr__(name: str) -> tuple[str, ...]:
    """`KINDS`: the names of the rule kinds, from the registry in `checking.kinds` (read when
    asked for, since the kinds import this module)."""
    if name == "KINDS":
        from .kinds import KINDS

        return tuple(KINDS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Example:
    """A rule's own test: `hit`/`replacement` when it must fire, neither when it must not."""

    text: str
    hit: str | None = None
    replacement: str | None = None


@dataclass(frozen=True)
class Rule:
    """One rule from a rule file. `options` holds the kind-specific settings."""

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

    @property
    def set(self) -> str:
        return self.id.split(".", 1)[0]


@dataclass(frozen=True)
class Hit:
    """One finding: where (file offsets, line, column), which rule, why, and what instead.

    `suggestions` are replacement texts for `text`; when `applicable` is False they are
    advice (for example "Noem het aantal") rather than text to paste in. `conditional` is
    True when the word list adds a usage note: the swap is right only in some contexts.
    `also_remove` gives the file offsets of a word that must go when the suggestion is pasted
    in: the loose particle of a separable verb ("vindt … plaats" → "gebeurt").
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
            "section": self.section,
        }
