"""Read a PDF into raw blocks with pypdf.

pypdf gives the text of each page in the order of its content stream (the reading order of
PDFs made by Word, LibreOffice and most publishing tools), and through a visitor the position
and font size of every piece. From that this module rebuilds what a reader sees:

- page furniture is dropped: lines at the top or bottom of a page that repeat on most pages
  (numbers ignored: "Pagina 3 van 12"), page numbers, and small-print header/footer lines;
- lines are joined into paragraphs (a larger gap, a change of font, or a short line that
  ends a sentence starts a new one), list items start at a bullet or "1.";
- a word hyphenated at the end of a line is joined ("gemeente-" + "raad" → "gemeenteraad"),
  but a real hyphen stays ("Noord-" + "Brabant", "zorg-" + "en welzijn", "sociaal-medische");
- lines in a larger font, and short numbered lines ("1.2 Titel"), become headings.

The plain text that line numbers and offsets point into is the extracted text of all pages,
one PDF line per line, page furniture included.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ..errors import InputError
from ..language.frequency import zipf
from .blocks import RawBlock, collapse_whitespace, ordinal
from .cleanup import is_page_number

if TYPE_CHECKING:
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject
    from pyphen import Pyphen

_Piece = tuple[str, float, float, bool]  # text, y, font size, bold

_BULLET = re.compile(
    r"^(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25e6\u25a0\u25a1\u00b7\u2013\u2014*+-"
    r"\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf06c\uf06e]"
    r"|\d{1,2}[.)]|[a-z][.)])\s+(?=\S)"
)
_NUMBERED_HEADING = re.compile(r"^[1-9]\d?(?:\.\d{1,2}){0,4}\.?:?\s+\S")
_TOC_LEADER = re.compile(r"\s*(?:(?:\.\s?){4,}|…+\s?)\s*\d{1,4}$")
_SENTENCE_END = (".", "!", "?", ":", ";")
_HYPHENS = ("-", "\u00ad", "\u2010")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st", "\u00a0": " "}
_COORDINATORS = frozenset({"en", "of", "tot", "en/of", "noch", "als"})
_VOWEL_CLASHES = frozenset({"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo",
                            "ou", "ui", "uu"})
_ADJECTIVE_END = ("aal", "eel", "isch", "iek", "lijk", "ief", "ig", "aat")
_ADJECTIVE_END2 = (*_ADJECTIVE_END, "ale", "ele", "ische", "ieke", "lijke", "ieve", "ige", "ate")
_HYPHEN_PREFIXES = frozenset({"ex", "oud", "niet", "non", "vice", "adjunct", "interim", "loco"})
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
FURNITURE_ZONE = 0.12  # top and bottom share of the page where headers and footers live
HEADING_SIZE_STEP = 0.9  # points above the body size that make a line a heading
MAX_HEADING_WORDS = 14
MEANINGLESS_TITLES = re.compile(
    r"^(?:microsoft\s+\w+\s*-\s*.*|untitled|naamloos.*|document\d*|titel|title|"
    r".*\.(?:docx?|pdf|odt|rtf|indd|tmp))$",
    re.I,
)


@dataclass
class _Line:
    text: str  # stripped, ligatures expanded
    offsets: array[int]  # offset in the plain text of every character of `text`
    page: int
    y: float
    size: float
    bold: bool
    furniture: bool = False

    @property
    def style(self) -> tuple[float, bool]:
        return (round(self.size * 2) / 2, self.bold)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs warnings about damaged files; the user gets one Dutch line instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 10)
    try:
        yield
    finally:
        logger.setLevel(level)


def parse_pdf(data: bytes, name: str) -> tuple[list[RawBlock], str, str]:
    """Return the raw blocks, the plain text (one PDF line per line) and the title.

    The title is the PDF's own title when it is meaningful (not "Microsoft Word - x.docx").
    Encrypted, damaged or image-only PDFs raise `InputError`.
    """
    with _quiet_pypdf():
        reader = _open(data, name)
        lines, text = _read_lines(reader, name)
        title = _meta_title(reader)
    if sum(ch.isalpha() for line in lines for ch in line.text) < 20:
        raise InputError(
            f"{name} bevat geen tekst die eenvoudig kan lezen (alleen afbeeldingen?). "
            "Is het een scan, laat de tekst dan eerst herkennen (OCR)."
        )
    _mark_furniture(lines, reader)
    return _blocks(lines, text), text, title


def _open(data: bytes, name: str) -> PdfReader:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    unreadable = (f"{name} is een PDF die niet kan worden gelezen; "
                  "misschien is het bestand beschadigd.")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many PDFs are locked against copying only (an empty password opens them).
            try:
                opened = reader.decrypt("")
            except DependencyError:  # AES needs the 'cryptography' package
                raise InputError(
                    f"{name} is beveiligd (AES); installeer het pakket cryptography "
                    "(pip install cryptography) of sla de PDF op zonder beveiliging."
                ) from None
            if not opened:
                raise InputError(
                    f"{name} is beveiligd met een wachtwoord. Sla de PDF op zonder "
                    "beveiliging en probeer opnieuw."
                )
        if len(reader.pages) == 0:
            raise InputError(unreadable)
    except InputError:
        raise
    except Exception:  # pypdf raises many kinds on damaged files
        raise InputError(unreadable) from None
    return reader


def _meta_title(reader: PdfReader) -> str:
    try:
        title = (reader.metadata.title if reader.metadata else None) or ""
    except Exception:
        return ""
    title = " ".join(str(title).split())
    if not any(ch.isalpha() for ch in title) or MEANINGLESS_TITLES.match(title):
        return ""
    return title


def _scale(matrix: Sequence[float]) -> float:
    return math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2])) or 1.0


def _read_lines(reader: PdfReader, name: str) -> tuple[list[_Line], str]:
    """Every non-empty line of every page with its position, font size and weight."""
    lines: list[_Line] = []
    chunks: list[str] = []
    offset = 0
    for page_number, page in enumerate(reader.pages):
        pieces: list[_Piece] = []

        def visit(text: str, cm: list[float], tm: list[float], font: DictionaryObject | None,
                  size: float, pieces: list[_Piece] = pieces) -> None:
            if not text:
                return
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            base = str(font.get("/BaseFont", "")) if font else ""
            bold = any(w in base for w in ("Bold", "Black", "Heavy", "Semibold", "Demi"))
            pieces.append((text, y, (size or 0) * _scale(tm) * _scale(cm), bold))

        try:
            page.extract_text(visitor_text=visit)
        except Exception:
            raise InputError(
                f"{name} is een PDF die niet kan worden gelezen; pagina {page_number + 1} "
                "is misschien beschadigd."
            ) from None
        current: list[_Piece] = []
        for text, y, size, bold in pieces:
            segments = text.split("\n")
            for k, segment in enumerate(segments):
                if k:
                    offset = _add_line(current, page_number, offset, lines, chunks)
                    current = []
                if segment:
                    current.append((segment, y, size, bold))
        offset = _add_line(current, page_number, offset, lines, chunks)
    return lines, "\n".join(chunks)


def _add_line(pieces: list[_Piece], page: int, offset: int, lines: list[_Line],
              chunks: list[str]) -> int:
    """Append one extracted line to the plain text (and, when it has text, to `lines`)."""
    raw = "".join(p[0] for p in pieces)
    if not raw.strip():
        return offset
    chunks.append(raw)
    text: list[str] = []
    offsets = array("l")
    for k, ch in enumerate(raw):
        out = _LIGATURES.get(ch, ch)
        text.append(out)
        offsets.extend([offset + k] * len(out))
    cleaned, offsets = collapse_whitespace("".join(text), offsets)
    leader = _TOC_LEADER.search(cleaned)
    if leader and leader.start() > 0:  # "1.2 Titel ........ 5" in a table of contents
        cleaned, offsets = cleaned[:leader.start()], offsets[:leader.start()]
    weights: Counter[float] = Counter()
    bold_chars = 0
    for piece, _y, size, bold in pieces:
        visible = sum(not ch.isspace() for ch in piece)
        weights[round(size, 1)] += visible
        bold_chars += visible if bold else 0
    visible_pieces = [p for p in pieces if p[0].strip()]
    size = weights.most_common(1)[0][0] if weights else 0.0
    total = sum(weights.values()) or 1
    lines.append(_Line(cleaned, offsets, page, visible_pieces[0][1], size,
                       bold_chars * 2 > total))
    return offset + len(raw) + 1


def _body_size(lines: list[_Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        if not line.furniture:
            weights[line.style[0]] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _normalise(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def _mark_furniture(lines: list[_Line], reader: PdfReader) -> None:
    """Mark running headers, footers and page numbers at the top and bottom of pages."""
    pages: dict[int, list[_Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    heights: dict[int, tuple[float, float]] = {}
    for number in pages:
        box = reader.pages[number].mediabox
        heights[number] = (float(box.bottom), float(box.top))
    zones: dict[int, list[_Line]] = {}
    for number, page_lines in pages.items():
        bottom, top = heights[number]
        margin = (top - bottom) * FURNITURE_ZONE
        head = [ln for ln in page_lines[:3] if ln.y >= top - margin]
        foot = [ln for ln in page_lines[-3:] if ln.y <= bottom + margin]
        zones[number] = head + [ln for ln in foot if ln not in head]
    repeats: Counter[str] = Counter()
    for zone in zones.values():
        repeats.update({_normalise(ln.text) for ln in zone})
    needed = max(2, math.ceil(len(pages) / 2))
    body = _body_size(lines)
    for zone in zones.values():
        for line in zone:
            if (
                is_page_number(line.text)
                or (len(pages) > 1 and repeats[_normalise(line.text)] >= needed)
                or (line.size < body - 0.9 and len(line.text.split()) <= 12)
            ):
                line.furniture = True


def _is_heading_style(line: _Line, body: float) -> bool:
    return line.size >= body + HEADING_SIZE_STEP and len(line.text.split()) <= MAX_HEADING_WORDS


def _blocks(lines: list[_Line], text: str) -> list[RawBlock]:
    """Group the lines into headings, paragraphs and list items."""
    kept = [line for line in lines if not line.furniture]
    if not kept:
        return []
    body = _body_size(kept)
    gaps = [
        prev.y - cur.y for prev, cur in pairwise(kept)
        if prev.page == cur.page and prev.style == cur.style and 0 < prev.y - cur.y < 3 * body
        and abs(cur.size - body) < 0.5
    ]
    leading = statistics.median(gaps) if gaps else body * 1.2
    lengths = [len(ln.text) for ln in kept if abs(ln.size - body) < 0.5]
    full_line = statistics.median(lengths) if lengths else 60
    inline = _inline_words(kept)
    sizes = sorted({ln.style[0] for ln in kept if _is_heading_style(ln, body)}, reverse=True)

    groups: list[tuple[str, list[_Line]]] = []
    for line in kept:
        heading = _is_heading_style(line, body)
        item = not heading and _BULLET.match(line.text) is not None
        if item and groups and line.text[0] in "-–—*+abcdefghijklmnopqrstuvwxyz":
            previous_kind, previous = groups[-1]
            same_list = previous_kind == "item" and previous[0].text[:1] == line.text[:1]
            if not same_list and not previous[-1].text.endswith(_SENTENCE_END):
                item = False  # "… wanneer stakeholders" + "- van huisartsen …": a dash
        if groups:
            kind, members = groups[-1]
            if not item and _continues(members, line, kind, heading, leading, full_line):
                members.append(line)
                continue
        groups.append(("heading" if heading else "item" if item else "paragraph", [line]))

    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    blocks: list[RawBlock] = []
    for kind, members in groups:
        block_text, offsets = _join(members, inline)
        level = 0
        number = ""
        if kind == "heading":
            level = sizes.index(members[0].style[0]) + 1 if members[0].style[0] in sizes else 1
        elif kind == "item":
            marker = _BULLET.match(block_text)
            assert marker is not None  # the block starts with the line whose bullet made it
            if ordinal(marker.group(0).strip()) is not None:
                number = marker.group(0).strip()  # "3." or "b)": the item stays numbered
            block_text, offsets = block_text[marker.end():], offsets[marker.end():]
            level = 1
        elif len(members) == 1 and _short_numbered(block_text) and (
            members[0].bold or "." in block_text.split()[0].rstrip(".")
        ):
            kind, level = "heading", len(sizes) + 1
        block_text, offsets = collapse_whitespace(block_text, offsets)
        if block_text:
            line_number = bisect_right(line_starts, offsets[0])
            raw = text[offsets[0]:offsets[-1] + 1]
            blocks.append(RawBlock(kind, block_text, line_number, level, offsets, "", raw,
                                   marker=number))
    return blocks


def _continues(members: list[_Line], line: _Line, kind: str, heading: bool, leading: float,
               full_line: float) -> bool:
    """Whether `line` continues the block made of `members` so far."""
    prev = members[-1]
    if heading != (kind == "heading"):
        return False
    if kind == "heading":
        return (prev.page == line.page and prev.style == line.style
                and 0 < prev.y - line.y <= prev.size * 1.8)
    if prev.style != line.style:
        return False
    if kind == "paragraph" and len(members) == 1 and _short_numbered(prev.text):
        return False  # "1.2 Titel" on a line of its own, in the body font
    ends_sentence = prev.text.endswith(_SENTENCE_END)
    if prev.page != line.page or line.y >= prev.y:
        # a new page or column: the paragraph goes on unless the last one ended a sentence
        return not ends_sentence or line.text[:1].islower()
    if prev.y - line.y > leading * 1.4:
        return False
    return not (ends_sentence and len(prev.text) < 0.7 * full_line)


def _short_numbered(text: str) -> bool:
    return (
        _NUMBERED_HEADING.match(text) is not None
        and len(text.split()) <= MAX_HEADING_WORDS
        and not text.endswith((".", ";", ","))
        and text.split()[1][:1].isupper()
    )


class InlineWords(set[str]):
    """The words of a document as they occur inside lines, and every part of them before a
    hyphen ("wmo-" for "wmo-raad"), so that `hyphen_join` looks those up instead of
    searching all words at each line end (quadratic in a large PDF)."""

    def __init__(self, words: set[str]) -> None:
        super().__init__(words)
        self.prefixes = {word[:at + 1] for word in words for at, ch in enumerate(word)
                         if ch == "-"}


def _inline_words(lines: list[_Line]) -> InlineWords:
    """Words as they occur inside lines (not broken at a line end), in lower case."""
    words: set[str] = set()
    for line in lines:
        found = _WORDS.findall(line.text)
        if line.text.endswith(_HYPHENS) and found:
            found = found[:-1]
        words.update(w.casefold() for w in found)
    return InlineWords(words)


def _join(members: list[_Line], inline: InlineWords) -> tuple[str, array[int]]:
    """The text of lines joined into one block, with words hyphenated at line ends joined."""
    pieces: list[str] = [members[0].text]
    offsets = array("l", members[0].offsets)
    for prev, line in pairwise(members):
        current = pieces[-1]
        if current.endswith(_HYPHENS) and len(current) > 1 and not current[-2].isspace():
            how = "keep"
            if current[-2].isalpha() and line.text[:1].isalpha():
                words = _WORDS.findall(current[:-1])
                after = _WORDS.match(line.text)
                how = hyphen_join(words[-1] if words else "", after.group(0) if after else "",
                                  inline)
            if how == "join":
                pieces[-1] = current[:-1]
                del offsets[-1]
            else:
                if current[-1] != "-":  # a soft or Unicode hyphen that stays: write "-"
                    pieces[-1] = current[:-1] + "-"
                if how == "space":
                    pieces.append(" ")
                    offsets.append(prev.offsets[-1] + 1)
        else:
            pieces.append(" ")
            offsets.append(prev.offsets[-1] + 1)
        pieces.append(line.text)
        offsets.extend(line.offsets)
    return "".join(pieces), offsets


def hyphen_join(before: str, after: str, inline: Set[str] = frozenset()) -> str:
    """How to join `before-` at a line end with `after` at the start of the next line.

    "join" for a word hyphenated by the layout (gemeente- raad → gemeenteraad), "keep" for a
    real hyphen (Noord-Brabant, sociaal-medische), "space" for a hyphen that stands for a
    left-out part (zorg- en welzijnsbeleid). `inline` holds the words of the same document as
    they occur inside lines: how the document itself spells the word decides first.
    """
    if not before or not after:
        return "keep"
    first = after.split("-")[0]
    if after[0].isupper() and not after.isupper():
        return "keep"  # Noord-Brabant, Heerlen-Noord
    if len(before) == 1 or (before.isupper() and len(before) > 1 and not after.isupper()):
        return "keep"  # e-mail, WMO-consulent
    # "zorg- en welzijn", unless the layout split a word there ("partij-en" = partijen):
    # a hyphenation point is a syllable boundary, and "zorg|en" is not one ("zor-gen").
    if first.casefold() in _COORDINATORS and len(before) >= 3 and (
            len(before) not in _hyphenator().positions((before + first).casefold())
            or zipf(before + first) == 0):
        return "space"
    joined = (before + after).casefold()
    if f"{before}-{after}".casefold() in inline and joined not in inline:
        return "keep"
    prefix = f"{before.casefold()}-"
    if before[0].isupper() and not before.isupper() and joined not in inline and (
            prefix in inline.prefixes if isinstance(inline, InlineWords)
            else any(word.startswith(prefix) for word in inline)):
        return "keep"  # the document writes "Wmo-raad" elsewhere: "Wmo-" + "consulent"
    if joined in inline or zipf(before + first) > 0:
        return "join"
    if before.casefold() in _HYPHEN_PREFIXES:
        return "keep"  # oud-wethouder, niet-westerse, ex-partner
    if (before[-1] + first[0]).casefold() in _VOWEL_CLASHES:
        return "keep"  # zee-egel, zonne-energie: Dutch spelling keeps that hyphen
    if (before.islower() and before.endswith(_ADJECTIVE_END) and first.endswith(_ADJECTIVE_END2)
            and zipf(before) >= 3.0 and zipf(first) >= 3.0):
        return "keep"  # two adjectives side by side: sociaal-medische, publiek-privaat
    return "join"


@lru_cache(maxsize=1)
def _hyphenator() -> Pyphen:
    import pyphen

    return pyphen.Pyphen(lang="nl_NL", left=2, right=2)
