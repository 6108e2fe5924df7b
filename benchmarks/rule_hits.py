"""Measure the rules: hits on the example agreement and on the Amsterdam dev pairs, and a
random sample of 100 hits to judge by hand (written to a TSV file).

    python benchmarks/rule_hits.py [--sample sample.tsv] [--seed 2026]

The dev pairs are read from ../shared/eval/amsterdam-municipal-pairs-dev.csv (not shipped).
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "heerlens-akkoord-2026-2030.md"
PAIRS = ROOT.parent / "shared" / "eval" / "amsterdam-municipal-pairs-dev.csv"


def group(rule: str) -> str:
    head = rule.split(".", 1)[0]
    return head if head in ("ambtelijk", "anglicismen", "begrippen", "afkortingen") else rule


def main() -> None:
    import eenvoudig

    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=Path, default=Path("rule-hit-sample.tsv"))
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    agreement = eenvoudig.check(EXAMPLE)
    corpora = [("agreement", agreement.hits, agreement.analysis.metrics.words)]
    if PAIRS.is_file():
        with PAIRS.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        for side in ("Complex", "Simple"):
            text = "\n\n".join(r[side].strip() for r in rows if r[side].strip())
            result = eenvoudig.check(text)
            corpora.append((f"dev pairs ({side})", result.hits, result.analysis.metrics.words))
    for name, hits, words in corpora:
        counts = collections.Counter(group(h.rule) for h in hits)
        print(f"{name}: {len(hits)} hits in {words:,} words "
              f"({100 * len(hits) / words:.1f} per 100 words)")
        for rule, count in counts.most_common():
            print(f"  {rule:32} {count:5}")
    pool = [(name, h) for name, hits, _ in corpora[:2] for h in hits]
    random.seed(args.seed)
    sample = random.sample(pool, min(100, len(pool)))
    with args.sample.open("w", encoding="utf-8") as out:
        out.write("corpus\trule\ttext\tsuggestion\tcontext\tjudgement\n")
        for name, hit in sample:
            start = max(0, hit.sentence_start - 60)
            context = hit.sentence[start:hit.sentence_start + len(hit.text) + 60]
            suggestion = hit.suggestions[0] if hit.suggestions else ""
            out.write(f"{name}\t{hit.rule}\t{hit.text[:80]}\t{suggestion[:80]}\t{context}\t\n")
    print(f"sample of {len(sample)} hits written to {args.sample}")


if __name__ == "__main__":
    main()
