"""Placeholders in the texts of a rule file (`message`, `advice`, `replacement` …).

A text may hold only the placeholders the engine fills for that key ("{term}", "{value}",
"{1}" …), written as a bare name; "{{" and "}}" stand for a brace. Anything else (a name
the engine does not fill, a format spec or conversion as in "{term!r:>9}", attribute or index
access as in "{term.x}" or "{term[0]}", a lone brace) is refused when the rules load.
Placeholders are filled by a single substitution, never by `str.format`: the filled-in text
(words from the document) is not read again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_PIECE = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"[A-Za-z0-9_]+")


def template_problem(text: str, allowed: Iterable[str]) -> tuple[str, str] | None:
    """The first piece of `text` that is not allowed, with the reason in Dutch; None when
    every placeholder is one of `allowed`."""
    names = set(allowed)
    for found in _PIECE.finditer(text):
        piece = found.group(0)
        if piece in ("{{", "}}"):
            continue
        name = found.group(1)
        if name is None:
            return piece, "een losse accolade (schrijf {{ of }} voor een accolade in de tekst)"
        if name in names:
            continue
        if not name:
            return piece, "een lege plaatshouder"
        if _NAME.fullmatch(name):
            return piece, "die plaatshouder vult eenvoudig niet in"
        return piece, "een plaatshouder is alleen een naam, zonder opmaak, !, :, . of [ ]"
    return None


def describe(allowed: Iterable[str]) -> str:
    """The placeholders one may use, for an error message."""
    names = list(allowed)
    if not names:
        return "hier vult eenvoudig geen plaatshouders in"
    return "mogelijk: " + ", ".join("{" + name + "}" for name in names)


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with every known placeholder replaced by its value, in one pass ("{{" and "}}"
    become braces; anything else stays as it is)."""

    def replace(found: re.Match[str]) -> str:
        piece = found.group(0)
        if piece == "{{":
            return "{"
        if piece == "}}":
            return "}"
        name = found.group(1)
        return values[name] if name is not None and name in values else piece

    return _PIECE.sub(replace, text)
