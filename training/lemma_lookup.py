#!/usr/bin/env python3
"""Form -> lemma lookup table that backs the trainable lemmatizer.

The edit-tree lemmatizer generalises well but invents non-words for rare forms
("plekken" -> "plekk"). The table below is built from the gold annotation of the training
material (harmonised 2017 files + current dev, all in the eenvoudig lemma convention:
no "_" compound splitting, separable particles glued on).

Table format (TSV, UTF-8, one entry per line, no header):
    <lowercased form> TAB <UPOS> TAB <lemma>
An entry exists only when the form+UPOS pair was seen at least MIN_COUNT times and its
most frequent lemma covers at least MIN_SHARE of the occurrences.

How the package applies it (after the spaCy pipeline has run), see `apply_lookup`:
    1. if (token.lower_, token.pos_) is in the table, use the table lemma, otherwise keep
       the trainable lemmatizer's prediction;
    2. if the token is a VERB/AUX with a separated particle to its right (a compound:prt
       child in the parse, e.g. "vond ... plaats") and the lemma does not already start
       with that particle, glue it on ("vinden" -> "plaatsvinden"). Table entries for such
       verb forms are stored without the particle so that step 2 can add the right one.
`load_table` reads the TSV.

Usage: python lemma_lookup.py OUT.tsv IN.conllu [IN2.conllu ...]
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict

MIN_COUNT = 1
MIN_SHARE = 0.9


def build_table(paths, min_count=MIN_COUNT, min_share=MIN_SHARE):
    from conllu_io import read_conllu
    counts = defaultdict(Counter)
    for p in paths:
        for s in read_conllu(p):
            toks = s["tokens"]
            for t in toks:
                if t["lemma"] in ("_", "") or "\t" in t["form"]:
                    continue
                lemma = t["lemma"]
                # verbs with a separated particle: store the bare verb lemma; the particle
                # is glued on at run time from the parse (see apply_lookup)
                for k in toks:
                    if k["head"] == t["id"] and k["deprel"] == "compound:prt":
                        prt = k["form"].lower()
                        if lemma.lower().startswith(prt) and not t["form"].lower().startswith(prt) \
                                and len(lemma) > len(prt):
                            lemma = lemma[len(prt):]
                        break
                counts[(t["form"].lower(), t["upos"])][lemma] += 1
    table = {}
    for key, c in counts.items():
        lemma, n = c.most_common(1)[0]
        total = sum(c.values())
        if total >= min_count and n / total >= min_share:
            table[key] = lemma
    return table


def write_table(table, path):
    with open(path, "w", encoding="utf8") as fh:
        for (form, upos), lemma in sorted(table.items()):
            fh.write(f"{form}\t{upos}\t{lemma}\n")


def load_table(path):
    table = {}
    with open(path, encoding="utf8") as fh:
        for line in fh:
            form, upos, lemma = line.rstrip("\n").split("\t")
            table[(form, upos)] = lemma
    return table


def lookup_lemma(tok, table, glue_particles=True):
    """lemma for one token: table entry if present, else the model's lemma; then glue a
    separated verb particle found by the parser (compound:prt child) onto the lemma."""
    lemma = table.get((tok.lower_, tok.pos_), tok.lemma_)
    if glue_particles and tok.pos_ in ("VERB", "AUX"):
        for child in tok.children:
            if child.dep_ == "compound:prt" and child.i > tok.i:
                prt = child.lower_
                if prt.isalpha() and not lemma.lower().startswith(prt):
                    lemma = prt + lemma
                break
    return lemma


def apply_lookup(doc, table, glue_particles=True):
    lemmas = [lookup_lemma(tok, table, glue_particles) for tok in doc]
    for tok, lemma in zip(doc, lemmas):
        tok.lemma_ = lemma
    return doc


if __name__ == "__main__":
    out, *ins = sys.argv[1:]
    tab = build_table(ins)
    write_table(tab, out)
    print(f"wrote {len(tab)} entries to {out}")
