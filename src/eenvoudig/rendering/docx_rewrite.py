"""The B1 version of a document as a Word file.

With the original .docx, the writer's own file is the starting point: only the words that
the rewrite changed are replaced, in place, so paragraph styles, numbering, alignment,
tables and the formatting of every unchanged word stay as they were, and paragraphs without
changes stay byte for byte the same. A changed stretch of words takes the formatting of the
run it starts in. Sentences that were cut in two stay in their paragraph. "Principes" and
"Acties" marker lines become "Waarom?" and "Wat gaan we doen?", and every section that still
uses hard words ends with its "Moeilijke woorden" in the document's normal paragraph style.

Without a .docx original a new Word document is built from the rewrite: the title, the
section headings (Heading 1–9, with their numbers), paragraphs, bullet lists and numbered
lists (Word numbering that shows each item's own number or letter), with every web and e-mail
address as a link.
"""

from __future__ import annotations

import difflib
import io
import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from ..document.docx_xml import (
    TEXT_TAGS,
    XML_SPACE,
    W,
    body_paragraphs,
    paragraph_texts,
    run_text,
    text_runs,
)
from ..document.model import Document
from ..document.sections import PART_MARKERS
from ..errors import InputError
from ..rewriting.model import BlockRewrite, Rewrite, SectionRewrite, SentenceRewrite
from ..rewriting.output import PART_TITLES
from ..templating import ADDRESS
from .docx_comments import list_style, new_document, runs_between, split_runs_at

GLOSSARY_TITLE = "Moeilijke woorden"
_WORD = re.compile(r"\S+")


def _w(tag: str) -> str:
    return W + tag


def rewrite_docx(rewrite: Rewrite, original: Document | None = None,
                 on_note: Callable[[str], None] | None = None) -> bytes:
    """The B1 version as .docx bytes; see the module docstring. `on_note` hears, in Dutch,
    of every rewritten sentence that could not be placed in the original file."""
    data, notes = build_rewrite_docx(rewrite, original)
    if on_note is not None:
        for note in notes:
            on_note(note)
    return data


def build_rewrite_docx(rewrite: Rewrite, original: Document | None = None
                       ) -> tuple[bytes, list[str]]:
    """The .docx bytes and, in Dutch, the rewritten sentences that could not be placed in the
    original file (they keep their original text there)."""
    if original is not None and original.format == "docx" and original.original:
        document, notes = _edit_original(rewrite, original)
    else:
        document, notes = _new_document(rewrite), []
    document.core_properties.title = rewrite.title
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), notes


# --- editing the writer's own file -------------------------------------------------------


def _edit_original(rewrite: Rewrite, original: Document) -> tuple[Any, list[str]]:
    import docx

    document = docx.Document(io.BytesIO(original.original))
    paragraphs = body_paragraphs(document)
    starts, texts = paragraph_texts(paragraphs)
    if "\n".join(texts) != original.text:
        raise InputError(f"{original.source} is veranderd sinds het lezen; maak de B1-versie "
                         "opnieuw.")
    line_starts = [0] + [m.end() for m in re.finditer("\n", original.text)]

    def paragraph_of(line: int) -> int:
        position = line_starts[min(max(line, 1), len(line_starts)) - 1]
        return max(0, bisect_right(starts, position) - 1)

    by_paragraph: dict[int, list[SentenceRewrite]] = {}
    for sentence in rewrite.sentences:
        by_paragraph.setdefault(paragraph_of(sentence.line), []).append(sentence)

    notes: list[str] = []
    done: set[int] = set()
    for index, sentences in by_paragraph.items():
        p = paragraphs[index]
        if id(p) in done or all(s.text == s.original for s in sentences):
            continue
        done.add(id(p))
        changes, missing = _paragraph_changes(texts[index], sentences)
        notes += [f"r. {s.line}: zin niet teruggevonden in het Word-bestand; daar staat nog "
                  f"de oorspronkelijke tekst ('{s.original[:60]}')." for s in missing]
        for start, end, text in sorted(changes, reverse=True):
            replace_text(p, start, end, text)

    for section in rewrite.sections:  # plain headings: no capitals, "en" for "&"
        if not section.title_edits:
            continue
        first, last = section.title_edits[0], section.title_edits[-1]
        index = paragraph_of(first.line)
        at = texts[index].find(first.original)
        if at >= 0 and id(paragraphs[index]) not in done:
            done.add(id(paragraphs[index]))
            replace_text(paragraphs[index], at, at + len(first.original), last.replacement)

    if any(s.part for s in rewrite.sentences):
        for p, text in zip(paragraphs, texts, strict=True):
            key = text.strip().rstrip(":").strip().casefold()
            if key in PART_MARKERS and id(p) not in done:
                done.add(id(p))
                replace_text(p, 0, len(text), PART_TITLES[PART_MARKERS[key]])

    _add_glossaries(document, rewrite, original, paragraphs)
    return document, notes


def _paragraph_changes(text: str, sentences: list[SentenceRewrite]
                       ) -> tuple[list[tuple[int, int, str]], list[SentenceRewrite]]:
    """The replacements (start, end, new text) in a paragraph's text that turn each
    sentence's original into its rewrite, word by word so that unchanged words keep their
    own runs; and the changed sentences that were not found in the text."""
    changes: list[tuple[int, int, str]] = []
    missing: list[SentenceRewrite] = []
    cursor = 0
    for sentence in sentences:
        words = sentence.original.split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        match = re.compile(pattern).search(text, cursor)
        if match is None:
            if sentence.text != sentence.original:
                missing.append(sentence)
            continue
        cursor = match.end()
        if sentence.text == sentence.original:
            continue
        spans = [(m.start() + match.start(), m.end() + match.start())
                 for m in _WORD.finditer(match.group())]
        changes += _word_changes(words, sentence.text.split(), spans)
    return changes, missing


def _word_changes(old: list[str], new: list[str], spans: list[tuple[int, int]]
                  ) -> list[tuple[int, int, str]]:
    """Character replacements for the word-level differences between `old` and `new`;
    `spans` are the positions of the old words in the paragraph text."""
    changes = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        words = " ".join(new[j1:j2])
        if op == "equal":
            continue
        if op == "replace":
            changes.append((spans[i1][0], spans[i2 - 1][1], words))
        elif op == "delete":
            if i2 < len(old):
                changes.append((spans[i1][0], spans[i2][0], ""))
            elif i1 > 0:
                changes.append((spans[i1 - 1][1], spans[i2 - 1][1], ""))
            else:
                changes.append((spans[i1][0], spans[i2 - 1][1], ""))
        elif i1 < len(old):  # insert before old word i1
            changes.append((spans[i1][0], spans[i1][0], words + " "))
        else:
            changes.append((spans[-1][1], spans[-1][1], " " + words))
    return changes


def _new_t(parent: Any, text: str) -> Any:
    t = parent.makeelement(_w("t"), {})
    t.text = text
    t.set(XML_SPACE, "preserve")
    return t


def replace_text(p: Any, start: int, end: int, text: str) -> None:
    """Replace characters start..end of paragraph `p` by `text`. The new text goes into the
    first run of the stretch (keeping its formatting); the other runs of the stretch lose
    their text and are removed when nothing else is left in them."""
    split_runs_at(p, start)
    split_runs_at(p, end)
    runs = runs_between(p, start, end) if end > start else []
    if not runs:
        _insert_text(p, start, text)
        return
    for number, r in enumerate(runs):
        pieces = [c for c in r.iterchildren() if c.tag in TEXT_TAGS]
        if number == 0 and text:
            pieces[0].addprevious(_new_t(r, text))
        for piece in pieces:
            r.remove(piece)
        if number > 0 or not text:
            _drop_if_empty(r)


def _insert_text(p: Any, position: int, text: str) -> None:
    """Insert `text` at `position`: at the end of the run before it, or at the start of the
    first run (a new run when the paragraph has none)."""
    if not text:
        return
    offset = 0
    previous = None
    for r in text_runs(p):
        length = len(run_text(r))
        if length and offset + length == position:
            previous = r
        if length and offset == position and previous is None:
            first_text = next(c for c in r.iterchildren() if c.tag in TEXT_TAGS)
            first_text.addprevious(_new_t(r, text))
            return
        offset += length
    if previous is not None:
        previous.append(_new_t(previous, text))
        return
    r = p.makeelement(_w("r"), {})
    r.append(_new_t(r, text))
    p.append(r)


def _drop_if_empty(r: Any) -> None:
    if any(c.tag != _w("rPr") for c in r.iterchildren()):
        return
    parent = r.getparent()
    parent.remove(r)
    if parent.tag == _w("hyperlink") and parent.find(_w("r")) is None:
        parent.getparent().remove(parent)


def _add_glossaries(document: Any, rewrite: Rewrite, original: Document,
                    paragraphs: list[Any]) -> None:
    """Each section's "Moeilijke woorden" right before the next section's heading (or at the
    end of the document), in the normal paragraph style."""
    sections = original.sections
    if len(sections) != len(rewrite.sections):
        return
    body = document.element.body
    for index, section in enumerate(rewrite.sections):
        if not section.glossary:
            continue
        anchor = None
        for later in sections[index + 1:]:
            if 1 <= later.line <= len(paragraphs):
                anchor = _body_child(paragraphs[later.line - 1], body)
                break
        for p in _glossary_paragraphs(document, section):
            if anchor is not None:
                anchor.addprevious(p)
            else:
                sect = body.find(_w("sectPr"))
                if sect is not None:
                    sect.addprevious(p)
                else:
                    body.append(p)


def _body_child(element: Any, body: Any) -> Any:
    while element.getparent() is not None and element.getparent() is not body:
        element = element.getparent()
    return element


def _glossary_paragraphs(document: Any, section: SectionRewrite) -> list[Any]:
    from docx.text.paragraph import Paragraph

    body = document.element.body
    made = []
    heading = Paragraph(body.makeelement(_w("p"), {}), document._body)
    heading.add_run(GLOSSARY_TITLE).bold = True
    made.append(heading._p)
    for term, explanation in section.glossary:
        line = Paragraph(body.makeelement(_w("p"), {}), document._body)
        line.add_run(term).bold = True
        line.add_run(f": {explanation}")
        made.append(line._p)
    return made


# --- a new document ----------------------------------------------------------------------


def _new_document(rewrite: Rewrite) -> Any:
    document = new_document(rewrite.title)
    document.add_paragraph(rewrite.title, style="Title")
    numbering = _ListNumbering(document)
    for section in rewrite.sections:
        title = f"{section.number} {section.title}" if section.number else section.title
        if section.shows_heading:
            document.add_paragraph(title, style=f"Heading {min(9, max(1, section.level))}")
        part = None
        for block in section.blocks:
            if block.kind != "item":
                numbering.end_list()
            if block.part != part and block.part in PART_TITLES:
                part = block.part
                document.add_paragraph().add_run(PART_TITLES[part]).bold = True
            if block.kind == "item" and block.list_kind:
                paragraph = _with_links(document.add_paragraph(style=_number_style(block.level)),
                                        block.text)
                numbering.number(paragraph, block)
            elif block.kind == "item":
                numbering.end_list()
                _with_links(document.add_paragraph(style=list_style(block.level)), block.text)
            elif block.kind == "heading":
                document.add_paragraph(block.text,
                                       style=f"Heading {min(9, max(1, section.level) + 1)}")
            elif block.text:
                _with_links(document.add_paragraph(), block.text)
        numbering.end_list()
        if section.glossary:
            document.add_paragraph().add_run(GLOSSARY_TITLE).bold = True
            for term, explanation in section.glossary:
                line = document.add_paragraph(style=list_style(1))
                line.add_run(term).bold = True
                line.add_run(f": {explanation}")
    return document


def _number_style(level: int) -> str:
    return "List Number" if level <= 1 else f"List Number {min(level, 3)}"


def _with_links(paragraph: Any, text: str) -> Any:
    """Fill a new paragraph with `text`, every web and e-mail address a link."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.ns import qn

    position = 0
    for match in ADDRESS.finditer(text):
        if match.start() > position:
            paragraph.add_run(text[position:match.start()])
        address = match.group(0)
        target = address if "://" in address else f"mailto:{address}"
        r_id = paragraph.part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = paragraph._p.makeelement(qn("w:hyperlink"), {qn("r:id"): r_id})
        run = paragraph.add_run(address)
        run.underline = True
        run.font.color.rgb = _link_colour()
        link.append(run._r)  # moves the run into the link
        paragraph._p.append(link)
        position = match.end()
    if position < len(text):
        paragraph.add_run(text[position:])
    return paragraph


def _link_colour() -> Any:
    from docx.shared import RGBColor

    return RGBColor(0x05, 0x63, 0xC1)


_WORD_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter"}


class _ListNumbering:
    """Word numbering for numbered items: one list (w:num) per run of items, on the
    abstract numbering of the "List Number" style, that starts at the first item's number and
    counts in its kind (1, a, A) and sign ("." or ")"); an item whose number does not follow
    on the one before starts a list of its own, so every item shows its own number."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.current: tuple[str, str, int] | None = None  # kind, sign, level
        self.next_value = 0
        self.num_id = ""

    def end_list(self) -> None:
        self.current = None

    def number(self, paragraph: Any, block: BlockRewrite) -> None:
        from ..document.blocks import ordinal

        found = ordinal(block.marker)
        if found is None:
            return
        kind, value, sign = found
        key = (kind, sign, block.level)
        if key != self.current or value != self.next_value:
            self.num_id = self._new_list(paragraph, kind, value, sign)
            self.current = key
        self.next_value = value + 1
        ppr = paragraph._p.get_or_add_pPr()
        num_pr = ppr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = int(self.num_id)

    def _new_list(self, paragraph: Any, kind: str, start: int, sign: str) -> str:
        """A new w:num: the style's abstract numbering, its first level (indents and all)
        with this list's start, kind and sign."""
        from copy import deepcopy

        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls, qn

        numbering = self.document.part.numbering_part.element
        style_ppr = paragraph.style.element.pPr
        style_num = style_ppr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
        nums = numbering.findall(qn("w:num"))
        abstract_id = next(n for n in nums if n.get(qn("w:numId")) == style_num
                           ).find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next(a for a in numbering.findall(qn("w:abstractNum"))
                        if a.get(qn("w:abstractNumId")) == abstract_id)
        num_id = str(max((int(n.get(qn("w:numId"))) for n in nums), default=0) + 1)
        num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                        f'<w:abstractNumId w:val="{abstract_id}"/>'
                        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/>'
                        f'</w:lvlOverride></w:num>')
        level = deepcopy(next(lvl for lvl in abstract.findall(qn("w:lvl"))
                              if lvl.get(qn("w:ilvl")) == "0"))
        for tag, value in (("w:start", str(start)), ("w:numFmt", _WORD_FORMATS[kind]),
                           ("w:lvlText", f"%1{sign}")):
            element = level.find(qn(tag))
            if element is None:
                element = level.makeelement(qn(tag), {})
                level.insert(0, element)
            element.set(qn("w:val"), value)
        num.find(qn("w:lvlOverride")).append(level)
        numbering.append(num)
        return num_id
