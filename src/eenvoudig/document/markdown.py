"""Cut Markdown (or plain text) into raw blocks: headings, paragraphs and list items.

Inline markup (bold, italic, links, images, inline code, escapes, HTML tags) is removed from
the text, while a map keeps every remaining character's offset in the source. A block that is
wholly bold or italic is marked, because documents converted from PDF use that for headings
and part markers ("*Acties:*").
"""

from __future__ import annotations

import re
from array import array

from .blocks import RawBlock, collapse_whitespace

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_ITEM = re.compile(r"^([ \t]*)(?:[-*+•▪◦‣–]|(\d{1,3}[.)]|[a-zA-Z][.)]))[ \t]+(?=\S)")
_BREAK = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_COMMENT_START = "<!--"
_NUMBERED_LINE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,4}[:.]?\s+\S")

# Every part that looks ahead for its closing sign stops at the next opening one ("[", "<",
# "<!--"), so a text full of openers without closers costs linear time, not quadratic.
_INLINE = re.compile(
    r"!\[(?P<alt>[^\]\[]*)\]\([^)\[\]]*\)"
    r"|\[(?P<label>[^\]\[]+)\]\((?P<target>[^)\s\[\]]*)(?:\s+\"[^\"\[\]]*\")?\)"
    r"|<(?P<auto>(?:https?://|mailto:)[^<>\s]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>"
    r"|<!--(?:[^<]|<(?!!--))*?-->"
    r"|</?[A-Za-z][^<>\n]*>"
    r"|\\(?P<esc>[\\`*_{}\[\]()#+\-.!|])"
    r"|(?P<stars>\*{1,3})"
    r"|(?<![\w])(?P<under1>_{1,3})(?=\S)"
    r"|(?<=\S)(?P<under2>_{1,3})(?![\w])"
    r"|`+",
    re.S,
)


def strip_inline(raw: str, base: int) -> tuple[str, array[int], str]:
    """Remove inline markup from `raw` (at source offset `base`).

    Returns the cleaned text, the source offset of each character, and "bold"/"italic" when
    the whole text is emphasised.
    """
    emphasis = _whole_emphasis(raw)
    pieces: list[str] = []
    offsets = array("l")
    pos = 0
    for match in _INLINE.finditer(raw):
        start, end = match.span()
        if match.group("stars") and (_spaced(raw, start, end) or _between_digits(raw, start, end)):
            continue  # "2 * 3", "2*3 euro", "7*7=49": a sign, not emphasis
        if start > pos:
            pieces.append(raw[pos:start])
            offsets.extend(range(base + pos, base + start))
        for name in ("alt", "label", "auto", "esc"):
            value = match.group(name)
            if value is not None:
                s = match.start(name)
                if name == "auto" and value.startswith("mailto:"):
                    value, s = value[len("mailto:"):], s + len("mailto:")
                pieces.append(value)
                offsets.extend(range(base + s, base + s + len(value)))
                if name == "label":
                    _keep_target(match, value, base, pieces, offsets)
                break
        else:
            if match.group(0).startswith("<") and not match.group(0).startswith("<!--"):
                pieces.append(" ")
                offsets.append(base + start)
        pos = end
    if pos < len(raw):
        pieces.append(raw[pos:])
        offsets.extend(range(base + pos, base + len(raw)))
    text, offsets = collapse_whitespace("".join(pieces), offsets)
    return text, offsets, emphasis


def _whole_emphasis(raw: str) -> str:
    """"bold" for "**Acties:**" or "**Acties**:", "italic" for "*Acties*", else ""."""
    text = raw.strip()
    if text.endswith(":"):
        text = text[:-1].rstrip()
    for marks, name in (("**", "bold"), ("__", "bold"), ("*", "italic"), ("_", "italic")):
        size = len(marks)
        if (len(text) > 2 * size and text.startswith(marks) and text.endswith(marks)
                and not text[size].isspace() and not text[-size - 1].isspace()):
            return name
    return ""


def _keep_target(match: re.Match[str], label: str, base: int, pieces: list[str],
                 offsets: array[int]) -> None:
    """A link keeps its target in the text: "[tekst](url)" reads "tekst (url)", unless the
    label already is the address ("[www.heerlen.nl](https://www.heerlen.nl)")."""
    target = match.group("target")
    at = match.start("target")
    if target.startswith("mailto:"):
        target, at = target[len("mailto:"):], at + len("mailto:")
    if not target or same_address(target, label):
        return
    pieces.append(f" ({target})")
    offsets.append(base + at - 2)  # the "]" before "("
    offsets.append(base + at - 1)  # "("
    offsets.extend(range(base + at, base + at + len(target)))
    offsets.append(base + match.end() - 1)  # ")"


def same_address(target: str, label: str) -> bool:
    """Whether a link's text already is its address ("www.heerlen.nl" for
    "https://www.heerlen.nl/"), so the address need not be added."""
    return _bare(target) == _bare(label)


def _bare(address: str) -> str:
    address = re.sub(r"^(?:https?://|mailto:)", "", address.strip().lower())
    return address.removeprefix("www.").rstrip("/")


def _between_digits(raw: str, start: int, end: int) -> bool:
    return start > 0 and end < len(raw) and raw[start - 1].isdigit() and raw[end].isdigit()


def _spaced(raw: str, start: int, end: int) -> bool:
    before = raw[start - 1] if start > 0 else " "
    after = raw[end] if end < len(raw) else " "
    return before.isspace() and after.isspace()


def _after_list(previous: str, line: str) -> bool:
    """Whether `line`, right below a list item's line, starts a paragraph after the list
    rather than continuing the item: not indented, a capital after a finished sentence."""
    return (not line[:1].isspace() and line[:1].isupper()
            and previous.rstrip().endswith((".", "!", "?")))


def parse_markdown(text: str, *, markdown: bool = True) -> list[RawBlock]:
    """Cut a Markdown (or, with `markdown=False`, plain text) document into raw blocks."""
    lines = text.split("\n")
    starts = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1

    blocks: list[RawBlock] = []
    current: list[int] = []  # indices of lines in the open paragraph or item
    current_kind = ""
    current_level = 0
    current_marker = 0  # length of the list marker on the first line
    current_number = ""  # the number or letter of a numbered item ("3.", "b)")

    def flush() -> None:
        nonlocal current, current_kind, current_number
        if not current:
            return
        first, last = current[0], current[-1]
        begin = starts[first] + current_marker
        end = starts[last] + len(lines[last])
        raw = text[begin:end]
        if markdown:
            cleaned, offsets, emphasis = strip_inline(raw, begin)
        else:
            cleaned, offsets = collapse_whitespace(raw, array("l", range(begin, end)))
            emphasis = ""
        if cleaned:
            blocks.append(RawBlock(current_kind, cleaned, first + 1, current_level, offsets,
                                   emphasis, raw, marker=current_number))
        current = []
        current_kind = ""
        current_number = ""

    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if not stripped:
            flush()
            index += 1
            continue
        if markdown and (fence_match := _FENCE.match(line)):
            flush()
            fence = fence_match.group(1)
            end = index + 1
            while end < len(lines) and not lines[end].strip().startswith(fence):
                end += 1
            body = "\n".join(lines[index + 1:end])
            blocks.append(RawBlock("code", body, index + 1, raw=body))
            index = end + 1
            continue
        if stripped.startswith(_COMMENT_START):
            flush()
            end = index
            while end < len(lines) and "-->" not in lines[end]:
                end += 1
            body = "\n".join(lines[index:end + 1])
            blocks.append(RawBlock("comment", body.strip(), index + 1, raw=body))
            index = end + 1
            continue
        if _BREAK.match(line):
            flush()
            blocks.append(RawBlock("break", "", index + 1, raw=line))
            index += 1
            continue
        heading = _HEADING.match(line) if markdown else None
        if heading:
            flush()
            begin = starts[index] + heading.start(2)
            raw = heading.group(2)
            cleaned, offsets, emphasis = strip_inline(raw, begin)
            if cleaned:
                blocks.append(RawBlock("heading", cleaned, index + 1, len(heading.group(1)),
                                       offsets, emphasis, raw))
            index += 1
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            current = [index]
            current_kind = "item"
            current_level = len(item.group(1).expandtabs(4)) // 2 + 1
            current_marker = item.end()
            current_number = item.group(2) or ""
            index += 1
            continue
        if current and current_kind == "paragraph" and _NUMBERED_LINE.match(stripped) and (
            len(stripped) < 100 and not stripped.endswith((".", ";"))
        ):
            flush()  # a numbered heading line never continues the paragraph above it
        if current and current_kind == "item" and _after_list(lines[current[-1]], line):
            flush()  # "2. Tweede punt." + "Daarna volgt …": a paragraph of its own
        if not current:
            current = [index]
            current_kind = "paragraph"
            current_level = 0
            current_marker = len(line) - len(line.lstrip())
        else:
            current.append(index)
        if current_kind == "paragraph" and _NUMBERED_LINE.match(stripped) and len(current) == 1:
            nxt = lines[index + 1].strip() if index + 1 < len(lines) else ""
            if nxt and len(stripped) < 100 and not stripped.endswith((".", ";")):
                flush()  # "1.2.2: Title" followed directly by body text
        index += 1
    flush()
    return blocks
