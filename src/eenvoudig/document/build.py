"""Build `Document`s from sources: blocks → sections → tokens → sentences.

All block texts of all documents go through spaCy's tokenizer in one `pipe` call.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from pathlib import PurePath

from ..language.pipeline import tokenizer_pipeline
from .blocks import RawBlock
from .cleanup import clean_blocks
from .docx import parse_docx
from .html import parse_html
from .markdown import parse_markdown
from .model import Block, Document, Section, Sentence, Token
from .reading import Source
from .sections import SectionSpec, recover_sections
from .sentences import sentence_bounds

WORD_SYMBOLS = frozenset({"€", "$", "£", "&", "%", "§", "+", "="})


_ALNUM = re.compile(r"[^\W_]")


@lru_cache(maxsize=100_000)
def is_word(text: str) -> bool:
    """A token counts as a word when a reader reads it as one: letters, numbers, amounts, €."""
    return text in WORD_SYMBOLS or _ALNUM.search(text) is not None


def _parse(source: Source) -> tuple[list[RawBlock], str, str]:
    if source.format == "docx":
        return parse_docx(source.data, source.name)
    if source.format == "html":
        blocks, title = parse_html(source.text)
        return blocks, source.text, title
    return parse_markdown(source.text, markdown=source.format == "markdown"), source.text, ""


def build_documents(sources: Iterable[Source]) -> list[Document]:
    """Build one `Document` per source; tokenisation runs over all of them in one pass."""
    prepared: list[tuple[Source, str, str, list[SectionSpec]]] = []
    texts: list[str] = []
    for source in sources:
        raw, text, meta_title = _parse(source)
        fallback = meta_title or (PurePath(source.name).stem if source.name != "-" else "Tekst")
        title, specs = recover_sections(clean_blocks(raw), fallback_title=fallback)
        if meta_title and source.format == "docx":
            title = meta_title
        prepared.append((source, text, title, specs))
        texts.extend(block.text for spec in specs for block, _ in spec.blocks)

    nlp = tokenizer_pipeline()
    docs = iter(nlp.tokenizer.pipe(texts, batch_size=256))
    documents = []
    for source, text, title, specs in prepared:
        line_starts = _line_starts(text)
        sections = []
        for spec in specs:
            blocks = tuple(
                _block(raw, part, next(docs), line_starts) for raw, part in spec.blocks
            )
            sections.append(Section(spec.number, spec.title, spec.level, spec.parent,
                                    spec.line, blocks))
        documents.append(Document(source.name, source.format, title, tuple(sections),
                                  source.notes, text))
    return documents


def build_document(source: Source) -> Document:
    """Build the `Document` of one source."""
    return build_documents([source])[0]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def _block(raw: RawBlock, part: str | None, doc, line_starts: list[int]) -> Block:
    spacy_tokens = [t for t in doc if not t.is_space]
    tokens = [Token(t.text, t.idx, t.idx + len(t.text), is_word(t.text)) for t in spacy_tokens]
    if raw.kind == "heading":
        bounds = [(0, len(tokens))] if tokens else []
    else:
        bounds = sentence_bounds(spacy_tokens)
    sentences = []
    for start, end in bounds:
        if start >= end:
            continue
        first, last = tokens[start], tokens[end - 1]
        source_start = raw.offsets[first.start] if raw.offsets else first.start
        source_end = (raw.offsets[last.end - 1] + 1) if raw.offsets else last.end
        line_index = bisect_right(line_starts, source_start) - 1
        sentences.append(Sentence(
            text=raw.text[first.start:last.end],
            start=first.start,
            end=last.end,
            line=line_index + 1,
            column=source_start - line_starts[line_index] + 1,
            source_start=source_start,
            source_end=source_end,
            tokens=tuple(tokens[start:end]),
        ))
    return Block(raw.kind, raw.text, raw.line, raw.level, part, tuple(sentences), raw.offsets)
