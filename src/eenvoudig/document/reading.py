"""Read an input file (or stdin) into text, decided by its extension or content.

Text is decoded as UTF-8 (a BOM is removed); only when that fails is cp1252 tried, and the
document then carries a note that says so. Binary, empty, missing or oversized input raises
`InputError` with a one-line Dutch message.
"""

from __future__ import annotations

import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

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
    return source_from_bytes(item.encode("utf-8"), name="<tekst>", suffix=".md")


def read_source(path: str | Path, *, stdin: io.BufferedReader | None = None) -> Source:
    """Read a file path, or `-` for standard input."""
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        return source_from_bytes(data, name="-", suffix="")
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
        raise InputError(f"{p} is te groot ({size // (1024 * 1024)} MB); het maximum is 50 MB.")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p} kan niet worden gelezen ({os_reason(exc)}).") from None
    return source_from_bytes(data, name=str(p), suffix=p.suffix.lower())


def source_from_bytes(data: bytes, *, name: str, suffix: str = "") -> Source:
    """Detect the format of raw bytes and decode them."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is te groot; het maximum is 50 MB.")
    if not data.strip():
        raise InputError(f"{name} is leeg: er staat geen tekst in.")
    if data.startswith(b"PK\x03\x04"):
        if suffix not in ("", ".docx"):
            raise InputError(f"{name} is een zip-bestand, geen tekst. Gebruik {SUPPORTED}.")
        if not _is_docx(data):
            raise InputError(f"{name} is geen geldig Word-bestand (.docx).")
        return Source(name=name, format="docx", text="", data=data)
    if suffix == ".docx":
        raise InputError(f"{name} is geen geldig Word-bestand (.docx).")
    if data.lstrip().startswith(b"%PDF") or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return Source(name=name, format="pdf", text="", data=data)
    if suffix == ".pdf":
        raise InputError(f"{name} is geen geldig PDF-bestand.")
    if suffix in OTHER_SUFFIXES:
        raise InputError(f"{name}: dit bestandstype wordt niet ondersteund. Gebruik {SUPPORTED}.")
    if _looks_binary(data):
        raise InputError(f"{name} is geen tekstbestand. Gebruik {SUPPORTED}.")
    text, notes = decode_text(data, name)
    if not text.strip():
        raise InputError(f"{name} is leeg: er staat geen tekst in.")
    fmt = TEXT_FORMATS.get(suffix) or _sniff_format(text)
    return Source(name=name, format=fmt, text=text, notes=notes)


def decode_text(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode UTF-8 (BOM allowed); fall back to cp1252 and say so."""
    try:
        text = data.decode("utf-8-sig")
        notes: tuple[str, ...] = ()
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                f"{name} is geen UTF-8- of Windows-1252-tekst; sla het op als UTF-8."
            ) from None
        notes = (f"{name} is geen UTF-8; gelezen als Windows-1252 (cp1252).",)
    return text.replace("\r\n", "\n").replace("\r", "\n"), notes


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(4, len(head) // 100)


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _sniff_format(text: str) -> str:
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        return "html"
    return "markdown"
