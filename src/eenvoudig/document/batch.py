"""Reading many documents at once: the document layer's batch function.

Tokenising (and parsing) runs over all texts of a batch in one pass, with Python's cyclic
garbage collector paused (see `paused_gc`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .build import build_documents, parse_documents
from .model import Document
from .reading import source_from_bytes, source_from_str, source_of

Input = str | Path | Document


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while documents are built and analysed.

    An analysis allocates hundreds of thousands of small, acyclic objects (tokens, word
    features), which makes the collector walk every long-lived object (spaCy's vocabulary,
    caches) again and again; pausing it roughly halves the time. Reference counting still
    frees everything, and the collector's previous state is restored afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_many(items: Iterable[str | Path], *, parse: bool = False,
              model: str | None = None) -> list[Document]:
    """Read several texts or files (see `reading.source_of`) into documents, tokenised
    (and, with `parse`, parsed) together."""
    with paused_gc():
        return build_documents([source_of(item) for item in items], parse=parse, model=model)


def read_texts(texts: Iterable[str], *, parse: bool = False,
               model: str | None = None) -> list[Document]:
    """Read texts (never file names: for texts that eenvoudig makes itself, such as rule
    examples and rewritten sentences) into documents, tokenised (and parsed) together."""
    with paused_gc():
        sources = [source_from_str(t) for t in texts]
        return build_documents(sources, parse=parse, model=model)


def read_bytes(data: bytes, name: str = "<tekst>", *, suffix: str | None = None,
               parse: bool = False, model: str | None = None) -> Document:
    """Read a file's contents held in memory into a `Document`; `suffix` (by default the
    extension of `name`) helps decide the format, which is otherwise detected from the
    bytes."""
    if suffix is None:
        suffix = Path(name).suffix.lower() if name not in ("-", "<tekst>") else ""
    with paused_gc():
        source = source_from_bytes(data, name=name, suffix=suffix)
        return build_documents([source], parse=parse, model=model)[0]


def documents_of(items: Iterable[Input], *, parse: bool = False,
                 model: str | None = None) -> list[Document]:
    """Documents for a mix of documents, texts and files, in order: what is not yet a
    document is read (in one batch); with `parse`, every sentence is parsed."""
    items = list(items)
    to_read = [item for item in items if not isinstance(item, Document)]
    read = iter(read_many(to_read, parse=parse, model=model)) if to_read else iter(())
    documents = [item if isinstance(item, Document) else next(read) for item in items]
    if parse:
        with paused_gc():
            documents = parse_documents(documents, model)
    return documents


def location(item: Input) -> Path | None:
    """The file an input comes from, if any (for finding its settings file)."""
    name = item.source if isinstance(item, Document) else item
    try:
        if str(name) != "-" and "\n" not in str(name) and Path(name).is_file():
            return Path(name)
    except (OSError, ValueError):
        pass
    return None
