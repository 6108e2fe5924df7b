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
from sys import intern
from typing import TYPE_CHECKING, cast

from ..dutch_format import number as dutch_number
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
from .sentences import MAX_SENTENCE_TOKENS, cut_long, sentence_bounds
from .tokens import TokenLike, tokenize

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A block cut into tokens and sentences: block, part, tokens, sentence (start, end) pairs and
# which of those sentences are not to be parsed.
_CutBlock = tuple[RawBlock, Part | None, list[TokenLike], list[tuple[int, int]], set[int]]

PIECE_PARSE_BUDGET = 20_000
"""How many tokens of the pieces of over-long sentences (`sentences.cut_long`) a document may
have parsed; pieces beyond it are counted and checked word by word, but not parsed. Parsing
costs more than everything else together (about 8,000 tokens a second), and the parse of a
piece of a 2 MB "sentence" means nothing."""

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

    docs = tokenize(texts)
    # First pass: tokens and sentence bounds of every block.
    cut: list[list[list[_CutBlock]]] = []
    long_notes: list[tuple[str, ...]] = []
    for _source, _text, _title, specs in prepared:
        per_doc: list[list[_CutBlock]] = []
        long_sentences, pieces, unparsed, first_line = 0, 0, 0, 0
        budget = PIECE_PARSE_BUDGET
        for spec in specs:
            per_section: list[_CutBlock] = []
            for raw, part in spec.blocks:
                spacy_tokens = next(docs)
                if raw.kind == "heading":
                    bounds = [(0, len(spacy_tokens))] if spacy_tokens else []
                else:
                    bounds = sentence_bounds(spacy_tokens)
                bounds, cut_here, piece_places = cut_long(spacy_tokens, bounds)
                skip: set[int] = set()
                if cut_here:
                    long_sentences += cut_here
                    pieces += len(piece_places)
                    first_line = first_line or raw.line
                    for place in piece_places:
                        size = bounds[place][1] - bounds[place][0]
                        if size > budget:
                            skip.add(place)
                            budget = 0
                        else:
                            budget -= size
                    unparsed += len(skip)
                per_section.append((raw, part, spacy_tokens, bounds, skip))
            per_doc.append(per_section)
        cut.append(per_doc)
        long_notes.append(_long_note(long_sentences, pieces, unparsed, first_line))

    parses: Iterator[Doc] | None = None
    lookup: dict[tuple[str, str], str] = {}  # only read when there are parses
    if parse:
        from ..language.parser import lemma_lookup
        from ..language.parser import parse as run_parser

        lookup = lemma_lookup(model)
        sentences = (
            [(t.text, bool(t.whitespace_)) for t in tokens[a:b]]
            for per_doc in cut for per_section in per_doc
            for _raw, _part, tokens, bounds, skip in per_section
            for place, (a, b) in enumerate(bounds) if a < b and place not in skip
        )
        parses = iter(run_parser(sentences, model))

    documents: list[Document] = []
    for (source, text, title, specs), per_doc, long_note in zip(prepared, cut, long_notes,
                                                                  strict=True):
        starts = line_starts(text)
        sections: list[Section] = []
        numbers = count()
        for spec, per_section in zip(specs, per_doc, strict=True):
            blocks = tuple(
                _block(raw, part, tokens, bounds, skip, starts, parses, lookup, numbers)
                for raw, part, tokens, bounds, skip in per_section
            )
            shows = spec.number is not None or (spec.level > 0 and spec.title != title)
            sections.append(Section(spec.number, spec.title, spec.level, spec.parent,
                                    spec.line, blocks, shows))
        documents.append(Document(source.name, source.format, title, tuple(sections),
                                  source.notes + long_note, text, source.data))
    return documents


def _long_note(sentences: int, pieces: int, unparsed: int, line: int) -> tuple[str, ...]:
    """The document's note on sentences cut for the analysis (`sentences.cut_long`)."""
    if not sentences:
        return ()
    limit = MAX_SENTENCE_TOKENS
    rest = (f"; {dutch_number(unparsed, 0)} van die stukken zijn niet ontleed (de regels die "
            "zinsbouw nodig hebben slaan ze over)" if unparsed else "")
    if sentences == 1:
        return (f"De zin op r. {line} is te lang om te ontleden (meer dan {limit} woorden en "
                f"tekens): voor de analyse is hij in {dutch_number(pieces, 0)} stukken "
                f"geknipt{rest}.",)
    return (f"{dutch_number(sentences, 0)} zinnen zijn te lang om te ontleden (meer dan "
            f"{limit} woorden en tekens, de eerste op r. {line}): voor de analyse zijn ze in "
            f"{dutch_number(pieces, 0)} stukken geknipt{rest}.",)


def parse_documents(documents: list[Document], model: str | None = None) -> list[Document]:
    """Return copies of documents with every sentence parsed (already parsed ones stay)."""
    from dataclasses import replace

    from ..language.parser import lemma_lookup
    from ..language.parser import parse as run_parser

    todo = [s for d in documents for s in d.sentences if not s.parsed and not s.unparsed]
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


def _block(raw: RawBlock, part: Part | None, spacy_tokens: list[TokenLike],
           bounds: list[tuple[int, int]], skip: set[int], line_starts: list[int],
           parses: Iterator[Doc] | None, lookup: dict[tuple[str, str], str],
           numbers: Iterator[int]) -> Block:
    tokens = [Token(t.text, t.idx, t.idx + len(t.text), is_word(t.text)) for t in spacy_tokens]
    sentences: list[Sentence] = []
    for place, (start, end) in enumerate(bounds):
        if start >= end:
            continue
        first, last = tokens[start], tokens[end - 1]
        sentence_tokens = tuple(tokens[start:end])
        if parses is not None and place not in skip:
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
            unparsed=place in skip,
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
        # Interned: a few hundred distinct values, held by millions of tokens.
        parsed.append(Token(token.text, token.start, token.end, token.is_word, intern(lemma),
                            intern(analysed.pos_), intern(str(analysed.morph)),
                            intern(analysed.dep_), analysed.head.i))
    return tuple(parsed)
