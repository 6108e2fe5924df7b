"""Compare pypdf and pdfminer.six on the test PDFs of tests/data/pdf (Dutch municipal style).

For every library the raw text of each PDF is compared with the text that went into it
(`tests/data/pdf/make_pdfs.py` holds that text):

- word recall / precision: words (lower case, hyphenated compounds whole) found in the
  extraction vs the source, counted as multisets, after words broken at a line end are
  rejoined with eenvoudig's rule (so both libraries get the same help);
- hyphenation: words broken at a line end ("gemeente-" / "raad") that the extraction lets us
  rejoin correctly (joined, real hyphen kept, or "zorg- en" kept);
- furniture lines: running-header and page-number lines in the text (the library's raw
  output; then what is left after eenvoudig's cleanup, on the library eenvoudig uses);
- reading-order errors: source paragraphs found out of order (or not found) in the text;
- time per page (best of three runs).

Run:  .venv/bin/python benchmarks/pdf_extractors.py
"""

from __future__ import annotations

import importlib.metadata as metadata
import importlib.util
import io
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = ROOT / "tests" / "data" / "pdf"
sys.path.insert(0, str(PDF_DIR))

from make_pdfs import specs  # noqa: E402

from eenvoudig.document.cleanup import is_page_number  # noqa: E402
from eenvoudig.document.pdf import hyphen_join  # noqa: E402

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
BREAK = re.compile(r"([^\W_]+)[-\u00ad\u2010][ \t]*\n[ \t]*([^\W_]+)")


def extract_pypdf(data: bytes) -> tuple[str, int]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def extract_pdfminer(data: bytes) -> tuple[str, int]:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfpage import PDFPage

    pages = sum(1 for _ in PDFPage.get_pages(io.BytesIO(data)))
    return extract_text(io.BytesIO(data)), pages


LIBRARIES = {"pypdf": extract_pypdf, "pdfminer.six": extract_pdfminer}


def words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


def rejoin(text: str) -> str:
    """Rejoin words broken at a line end with eenvoudig's rule; other line breaks → spaces."""
    inline = {w for line in text.split("\n") for w in words(line.rstrip("-\u00ad\u2010"))}

    def fix(match: re.Match) -> str:
        how = decide(match.group(1), match.group(2), inline)
        sep = {"join": "", "keep": "-", "space": "- "}[how]
        return match.group(1) + sep + match.group(2)

    return BREAK.sub(fix, text)


def decide(before: str, after: str, inline: set[str]) -> str:
    """eenvoudig's decision for a line-end hyphen (numbers keep theirs: 2024-2028)."""
    if before[-1:].isdigit() or after[:1].isdigit():
        return "keep"
    return hyphen_join(before, after, inline)


def hyphenation(text: str, source_text: str) -> tuple[int, int]:
    """(breaks found, breaks rejoined as in the source)."""
    inline = {w for line in text.split("\n") for w in words(line.rstrip("-\u00ad\u2010"))}
    found = correct = 0
    for match in BREAK.finditer(text):
        before, after = match.group(1), match.group(2)
        if re.search(rf"\b{re.escape(before)}- {re.escape(after)}\b", source_text):
            expected = "space"
        elif re.search(rf"\b{re.escape(before)}-{re.escape(after)}", source_text):
            expected = "keep"
        elif re.search(rf"\b{re.escape(before)}{re.escape(after)}", source_text):
            expected = "join"
        else:
            continue  # not text of the source (e.g. a header): not counted
        found += 1
        correct += decide(before, after, inline) == expected
    return found, correct


def furniture_lines(text: str, header: str) -> int:
    return sum(1 for line in text.split("\n")
               if line.strip() == header or is_page_number(line.strip()))


def order_errors(text: str, paragraphs: list[str]) -> int:
    """Source sentences (first five words) not found after the sentence before them."""
    extracted = " ".join(words(rejoin(text)))
    errors = 0
    last = -1
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[.!?:;])\s+", paragraph):
            head = " ".join(words(sentence)[:5])
            if len(head.split()) < 5:
                continue
            position = extracted.find(head, last + 1)
            if position < 0:
                errors += 1
            else:
                last = position
    return errors


def scores(text: str, source: list[str]) -> tuple[float, float]:
    got = Counter(words(rejoin(text)))
    want = Counter(source)
    hit = sum((got & want).values())
    return hit / max(1, sum(want.values())), hit / max(1, sum(got.values()))


def installed_size(distribution: str) -> int:
    dist = metadata.distribution(distribution)
    return sum(f.size or 0 for f in dist.files or ())


def eenvoudig_text(path: Path) -> str:
    import eenvoudig

    document = eenvoudig.read(path)
    parts = [document.title]
    for section in document.sections:
        if section.number is not None:
            parts.append(f"{section.number} {section.title}")
        part = None
        for block in section.blocks:
            if block.part != part and block.part:
                parts.append(block.part.capitalize() + ":")  # "Principes:" became a label
            part = block.part
            parts.append(block.text)
    return "\n".join(parts)


def hyphen_rule_on_example() -> dict[str, tuple[int, int]]:
    """eenvoudig's hyphen rule on every possible line-end break in the example agreement
    (text not used to tune it beyond the few excerpts in the test PDFs):
    every pyphen hyphenation point of every word must be joined, every real hyphen kept,
    and "zorg- en welzijn" kept with its space. Returns class → (correct, total)."""
    import pyphen

    text = (ROOT / "examples" / "heerlens-akkoord-2026-2030.md").read_text(encoding="utf-8")
    dic = pyphen.Pyphen(lang="nl_NL", left=2, right=2)
    result = Counter()
    seen: set[str] = set()
    for token in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*-?(?: (?:en|of) )?", text):
        token = token.strip()
        if token in seen:
            continue
        seen.add(token)
        if token.endswith(("- en", "- of")):
            before = token.split("-")[-2]
            result["space", "total"] += 1
            result["space", "ok"] += hyphen_join(before, token.split()[-1]) == "space"
        elif "-" in token.strip("-"):
            parts = token.strip("-").split("-")
            for k in range(1, len(parts)):
                result["keep", "total"] += 1
                result["keep", "ok"] += hyphen_join(parts[k - 1], "-".join(parts[k:])) == "keep"
        elif len(token) >= 6:
            for position in dic.positions(token):
                result["join", "total"] += 1
                result["join", "ok"] += hyphen_join(token[:position], token[position:]) == "join"
    return {kind: (result[kind, "ok"], result[kind, "total"]) for kind in ("join", "keep", "space")}


def main() -> None:
    rows = []
    for library, extract in LIBRARIES.items():
        totals = Counter()
        recall_sum = precision_sum = 0.0
        for spec in specs():
            data = (PDF_DIR / spec.name).read_bytes()
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                text, pages = extract(data)
                best = min(best, time.perf_counter() - start)
            source_text = "\n".join(t for _, t in spec.content)
            source = words(source_text)
            recall, precision = scores(text, source)
            recall_sum += recall
            precision_sum += precision
            found, correct = hyphenation(text, source_text)
            totals.update(pages=pages, seconds=best, breaks=found, joined=correct,
                          furniture=furniture_lines(text, spec.header),
                          order=order_errors(text, [t for _, t in spec.content]))
        n = len(specs())
        rows.append((library, recall_sum / n, precision_sum / n, totals))

    print("Test PDFs:", ", ".join(s.name for s in specs()))
    print(f"{'library':<14} {'recall':>7} {'precis.':>7} {'hyphen ok':>10} {'furniture':>9} "
          f"{'order err':>9} {'ms/page':>8}")
    for library, recall, precision, t in rows:
        print(f"{library:<14} {recall:7.1%} {precision:7.1%} "
              f"{t['joined']:>4}/{t['breaks']:<5} {t['furniture']:>9} {t['order']:>9} "
              f"{1000 * t['seconds'] / t['pages']:8.1f}")

    # What eenvoudig makes of it (pypdf + line joining, hyphenation and cleanup).
    totals = Counter()
    recall_sum = precision_sum = 0.0
    for spec in specs():
        text = eenvoudig_text(PDF_DIR / spec.name)
        source = words("\n".join(t for _, t in spec.content))
        recall, precision = scores(text, source)
        recall_sum += recall
        precision_sum += precision
        totals.update(furniture=furniture_lines(text, spec.header) + sum(
            spec.header in line for line in text.split("\n")),
            order=order_errors(text, [t for _, t in spec.content]))
    n = len(specs())
    print(f"{'eenvoudig':<14} {recall_sum / n:7.1%} {precision_sum / n:7.1%} {'':>10} "
          f"{totals['furniture']:>9} {totals['order']:>9}   (pypdf + eenvoudig's cleanup)")

    print("\nHyphen rule on every possible line-end break of examples/heerlens-akkoord-2026-2030"
          ".md:")
    for kind, (ok, total) in hyphen_rule_on_example().items():
        label = {"join": "layout hyphen joined", "keep": "real hyphen kept",
                 "space": '"zorg- en" kept'}[kind]
        print(f"  {label:<22} {ok:>5}/{total:<5} {ok / max(1, total):6.1%}")

    print("\nPackages (installed size, own dependencies):")
    for dist in ("pypdf", "pdfminer.six", "cryptography", "charset-normalizer"):
        if importlib.util.find_spec(dist.replace(".six", "").replace("-", "_")) is None:
            continue
        meta = metadata.metadata(dist)
        requires = [r for r in (metadata.requires(dist) or []) if "extra ==" not in r]
        license_name = meta.get("License-Expression") or meta.get("License") or "?"
        print(f"  {dist:<19} {metadata.version(dist):<10} {license_name:<14} "
              f"{installed_size(dist) / 1e6:5.1f} MB  requires: {', '.join(requires) or '-'}")


if __name__ == "__main__":
    main()
