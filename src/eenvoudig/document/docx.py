"""Read a Word document (.docx) into raw blocks with python-docx.

Headings come from the paragraph styles ("Heading 1", "Kop 1", "Title", "Titel"), list items
from list styles or Word numbering; table cells become paragraphs (which paragraphs and runs
count is decided in `docx_xml`, shared with the Word writers). The "line" of a block is
the number of its paragraph in the document, and offsets point into the document's text with
one paragraph per line.
"""

from __future__ import annotations

import io
import re
from array import array

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

    paragraphs: list[tuple[str, str, int]] = []  # (kind, text, level)
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
        numbered = ppr is not None and ppr.find(qn("w:numPr")) is not None
        if heading:
            paragraphs.append(("heading", text, int(heading.group(1))))
        elif style.strip().lower() in ("title", "titel"):
            paragraphs.append(("heading", text, 1))
        elif numbered or "list" in style.lower() or "lijst" in style.lower():
            level = 1
            if numbered:
                ilvl = ppr.find(qn("w:numPr")).find(qn("w:ilvl"))
                if ilvl is not None and ilvl.get(qn("w:val"), "0").isdigit():
                    level = int(ilvl.get(qn("w:val"), "0")) + 1
            paragraphs.append(("item", text, level))
        else:
            paragraphs.append(("paragraph", text, 0))

    blocks: list[RawBlock] = []
    lines: list[str] = []
    offset = 0
    for number, (kind, text, level) in enumerate(paragraphs, start=1):
        lines.append(text)
        cleaned, offsets = collapse_whitespace(text, array("l", range(offset, offset + len(text))))
        if cleaned:
            blocks.append(RawBlock(kind, cleaned, number, level, offsets, "", text))
        offset += len(text) + 1
    title = (document.core_properties.title or "").strip()
    return blocks, "\n".join(lines), title
