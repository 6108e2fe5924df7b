"""Raw blocks: what a reader (Markdown, text, HTML, Word) hands to section recovery.

A raw block keeps its cleaned text and, for every character of it, the offset of that
character in the source, so later hits can point at the exact place in the original file.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field

_WS = re.compile(r"\s+")


@dataclass
class RawBlock:
    """A heading, paragraph, list item, code block, comment or thematic break."""

    kind: str
    text: str
    line: int
    level: int = 0
    offsets: array[int] = field(default_factory=lambda: array("l"), repr=False)
    emphasis: str = ""
    raw: str = field(default="", repr=False)
    suppress: tuple[str, ...] = ()
    marker: str = ""
    """The number or letter of a numbered list item as written ("3.", "b)"); "" else."""

    def joined(self, *others: RawBlock) -> RawBlock:
        """This block continued by `others` (a bullet item broken over blank lines); in one
        go, so that joining many costs linear time."""
        offsets = array("l", self.offsets)
        texts, raws, suppress = [self.text], [self.raw], list(self.suppress)
        for other in others:
            offsets.append(offsets[-1] + 1 if offsets else 0)  # the space between them
            offsets.extend(other.offsets)
            texts.append(other.text)
            raws.append(other.raw)
            suppress.extend(other.suppress)
        return RawBlock(self.kind, " ".join(texts), self.line, self.level, offsets, "",
                        "\n".join(raws), tuple(suppress), self.marker)


_ORDINAL = re.compile(r"^(?:(?P<number>\d{1,9})|(?P<letter>[a-zA-Z]))(?P<sign>[.)])$")


def ordinal(marker: str) -> tuple[str, int, str] | None:
    """A list item's marker as (kind, value, sign): "3." → ("1", 3, "."), "b)" → ("a", 2,
    ")"), "C." → ("A", 3, "."); None when it is no number or letter. The kind is that of
    HTML's `<ol type>`."""
    match = _ORDINAL.match(marker)
    if match is None:
        return None
    sign = match.group("sign")
    if match.group("number") is not None:
        return "1", int(match.group("number")), sign
    letter = match.group("letter")
    return ("a" if letter.islower() else "A"), ord(letter.lower()) - ord("a") + 1, sign


def collapse_whitespace(text: str, offsets: array[int]) -> tuple[str, array[int]]:
    """Collapse runs of whitespace to one space and strip both ends, keeping offsets aligned."""
    out: list[str] = []
    out_offsets = array("l")
    pos = 0
    for match in _WS.finditer(text):
        start, end = match.span()
        if start > pos:
            out.append(text[pos:start])
            out_offsets.extend(offsets[pos:start])
        if out and start > 0 and end < len(text):
            out.append(" ")
            out_offsets.append(offsets[start])
        pos = end
    if pos < len(text):
        out.append(text[pos:])
        out_offsets.extend(offsets[pos:])
    result = "".join(out)
    if result.endswith(" "):
        result = result[:-1]
        del out_offsets[-1]
    return result, out_offsets
