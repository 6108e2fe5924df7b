"""Measure how many long sentences `eenvoudig.simplify` cuts.

For the example agreement (examples/heerlens-akkoord-2026-2030.md) and, unless `--no-pairs`,
the complex side of the Amsterdam dev pairs (../shared/eval/amsterdam-municipal-pairs-dev.csv,
column "Complex"), prints:
- sentences of more than 20 words before, and after: the rewritten text of every sentence
  (`SentenceRewrite.text`, not the glossary) split into sentences again by eenvoudig's own
  sentence splitter;
- how many sentences were cut (their edits include `zinsbouw.zin-knippen`);
- how many cut attempts the guardrails rejected: a rewrite with a cut that `check_sentence`
  turned down (watched by wrapping the two functions while `simplify` runs, so the count is
  that of the real run, not of a copy of its logic), with the reasons.
Writes N random cut sentences of the agreement (before → after) to the `--sample` file.

    python benchmarks/long_sentences.py [--sample cuts.tsv] [-n 30] [--seed 2026] [--no-pairs]
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "heerlens-akkoord-2026-2030.md"
PAIRS = ROOT.parent / "shared" / "eval" / "amsterdam-municipal-pairs-dev.csv"
LONG = 20


class Watch:
    """Records, while `simplify` runs, which candidate texts contain a cut and what the
    guardrails said about them."""

    def __init__(self) -> None:
        self.cut_candidates: set[tuple[str, str]] = set()
        self.rejected: list[tuple[str, str, str]] = []

    def __enter__(self) -> Watch:
        from eenvoudig.rewriting import simplify as module

        self.module = module
        self.variants, self.check = module._variants, module.check_sentence

        def variants(sentence, *args, **kwargs):
            found = self.variants(sentence, *args, **kwargs)
            for parts, edits in found:
                if any(e.rule == module.SPLIT_RULE for e in edits):
                    self.cut_candidates.add((sentence.text, " ".join(parts)))
            return found

        def check(original, rewritten, *args, **kwargs):
            problem = self.check(original, rewritten, *args, **kwargs)
            if problem and (original, rewritten) in self.cut_candidates:
                self.rejected.append((original, rewritten, problem))
            return problem

        module._variants, module.check_sentence = variants, check
        return self

    def __exit__(self, *exc: object) -> None:
        self.module._variants, self.module.check_sentence = self.variants, self.check


def kind(reason: str) -> str:
    """The kind of cut from its reason: "bij 'en'", "de bijzin met 'zodat'" …"""
    rest = re.sub(r"^Lange zin \(\d+ woorden\) in tweeën geknipt:? ?", "", reason)
    return re.split(r"[,.]| is | staat ", rest)[0]


def words_per_sentence(texts: list[str]) -> list[list[int]]:
    """For each text, the word count of each of its sentences (eenvoudig's splitter)."""
    import eenvoudig

    analyses = eenvoudig.analyze_many(texts, parse=False)
    return [[s.metrics.words for s in a.sentences] for a in analyses]


def measure(name: str, inputs: list[str | Path]) -> list[tuple[str, str, str]]:
    """Print the figures for one corpus; return its cut sentences (original, new, reason)."""
    import eenvoudig
    from eenvoudig.rewriting.simplify import SPLIT_RULE

    with Watch() as watch:
        rewrites = eenvoudig.simplify_many(inputs)
    sentences = [s for rw in rewrites for s in rw.sentences]
    before = words_per_sentence([s.original for s in sentences])
    after = words_per_sentence([s.text for s in sentences])
    long_before = sum(1 for counts in before for c in counts if c > LONG)
    long_after = sum(1 for counts in after for c in counts if c > LONG)
    cuts = [(s.original, s.text, next(e.reason for e in s.edits if e.rule == SPLIT_RULE))
            for s in sentences if any(e.rule == SPLIT_RULE for e in s.edits)]
    shortened = sum(1 for b, a in zip(before, after, strict=True)
                    if any(c > LONG for c in b) and max(a, default=0) < max(b))
    print(f"{name}: {len(sentences)} sentences")
    print(f"  sentences > {LONG} words before: {long_before}")
    print(f"  sentences > {LONG} words after:  {long_after}")
    print(f"  long sentences whose longest part got shorter: {shortened}")
    print(f"  sentences cut: {len(cuts)}")
    kinds = collections.Counter(kind(reason) for _, _, reason in cuts)
    for label, count in kinds.most_common():
        print(f"    {count:4d}  {label}")
    reasons = collections.Counter(problem.split("(")[0].split(":")[0].strip()
                                  for _, _, problem in watch.rejected)
    rejected_sentences = len({original for original, _, _ in watch.rejected})
    print(f"  cut attempts rejected by the guardrails: {len(watch.rejected)} "
          f"(in {rejected_sentences} sentences)")
    for reason, count in reasons.most_common():
        print(f"    {count:4d}  {reason}")
    return cuts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=Path, default=Path("cut-sample.tsv"))
    parser.add_argument("-n", type=int, default=30, help="how many cut sentences to write")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-pairs", action="store_true", help="only the agreement")
    args = parser.parse_args()

    cuts = measure("agreement", [EXAMPLE])
    if not args.no_pairs and PAIRS.is_file():
        with PAIRS.open(encoding="utf-8") as handle:
            sources = [r["Complex"].strip() for r in csv.DictReader(handle)
                       if r["Complex"].strip()]
        measure("Amsterdam dev pairs (complex side)", sources)
    random.seed(args.seed)
    picks = random.sample(cuts, min(args.n, len(cuts)))
    with args.sample.open("w", encoding="utf-8") as out:
        out.write("before\tafter\treason\tgrammatical\tmeaning kept\n")
        for original, text, reason in picks:
            out.write(f"{original}\t{text}\t{reason}\t\t\n")
    print(f"{len(picks)} cut sentences of the agreement written to {args.sample}")


if __name__ == "__main__":
    main()
