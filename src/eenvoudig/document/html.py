"""Cut an HTML page into raw blocks (headings, paragraphs, list items) with the stdlib parser.

Scripts, styles, navigation furniture and forms are skipped. Character offsets point into the
HTML source, approximately where entities were decoded.
"""

from __future__ import annotations

from array import array
from html.parser import HTMLParser

from .blocks import RawBlock, collapse_whitespace

_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "form", "button", "select",
         "head"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
           "td", "th", "tr", "table", "dd", "dt", "figcaption", "pre", "address", "body", "br",
           "ul", "ol", "dl", "hr", "caption"}


class _BlockParser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0]
        for index, char in enumerate(source):
            if char == "\n":
                self.line_starts.append(index + 1)
        self.blocks: list[RawBlock] = []
        self.skip_depth = 0
        self.kind = "paragraph"
        self.level = 0
        self.list_depth = 0
        self.parts: list[str] = []
        self.offsets = array("l")
        self.line = 1
        self.title = ""
        self.in_title = False

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def flush(self) -> None:
        text = "".join(self.parts)
        if text.strip():
            cleaned, offsets = collapse_whitespace(text, self.offsets)
            if cleaned:
                self.blocks.append(RawBlock(self.kind, cleaned, self.line, self.level, offsets,
                                            "", text))
        self.parts = []
        self.offsets = array("l")
        self.kind, self.level = "paragraph", 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip_depth += 1
            return
        if tag in ("ul", "ol"):
            self.list_depth += 1
        if tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self.flush()
            self.line = self.getpos()[0]
            if tag in _HEADINGS:
                self.kind, self.level = "heading", _HEADINGS[tag]
            elif tag == "li":
                self.kind, self.level = "item", max(1, self.list_depth)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self.flush()
        if tag in ("ul", "ol"):
            self.list_depth = max(0, self.list_depth - 1)

    def handle_comment(self, data: str) -> None:
        if "eenvoudig" in data:
            self.flush()
            self.blocks.append(RawBlock("comment", data, self.getpos()[0], raw=data))

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        if self.skip_depth:
            return
        if not self.parts:
            self.line = self.getpos()[0]
        start = self._offset()
        self.parts.append(data)
        self.offsets.extend(range(start, start + len(data)))


def parse_html(source: str) -> tuple[list[RawBlock], str]:
    """Return the raw blocks of an HTML page and its <title>."""
    parser = _BlockParser(source)
    parser.feed(source)
    parser.close()
    parser.flush()
    return parser.blocks, " ".join(parser.title.split())
