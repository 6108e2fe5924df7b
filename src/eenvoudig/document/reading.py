"""Read an input file (or stdin) into text, decided by its extension or content.

Text is decoded as UTF-8, or as UTF-16/UTF-32 when the file starts with their byte order mark
(BOM); only when UTF-8 fails is cp1252 tried, and the document then carries a note that says
so. Binary, empty, missing or oversized input raises `InputError` with a one-line Dutch
message. No more than `MAX_BYTES` + 1 bytes are ever read, whatever the file's reported
size (devices and pipes report none).

The readers work on the text with every line end as `\n` and without a BOM (`Source.text`);
`Source.original` keeps the decoded text as the file has it, with its BOM (one character,
U+FEFF) and its own line ends, because offsets are character offsets into that text.
"""

from __future__ import annotations

import codecs
import io
import re
import sys
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from ..errors import InputError, os_reason

MAX_BYTES = 50 * 1024 * 1024
TEXT_FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text",
                ".html": "html", ".htm": "html", ".xhtml": "html"}
BINARY_FORMATS = {".docx": "docx", ".pdf": "pdf"}
DOCUMENT_SUFFIXES = tuple(TEXT_FORMATS) + tuple(BINARY_FORMATS)  # what eenvoudig can read
SUPPORTED = ".md, .txt, .html, .docx, .pdf of - (standaardinvoer)"


@dataclass(frozen=True)
class Source:
    """The raw input: its name, detected format, decoded text (or docx/pdf bytes) and notes."""

    name: str
    format: str
    text: str
    data: bytes = b""
    notes: tuple[str, ...] = ()
    original: str = ""
    """The decoded text as the file has it (BOM and `\r\n` line ends kept), when that
    differs from `text`; else "". Offsets point into this text."""


MAX_PATH = 4096
OTHER_SUFFIXES = (".doc", ".odt", ".rtf", ".xlsx", ".pptx")


def source_of(item: str | Path) -> Source:
    """The source behind an API argument: a `Path` (or "-" for stdin) is a file; a `str` is
    text, unless it names an existing file. A one-line `str` that ends like a file name
    (".docx", ".pdf" …) but names no file is refused, so a mistyped path is not scored as
    a one-word text."""
    if isinstance(item, Path):
        return read_source(item)
    if not isinstance(item, str):
        kind = type(item).__name__
        raise InputError(f"Verwacht tekst, een bestandsnaam of een Document, niet {kind}.")
    if item == "-":
        return read_source("-")
    if "\n" not in item and len(item) < MAX_PATH:
        try:
            if Path(item).is_file():
                return read_source(item)
        except (OSError, ValueError):
            pass
        if item.strip().lower().endswith(DOCUMENT_SUFFIXES + OTHER_SUFFIXES):
            raise InputError(f"{item.strip()} bestaat niet. Geef een bestaand bestand of "
                             "de tekst zelf.")
    return source_from_str(item)


_SURROGATE = re.compile("[\ud800-\udfff]")


def source_from_str(text: str, *, name: str = "<tekst>", suffix: str = ".md") -> Source:
    """The source of a text given as a `str`. A lone surrogate (a half of a UTF-16 pair, as
    "\\ud800" in Python makes one) cannot be encoded: each is replaced by U+FFFD, so offsets
    stay those of the `str`, and a note says so."""
    notes: tuple[str, ...] = ()
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        count = len(_SURROGATE.findall(text))
        data = _SURROGATE.sub("\ufffd", text).encode("utf-8")
        notes = (f"{name} bevat {count} ongeldige tekens (halve UTF-16-paren); die zijn "
                 "vervangen door \ufffd." if count > 1 else
                 f"{name} bevat een ongeldig teken (een half UTF-16-paar); dat is vervangen "
                 "door \ufffd.",)
    source = source_from_bytes(data, name=name, suffix=suffix)
    return replace(source, notes=notes + source.notes) if notes else source


def read_source(path: str | Path, *, stdin: io.BufferedReader | None = None) -> Source:
    """Read a file path, or `-` for standard input: never more than `MAX_BYTES` + 1 bytes,
    so a device (`/dev/zero`) or a pipe stops at the limit like a file."""
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return source_from_bytes(_read_capped(stream, "De standaardinvoer"), name="-",
                                 suffix="")
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p} is een map, geen bestand.")
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{p} bestaat niet.") from None
    except OSError as exc:
        raise InputError(f"{p} kan niet worden gelezen ({os_reason(exc)}).") from None
    if size > MAX_BYTES:
        raise InputError(f"{p} is te groot ({size // (1024 * 1024)} MB); het maximum is "
                         f"{MAX_BYTES // (1024 * 1024)} MB.")
    try:
        with p.open("rb") as handle:
            data = _read_capped(handle, str(p))
    except OSError as exc:
        raise InputError(f"{p} kan niet worden gelezen ({os_reason(exc)}).") from None
    return source_from_bytes(data, name=str(p), suffix=p.suffix.lower())


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _read_capped(stream: _Readable, name: str) -> bytes:
    """At most `MAX_BYTES` + 1 bytes of a stream; more than `MAX_BYTES` is refused."""
    chunks: list[bytes] = []
    left = MAX_BYTES + 1
    while left > 0:
        chunk = stream.read(min(left, 1024 * 1024))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    if left <= 0:
        raise _too_large(name)
    return b"".join(chunks)


def _too_large(name: str) -> InputError:
    return InputError(f"{name} is te groot; het maximum is {MAX_BYTES // (1024 * 1024)} MB.")


def source_from_bytes(data: bytes, *, name: str, suffix: str = "") -> Source:
    """Detect the format of raw bytes and decode them."""
    if len(data) > MAX_BYTES:
        raise _too_large(name)
    if not data.strip():
        raise InputError(f"{name} is leeg: er staat geen tekst in.")
    if data.startswith(b"PK\x03\x04"):
        if suffix not in ("", ".docx"):
            raise InputError(f"{name} is een zip-bestand, geen tekst. Gebruik {SUPPORTED}.")
        xml_size = _docx_xml_size(data)
        if xml_size is None:
            raise InputError(f"{name} is geen geldig Word-bestand (.docx).")
        if xml_size > MAX_DOCX_XML:
            limit = MAX_DOCX_XML // (1024 * 1024)
            raise InputError(f"{name} is te groot: uitgepakt meer dan {limit} MB aan tekst en "
                             f"opmaak; het maximum is {limit} MB.")
        return Source(name=name, format="docx", text="", data=data)
    if suffix == ".docx":
        raise InputError(f"{name} is geen geldig Word-bestand (.docx).")
    if data.lstrip().startswith(b"%PDF") or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return Source(name=name, format="pdf", text="", data=data)
    if suffix == ".pdf":
        raise InputError(f"{name} is geen geldig PDF-bestand.")
    if suffix in OTHER_SUFFIXES:
        raise InputError(f"{name}: dit bestandstype wordt niet ondersteund. Gebruik {SUPPORTED}.")
    wide = _wide_encoding(data)
    if wide is None and _looks_binary(data):
        raise InputError(f"{name} is geen tekstbestand. Gebruik {SUPPORTED}.")
    original, notes = decode_text(data, name)
    if wide is not None and _looks_binary_text(original):
        raise InputError(f"{name} is geen tekstbestand. Gebruik {SUPPORTED}.")
    text = normalised(original)
    if not text.strip():
        raise InputError(f"{name} is leeg: er staat geen tekst in.")
    fmt = TEXT_FORMATS.get(suffix) or _sniff_format(text)
    return Source(name=name, format=fmt, text=text, notes=notes,
                  original=original if original != text else "")


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
         (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))


def _wide_encoding(data: bytes) -> tuple[str, str] | None:
    """(codec, name) of UTF-16 or UTF-32 text that starts with its BOM; else None."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return codec, label
    return None


def decode_text(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode UTF-8, or UTF-16/UTF-32 after their BOM; fall back to cp1252 and say so.

    The text is returned as the file has it: a BOM stays as its first character (U+FEFF)
    and line ends stay as they are (see `normalised`)."""
    wide = _wide_encoding(data)
    if wide is not None:
        codec, label = wide
        try:
            return data.decode(codec), ()
        except UnicodeDecodeError:
            raise InputError(f"{name} is geen geldige {label}-tekst; sla het op als UTF-8."
                             ) from None
    try:
        text = data.decode("utf-8")
        notes: tuple[str, ...] = ()
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                f"{name} is geen UTF-8- of Windows-1252-tekst; sla het op als UTF-8."
            ) from None
        notes = (f"{name} is geen UTF-8; gelezen als Windows-1252 (cp1252).",)
    return text, notes


def normalised(text: str) -> str:
    """The text that the readers cut into blocks: without a leading BOM, every line end
    (`\r\n`, `\r`) as `\n`."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary_text(text: str) -> bool:
    head = text[:8192]
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\n\f\r")
    return "\x00" in head or controls > max(4, len(head) // 100)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(4, len(head) // 100)


MAX_DOCX_XML = 2 * MAX_BYTES
"""A .docx is a zip file: what its XML parts unpack to is limited too, so that a small file
that unpacks to gigabytes (a "zip bomb") is refused before it is read."""


def _docx_xml_size(data: bytes) -> int | None:
    """The unpacked size of a .docx's XML parts (as its zip directory declares them; reading
    a part stops at that size), or None when it is no Word file."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        return None
    if not any(info.filename == "word/document.xml" for info in infos):
        return None
    return sum(info.file_size for info in infos if info.filename.endswith((".xml", ".rels")))


def _sniff_format(text: str) -> str:
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        return "html"
    return "markdown"
