"""Measure `eenvoudig.simplify` on the Amsterdam municipal dev pairs.

Prints corpus SARI (Xu et al. 2016, as EASSE's corpus_sari: lower-cased, 13a
tokenisation, n-gram statistics summed over the corpus, n = 1..4, F1 for add, keep and
delete) of the rewrite of the complex side against the
expert's simple side, next to copying the input; the share of sentences changed; words per
sentence and LiNT-II before and after; guardrail violations (numbers, names, negations that
disappeared; must be 0), on the pairs and over the whole example agreement
(examples/heerlens-akkoord-2026-2030.md: every number, name and negation of the original
document must be in the rewritten one). Writes 50 random rewrites to a TSV file for
inspection by hand.

    python benchmarks/sari_eval.py [--sample rewrites.tsv]

The 50 rewrites of seed 2026, judged by hand (grammatical? meaning kept?), are in
benchmarks/results/rewrite-check-50.tsv; "pair" is the row among the non-empty pairs.
Write new samples elsewhere, so the judged file is not overwritten.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import statistics
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT.parent / "shared" / "eval" / "amsterdam-municipal-pairs-dev.csv"
EXAMPLE = ROOT / "examples" / "heerlens-akkoord-2026-2030.md"


def tokenize_13a(text: str) -> list[str]:
    """The 13a tokenisation of sacrebleu/mteval, lower-cased."""
    text = text.lower().replace("<skipped>", "").replace("-\n", "").replace("\n", " ")
    text = re.sub(r"([\{-\~\[-\` -\&\(-\+\:-\@\/])", r" \1 ", f" {text} ")
    text = re.sub(r"([^0-9])([\.,])", r"\1 \2 ", text)
    text = re.sub(r"([\.,])([^0-9])", r" \1 \2", text)
    text = re.sub(r"([0-9])(-)", r"\1 \2 ", text)
    return text.split()


def ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def _f1(correct: float, system: float, reference: float) -> float:
    precision = correct / system if system else 0.0
    recall = correct / reference if reference else 0.0
    return 2 * precision * recall / (precision + recall) if precision and recall else 0.0


def corpus_sari(sources: list[str], outputs: list[str], references: list[str]) -> float:
    """Corpus SARI with one reference per sentence, as EASSE computes it at corpus level:
    statistics summed over the corpus per n-gram order; additions counted as n-gram types,
    keeps and deletions as n-gram counts; F1 for addition, keeping and deletion, averaged
    over n = 1..4 and over the three operations."""
    total = 0.0
    for n in range(1, 5):
        stats = [0.0] * 9
        for source, output, reference in zip(sources, outputs, references, strict=True):
            s = ngrams(tokenize_13a(source), n)
            c = ngrams(tokenize_13a(output), n)
            r = ngrams(tokenize_13a(reference), n)
            added, added_ref = set(c) - set(s), set(r) - set(s)
            stats[0] += len(added & set(r))
            stats[1] += len(added)
            stats[2] += len(added_ref)
            kept, kept_ref = s & c, s & r
            stats[3] += sum((kept & kept_ref).values())
            stats[4] += sum(kept.values())
            stats[5] += sum(kept_ref.values())
            deleted, deleted_ref = s - c, s - r
            stats[6] += sum((deleted & deleted_ref).values())
            stats[7] += sum(deleted.values())
            stats[8] += sum(deleted_ref.values())
        total += (_f1(*stats[0:3]) + _f1(*stats[3:6]) + _f1(*stats[6:9])) / 3
    return 100 * total / 4


def document_check(path: Path = EXAMPLE) -> int:
    """Numbers, names and negations of a whole document that its rewrite lost; printed."""
    import eenvoudig
    from eenvoudig.rewriting.guardrails import names, negations, numbers

    rewrite = eenvoudig.simplify(path)
    original = " ".join(s.original for s in rewrite.sentences)
    rewritten = " ".join(s.text for s in rewrite.sentences)
    lost_numbers = numbers(original) - numbers(rewritten)
    lost_names = {n for n in names(original) - names(rewritten) if n not in rewritten}
    lost_negations = max(0, negations(original) - negations(rewritten))
    changed = sum(s.text != s.original for s in rewrite.sentences)
    print(f"whole document {path.name}: {changed} of {len(rewrite.sentences)} sentences "
          f"changed; lost numbers {sum(lost_numbers.values())}, names {len(lost_names)}, "
          f"negations {lost_negations}")
    for item in sorted(lost_numbers) + sorted(lost_names):
        print(f"  lost: {item}")
    return sum(lost_numbers.values()) + len(lost_names) + lost_negations


def main() -> None:
    import eenvoudig
    from eenvoudig.rewriting.guardrails import names, negations, numbers

    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=Path, default=Path("rewrite-sample.tsv"))
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with PAIRS.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["Complex"].strip()]
    sources = [r["Complex"].strip() for r in rows]
    references = [r["Simple"].strip() for r in rows]
    rewrites = eenvoudig.simplify_many(sources)
    outputs = [" ".join(s.text for s in rw.sentences) for rw in rewrites]

    before = eenvoudig.analyze_many(sources)
    after = eenvoudig.analyze_many(outputs)
    violations = 0
    for source, output in zip(sources, outputs, strict=True):
        lost = (numbers(source) - numbers(output)) or (negations(output) < negations(source))
        lost_names = {n for n in names(source) - names(output) if n not in output}
        violations += bool(lost or lost_names)
    changed = sum(o != s for s, o in zip(sources, outputs, strict=True))
    words_before = sum(a.metrics.words for a in before) / sum(a.metrics.sentences for a in before)
    words_after = sum(a.metrics.words for a in after) / sum(a.metrics.sentences for a in after)
    lint_before = statistics.mean(a.metrics.lint_score for a in before
                                  if a.metrics.lint_score is not None)
    lint_after = statistics.mean(a.metrics.lint_score for a in after
                                 if a.metrics.lint_score is not None)
    print(f"pairs: {len(rows)}")
    print(f"SARI copy-the-input baseline:  {corpus_sari(sources, sources, references):5.1f}")
    print(f"SARI eenvoudig.simplify:       {corpus_sari(sources, outputs, references):5.1f}")
    print("published on all 1,310 pairs: 29.9 (best translation-based), 34.0 (GPT-3.5 Turbo)")
    print(f"sentences changed: {changed} of {len(rows)} ({100 * changed / len(rows):.0f} %)")
    print(f"words per sentence: {words_before:.1f} → {words_after:.1f}")
    print(f"mean LiNT-II per pair: {lint_before:.1f} → {lint_after:.1f}")
    print(f"guardrail violations (numbers, names, negations lost): {violations}")
    kept = sum(1 for rw in rewrites for s in rw.sentences if s.kept)
    print(f"sentences kept by a guardrail: {kept}")
    document_check()
    random.seed(args.seed)
    picks = random.sample([i for i in range(len(rows)) if outputs[i] != sources[i]],
                          min(50, changed))
    with args.sample.open("w", encoding="utf-8") as out:
        out.write("pair\tcomplex\trewrite\texpert\tgrammatical\tmeaning kept\n")
        for i in picks:
            out.write(f"{i}\t{sources[i]}\t{outputs[i]}\t{references[i]}\t\t\n")
    print(f"{len(picks)} rewrites written to {args.sample} for inspection by hand")


if __name__ == "__main__":
    main()
