"""Recover the section hierarchy of a document from its raw blocks.

Numbered documents ("1", "1.2", "1.2.2" …) get their sections from the numbers, whatever the
heading level, emphasis or form of the line that carries them: the number decides depth and
parent. A table of contents is recognised because the numbering restarts after it. Headings
that only repeat a chapter title (page furniture) are dropped. Lines such as "Principes:" and
"Acties:" are not sections but mark the parts of the section they are in.

Documents without numbers get one section per heading (depth from the heading level), or a
single section when there are no headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import RawBlock
from .model import Part

_NUMBER = re.compile(
    r"^(?P<num>[1-9]\d?(?:\.\d{1,2}){0,4})\.?(?P<sep>\s*:\s*|\s+)(?P<title>\S.*)$"
)
MAX_HEADING_LINE_WORDS = 14
PART_MARKERS: dict[str, Part] = {"principes": "principes", "acties": "acties"}


@dataclass
class SectionSpec:
    """A recovered section before tokenisation: its blocks carry their part label."""

    number: str | None
    title: str
    level: int
    parent: str | None
    line: int
    blocks: list[tuple[RawBlock, Part | None]] = field(default_factory=list)


def recover_sections(
    blocks: list[RawBlock], *, fallback_title: str
) -> tuple[str, list[SectionSpec]]:
    """Return the document title and its sections."""
    title = next((b.text for b in blocks if b.kind == "heading"), "") or fallback_title
    numbered = _numbered_candidates(blocks)
    if len(numbered) >= 2:
        return title, _numbered_sections(blocks, numbered, title)
    return title, _heading_sections(blocks, title)


def part_marker(block: RawBlock) -> Part | None:
    """'principes' or 'acties' when the block is only such a marker line."""
    if block.kind not in ("heading", "paragraph"):
        return None
    key = block.text.strip().rstrip(":").strip().casefold()
    return PART_MARKERS.get(key)


def _candidate(block: RawBlock) -> tuple[str, str] | None:
    if block.kind not in ("heading", "paragraph"):
        return None
    match = _NUMBER.match(block.text)
    if not match:
        return None
    number, title = match.group("num"), match.group("title").strip()
    if block.kind == "paragraph":
        # A plain line counts only when it looks like a heading: "1.2.2: Title" or
        # "1.1.3 Title", short, capitalised, not a sentence.
        if "." not in number and ":" not in match.group("sep"):
            return None
        if not title[:1].isupper() or len(block.text.split()) > MAX_HEADING_LINE_WORDS:
            return None
        if block.text.endswith((".", ";", "!", "?")):
            return None
    return number, title.rstrip(":").strip()


def _numbered_candidates(blocks: list[RawBlock]) -> dict[int, tuple[str, str]]:
    """Map block index → (number, title) for the numbered headings of the main text.

    When the numbering restarts at its first number, what came before was a table of
    contents; a number seen again otherwise is a repeated heading (page furniture).
    """
    accepted: dict[int, tuple[str, str]] = {}
    first = ""
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        found = _candidate(block)
        if not found:
            continue
        number, title = found
        if number in seen:
            if number == first:
                accepted.clear()
                seen.clear()
            else:
                continue
        if not seen:
            first = number
        accepted[index] = (number, title)
        seen.add(number)
    return accepted


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _numbered_sections(
    blocks: list[RawBlock], numbered: dict[int, tuple[str, str]], title: str
) -> list[SectionSpec]:
    first = min(numbered)
    numbers = {number for number, _ in numbered.values()}
    titles = {_norm(t) for _, t in numbered.values()} | {_norm(title)}
    # Chapter titles in capitals often appear once more in normal case: use that spelling.
    cased = {_norm(b.text): b.text for b in blocks if b.kind == "heading" and not b.text.isupper()}
    toc_lines = {_norm(f"{n}{t}") for n, t in numbered.values()}
    sections: list[SectionSpec] = []
    front = SectionSpec(None, title, 0, None, blocks[0].line if blocks else 1)
    current = front
    part: Part | None = None
    for index, block in enumerate(blocks):
        if index in numbered:
            number, heading = numbered[index]
            parent = _parent(number, numbers)
            if heading.isupper() and _norm(heading) in cased:
                heading = cased[_norm(heading)]
            current = SectionSpec(number, heading, number.count(".") + 1, parent, block.line)
            sections.append(current)
            part = None
            continue
        if index < first and _is_toc_entry(block, toc_lines):
            continue
        if block.kind == "heading" and _norm(block.text) in titles:
            continue  # the document title, or a chapter title repeated at a page break
        marker = part_marker(block)
        if marker:
            part = marker
            continue
        current.blocks.append((block, part))
    if front.blocks:
        sections.insert(0, front)
    return sections


def _is_toc_entry(block: RawBlock, toc_lines: set[str]) -> bool:
    if block.kind in ("item", "heading") and _NUMBER.match(block.text):
        return True
    return _norm(block.text) in toc_lines


def _parent(number: str, numbers: set[str]) -> str | None:
    parts = number.split(".")
    while len(parts) > 1:
        parts.pop()
        candidate = ".".join(parts)
        if candidate in numbers:
            return candidate
    return None


def _heading_sections(blocks: list[RawBlock], title: str) -> list[SectionSpec]:
    levels = sorted({b.level for b in blocks if b.kind == "heading"})
    rank = {level: i + 1 for i, level in enumerate(levels)}
    sections: list[SectionSpec] = []
    stack: list[tuple[int, int]] = []  # (level, index in sections)
    current: SectionSpec | None = None
    part: Part | None = None
    for block in blocks:
        marker = part_marker(block)
        if marker:
            part = marker
            continue
        if block.kind == "heading":
            level = rank[block.level]
            while stack and stack[-1][0] >= level:
                stack.pop()
            parent = str(stack[-1][1]) if stack else None
            current = SectionSpec(None, block.text.rstrip(":"), level, parent, block.line)
            sections.append(current)
            stack.append((level, len(sections) - 1))
            part = None
            continue
        if current is None:
            current = SectionSpec(None, title, 1, None, block.line)
            sections.append(current)
        current.blocks.append((block, part))
    if not sections:
        sections.append(SectionSpec(None, title, 1, None, 1))
    return sections
