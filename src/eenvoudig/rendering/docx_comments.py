"""A checked document as a Word file with a comment on every hit.

For a .docx input the writer gets their own file back: the visible text and its formatting
stay as they were, only runs are split at the edges of each hit (each part keeps a copy of the
run's formatting) so that a Word comment can be anchored on exactly the hit's characters.
Other inputs (Markdown, text, HTML, pasted text) are first laid out as a plain Word document
(headings, list items, paragraphs) and then commented the same way.

Which paragraphs and runs hold the text is decided in `document/docx_xml.py`, the same
definition the reader uses; `split_runs_at` and `runs_between` are shared with
`docx_rewrite`, which replaces text inside the same runs.
"""

from __future__ import annotations

import io
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

from .. import dutch_format as fmt
from ..checking.categories import category_of
from ..checking.model import Hit
from ..checking.priorities import ranked_groups
from ..checking.run import CheckResult
from ..document.docx_xml import (
    XML_SPACE,
    W,
    body_paragraphs,
    paragraph_texts,
    piece_text,
    run_text,
    text_runs,
)
from ..document.model import Document
from ..errors import InputError

AUTHOR = "eenvoudig"
INITIALS = "E"
SEVERITY_LABELS = {"suggestion": "tip", "warning": "waarschuwing", "error": "fout"}
SEVERITY_PLURALS = {"suggestion": "tips", "warning": "waarschuwingen", "error": "fouten"}
TOP_FIXES = 3


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str, replacement: str = "") -> str:
    """`text` with the control characters that XML (and so Word) cannot hold replaced."""
    return _NOT_XML.sub(replacement, text)


def _w(tag: str) -> str:
    return W + tag


def _split_run(r: Any, k: int) -> Any:
    """Split run `r` after its k-th character; the new right-hand run gets a copy of the
    formatting (`w:rPr`) and is inserted right after `r`. Returns the new run."""
    right = r.makeelement(r.tag, dict(r.attrib))
    rpr = r.find(W + "rPr")
    if rpr is not None:
        right.append(deepcopy(rpr))
    offset = 0
    moving = []
    for child in list(r.iterchildren()):
        if child.tag == W + "rPr":
            continue
        length = len(piece_text(child))
        if offset >= k:
            moving.append(child)
        elif offset + length > k:  # only a w:t can hold more than one character
            cut = k - offset
            text = child.text or ""
            child.text = text[:cut]
            child.set(XML_SPACE, "preserve")
            tail = child.makeelement(child.tag, {})
            tail.text = text[cut:]
            tail.set(XML_SPACE, "preserve")
            moving.append(tail)
        offset += length
    for child in moving:
        right.append(child)  # lxml moves an element that already has a parent
    r.addnext(right)
    return right


def split_runs_at(p: Any, pos: int) -> None:
    """Make sure a run of paragraph `p` starts (or ends) at character `pos` of its text."""
    offset = 0
    for r in text_runs(p):
        length = len(run_text(r))
        if offset < pos < offset + length:
            _split_run(r, pos - offset)
            return
        offset += length


def runs_between(p: Any, start: int, end: int) -> list[Any]:
    """The runs of `p` that hold characters start..end (after `split_runs_at` on both ends),
    skipping runs without text."""
    out = []
    offset = 0
    for r in text_runs(p):
        length = len(run_text(r))
        if length and offset >= start and offset + length <= end:
            out.append(r)
        offset += length
    return out


@dataclass
class _Layout:
    """Paragraph elements with the offset of each one's text in the checked text."""

    paragraphs: list[Any]
    starts: list[int]

    def locate(self, offset: int) -> tuple[int, int]:
        index = max(0, bisect_right(self.starts, offset) - 1)
        return index, offset - self.starts[index]


# --- comments ----------------------------------------------------------------------------


def _quote(suggestion: str) -> str:
    return f"'{suggestion}'" if suggestion else "(weglaten)"


def comment_text(hit: Hit) -> str:
    """The comment on one hit: the rule's message, the suggestion, and its category
    (`checking/categories.yaml`), severity and rule."""
    lines = [hit.message]
    if hit.suggestions:
        if hit.applicable:
            shown = _join([_quote(s) for s in hit.suggestions], "of")
        else:
            shown = " ".join(hit.suggestions)
        lines.append(f"Voorstel: {shown}")
    lines.append(f"({category_of(hit).label.lower()}, "
                 f"{SEVERITY_LABELS.get(hit.severity, hit.severity)}, regel {hit.rule})")
    return "\n".join(lines)


def top_fixes(hits: Sequence[Hit], limit: int = TOP_FIXES) -> list[str]:
    """The things to fix first, as short Dutch lines, in the order of
    `checking.priorities`; a word-list group names its most frequent words as examples."""
    lines = []
    for group in ranked_groups(hits)[:limit]:
        line = f"{group.label}: {_times(len(group.hits))}"
        if group.per_word:
            counts = Counter(h.text.lower() for h in group.hits)
            words = [w for w, _ in counts.most_common(3)]
            line += ", bijvoorbeeld " + _join([f"'{w}'" for w in words])
        lines.append(line + ".")
    return lines


def _times(count: int) -> str:
    return "1 keer" if count == 1 else f"{fmt.number(count)} keer"


def _join(items: list[str], word: str = "en") -> str:
    """"'a', 'b' en 'c'"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def summary_text(result: CheckResult) -> str:
    """The comment on the title: begrijpelijkheid with what makes the text harder and what
    helps, the LiNT level, the B1-indicatie, counts and what to fix first."""
    metrics = result.analysis.metrics
    lines = []
    score = metrics.understandability
    if score is not None:
        lines.append(score.headline())
        reasons = score.reasons()
        if reasons:
            lines.append(reasons)
    else:
        lines.append("Begrijpelijkheid: niet berekend (de tekst is te kort of niet ontleed).")
    if metrics.lint_level is not None:
        share = metrics.lint_struggle_share
        extra = (f"; ongeveer {share} % van de volwassen lezers heeft moeite met een tekst op "
                 "dit niveau" if share is not None else "")
        lines.append(f"Tweede score: LiNT-niveau {metrics.lint_level} van 4 "
                     f"(LiNT-II {fmt.number(metrics.lint_score)}{extra}).")
    else:
        lines.append("LiNT-niveau: niet berekend (de tekst is niet ontleed).")
    verdict = result.verdict
    lines.append(verdict.label + (": " + "; ".join(verdict.reasons) if verdict.reasons else "")
                 + ".")
    counts = ", ".join(
        f"{fmt.number(n)} {SEVERITY_LABELS[s] if n == 1 else SEVERITY_PLURALS[s]}"
        for s in ("error", "warning", "suggestion") for n in [result.count(s)])
    lines.append(f"Gevonden: {counts}.")
    fixes = top_fixes(result.hits)
    if fixes:
        lines.append("Eerst verbeteren:")
        lines += [f"{n}. {line}" for n, line in enumerate(fixes, start=1)]
    else:
        lines.append("Eerst verbeteren: niets gevonden.")
    return "\n".join(lines)


class _Commenter:
    """Adds comments to a document's comments part and anchors them with range markers.

    python-docx's `Document.add_comment` looks for the next free id by scanning every comment
    (quadratic: 13 s for the 1,855 comments of the example agreement); this keeps the next
    id itself and writes the same XML.
    """

    def __init__(self, document: Any) -> None:
        import datetime as dt

        from docx.oxml.parser import parse_xml

        self.comments = document.comments._comments_elm  # creates the part when missing
        used = [int(c.get(W + "id")) for c in self.comments.iterchildren(W + "comment")
                if (c.get(W + "id") or "").isdigit()]
        self.next_id = max(used, default=-1) + 1
        self.date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.parse = parse_xml

    def add(self, first: Any, last: Any, text: str) -> None:
        """A comment with `text` (one paragraph per line) on runs first..last."""
        from xml.sax.saxutils import escape, quoteattr

        key = str(self.next_id)
        self.next_id += 1
        paragraphs = []
        for number, line in enumerate(text.split("\n")):
            ref = ('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/>'
                   "</w:r>") if number == 0 else ""
            line = escape(xml_safe(line))
            paragraphs.append(f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{ref}'
                              f'<w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>')
        self.comments.append(self.parse(
            f'<w:comment xmlns:w="{W[1:-1]}" w:id="{key}" w:author={quoteattr(AUTHOR)} '
            f'w:initials={quoteattr(INITIALS)} w:date="{self.date}">{"".join(paragraphs)}'
            "</w:comment>"))
        first.addprevious(first.makeelement(W + "commentRangeStart", {W + "id": key}))
        reference = last.makeelement(W + "r", {})
        rpr = reference.makeelement(W + "rPr", {})
        rpr.append(rpr.makeelement(W + "rStyle", {W + "val": "CommentReference"}))
        reference.append(rpr)
        reference.append(reference.makeelement(W + "commentReference", {W + "id": key}))
        last.addnext(reference)
        last.addnext(last.makeelement(W + "commentRangeEnd", {W + "id": key}))


def _anchor(commenter: _Commenter, layout: _Layout, start: int, end: int, text: str) -> bool:
    """Anchor a comment on characters start..end of the laid-out text; False when there is
    no text there to anchor on."""
    if end <= start:
        return False
    first_index, first_pos = layout.locate(start)
    last_index, last_end = layout.locate(end - 1)
    last_end += 1
    first_p, last_p = layout.paragraphs[first_index], layout.paragraphs[last_index]
    split_runs_at(first_p, first_pos)
    split_runs_at(last_p, last_end)
    if first_p is last_p:
        runs = runs_between(first_p, first_pos, last_end)
        if not runs:
            return False
        first, last = runs[0], runs[-1]
    else:
        head = runs_between(first_p, first_pos, 1 << 30)
        tail = runs_between(last_p, 0, last_end)
        if not head or not tail:
            return False
        first, last = head[0], tail[-1]
    commenter.add(first, last, text)
    return True


def _anchor_paragraph(commenter: _Commenter, p: Any, text: str) -> bool:
    runs = [r for r in text_runs(p) if run_text(r)]
    if not runs:
        return False
    commenter.add(runs[0], runs[-1], text)
    return True


def _title_paragraph(paragraphs: list[Any]) -> Any | None:
    """The first heading (Title or Heading style) with text, else the first paragraph with
    text."""
    with_text = [p for p in paragraphs if any(run_text(r).strip() for r in text_runs(p))]
    for p in with_text:
        style = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        value = (style.get(_w("val")) if style is not None else "") or ""
        if re.match(r"(?i)^(title|titel|heading\s*\d|kop\s*\d)$", value.strip()):
            return p
    return with_text[0] if with_text else None


def _comment_all(document: Any, layout: _Layout, result: CheckResult) -> None:
    title = _title_paragraph(layout.paragraphs)
    if title is None:
        raise InputError("Het document heeft geen tekst om opmerkingen bij te zetten.")
    commenter = _Commenter(document)
    _anchor_paragraph(commenter, title, summary_text(result))
    for hit in sorted(result.hits, key=lambda h: (h.start, -h.end)):
        if not _anchor(commenter, layout, hit.start, hit.end, comment_text(hit)):
            # Nowhere to anchor (should not happen): keep the comment, on the title.
            _anchor_paragraph(commenter, title, comment_text(hit))


def _save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def commented_docx(result: CheckResult) -> bytes:
    """The checked document as .docx bytes, with a comment on every hit and one on the
    title (see `summary_text`)."""
    doc = result.analysis.document
    if doc.format == "docx" and doc.original:
        import docx

        document = docx.Document(io.BytesIO(doc.original))
        paragraphs = body_paragraphs(document)
        starts, texts = paragraph_texts(paragraphs)
        layout = _Layout(paragraphs, starts)
        if "\n".join(texts) != doc.text:
            raise InputError(f"{doc.source} is veranderd sinds de controle; controleer het "
                             "Word-bestand opnieuw.")
    else:
        document, layout = _laid_out(doc)
    _comment_all(document, layout, result)
    return _save(document)


# --- a Word document from any input ------------------------------------------------------

PART_LABELS = {"principes": "Principes", "acties": "Acties"}


def list_style(level: int) -> str:
    """The built-in bullet style for a list item at `level` (1–3)."""
    return "List Bullet" if level <= 1 else f"List Bullet {min(level, 3)}"


def new_document(title: str) -> Any:
    """An empty python-docx document with its title in the core properties."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = AUTHOR
    return document


def _laid_out(doc: Document) -> tuple[Any, _Layout]:
    """A plain Word document of `doc` (title, section headings, parts, paragraphs, list
    items) and the positions of its block texts, so hits (source offsets) can be anchored."""
    document = new_document(doc.title)
    paragraphs: list[Any] = []
    # Map every source offset of a block character to (paragraph, position in it).
    positions: dict[int, tuple[int, int]] = {}

    def add(text: str, style: str | None, bold: bool = False) -> Any:
        paragraph = document.add_paragraph(style=style)
        run = paragraph.add_run(xml_safe(text, "\ufffd"))  # same length: offsets hold
        if bold:
            run.bold = True
        paragraphs.append(paragraph._p)
        return paragraph

    add(doc.title, "Title")
    for section in doc.sections:
        heading = f"{section.number} {section.title}" if section.number else section.title
        if section.shows_heading:
            add(heading, f"Heading {min(9, max(1, section.level))}")
        part = None
        for block in section.blocks:
            if block.part != part and block.part in PART_LABELS:
                part = block.part
                add(PART_LABELS[part], None, bold=True)
            if block.kind == "heading":
                add(block.text, f"Heading {min(9, section.level + 1)}")
            elif block.kind == "item":
                add(block.text, list_style(block.level))
            else:
                add(block.text, None)
            index = len(paragraphs) - 1
            for position in range(len(block.text)):
                positions.setdefault(block.source_offset(position), (index, position))
    return document, _MappedLayout(paragraphs, positions)


class _MappedLayout(_Layout):
    """A layout whose offsets are the source offsets of the block characters (the laid-out
    document has other text between blocks: title, headings, part labels)."""

    def __init__(self, paragraphs: list[Any], positions: dict[int, tuple[int, int]]) -> None:
        super().__init__(paragraphs, [])
        self.positions = positions
        self.known = sorted(positions)

    def locate(self, offset: int) -> tuple[int, int]:
        if offset in self.positions:
            return self.positions[offset]
        if not self.known:
            return 0, 0
        return self.positions[self.known[max(0, bisect_right(self.known, offset) - 1)]]

