"""Cut an HTML page into raw blocks (headings, paragraphs, list items) with the stdlib parser.

Scripts, styles, navigation furniture and forms are skipped. Character offsets point into the
HTML source, approximately where entities were decoded. Items of an `<ol>` keep their number
(`start`, `type` and `<li value>` honoured); a link keeps its address after its text, as
"tekst (url)" (the added characters point at the `</a>`).
"""

from __future__ import annotations

from array import array
from html.parser import HTMLParser

from .blocks import RawBlock, collapse_whitespace
from .markdown import same_address

_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "form", "button", "select",
         "head"}
_LITERAL_LT = "\ue000"  # a "<" that cannot open a tag, while the stdlib parser reads the page


def defused(source: str) -> str:
    """`source` with every "<" that cannot start a tag or comment replaced by a private
    character of the same length (`handle_data` turns it back): a "<" whose next ">" comes
    only after another "<" (with no quote between them, which may hold an attribute's "<"),
    or a "<!--" with no "-->" after it. The stdlib parser looks
    from each such "<" to the end of the text, which costs quadratic time ("<a <a <a …",
    80,000 characters took a minute). Linear: each search starts where the last ended."""
    if "<" not in source:
        return source
    last_comment_end = source.rfind("-->")
    out: list[str] = []
    position = 0
    next_gt = next_lt = -1
    at = source.find("<")
    while at != -1:
        if source.startswith("<!--", at):
            end = source.find("-->", at + 4) if at < last_comment_end else -1
            if end == -1:
                out += [source[position:at], _LITERAL_LT]
                position = at + 1
                at = source.find("<", at + 1)
                continue
            at = source.find("<", end + 3)  # a comment may hold any "<"
            continue
        if next_gt <= at:
            next_gt = source.find(">", at + 1)
        if next_lt <= at:
            next_lt = source.find("<", at + 1)
        if next_gt == -1 or (next_lt != -1 and next_lt < next_gt
                             and '"' not in source[at:next_lt]
                             and "'" not in source[at:next_lt]):
            out += [source[position:at], _LITERAL_LT]
            position = at + 1
        at = next_lt
    out.append(source[position:])
    return "".join(out)


_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
           "td", "th", "tr", "table", "dd", "dt", "figcaption", "pre", "address", "body", "br",
           "ul", "ol", "dl", "hr", "caption"}


class _BlockParser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0]
        find = source.find
        index = find("\n")
        while index != -1:
            self.line_starts.append(index + 1)
            index = find("\n", index + 1)
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
        self.lists: list[list[str | int]] = []  # per open list: its type ("" for ul), next value
        self.marker = ""
        self.links: list[tuple[str, int]] = []  # per open <a>: its href, its first part

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def flush(self) -> None:
        text = "".join(self.parts)
        if text.strip():
            cleaned, offsets = collapse_whitespace(text, self.offsets)
            if cleaned:
                self.blocks.append(RawBlock(self.kind, cleaned, self.line, self.level, offsets,
                                            "", text, marker=self.marker))
        self.parts = []
        self.offsets = array("l")
        self.kind, self.level = "paragraph", 0
        self.marker = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip_depth += 1
            return
        values = dict(attrs)
        if tag in ("ul", "ol"):
            self.list_depth += 1
            start = values.get("start") or "1"
            kind = (values.get("type") or "1") if tag == "ol" else ""
            self.lists.append([kind if kind in ("1", "a", "A") else "1" if kind else "",
                               int(start) if start.strip().lstrip("-").isdigit() else 1])
        if tag == "a":
            self.links.append((values.get("href") or "", len(self.parts)))
        if tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self.flush()
            self.line = self.getpos()[0]
            if tag in _HEADINGS:
                self.kind, self.level = "heading", _HEADINGS[tag]
            elif tag == "li":
                self.kind, self.level = "item", max(1, self.list_depth)
                self.marker = self._number(values.get("value"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "a" and self.links:
            self._keep_address(*self.links.pop())
        if tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self.flush()
        if tag in ("ul", "ol"):
            self.list_depth = max(0, self.list_depth - 1)
            if self.lists:
                self.lists.pop()

    def _number(self, value: str | None) -> str:
        """The marker of the next item of the innermost `<ol>` ("3.", "c."); "" in a `<ul>`."""
        if not self.lists or not self.lists[-1][0]:
            return ""
        kind, number = self.lists[-1]
        if value is not None and value.strip().isdigit():
            number = int(value)
        self.lists[-1][1] = int(number) + 1
        if kind == "1" or not 1 <= int(number) <= 26:
            return f"{number}."
        letter = chr(ord("a") + int(number) - 1)
        return f"{letter.upper() if kind == 'A' else letter}."

    def _keep_address(self, href: str, first_part: int) -> None:
        """After a link's text, its address: "tekst (url)" (not when the text is the
        address); the added characters point at the `</a>`."""
        href = href.strip()
        if href.startswith("mailto:"):
            href = href[len("mailto:"):]
        label = "".join(self.parts[first_part:])
        if not href or not label.strip() or same_address(href, label) or self.skip_depth:
            return
        added = f" ({href})"
        self.parts.append(added)
        self.offsets.extend([self._offset()] * len(added))

    def handle_comment(self, data: str) -> None:
        if "eenvoudig" in data:
            self.flush()
            self.blocks.append(RawBlock("comment", data, self.getpos()[0], raw=data))

    def handle_data(self, data: str) -> None:
        data = data.replace(_LITERAL_LT, "<")
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
    parser.feed(defused(source))
    parser.close()
    parser.flush()
    return parser.blocks, " ".join(parser.title.split())
