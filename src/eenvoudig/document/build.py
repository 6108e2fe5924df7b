"""Build `Document`s from sources: blocks → sections → tokens → sentences.

All block texts of all documents go through spaCy's tokenizer in one `pipe` call.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import count
from pathlib import PurePath
from typing import TYPE_CHECKING, cast

from ..language.pipeline import tokenizer_pipeline
from .blocks import RawBlock
from .cleanup import clean_blocks
from .docx import parse_docx
from .html import parse_html
from .markdown import parse_markdown
from .model import Block, BlockKind, Document, Part, Section, Sentence, Token
from .offsets import SourceMap, line_starts
from .pdf import parse_pdf
from .reading import Source
from .sections import SectionSpec, recover_sections
from .sentences import sentence_bounds

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken

# A block cut into spaCy tokens and sentences: block, part, tokens, sentence (start, end) pairs.
_CutBlock = tuple[RawBlock, Part | None, list["SpacyToken"], list[tuple[int, int]]]

WORD_SYMBOLS = frozenset({"€", "$", "£", "&", "%", "§", "+", "="})


_ALNUM = re.compile(r"[^\W_]")


@lru_cache(maxsize=100_000)
def is_word(text: str) -> bool:
    """A token counts as a word when a reader reads it as one: letters, numbers, amounts, €."""
    return text in WORD_SYMBOLS or _ALNUM.search(text) is not None


def _parse(source: Source) -> tuple[list[RawBlock], str, str]:
    if source.format == "docx":
        return parse_docx(source.data, source.name)
    if source.format == "pdf":
        return parse_pdf(source.data, source.name)
    if source.format == "html":
        blocks, title = parse_html(source.text)
    else:
        blocks, title = parse_markdown(source.text, markdown=source.format == "markdown"), ""
    if source.original:  # offsets into the file's own text: its BOM, its `\r\n`
        to_file = SourceMap(source.original)
        for block in blocks:
            block.offsets = to_file.offsets(block.offsets)
    return blocks, source.original or source.text, title


def build_documents(
    sources: Iterable[Source], *, parse: bool = False, model: str | None = None
) -> list[Document]:
    """Build one `Document` per source; tokenisation (and parsing) runs over all at once.

    With `parse=True` every sentence is tagged, lemmatised and parsed by the Dutch pipeline
    (`model`: None for eenvoudig's own, or the name of an installed spaCy pipeline).
    """
    prepared: list[tuple[Source, str, str, list[SectionSpec]]] = []
    texts: list[str] = []
    for source in sources:
        raw_blocks, text, meta_title = _parse(source)
        fallback = meta_title or (PurePath(source.name).stem
                                  if source.name not in ("-", "<tekst>") else "Tekst")
        title, specs = recover_sections(clean_blocks(raw_blocks), fallback_title=fallback)
        if meta_title and source.format == "docx":
            title = meta_title
        prepared.append((source, text, title, specs))
        texts.extend(block.text for spec in specs for block, _ in spec.blocks)

    tokenizer = cast("Tokenizer", tokenizer_pipeline().tokenizer)
    docs = iter(tokenizer.pipe(texts, batch_size=256))
    # First pass: tokens and sentence bounds of every block.
    cut: list[list[list[_CutBlock]]] = []
    for _source, _text, _title, specs in prepared:
        per_doc: list[list[_CutBlock]] = []
        for spec in specs:
            per_section: list[_CutBlock] = []
            for raw, part in spec.blocks:
                spacy_tokens = [t for t in next(docs) if not t.is_space]
                if raw.kind == "heading":
                    bounds = [(0, len(spacy_tokens))] if spacy_tokens else []
                else:
                    bounds = sentence_bounds(spacy_tokens)
                per_section.append((raw, part, spacy_tokens, bounds))
            per_doc.append(per_section)
        cut.append(per_doc)

    parses: Iterator[Doc] | None = None
    lookup: dict[tuple[str, str], str] = {}  # only read when there are parses
    if parse:
        from ..language.parser import lemma_lookup
        from ..language.parser import parse as run_parser

        lookup = lemma_lookup(model)
        sentences = (
            [(t.text, bool(t.whitespace_)) for t in tokens[a:b]]
            for per_doc in cut for per_section in per_doc
            for _raw, _part, tokens, bounds in per_section for a, b in bounds if a < b
        )
        parses = iter(run_parser(sentences, model))

    documents: list[Document] = []
    for (source, text, title, specs), per_doc in zip(prepared, cut, strict=True):
        starts = line_starts(text)
        sections: list[Section] = []
        numbers = count()
        for spec, per_section in zip(specs, per_doc, strict=True):
            blocks = tuple(
                _block(raw, part, tokens, bounds, starts, parses, lookup, numbers)
                for raw, part, tokens, bounds in per_section
            )
            shows = spec.number is not None or (spec.level > 0 and spec.title != title)
            sections.append(Section(spec.number, spec.title, spec.level, spec.parent,
                                    spec.line, blocks, shows))
        documents.append(Document(source.name, source.format, title, tuple(sections),
                                  source.notes, text, source.data))
    return documents


def parse_documents(documents: list[Document], model: str | None = None) -> list[Document]:
    """Return copies of documents with every sentence parsed (already parsed ones stay)."""
    from dataclasses import replace

    from ..language.parser import lemma_lookup
    from ..language.parser import parse as run_parser

    todo = [s for d in documents for s in d.sentences if not s.parsed]
    if not todo:
        return documents
    lookup = lemma_lookup(model)
    texts: list[list[tuple[str, bool]]] = []
    for sentence in todo:
        items: list[tuple[str, bool]] = []
        for k, token in enumerate(sentence.tokens):
            following = sentence.tokens[k + 1].start if k + 1 < len(sentence.tokens) else token.end
            items.append((token.text, following > token.end))
        texts.append(items)
    parsed = {id(s): _with_parse(s.tokens, doc, lookup)
              for s, doc in zip(todo, run_parser(texts, model), strict=True)}

    def reparsed(s: Sentence) -> Sentence:
        return replace(s, tokens=parsed[id(s)]) if id(s) in parsed else s

    return [
        replace(d, sections=tuple(
            replace(sec, blocks=tuple(
                replace(b, sentences=tuple(reparsed(s) for s in b.sentences))
                for b in sec.blocks))
            for sec in d.sections))
        for d in documents
    ]


def _block(raw: RawBlock, part: Part | None, spacy_tokens: list[SpacyToken],
           bounds: list[tuple[int, int]], line_starts: list[int], parses: Iterator[Doc] | None,
           lookup: dict[tuple[str, str], str], numbers: Iterator[int]) -> Block:
    tokens = [Token(t.text, t.idx, t.idx + len(t.text), is_word(t.text)) for t in spacy_tokens]
    sentences: list[Sentence] = []
    for start, end in bounds:
        if start >= end:
            continue
        first, last = tokens[start], tokens[end - 1]
        sentence_tokens = tuple(tokens[start:end])
        if parses is not None:
            sentence_tokens = _with_parse(sentence_tokens, next(parses), lookup)
        source_start = raw.offsets[first.start] if raw.offsets else first.start
        source_end = (raw.offsets[last.end - 1] + 1) if raw.offsets else last.end
        line_index = max(0, bisect_right(line_starts, source_start) - 1)
        sentences.append(Sentence(
            text=raw.text[first.start:last.end],
            start=first.start,
            end=last.end,
            line=line_index + 1,
            column=source_start - line_starts[line_index] + 1,
            source_start=source_start,
            source_end=source_end,
            tokens=sentence_tokens,
            index=next(numbers),
        ))
    kind = cast(BlockKind, raw.kind)  # clean_blocks keeps only headings, paragraphs, items
    return Block(kind, raw.text, raw.line, raw.level, part, tuple(sentences), raw.offsets,
                 raw.suppress, raw.marker)


def _with_parse(tokens: tuple[Token, ...], doc: Doc,
                lookup: dict[tuple[str, str], str]) -> tuple[Token, ...]:
    """Our tokens with the parse of `doc`; lemmas from the lookup table where it knows the
    form, separated particles glued onto their verb ("vond … plaats" → "plaatsvinden")."""
    parsed: list[Token] = []
    for token, analysed in zip(tokens, doc, strict=True):
        lemma = lookup.get((token.text.lower(), analysed.pos_)) or analysed.lemma_
        if analysed.pos_ in ("VERB", "AUX"):
            for child in analysed.children:
                particle = child.text.lower()
                if (child.dep_ == "compound:prt" and child.i > analysed.i
                        and not lemma.lower().startswith(particle)):
                    lemma = particle + lemma
        parsed.append(Token(token.text, token.start, token.end, token.is_word, lemma,
                            analysed.pos_, str(analysed.morph), analysed.dep_,
                            analysed.head.i))
    return tuple(parsed)
