"""Walking WordprocessingML: which paragraphs a .docx holds and which runs make their text.

One definition for the reader (`docx.py`) and the Word writers (`rendering/docx_comments.py`,
`rendering/docx_rewrite.py`), so that line numbers and offsets of a checked .docx point at the
same characters when comments are anchored or text is replaced.

- Paragraphs: body paragraphs in order, the paragraphs of table cells row by row (a merged
  cell once, nested tables inside their cell) and of block-level content controls (`w:sdt`,
  which is how Word wraps a table of contents).
- Text: the runs of a paragraph, also those inside hyperlinks, tracked insertions, fields,
  smart tags, content controls and custom XML; deleted text (tracked deletions) is not text.
  A line break inside a paragraph counts as one space, so a paragraph stays one line.
"""

from __future__ import annotations

from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TEXT_TAGS = frozenset(W + t for t in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab"))
# Elements inside a paragraph whose runs are part of its visible text.
RUN_CONTAINERS = frozenset(W + t for t in ("hyperlink", "ins", "smartTag", "fldSimple",
                                           "customXml", "sdt", "sdtContent", "moveTo"))
# Elements inside the body or a cell that hold paragraphs.
BLOCK_CONTAINERS = frozenset(W + t for t in ("sdt", "sdtContent", "customXml"))


def body_paragraphs(document: Any) -> list[Any]:
    """The `w:p` elements of a python-docx document, in reading order (see the module)."""
    return list(_paragraphs_in(document.element.body))


def _paragraphs_in(container: Any) -> Any:
    for child in container.iterchildren():
        if child.tag == W + "p":
            yield child
        elif child.tag == W + "tbl":
            yield from _table_paragraphs(child)
        elif child.tag in BLOCK_CONTAINERS:
            yield from _paragraphs_in(child)


def _table_paragraphs(table: Any) -> Any:
    """Paragraphs of every cell, row by row; a cell merged downwards (`w:vMerge` without
    "restart") continues the cell above it and holds no text of its own."""
    for row in table.iterchildren(W + "tr"):
        for cell in _cells(row):
            props = cell.find(W + "tcPr")
            merge = props.find(W + "vMerge") if props is not None else None
            if merge is not None and merge.get(W + "val", "continue") != "restart":
                continue
            yield from _paragraphs_in(cell)


def _cells(row: Any) -> Any:
    for child in row.iterchildren():
        if child.tag == W + "tc":
            yield child
        elif child.tag in BLOCK_CONTAINERS:
            yield from _cells(child)


def text_runs(p: Any) -> list[Any]:
    """The `w:r` elements whose text is the paragraph's text, in order."""
    runs: list[Any] = []

    def visit(parent: Any) -> None:
        for child in parent.iterchildren():
            if child.tag == W + "r":
                runs.append(child)
            elif child.tag in RUN_CONTAINERS:
                visit(child)

    visit(p)
    return runs


def piece_text(element: Any) -> str:
    """The text one child of a run adds: `w:t` its text, a tab "\\t", a line break or carriage
    return " " (one character, so offsets hold; page and column breaks nothing), a
    non-breaking hyphen "-", anything else nothing."""
    tag = element.tag
    if tag not in TEXT_TAGS:
        return ""
    if tag == W + "t":
        return element.text or ""
    if tag in (W + "tab", W + "ptab"):
        return "\t"
    if tag == W + "br":
        return " " if element.get(W + "type", "textWrapping") == "textWrapping" else ""
    if tag == W + "cr":
        return " "
    return "-"


def run_text(r: Any) -> str:
    return "".join(piece_text(c) for c in r.iterchildren())


def paragraph_text(p: Any) -> str:
    return "".join(run_text(r) for r in text_runs(p))


def paragraph_texts(paragraphs: list[Any]) -> tuple[list[int], list[str]]:
    """The text of every paragraph and where it starts in their text joined by newlines
    (the text a .docx is checked on: one paragraph per line)."""
    starts, texts, offset = [], [], 0
    for p in paragraphs:
        text = paragraph_text(p)
        starts.append(offset)
        texts.append(text)
        offset += len(text) + 1
    return starts, texts
