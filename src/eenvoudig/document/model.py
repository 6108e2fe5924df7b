"""The document model: document → sections → blocks → sentences → tokens.

Everything else in eenvoudig (scores, rules, rewriting, rendering) works on these frozen
objects. Offsets are kept at two levels: `start`/`end` of a sentence and of a token are
positions in the cleaned text of their block (markup removed); `source_start`/`source_end`,
`line` and `column` point into the original file, so a hit can be shown where the writer
wrote it.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

BlockKind = Literal["heading", "paragraph", "item"]
Part = Literal["principes", "acties"]


class Token(NamedTuple):
    """One token as spaCy's Dutch tokenizer cuts it; `is_word` is True for what a reader counts.

    A named tuple rather than a dataclass: documents hold tens of thousands of tokens, and
    tuples are created several times faster.

    When the document was parsed, `lemma`, `pos` (UPOS), `morph` (UD features), `dep` (UD
    relation) and `head` (index of the head token in the same sentence; its own index for a
    root) are filled in; otherwise they are empty and `head` is -1.
    """

    text: str
    start: int
    end: int
    is_word: bool
    lemma: str = ""
    pos: str = ""
    morph: str = ""
    dep: str = ""
    head: int = -1

    def feature(self, name: str) -> str:
        """One morphological feature ("VerbForm" → "Fin"), or "" when absent."""
        for pair in self.morph.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return ""


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence (or one heading, or one list item without a full stop).

    `index` is the sentence's place in its document (0, 1, 2 … in reading order, headings
    included): the identity that sentence analyses, hits and rewrites carry.
    """

    text: str
    start: int
    end: int
    line: int
    column: int
    source_start: int
    source_end: int
    tokens: tuple[Token, ...] = field(repr=False)
    index: int = -1
    unparsed: bool = False
    """A piece of an over-long sentence beyond the document's parse budget: it is counted
    and checked word by word but never parsed (`document.build.PIECE_PARSE_BUDGET`)."""

    def __repr__(self) -> str:
        return f"Sentence(#{self.index}, line {self.line}, {_short(self.text)!r})"

    @property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.is_word)

    @property
    def parsed(self) -> bool:
        return bool(self.tokens) and self.tokens[0].head >= 0


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, paragraph or list item with its line number in the source.

    `part` says whether the block belongs to the "Principes" (why) or "Acties" (what we do)
    part of its section, when the document marks those parts. `suppress` lists the rule ids
    that a comment right before the block switched off (`<!-- eenvoudig: negeer ID -->`).
    """

    kind: BlockKind
    text: str
    line: int
    level: int
    part: Part | None
    sentences: tuple[Sentence, ...]
    offsets: array[int] = field(repr=False, compare=False, default_factory=lambda: array("l"))
    suppress: tuple[str, ...] = ()
    marker: str = ""
    """The number or letter of an item in a numbered list, as written ("3.", "b)"); "" for
    a bullet item and for other blocks."""

    def __repr__(self) -> str:
        return (f"Block({self.kind}, line {self.line}, {len(self.sentences)} sentences, "
                f"{_short(self.text)!r})")

    def source_offset(self, index: int) -> int:
        """Map a position in `text` to a position in the source file."""
        if not self.offsets:
            return index
        if index >= len(self.offsets):
            return self.offsets[-1] + 1 + (index - len(self.offsets))
        return self.offsets[index]


@dataclass(frozen=True, slots=True)
class Section:
    """A section: numbered ("1.2.2") when the document numbers them, else from a heading.

    `level` is the depth in the hierarchy (1 for a chapter); `parent` is the parent's number
    (numbered documents) or its index in `Document.sections` as a string (unnumbered ones).
    """

    number: str | None
    title: str
    level: int
    parent: str | None
    line: int
    blocks: tuple[Block, ...]
    shows_heading: bool = True
    """Whether outputs show this section's heading: numbered sections and headed ones do;
    the untitled start of a document and a section that only repeats the document's title
    do not. Decided once, when the document is built."""

    def __repr__(self) -> str:
        return (f"Section({self.number or '-'}, {_short(self.title)!r}, level {self.level}, "
                f"{len(self.blocks)} blocks)")

    @property
    def key(self) -> str | None:
        """What hits and edits name the section by: its number, else its title (None for an
        untitled section without a number)."""
        return self.number or self.title or None

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for b in self.blocks for s in b.sentences)

    def part_blocks(self, part: Part | None) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.part == part)


@dataclass(frozen=True, slots=True)
class Document:
    """A whole document: where it came from, its title, sections and reading notes.

    `text` is the text that line numbers and source offsets point into: for a text format
    the decoded file as given, its BOM (U+FEFF) and its own line ends kept (`\r\n` is two
    characters); for Word and PDF the extracted text, one paragraph or line per line.
    """

    source: str
    format: str
    title: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()
    text: str = field(default="", repr=False, compare=False)
    original: bytes = field(default=b"", repr=False, compare=False)
    """The file's own bytes for binary formats (.docx, .pdf), so output can build on them."""

    def __repr__(self) -> str:
        return (f"Document({self.source!r}, {self.format}, {_short(self.title)!r}, "
                f"{len(self.sections)} sections)")

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(b for s in self.sections for b in s.blocks)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for b in self.blocks for s in b.sentences)

    def walk(self) -> Iterator[tuple[Section, Block, Sentence]]:
        """Every sentence in reading order, with its section and block."""
        for section in self.sections:
            for block in section.blocks:
                for sentence in block.sentences:
                    yield section, block, sentence

    def section(self, number: str) -> Section:
        for section in self.sections:
            if section.number == number:
                return section
        raise KeyError(number)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready outline of the document (structure only, no scores)."""
        return {
            "source": self.source,
            "format": self.format,
            "title": self.title,
            "notes": list(self.notes),
            "sections": [
                {
                    "number": s.number,
                    "title": s.title,
                    "level": s.level,
                    "parent": s.parent,
                    "line": s.line,
                    "blocks": [
                        {
                            "kind": b.kind,
                            "line": b.line,
                            "part": b.part,
                            "text": b.text,
                            "sentences": [x.text for x in b.sentences],
                        }
                        for b in s.blocks
                    ],
                }
                for s in self.sections
            ],
        }
