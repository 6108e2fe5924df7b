"""Minimal CoNLL-U reading/writing helpers shared by the training scripts.

A sentence is a dict {"comments": [...], "tokens": [tok, ...]} where each token is a
dict with keys id (int), form, lemma, upos, xpos, feats, head (int), deprel, deps, misc.
Multiword-token ranges and empty nodes (enhanced UD) are dropped: spaCy is trained on
basic dependencies over syntactic words only.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, List

FIELDS = ["id", "form", "lemma", "upos", "xpos", "feats", "head", "deprel", "deps", "misc"]


def read_conllu(path) -> Iterator[dict]:
    comments: List[str] = []
    tokens: List[dict] = []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield {"comments": comments, "tokens": tokens}
                comments, tokens = [], []
                continue
            if line.startswith("#"):
                comments.append(line)
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{path}: bad line {line!r}")
            if "-" in cols[0] or "." in cols[0]:
                continue  # multiword token range / empty node
            tok = dict(zip(FIELDS, cols))
            tok["id"] = int(tok["id"])
            tok["head"] = int(tok["head"])
            tokens.append(tok)
    if tokens:
        yield {"comments": comments, "tokens": tokens}


def write_conllu(sents, path) -> int:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf8") as fh:
        for s in sents:
            for c in s["comments"]:
                fh.write(c + "\n")
            for t in s["tokens"]:
                row = [str(t["id"]), t["form"], t["lemma"], t["upos"], t["xpos"], t["feats"],
                       str(t["head"]), t["deprel"], "_", t["misc"]]
                fh.write("\t".join(row) + "\n")
            fh.write("\n")
            n += 1
    return n


def sent_text(s) -> str:
    return " ".join(t["form"] for t in s["tokens"])
