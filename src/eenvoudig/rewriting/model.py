"""The result of a rewrite: the new text and the ordered edits that produced it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Edit:
    """One change: which rule, what it replaced with what, and why (in Dutch)."""

    rule: str
    original: str
    replacement: str
    reason: str
    line: int
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "original": self.original, "replacement": self.replacement,
                "reason": self.reason, "line": self.line, "section": self.section}


@dataclass(frozen=True)
class SentenceRewrite:
    """A sentence before and after, with its edits; `kept` says why it was left as it was."""

    original: str
    text: str
    edits: tuple[Edit, ...]
    line: int
    kind: str
    part: str | None
    kept: str = ""
    lint_before: float | None = None
    lint_after: float | None = None
    lead: str = ""
    items: tuple[str, ...] = ()
    """When the new text ends in a long enumeration after a colon, the same text as a lead
    ("Dat betekent:") and list items, for outputs that can show a list; `text` stays whole."""
    index: int = -1
    """The original sentence's place in its document (`Sentence.index`)."""

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        return f"SentenceRewrite(#{self.index}, {len(self.edits)} edits, {text!r})"


@dataclass(frozen=True)
class BlockRewrite:
    kind: str
    level: int
    part: str | None
    sentences: tuple[SentenceRewrite, ...]
    marker: str = ""
    """The number or letter of an item in a numbered list ("3.", "b)"), as in the original."""

    @property
    def list_kind(self) -> str:
        """"1", "a" or "A" (as HTML's `<ol type>`) for a numbered item; "" for a bullet."""
        from ..document.blocks import ordinal

        found = ordinal(self.marker)
        return found[0] if found else ""

    @property
    def number(self) -> int | None:
        """The value of a numbered item (3 for "3." and for "c."); None for a bullet."""
        from ..document.blocks import ordinal

        found = ordinal(self.marker)
        return found[1] if found else None

    def __repr__(self) -> str:
        return f"BlockRewrite({self.kind}, {len(self.sentences)} sentences)"

    @property
    def original(self) -> str:
        return " ".join(s.original for s in self.sentences)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class SectionRewrite:
    number: str | None
    title: str
    level: int
    blocks: tuple[BlockRewrite, ...]
    glossary: tuple[tuple[str, str], ...] = ()
    title_edits: tuple[Edit, ...] = ()
    shows_heading: bool = True

    def __repr__(self) -> str:
        return (f"SectionRewrite({self.number or '-'}, {self.title[:40]!r}, "
                f"{len(self.blocks)} blocks, {len(self.edits)} edits)")

    @property
    def edits(self) -> tuple[Edit, ...]:
        return self.title_edits + tuple(e for b in self.blocks for s in b.sentences
                                        for e in s.edits)


@dataclass(frozen=True)
class Rewrite:
    """The rewritten document: text per section, every edit, and what the guardrails did."""

    title: str
    sections: tuple[SectionRewrite, ...]
    guardrail_notes: tuple[str, ...] = field(default=())

    def __repr__(self) -> str:
        return (f"Rewrite({self.title[:40]!r}, {len(self.sections)} sections, "
                f"{len(self.edits)} edits, {len(self.guardrail_notes)} kept by guardrails)")

    @property
    def edits(self) -> tuple[Edit, ...]:
        return tuple(e for s in self.sections for e in s.edits)

    @property
    def sentences(self) -> tuple[SentenceRewrite, ...]:
        return tuple(x for s in self.sections for b in s.blocks for x in b.sentences)

    @property
    def text(self) -> str:
        from .output import to_markdown

        return to_markdown(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": "1.0",
            "title": self.title,
            "sections": [
                {"number": s.number, "title": s.title, "level": s.level,
                 "glossary": [{"term": t, "explanation": e} for t, e in s.glossary],
                 "blocks": [{"kind": b.kind, "part": b.part, "text": b.text,
                             "original": b.original} for b in s.blocks]}
                for s in self.sections
            ],
            "edits": [e.to_dict() for e in self.edits],
            "guardrails": list(self.guardrail_notes),
        }
