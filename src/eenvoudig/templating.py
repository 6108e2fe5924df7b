"""The one jinja2 environment for every page eenvoudig writes, with its Dutch filters.

Templates live in `eenvoudig/templates`; output is autoescaped and an undefined variable is an
error (`StrictUndefined`). The filters are plain, tested functions, so templates hold no logic.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from . import dutch_format

if TYPE_CHECKING:
    from jinja2 import Environment

# A web address (without the punctuation that ends a sentence after it) or an e-mail address:
# what the outputs of `convert` make a link of.
ADDRESS = re.compile(
    r"(?<![\w<@])(?:https?://[^\s<>()]*[^\s<>().,;:!?'\"]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,})(?![\w>])")

LEVEL_NAMES = {1: "makkelijk", 2: "redelijk makkelijk", 3: "moeilijk", 4: "zeer moeilijk"}


def nl_number(value: float | int | None, digits: int = 1) -> str:
    return dutch_format.number(value, digits)


def level_name(level: int | None) -> str:
    return LEVEL_NAMES.get(level, "onbekend") if level else "onbekend"


# Screen readers do not announce <del> and <mark>; a visually hidden word says what they mean.
SPOKEN = {"del": Markup('<span class="voorlezen">vervangen: </span>'),
          "mark": Markup('<span class="voorlezen">nieuw: </span>')}


def _mark(text: str, spans: list[str], tag: str) -> Markup:
    """Escape `text` and wrap the first free occurrence of each span in <tag>."""
    pieces: list[tuple[int, int]] = []
    for span in spans:
        if not span:
            continue
        start = text.find(span)
        while start != -1 and any(s < start + len(span) and e > start for s, e in pieces):
            start = text.find(span, start + 1)
        if start != -1:
            pieces.append((start, start + len(span)))
    out = Markup("")
    position = 0
    for start, end in sorted(pieces):
        out += escape(text[position:start])
        out += (Markup(f"<{tag}>{SPOKEN[tag]}") + escape(text[start:end])
                + Markup(f"</{tag}>"))
        position = end
    return out + escape(text[position:])


def linked(text: str) -> Markup:
    """Escape `text` and make every web and e-mail address in it a link."""
    out = Markup("")
    position = 0
    for match in ADDRESS.finditer(text):
        address = match.group(0)
        href = address if "://" in address else f"mailto:{address}"
        out += escape(text[position:match.start()])
        out += Markup('<a href="{}">{}</a>').format(href, address)
        position = match.end()
    return out + escape(text[position:])


def _word_edits(sentence: Any) -> list[Any]:
    """Edits of single words or phrases; a rewrite of the whole sentence marks nothing."""
    return [e for e in sentence.edits if e.original != sentence.original]


def marked_original(sentence: Any) -> Markup:
    """The original sentence (a `SentenceRewrite`) with the replaced words marked deleted."""
    return _mark(sentence.original, [e.original for e in _word_edits(sentence)], "del")


def marked_rewrite(sentence: Any) -> Markup:
    """The rewritten sentence with the new words marked."""
    return _mark(sentence.text, [e.replacement for e in _word_edits(sentence)], "mark")


@cache
def environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("eenvoudig", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(nl_number=nl_number, level_name=level_name,
                       marked_original=marked_original, marked_rewrite=marked_rewrite,
                       linked=linked)
    return env
