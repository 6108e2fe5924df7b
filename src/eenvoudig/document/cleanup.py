"""Drop page-break residue and repair broken list items before sections are recovered.

Documents converted from PDF carry the furniture of pages: `---` lines, lone page numbers,
running headers that repeat on every page, and bullet items whose second half ended up after
a blank line. None of it is text a reader reads, so none of it should be scored.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .blocks import RawBlock

_PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|blz\.?|page)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"(?:\s*(?:/|van|of)\s*\d{1,4})?$",
    re.I,
)
_SENTENCE_END = (".", "!", "?", ";", ":", "…")
RUNNING_HEADER_MIN_REPEATS = 3
RUNNING_HEADER_MAX_WORDS = 4


def clean_blocks(blocks: list[RawBlock]) -> list[RawBlock]:
    """Remove residue blocks and join list items broken over a blank line."""
    repeats = Counter(
        _norm(b.text) for b in blocks if b.kind == "paragraph" and _header_like(b.text)
    )
    kept: list[RawBlock] = []
    joins: dict[int, list[RawBlock]] = {}  # the continuations of kept items, joined at the end
    pending: tuple[str, ...] = ()
    for block in blocks:
        if block.kind == "comment":
            pending += suppressed_ids(block.text)
            continue
        if block.kind in ("break", "code"):
            continue
        if pending:
            block = replace(block, suppress=block.suppress + pending)
            pending = ()
        if block.kind == "paragraph" and is_page_number(block.text):
            continue
        if (
            block.kind == "paragraph"
            and _header_like(block.text)
            and repeats[_norm(block.text)] >= RUNNING_HEADER_MIN_REPEATS
        ):
            continue
        last = len(kept) - 1
        if (
            block.kind == "paragraph"
            and kept
            and kept[-1].kind == "item"
            and block.text[:1].islower()
            and not (joins[last][-1] if last in joins else kept[-1]).text.endswith(
                _SENTENCE_END)
        ):
            joins.setdefault(last, []).append(block)
            continue
        kept.append(block)
    for index, continuations in joins.items():
        kept[index] = kept[index].joined(*continuations)
    return kept


_SUPPRESS = re.compile(r"eenvoudig\s*:\s*negeer\b(?P<ids>[^>]*?)(?:-->|$)", re.I | re.S)


def suppressed_ids(comment: str) -> tuple[str, ...]:
    """Rule ids in `<!-- eenvoudig: negeer ID ID -->`; "*" when none are named."""
    match = _SUPPRESS.search(comment)
    if not match:
        return ()
    ids = tuple(i for i in re.split(r"[\s,]+", match.group("ids").strip()) if i)
    return ids or ("*",)


def is_page_number(text: str) -> bool:
    """A line that is only a page number: "3", "- 3 -", "Pagina 3 van 12", "blz. 3", "3/12"."""
    return _PAGE_NUMBER.match(text.strip()) is not None


def _header_like(text: str) -> bool:
    return (
        len(text.split()) <= RUNNING_HEADER_MAX_WORDS
        and not any(ch in text for ch in ".!?;:,")
        and any(ch.isalpha() for ch in text)
    )


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())
