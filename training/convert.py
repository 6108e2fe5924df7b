#!/usr/bin/env python3
"""Convert (harmonised) CoNLL-U to spaCy DocBin files.

Why not `spacy convert`: it silently copies UPOS into an empty XPOS column, which would
give the 2017 LassySmall file (no XPOS) UPOS values as fine-grained tags. We do not train
a tagger on XPOS at all (the morphologizer predicts UPOS + features), and this converter
never sets Token.tag_, so that pitfall cannot occur. Sentences are grouped into documents
of N consecutive sentences (like `spacy convert -n 10`) so that the parser learns sentence
boundaries.

Usage: python convert.py IN.conllu [IN2.conllu ...] OUT.spacy [--n-sents 10]
"""
from __future__ import annotations

import argparse

import spacy
from spacy.tokens import Doc, DocBin

from conllu_io import read_conllu


def sents_to_doc(vocab, sents) -> Doc:
    words, spaces, pos, morphs, lemmas, heads, deps, starts = [], [], [], [], [], [], [], []
    for s in sents:
        offset = len(words)
        for i, t in enumerate(s["tokens"]):
            words.append(t["form"])
            spaces.append("SpaceAfter=No" not in t["misc"].split("|"))
            pos.append(t["upos"])
            morphs.append("" if t["feats"] == "_" else t["feats"])
            lemmas.append(t["lemma"])
            heads.append(offset + t["head"] - 1 if t["head"] else offset + t["id"] - 1)
            deps.append("ROOT" if t["head"] == 0 else t["deprel"])
            starts.append(i == 0)
    return Doc(vocab, words=words, spaces=spaces, pos=pos, morphs=morphs, lemmas=lemmas,
               heads=heads, deps=deps, sent_starts=starts)


def convert(paths, out, n_sents=10) -> int:
    nlp = spacy.blank("nl")
    db = DocBin(store_user_data=False)
    n = 0
    for p in paths:
        sents = list(read_conllu(p))
        for i in range(0, len(sents), n_sents):
            db.add(sents_to_doc(nlp.vocab, sents[i:i + n_sents]))
            n += 1
    db.to_disk(out)
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--n-sents", type=int, default=10)
    a = ap.parse_args()
    *ins, out = a.paths
    n = convert(ins, out, a.n_sents)
    print(f"wrote {n} docs to {out}")


if __name__ == "__main__":
    main()
