"""Cutting block texts into tokens, in time linear in the text whatever its shape.

spaCy's tokenizer splits prefixes and suffixes off a stretch without spaces one at a time,
each time looking at the rest again: a stretch of a thousand brackets, exclamation marks or
quotes costs a million steps, and a 2 MB one hours. So a stretch without spaces that is longer
than `MAX_RUN` characters, or that starts or ends with more than `MAX_AFFIXES` signs, is not
given to spaCy: a simple rule cuts it into words (letters and digits, at most `MAX_PIECE`
characters) and runs of one sign. Every other text is tokenised by spaCy as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol, cast

from ..language.pipeline import tokenizer_pipeline

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

MAX_RUN = 400
"""A stretch without spaces longer than this is no word or address a reader reads."""
MAX_AFFIXES = 12
"""More signs than this at the start or end of a stretch ("((((", "!!!!") is no punctuation."""
MAX_PIECE = 64

_SUSPECT = re.compile(rf"\S{{{MAX_RUN + 1}}}|[^\w\s]{{{MAX_AFFIXES + 1}}}")
_RUN = re.compile(r"\S+")
_SIGNS = re.compile(r"[^\w\s]*")
_PIECE = re.compile(rf"[^\W_]{{1,{MAX_PIECE}}}|(\S)\1{{0,{MAX_PIECE - 1}}}")


class TokenLike(Protocol):
    """What the document builder reads of a token: spaCy's `Token` or a `Piece`."""

    @property
    def text(self) -> str: ...

    @property
    def idx(self) -> int: ...

    @property
    def whitespace_(self) -> str: ...


class Piece(NamedTuple):
    """A token made without spaCy (see the module docstring)."""

    text: str
    idx: int
    whitespace_: str


def _overlong(run: str) -> bool:
    if len(run) > MAX_RUN:
        return True
    lead = _SIGNS.match(run)
    trail = _SIGNS.match(run[::-1])
    return (lead is not None and lead.end() > MAX_AFFIXES) or (
        trail is not None and trail.end() > MAX_AFFIXES)


def _segments(text: str) -> list[tuple[int, int, bool]] | None:
    """(start, end, by rule) stretches of `text`, or None when spaCy can take it whole."""
    if _SUSPECT.search(text) is None:
        return None
    segments: list[tuple[int, int, bool]] = []
    position = 0
    for match in _RUN.finditer(text):
        if _overlong(match.group()):
            if match.start() > position:
                segments.append((position, match.start(), False))
            segments.append((match.start(), match.end(), True))
            position = match.end()
    if not segments:
        return None
    if position < len(text):
        segments.append((position, len(text), False))
    return segments


def _by_rule(text: str, start: int, end: int) -> list[Piece]:
    pieces = [Piece(m.group(), m.start(), "") for m in _PIECE.finditer(text, start, end)]
    if pieces and end < len(text) and text[end].isspace():
        last = pieces[-1]
        pieces[-1] = Piece(last.text, last.idx, " ")
    return pieces


def tokenize(texts: Sequence[str], batch_size: int = 256) -> Iterator[list[TokenLike]]:
    """The tokens (spaces left out) of every text, in order."""
    tokenizer = cast("Tokenizer", tokenizer_pipeline().tokenizer)
    plans = [_segments(text) for text in texts]
    spacy_texts: list[str] = []
    for text, plan in zip(texts, plans, strict=True):
        if plan is None:
            spacy_texts.append(text)
        else:
            spacy_texts.extend(text[a:b] for a, b, by_rule in plan if not by_rule)
    docs = iter(tokenizer.pipe(spacy_texts, batch_size=batch_size))
    for text, plan in zip(texts, plans, strict=True):
        if plan is None:  # plain tuples: spaCy's Doc of the block can go
            yield [Piece(t.text, t.idx, t.whitespace_) for t in next(docs) if not t.is_space]
            continue
        tokens: list[TokenLike] = []
        for start, end, by_rule in plan:
            if by_rule:
                tokens.extend(_by_rule(text, start, end))
            else:
                tokens.extend(Piece(t.text, t.idx + start, t.whitespace_)
                              for t in next(docs) if not t.is_space)
        yield tokens
