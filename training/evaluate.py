#!/usr/bin/env python3
"""Evaluate a trained pipeline on the held-out UD Dutch test files.

Prints UPOS, UAS, LAS and lemma accuracy per test file and combined, with and without
the lemma lookup strategy of lemma_lookup.py (table lookup + gluing of separated verb
particles), plus nlp.pipe throughput (words/second, pre-tokenised input, timed around
nlp.pipe only; run with OMP_NUM_THREADS=1 for single-thread numbers).

Evaluation protocol:
  * gold tokenisation and gold sentence segmentation: every gold sentence is passed to
    nlp.pipe as a pre-tokenised Doc (the parser may still split it; such errors count);
  * all tokens are scored, punctuation included; LAS compares the full UD label
    (subtypes included, "ROOT" == "root");
  * gold lemmas are normalised to the eenvoudig lemma convention with
    harmonise.normalise_lemma (no "_" compound splitting, separable particles glued);
    comparison is exact (case-sensitive).

Usage: python evaluate.py [MODEL_DIR] [--data DIR] [--files test] [--lookup TSV] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc

from conllu_io import read_conllu
from harmonise import DEFAULT_DATA, normalise_lemma
from lemma_lookup import load_table, lookup_lemma

HERE = Path(__file__).resolve().parent


def evaluate_file(nlp, path, table, batch_size=256):
    sents = list(read_conllu(path))
    docs = [Doc(nlp.vocab, words=[t["form"] for t in s["tokens"]],
                spaces=["SpaceAfter=No" not in t["misc"] for t in s["tokens"]]) for s in sents]
    start = time.perf_counter()
    out = list(nlp.pipe(docs, batch_size=batch_size))
    secs = time.perf_counter() - start
    c = dict(tokens=0, upos=0, uas=0, las=0, lemma=0, lemma_lookup=0)
    for s, doc in zip(sents, out):
        for t, tok in zip(s["tokens"], doc):
            c["tokens"] += 1
            head = 0 if tok.head.i == tok.i else tok.head.i + 1
            dep = "root" if tok.dep_ == "ROOT" else tok.dep_
            gold_lemma = normalise_lemma(t["form"], t["lemma"], t["upos"])
            c["upos"] += tok.pos_ == t["upos"]
            c["uas"] += head == t["head"]
            c["las"] += head == t["head"] and dep == t["deprel"]
            c["lemma"] += tok.lemma_ == gold_lemma
            lk = lookup_lemma(tok, table) if table else tok.lemma_
            c["lemma_lookup"] += lk == gold_lemma
    c["seconds"] = secs
    return c


def fmt_row(name, c):
    n = c["tokens"]
    return (f"| {name:<28} | {n:>6} | {c['upos']/n:.4f} | {c['uas']/n:.4f} | {c['las']/n:.4f} | "
            f"{c['lemma']/n:.4f} | {c['lemma_lookup']/n:.4f}       | {n/c['seconds']:>7.0f} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model", nargs="?", default=str(HERE / "output" / "model-best"))
    ap.add_argument("--data", default=os.environ.get("UD_DUTCH", str(DEFAULT_DATA)))
    ap.add_argument("--split", default="test", help="subdirectory of --data to evaluate")
    ap.add_argument("--files", nargs="*", help="explicit CoNLL-U files instead of --split")
    ap.add_argument("--lookup", default=str(HERE / "output" / "lemma_lookup.tsv"))
    ap.add_argument("--json", default=None)
    a = ap.parse_args()

    nlp = spacy.load(a.model)
    table = load_table(a.lookup) if a.lookup and Path(a.lookup).exists() else None
    files = a.files or sorted(str(p) for p in (Path(a.data) / a.split).glob("*.conllu"))
    results = {}
    total = dict(tokens=0, upos=0, uas=0, las=0, lemma=0, lemma_lookup=0, seconds=0.0)
    for f in files:
        c = evaluate_file(nlp, f, table)
        results[Path(f).name] = c
        for k in total:
            total[k] += c[k]
    results["combined"] = total
    print(f"model: {a.model}   lookup: {a.lookup if table else 'none'}")
    print("| file                         | tokens | UPOS   | UAS    | LAS    | lemma  | lemma+lookup | words/s |")
    print("|------------------------------|--------|--------|--------|--------|--------|--------------|---------|")
    for name, c in results.items():
        print(fmt_row(name, c))
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
