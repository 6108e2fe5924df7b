#!/usr/bin/env python3
"""Ablation helper: write the 2017 train files WITHOUT harmonisation (same sentence
filter as harmonise.py: test duplicates and invalid trees dropped) to corpus/raw-*.conllu,
to measure the effect of harmonisation on model accuracy (see README)."""
import argparse
from pathlib import Path

from conllu_io import read_conllu, sent_text, write_conllu
from harmonise import DEFAULT_DATA, HERE, valid_tree

ap = argparse.ArgumentParser()
ap.add_argument("--data", default=str(DEFAULT_DATA))
ap.add_argument("--out", default=str(HERE / "corpus"))
a = ap.parse_args()
data = Path(a.data)
test_texts = set()
for f in sorted((data / "test").glob("*.conllu")):
    test_texts |= {sent_text(s) for s in read_conllu(f)}
for name, fname in (("lassysmall2017", "lassysmall-2017-train.conllu"),
                    ("alpino2017", "alpino-2017-partial-train.conllu")):
    sents = [s for s in read_conllu(data / "train" / fname)
             if sent_text(s) not in test_texts and valid_tree(s["tokens"])]
    print(name, write_conllu(sents, Path(a.out) / f"raw-{name}.conllu"))
