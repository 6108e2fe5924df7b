"""The public API: read documents and analyse their readability.

    analysis = eenvoudig.analyze("brief.docx")
    analysis.metrics.flesch_douma          # the whole document
    analysis.section("1.2").metrics.lix    # one section
    analysis.to_dict()                     # JSON-ready
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .analysis.analyze import LONG_SENTENCE, analyze_document
from .analysis.results import Analysis
from .document.build import build_documents
from .document.model import Document
from .document.reading import Source, read_source, source_from_bytes
from .errors import InputError
from .language.frequency import RARE_ZIPF

Input = str | Path | Document

_MAX_PATH = 4096


def _source(item: str | Path) -> Source:
    if isinstance(item, Path):
        return read_source(item)
    if not isinstance(item, str):
        kind = type(item).__name__
        raise InputError(f"Verwacht tekst, een bestandsnaam of een Document, niet {kind}.")
    if item == "-":
        return read_source("-")
    if "\n" not in item and len(item) < _MAX_PATH:
        try:
            if Path(item).is_file():
                return read_source(item)
        except OSError:
            pass
    return source_from_bytes(item.encode("utf-8"), name="<tekst>", suffix=".md")


def read_many(items: Iterable[str | Path]) -> list[Document]:
    """Read several texts or files into documents (tokenised together)."""
    return build_documents([_source(item) for item in items])


def read(text_or_path: str | Path) -> Document:
    """Read a text, a file path (.md, .txt, .html, .docx) or "-" (stdin) into a `Document`."""
    return read_many([text_or_path])[0]


def analyze(
    text_or_path: Input, *, long_sentence: int = LONG_SENTENCE, rare_zipf: float = RARE_ZIPF
) -> Analysis:
    """Analyse the readability of a text, a file or a `Document`.

    `long_sentence`: a sentence with more words than this is flagged as long (default 20).
    `rare_zipf`: words with a Zipf frequency below this are rare (default 3.0).
    """
    return analyze_many([text_or_path], long_sentence=long_sentence, rare_zipf=rare_zipf)[0]


def analyze_many(
    items: Iterable[Input], *, long_sentence: int = LONG_SENTENCE, rare_zipf: float = RARE_ZIPF
) -> list[Analysis]:
    """Analyse several texts, files or documents; tokenisation runs over all of them at once."""
    items = list(items)
    if long_sentence < 1:
        raise InputError("De grens voor lange zinnen moet minstens 1 woord zijn.")
    to_read = [item for item in items if not isinstance(item, Document)]
    read_docs = iter(read_many(to_read)) if to_read else iter(())
    documents = [item if isinstance(item, Document) else next(read_docs) for item in items]
    return [analyze_document(d, long_sentence=long_sentence, rare_zipf=rare_zipf)
            for d in documents]
