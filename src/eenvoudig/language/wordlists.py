"""Read the plain-text word lists in `wordlists/`.

Format (version 1): UTF-8 text. Header lines start with `#` and carry `key: value` pairs;
`source`, `licence` and `format` are required, `format` must be `eenvoudig-wordlist 1`.
A list with more than one column names them in `# columns: a, b, c` and repeats them,
tab-separated, on the first line after the header. Every other line is one entry, its fields
separated by tabs. Malformed files raise `DataError` naming the file and line. A list may be
stored gzip-compressed (`name.tsv.gz`); large tables (LiNT-II's, hundreds of thousands of
lines) are read with `load_table`, which checks the same header but keeps each entry as one
string until it is looked up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import DataError
from ..resources import read_data_text

FORMAT = "eenvoudig-wordlist 1"
REQUIRED_META = ("source", "licence", "format")


@dataclass(frozen=True)
class WordList:
    """A parsed word list: its header fields, column names and entries (with line numbers)."""

    name: str
    meta: dict[str, str]
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]

    def column(self, name: str) -> list[str]:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


def parse_wordlist(text: str, name: str) -> WordList:
    """Parse the text of a word list; `name` is used in error messages."""
    meta: dict[str, str] = {}
    columns: tuple[str, ...] = ("entry",)
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    header_done = False
    expect_column_line = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not header_done and line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip()
            continue
        if not header_done:
            header_done = True
            for key in REQUIRED_META:
                if key not in meta:
                    raise DataError(f"{name}: de kop mist '# {key}: …' (regel {number}).")
            if meta["format"] != FORMAT:
                raise DataError(
                    f"{name}: onbekend formaat '{meta['format']}', verwacht '{FORMAT}'."
                )
            if "columns" in meta:
                columns = tuple(c.strip() for c in meta["columns"].split(",") if c.strip())
                expect_column_line = len(columns) > 1
        if not line.strip() or line.startswith("#"):
            continue
        if expect_column_line:
            expect_column_line = False
            if tuple(f.strip() for f in line.split("\t")) != columns:
                raise DataError(
                    f"{name}:{number}: kolomnamen '{line}' passen niet bij '# columns'."
                )
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) > len(columns):
            raise DataError(
                f"{name}:{number}: {len(fields)} kolommen, verwacht {len(columns)}."
            )
        fields += [""] * (len(columns) - len(fields))
        if not fields[0]:
            raise DataError(f"{name}:{number}: de eerste kolom is leeg.")
        rows.append(tuple(fields))
        lines.append(number)
    if not header_done:
        raise DataError(f"{name}: het bestand bevat geen regels na de kop.")
    return WordList(name, meta, columns, tuple(rows), tuple(lines))


@cache
def load_wordlist(filename: str) -> WordList:
    """Load (once) a word list that ships in `wordlists/`."""
    return parse_wordlist(read_data_text("wordlists", filename), f"wordlists/{filename}")


@dataclass(frozen=True)
class Table:
    """A large word list: its header fields and columns, and a map from each entry's first
    field to the rest of its line (the other fields, tab-separated, unsplit)."""

    name: str
    meta: dict[str, str]
    columns: tuple[str, ...]
    entries: dict[str, str]


@cache
def load_table(filename: str) -> Table:
    """Load (once) a large word list that ships in `wordlists/`: the header is checked as in
    `parse_wordlist`, every entry for its number of fields; a first field that occurs twice
    keeps its last line."""
    name = f"wordlists/{filename}"
    lines = read_data_text("wordlists", filename).split("\n")
    start = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    head = parse_wordlist("\n".join(lines[:start + 1]) + "\n", name)
    body = start + (1 if len(head.columns) > 1 else 0)
    tabs = len(head.columns) - 1
    entries: dict[str, str] = {}
    for number, line in enumerate(lines[body:], start=body + 1):
        if not line or line.startswith("#"):
            continue
        if line.count("\t") != tabs:
            raise DataError(f"{name}:{number}: {line.count(chr(9)) + 1} kolommen, "
                            f"verwacht {tabs + 1}.")
        key, _, rest = line.partition("\t")
        entries[key] = rest
    return Table(name, head.meta, head.columns, entries)
