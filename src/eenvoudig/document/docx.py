"""Read a Word document (.docx) into raw blocks with python-docx.

Headings come from the paragraph styles ("Heading 1", "Kop 1", "Title", "Titel"), list items
from list styles or Word numbering (a numbered item keeps its number or letter, counted as
Word counts it); table cells become paragraphs (which paragraphs and runs
count is decided in `docx_xml`, shared with the Word writers). The "line" of a block is
the number of its paragraph in the document, and offsets point into the document's text with
one paragraph per line.
"""

from __future__ import annotations

import io
import re
from array import array
from typing import Any

from ..errors import InputError
from .blocks import RawBlock, collapse_whitespace
from .docx_xml import body_paragraphs, paragraph_text

_HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*(\d)$", re.I)


def parse_docx(data: bytes, name: str) -> tuple[list[RawBlock], str, str]:
    """Return the raw blocks, the plain text (one paragraph per line) and the title."""
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on corrupt files
        raise InputError(f"{name} kan niet als Word-bestand worden gelezen ({exc}).") from None

    paragraphs: list[tuple[str, str, int, str]] = []  # (kind, text, level, marker)
    numbering = _Numbering(document)
    style_numbering: dict[str | None, Any] = {}  # a list style's own numbering ("List Number")
    style_names: dict[str | None, str] = {}  # looking a style up scans all styles: once each
    for element in body_paragraphs(document):
        style_id = element.style
        if style_id not in style_names:
            paragraph_style = Paragraph(element, document).style
            style_names[style_id] = (
                paragraph_style.name if paragraph_style is not None else "") or ""
        style = style_names[style_id]
        text = paragraph_text(element)
        heading = _HEADING_STYLE.match(style.strip())
        ppr = element.pPr
        if ppr is None or ppr.find(qn("w:numPr")) is None:
            ppr = style_numbering.setdefault(style_id, _style_ppr(document, element))
        numbered = ppr is not None and ppr.find(qn("w:numPr")) is not None
        if heading:
            paragraphs.append(("heading", text, int(heading.group(1)), ""))
        elif style.strip().lower() in ("title", "titel"):
            paragraphs.append(("heading", text, 1, ""))
        elif numbered or "list" in style.lower() or "lijst" in style.lower():
            level, marker = 1, ""
            if numbered:
                num_pr = ppr.find(qn("w:numPr"))
                ilvl = num_pr.find(qn("w:ilvl"))
                if ilvl is not None and ilvl.get(qn("w:val"), "0").isdigit():
                    level = int(ilvl.get(qn("w:val"), "0")) + 1
                num_id = num_pr.find(qn("w:numId"))
                if num_id is not None:
                    marker = numbering.next(num_id.get(qn("w:val"), ""), level - 1)
            paragraphs.append(("item", text, level, marker))
        else:
            paragraphs.append(("paragraph", text, 0, ""))

    blocks: list[RawBlock] = []
    lines: list[str] = []
    offset = 0
    for number, (kind, text, level, marker) in enumerate(paragraphs, start=1):
        lines.append(text)
        cleaned, offsets = collapse_whitespace(text, array("l", range(offset, offset + len(text))))
        if cleaned:
            blocks.append(RawBlock(kind, cleaned, number, level, offsets, "", text,
                                   marker=marker))
        offset += len(text) + 1
    title = (document.core_properties.title or "").strip()
    return blocks, "\n".join(lines), title


def _style_ppr(document: Any, element: Any) -> Any:
    """The paragraph properties of a paragraph's style when they hold numbering."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    style = Paragraph(element, document).style
    ppr = style.element.pPr if style is not None else None
    return ppr if ppr is not None and ppr.find(qn("w:numPr")) is not None else None


_LETTERS = {"lowerLetter": "a", "upperLetter": "A"}
_NUMBERS = frozenset({"decimal", "decimalZero", "lowerRoman", "upperRoman", "ordinal",
                      "cardinalText", "ordinalText"})


class _Numbering:
    """Word's list numbering: the number or letter each numbered paragraph shows, counted
    per list (w:numId) and level as Word does (a deeper level restarts after a higher one)."""

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[str, dict[int, tuple[str, int, str]]] = {}  # numId → level → format
        self.counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, int, str]]] = {}
        for definition in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in definition.findall(qn("w:lvl")):
                levels[self._int(lvl.get(qn("w:ilvl")), 0)] = self._level(lvl)
            abstract[definition.get(qn("w:abstractNumId"), "")] = levels
        for num in root.findall(qn("w:num")):
            levels = dict(abstract.get(self._val(num, "w:abstractNumId") or "", {}))
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = self._int(override.get(qn("w:ilvl")), 0)
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    levels[ilvl] = self._level(lvl)
                start = self._val(override, "w:startOverride")
                if start is not None and ilvl in levels:
                    fmt, _, text = levels[ilvl]
                    levels[ilvl] = (fmt, self._int(start, 1), text)
            self.levels[num.get(qn("w:numId"), "")] = levels

    def _level(self, lvl: Any) -> tuple[str, int, str]:
        return (self._val(lvl, "w:numFmt") or "decimal", self._int(self._val(lvl, "w:start"), 1),
                self._val(lvl, "w:lvlText") or "%1.")

    def _val(self, element: Any, tag: str) -> str | None:
        child = element.find(self.qn(tag))
        return None if child is None else child.get(self.qn("w:val"))

    @staticmethod
    def _int(value: str | None, default: int) -> int:
        return int(value) if value is not None and value.isdigit() else default

    def next(self, num_id: str, ilvl: int) -> str:
        """The marker of the next paragraph of list `num_id` at level `ilvl` ("3.", "b)");
        "" for a bullet."""
        fmt, start, text = self.levels.get(num_id, {}).get(ilvl, ("bullet", 1, ""))
        counts = self.counts.setdefault(num_id, {})
        for deeper in [level for level in counts if level > ilvl]:
            del counts[deeper]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        value = counts[ilvl]
        sign = ")" if text.rstrip().endswith(")") else "."
        if fmt in _LETTERS and 1 <= value <= 26:
            letter = chr(ord("a") + value - 1)
            return f"{letter.upper() if _LETTERS[fmt] == 'A' else letter}{sign}"
        if fmt in _NUMBERS or fmt in _LETTERS:
            return f"{value}{sign}"
        return ""
