"""Build the LiNT-II tables that eenvoudig ships, from the data in the `lint-ii` wheel.

LiNT-II (Kim & Pander Maat 2025; lint-ii 0.1.3 on PyPI, EUPL-1.2 like eenvoudig) keeps its
word lists as parquet files in `lint_ii/linguistic_data/data/`. This script reads them with
pyarrow (a build-time tool only: eenvoudig does not need pyarrow at run time) and writes
plain-text word lists in eenvoudig's format (`# key: value` header, tab-separated columns)
to `wordlists/`:

| written | from | what |
|---|---|---|
| `lint-frequenties.tsv.gz` | `subtlex_wordfreq.parquet` | SUBTLEX-NL count of each word form |
| `lint-overslaan.txt` | `subtlex_wordfreq_skiplist.parquet` | words left out of the frequency |
| `lint-naamwoorden.tsv.gz` | newest `nouns_sem_types_*.parquet` | noun → class, compound head |
| `lint-wijze-bijwoorden.txt` | newest `manner_adverbs_*.parquet` | manner adverbs (content words) |
| `lint-maateenheden.txt` | `measurement_units.parquet` | unit symbols: concrete nouns |

It also checks that the formula in `src/eenvoudig/analysis/lint.py` carries the coefficients
of `coefficients.json` that lint-ii 0.1.3 uses (spaCy 3.7.0 and the newest noun list).

    python3 -m venv /work/venv-lint && /work/venv-lint/bin/pip install lint-ii==0.1.3 pyarrow
    /work/venv-lint/bin/python training/build_lint_tables.py [--data DIR] [--out wordlists]

Exact, not approximate: the frequency table stores SUBTLEX-NL's integer count, from which
LiNT-II's Zipf value follows exactly (the script verifies this for every word); nothing is
left out that LiNT-II could ever look up as a content word (only entries that are empty,
contain white space, which no token does, or start with '#'). The gzip files are written
with a fixed time stamp, so the same wheel gives the same bytes.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = "0.1.3"
UNKNOWN_ZIPF = 1.359228547196266  # lint-ii's zero-count frequency: log10(1 / N × 10^9)
TOTAL = 43_729_192  # SUBTLEX-NL corpus size N in lint-ii's Zipf values: 10^9 / 10^1.3592…
COEFFICIENT_NAMES = {"const": "CONSTANT", "mean_log_word_freq": "W_FREQUENCY",
                     "mean_max_sdl": "W_DEPENDENCY", "mean_content_words": "W_CONTENT_PER_CLAUSE",
                     "proportion_concrete": "W_CONCRETE"}

CITE_SUBTLEX = ("# SUBTLEX-NL: Keuleers, E., Brysbaert, M. & New, B. (2010). SUBTLEX-NL: A new "
                "measure for Dutch word frequency based on film subtitles. Behavior Research "
                "Methods 42(3), 643-650.")
CITE_LINT = ("# LiNT-II: Kim, J. & Pander Maat, H. (2025). LiNT-II: readability assessment for "
             "Dutch, version 0.1.3 (Python package), https://github.com/vanboefer/lint_ii. "
             "LiNT: Pander Maat, H., Kleijn, S. & Frissen, S. (2023), Tijdschrift voor "
             "Taalbeheersing 45(1); Kleijn, S. (2018), PhD thesis, Utrecht University.")
CITE_NOUNS = ("# Noun list: made for the original LiNT by Henk Pander Maat, Nick Dekker and "
              "N. van Houten on the basis of the Referentiebestand Nederlands (Martin & Maks "
              "2005), revised and extended for LiNT-II by Henk Pander Maat.")


def default_data_dir() -> Path:
    import lint_ii

    return Path(lint_ii.__file__).parent / "linguistic_data" / "data"


def newest(data: Path, pattern: str) -> Path:
    """The newest version of a dated table, chosen as lint-ii chooses it (highest stem)."""
    return sorted(data.glob(pattern), key=lambda p: p.stem, reverse=True)[0]


def sha256(path: Path) -> str:
    """The file's digest in the wheel's RECORD notation."""
    digest = hashlib.sha256(path.read_bytes()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def header(what: list[str], path: Path, columns: tuple[str, ...] | None) -> list[str]:
    lines = [f"# {line}" for line in what]
    lines.append(f"# source: lint-ii {VERSION} (lint_ii/linguistic_data/data/{path.name}, "
                 f"sha256={sha256(path)}), derived by training/build_lint_tables.py")
    lines.append("# licence: EUPL-1.2")
    lines.append("# format: eenvoudig-wordlist 1")
    if columns:
        lines.append(f"# columns: {', '.join(columns)}")
        lines.append("\t".join(columns))
    return lines


def usable(word: object) -> bool:
    """Whether lint-ii could ever look this entry up as a content word: a token is never
    empty and never holds white space (SUBTLEX-NL has a few entries with a no-break space);
    entries starting with '#' ('#', '#1') are punctuation, and the word-list format reads
    such a line as a comment."""
    return (isinstance(word, str) and word != "" and not word.startswith("#")
            and not any(ch.isspace() for ch in word))


def write(path: Path, lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.suffix == ".gz":
        data = gzip.compress(data, compresslevel=9, mtime=0)
    path.write_bytes(data)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
          f"{len(lines):,} lines, {len(data):,} bytes")


def frequencies(data: Path, out: Path) -> None:
    import pyarrow.parquet as pq

    source = data / "subtlex_wordfreq.parquet"
    table = pq.read_table(source).to_pydict()
    rows: dict[str, int] = {}
    for word, zipf in zip(table["word"], table["word_count"], strict=True):
        if not usable(word):
            continue
        count = round(10 ** (zipf - UNKNOWN_ZIPF)) - 1
        if count < 1 or abs(zipf_of(count) - zipf) > 1e-9:
            raise SystemExit(f"{word!r}: Zipf {zipf} is not log10((n + 1) / N × 10^9)")
        if word in rows:
            raise SystemExit(f"{word!r} occurs twice in {source.name}")
        rows[word] = count
    what = [
        "LiNT-II word frequencies: the SUBTLEX-NL count of each (lower-case) word form, as "
        "lint-ii reads it.",
        f"Zipf value = log10((count + 1) x 10^9 / {TOTAL}); a word that is not listed has "
        f"count 0, Zipf {UNKNOWN_ZIPF:.3f} (lint-ii's value for unknown words).",
        CITE_SUBTLEX[2:], CITE_LINT[2:],
    ]
    lines = header(what, source, ("word", "count"))
    lines += [f"{word}\t{count}" for word, count in sorted(rows.items())]
    write(out / "lint-frequenties.tsv.gz", lines)


def zipf_of(count: int) -> float:
    return math.log10((count + 1) * 1e9 / TOTAL)


def skip_list(data: Path, out: Path) -> None:
    import pyarrow.parquet as pq

    source = data / "subtlex_wordfreq_skiplist.parquet"
    words = sorted({w for w in pq.read_table(source).to_pydict()["word"] if usable(w)})
    what = ["LiNT-II skip list: words that get no frequency in LiNT-II's word-frequency feature",
            "(common in Dutch speech but rare in the subtitles of SUBTLEX-NL; made by the makers",
            "of the original LiNT, see the T-Scan manual). A content word is skipped when its",
            "form or its lemma is listed.", CITE_LINT[2:]]
    write(out / "lint-overslaan.txt", header(what, source, None) + words)


def nouns(data: Path, out: Path) -> None:
    import pyarrow.parquet as pq

    source = newest(data, "nouns_sem_types_*.parquet")
    rows = pq.read_table(source, columns=["word", "super_sem_type", "head"]).to_pylist()
    classes = {"concrete", "abstract", "undefined"}
    entries: dict[str, tuple[str, str]] = {}
    for row in rows:
        word = row["word"]
        if not usable(word):
            continue
        if row["super_sem_type"] not in classes:
            raise SystemExit(f"{word!r}: class {row['super_sem_type']!r}")
        entries[word] = (row["super_sem_type"], row["head"] or "")
    what = [f"LiNT-II noun list ({source.stem}): the semantic class of each noun form",
            "(singular and plural, lower case) for LiNT-II's proportion of concrete nouns, and",
            "for compounds the head word whose frequency LiNT-II uses instead of the compound's.",
            "class: concrete (people, animals, objects, substances, food, measures, places,",
            "times, concrete events), abstract (abstract substances and events, organisations,",
            "concepts) or undefined (both senses; counted as a noun, not as concrete).",
            CITE_NOUNS[2:], CITE_LINT[2:]]
    lines = header(what, source, ("word", "class", "head"))
    lines += [f"{word}\t{cls}\t{head}" for word, (cls, head) in sorted(entries.items())]
    write(out / "lint-naamwoorden.tsv.gz", lines)


def manner_adverbs(data: Path, out: Path) -> None:
    import pyarrow.parquet as pq

    source = newest(data, "manner_adverbs_*.parquet")
    raw = pq.read_table(source).to_pydict()["adverb"]
    words = sorted({w.strip() for w in raw if isinstance(w, str) and w.strip()})
    padded = sorted(w.strip() for w in raw if isinstance(w, str) and w != w.strip())
    what = ["LiNT-II manner adverbs: adverbs that count as content words (any other adverb",
            "is a function word for LiNT-II). Matched on the lower-case word form.",
            f"In lint-ii {VERSION} {len(padded)} entries end in a space and so never match "
            f"there ({', '.join(padded)}); here they are stripped and do match.",
            CITE_LINT[2:]]
    write(out / "lint-wijze-bijwoorden.txt", header(what, source, None) + words)


def measurement_units(data: Path, out: Path) -> None:
    import pyarrow.parquet as pq

    source = data / "measurement_units.parquet"
    symbols = sorted({s for s in pq.read_table(source).to_pydict()["symbol"] if usable(s)})
    what = ["LiNT-II measurement units: symbols (km, kg, °c …) that LiNT-II counts as concrete",
            "nouns when the parser tags them as a symbol (CGN SPEC) rather than a noun.",
            CITE_LINT[2:]]
    write(out / "lint-maateenheden.txt", header(what, source, None) + symbols)


def check_coefficients(data: Path) -> None:
    """eenvoudig's formula must carry the coefficients lint-ii 0.1.3 picks (spaCy 3.7.0, the
    newest noun list)."""
    models = json.loads((data / "coefficients.json").read_text("utf-8"))
    noun_list = newest(data, "nouns_sem_types_*.parquet").stem
    chosen = next(m for m in models if m["model_version"] == "3.7.0"
                  and m["noun_list"] == noun_list)
    source = (ROOT / "src" / "eenvoudig" / "analysis" / "lint.py").read_text("utf-8")
    wrong = []
    for key, name in COEFFICIENT_NAMES.items():
        value = chosen["coefficients"][key]["coef"]
        found = re.search(rf"^{name} = (-?[0-9.]+)", source, re.M)
        if found is None or float(found.group(1)) != value:
            wrong.append(f"{name} = {value!r}")
    print(f"coefficients ({chosen['model_version']}, {noun_list}): "
          f"{'as in lint.py' if not wrong else 'lint.py should have ' + '; '.join(wrong)}")
    if wrong:
        raise SystemExit(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="lint-ii's data folder (default: the "
                        "installed lint_ii package)")
    parser.add_argument("--out", type=Path, default=ROOT / "wordlists")
    args = parser.parse_args(argv)
    data = args.data or default_data_dir()
    for build in (frequencies, skip_list, nouns, manner_adverbs, measurement_units):
        build(data, args.out)
    check_coefficients(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
