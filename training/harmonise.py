#!/usr/bin/env python3
"""Harmonise the 2017 UD Dutch files with current UD Dutch annotation and build the
training corpus for the eenvoudig spaCy pipeline.

Outputs (in training/corpus/, not committed):
  train-lassysmall2017.conllu   harmonised 2017 LassySmall train file
  train-alpino2017.conllu       harmonised 2017 Alpino partial train file
  train-dev.conllu              ~90% of the current dev files (lemma-normalised)
  select-dev.conllu             ~10% of the current dev files, for model selection only
  harmonise-report.json         agreement measurements (see README)

Usage: python harmonise.py [--data /work/shared/ud-dutch] [--out corpus]

The test/ files are read for one purpose only: 2017 sentences whose token string also
occurs in test/ are dropped (decontamination). They are never used for training or
model selection.
"""
from __future__ import annotations

import argparse
import copy
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from conllu_io import read_conllu, sent_text, write_conllu

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = (HERE.parent.parent / "shared" / "ud-dutch")

# --------------------------------------------------------------------------------------
# Lemma convention (applied to ALL data: 2017 train, current dev, and gold test lemmas
# at evaluation time):
#   * no "_" compound splitting: the lemma is the lemma of the full word form, with linking
#     letters kept ("jeugd_gezondheid_zorg" for "jeugdgezondheidszorg" -> "jeugdgezondheidszorg")
#   * separable-verb particles are glued on ("plaats_vinden" -> "plaatsvinden"), also when
#     the particle is separated from the verb in the sentence.
# --------------------------------------------------------------------------------------


def normalise_lemma(form: str, lemma: str, upos: str) -> str:
    if "_" not in lemma or lemma == "_" or set(lemma) == {"_"}:
        return lemma
    parts = [p for p in lemma.split("_") if p]
    if not parts:
        return lemma
    if upos in ("VERB", "AUX") or len(parts) == 1:
        return "".join(parts)
    head = parts[-1]
    prefix_lemma = "".join(parts[:-1])
    fl, hl = form.lower(), head.lower()
    best_j, best_m = -1, 0
    for j in range(1, len(form)):
        m = 0
        while j + m < len(fl) and m < len(hl) and fl[j + m] == hl[m]:
            m += 1
        if m >= best_m and m > 0:
            best_j, best_m = j, m
    ok = best_j > 0 and (best_m >= min(3, len(hl)) or (best_m >= 2 and best_m * 2 >= len(hl)))
    # the non-head part of the form should not be much shorter than the lemma's
    if ok and best_j < len(prefix_lemma) - 2:
        ok = False
    if not ok:
        return "".join(parts)
    prefix = form[:best_j]
    if prefix_lemma[:1].islower() and prefix[:1].isupper() and not prefix[:2].isupper():
        prefix = prefix[0].lower() + prefix[1:]
    return prefix + head


# --------------------------------------------------------------------------------------
# tree helpers (token ids are 1-based, head 0 = root)
# --------------------------------------------------------------------------------------

def heads_of(toks):
    return [0] + [t["head"] for t in toks]


def children(toks, i):
    return [t for t in toks if t["head"] == i]


def is_descendant(heads, node, anc):
    seen = 0
    while node != 0 and seen <= len(heads):
        if node == anc:
            return True
        node = heads[node]
        seen += 1
    return anc == 0


def span(heads, i):
    """leftmost and rightmost descendant (incl. self)"""
    lo = hi = i
    for d in range(1, len(heads)):
        if is_descendant(heads, d, i):
            lo, hi = min(lo, d), max(hi, d)
    return lo, hi


def arc_projective(heads, d):
    h = heads[d]
    if h == 0:
        return True
    for k in range(min(h, d) + 1, max(h, d)):
        if not is_descendant(heads, k, h):
            return False
    # d must not sit in the gap of another arc
    for k in range(1, len(heads)):
        hk = heads[k]
        if hk and min(hk, k) < d < max(hk, k) and not is_descendant(heads, d, hk):
            return False
    return True


# --------------------------------------------------------------------------------------
# punctuation re-attachment (after udapi's ud.FixPunct, which implements the UD guideline
# "attach to the highest node of the nearest unit that keeps the tree projective")
# --------------------------------------------------------------------------------------

PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", '"': '"', "'": "'", ",,": "''", "„": "”",
         "“": "”", "‘": "’", "‹": "›"}


def fix_punct(toks):
    n = len(toks)
    is_p = [False] + [t["deprel"] == "punct" for t in toks]
    heads = heads_of(toks)
    # punctuation must not have children: rehang them
    for i in range(1, n + 1):
        while heads[i] and is_p[heads[i]] and not is_p[i]:
            heads[i] = heads[heads[i]]
    done = [False] * (n + 1)
    # paired punctuation: both attach to the single head of the enclosed phrase
    for i in range(1, n + 1):
        if not is_p[i] or done[i] or toks[i - 1]["form"] not in PAIRS:
            continue
        op, cl = toks[i - 1]["form"], PAIRS[toks[i - 1]["form"]]
        depth, close = 0, None
        for k in range(i + 1, n + 1):
            f = toks[k - 1]["form"]
            if f == cl and is_p[k]:
                if depth == 0:
                    close = k
                    break
                depth -= 1
            elif f == op and op != cl:
                depth += 1
        if close is None:
            continue
        inner = [k for k in range(i + 1, close) if not (i < heads[k] < close)]
        inner_np = [k for k in inner if not is_p[k]]
        if len(inner_np) == 1:
            h = inner_np[0]
            old = heads[i], heads[close]
            heads[i] = heads[close] = h
            if arc_projective(heads, i) and arc_projective(heads, close):
                done[i] = done[close] = True
            else:
                heads[i], heads[close] = old
    # remaining punctuation
    for i in range(1, n + 1):
        if not is_p[i] or done[i]:
            continue
        orig = heads[i]
        left = i - 1
        while left >= 1 and is_p[left]:
            left -= 1
        right = i + 1
        while right <= n and is_p[right]:
            right += 1
        l_path, r_path = [], []
        if left >= 1:
            lc = left
            l_path.append(lc)
            while heads[lc] != 0 and heads[lc] < i and span(heads, lc)[1] < i:
                lc = heads[lc]
                l_path.append(lc)
        if right <= n:
            rc = right
            r_path.append(rc)
            while heads[rc] != 0 and heads[rc] > i and span(heads, rc)[0] > i:
                rc = heads[rc]
                r_path.append(rc)

        def proj(c):
            heads[i] = c
            ok = arc_projective(heads, i)
            heads[i] = orig
            return ok

        l_path = [c for c in l_path if proj(c)]
        r_path = [c for c in r_path if proj(c)]
        lc = l_path[-1] if l_path else None
        rc = r_path[-1] if r_path else None
        if lc is not None and rc is not None and is_descendant(heads, lc, rc):
            cand, path = lc, l_path
        elif rc is not None and lc is not None and is_descendant(heads, rc, lc):
            cand, path = rc, r_path
        elif lc is not None:
            cand, path = lc, l_path + r_path
        elif rc is not None:
            cand, path = rc, l_path + r_path
        else:
            continue
        heads[i] = orig if orig in path else cand
    for t in toks:
        t["head"] = heads[t["id"]]


def fix_cc(toks, stats=None):
    """cc attached to the first conjunct -> attach to the following conjunct"""
    for t in toks:
        if t["deprel"] != "cc" or t["head"] == 0 or t["head"] > t["id"]:
            continue
        conjs = [c["id"] for c in toks if c["head"] == t["head"] and c["deprel"] == "conj"
                 and c["id"] > t["id"]]
        if conjs:
            t["head"] = min(conjs)
            if stats is not None:
                stats["cc moved to following conjunct"] += 1


# --------------------------------------------------------------------------------------
# 2017-specific label / structure harmonisation
# --------------------------------------------------------------------------------------

ORD_WORDS = re.compile(r"^(\d+(e|de|ste)|[a-z]*(ste|de))$", re.I)
POSS_FORMS = {"mijn", "m'n", "jouw", "je", "zijn", "z'n", "haar", "d'r", "ons", "onze", "jullie",
              "uw", "hun", "hum", "hunne", "zijne", "mijne", "jouwe", "uwe"}
COPULA_OK = {"zijn"}
AUX_OK = {"hebben", "zijn", "zullen", "kunnen", "moeten", "mogen", "worden", "hoeven"}
SUBJ = {"nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"}


def restructure(toks, stats):
    """2017 copulas other than 'zijn' and auxiliaries willen/laten/gaan/blijken... become the
    head: V takes the predicate's place, the predicate becomes its xcomp and clause-level
    dependents move to V. Processed right-to-left so auxiliary chains nest correctly."""
    cands = [t for t in toks if (t["deprel"] == "cop" and t["lemma"] not in COPULA_OK)
             or (t["deprel"] == "aux" and t["lemma"] not in AUX_OK)]
    for v in sorted(cands, key=lambda t: -t["id"]):
        p = toks[v["head"] - 1] if v["head"] else None
        if p is None:
            continue
        was_cop = v["deprel"] == "cop"
        v["head"], v["deprel"] = p["head"], p["deprel"]
        p["head"], p["deprel"] = v["id"], "xcomp"
        if v["upos"] == "AUX":
            v["upos"] = "VERB"
        for k in toks:
            if k["head"] != p["id"] or k is v:
                continue
            r = k["deprel"]
            move = False
            if r in SUBJ or r in ("aux", "parataxis", "punct"):
                move = True
            elif r == "nsubj:pass":
                move = True
            elif r == "mark":
                move = was_cop or k["id"] < v["id"]
            elif r == "cc":
                move = k["id"] < min(v["id"], p["id"])
            elif r == "conj":
                move = k["upos"] in ("VERB", "AUX") or any(
                    g["head"] == k["id"] and g["deprel"] in SUBJ for g in toks)
            elif was_cop and r in ("obl", "advcl", "obl:agent", "iobj", "ccomp"):
                move = True
            elif was_cop and r == "advmod":
                move = k["id"] != p["id"] - 1
            if move:
                k["head"] = v["id"]
                if k["deprel"] == "nsubj:pass" and p["upos"] not in ("VERB",):
                    k["deprel"] = "nsubj"
        stats["restructured_" + ("cop" if was_cop else "aux")] += 1


AUX_NOW = {"moeten"}  # main verb + xcomp in 2017, auxiliary in current UD Dutch


def demote_to_aux(toks, stats):
    """2017 'moeten' + xcomp infinitive -> the infinitive is the head, moeten is aux."""
    for v in sorted(toks, key=lambda t: t["id"]):
        if v["lemma"] not in AUX_NOW or v["deprel"] in ("aux", "cop", "aux:pass"):
            continue
        xs = [k for k in toks if k["head"] == v["id"] and k["deprel"] == "xcomp"
              and k["upos"] in ("VERB", "AUX") and "VerbForm=Inf" in k["feats"]]
        if not xs:
            continue
        x = xs[0]
        x["head"], x["deprel"] = v["head"], v["deprel"]
        for k in toks:
            if k["head"] == v["id"] and k is not x:
                k["head"] = x["id"]
        v["head"], v["deprel"], v["upos"] = x["id"], "aux", "AUX"
        stats["moeten main verb->aux"] += 1


def valid_tree(toks):
    heads = heads_of(toks)
    if sum(h == 0 for h in heads[1:]) != 1:
        return False
    for i in range(1, len(heads)):
        seen, n = set(), i
        while n != 0:
            if n in seen or heads[n] > len(toks) or heads[n] < 0:
                return False
            seen.add(n)
            n = heads[n]
    return True


def harmonise_2017(s, tables, stats, is_lassy):
    toks = s["tokens"]
    # lemma convention
    for t in toks:
        t["lemma"] = normalise_lemma(t["form"], t["lemma"], t["upos"])
        if t["deprel"] == "flat:name":
            t["deprel"] = "flat"
            stats["flat:name->flat"] += 1
        if t["upos"] == "PROPN" and t["lemma"] != t["form"] and t["lemma"].lower() == t["form"].lower():
            t["lemma"] = t["form"]
            stats["propn_lemma_case"] += 1
    # possessives: DET/det -> PRON/nmod:poss
    for t in toks:
        f = t["form"].lower()
        if t["deprel"] == "det" and t["upos"] in ("DET", "PRON") and f in POSS_FORMS:
            t["upos"], t["deprel"] = "PRON", "nmod:poss"
            lemma, feats = tables["poss"].get(f, (t["lemma"], "Poss=Yes|PronType=Prs"))
            t["lemma"], t["feats"] = lemma, feats
            stats["poss det->nmod:poss"] += 1
    # ordinals: NUM/nummod -> ADJ/amod
    for t in toks:
        if t["upos"] == "NUM" and ORD_WORDS.match(t["form"]):
            t["upos"] = "ADJ"
            t["feats"] = "_"
            if t["deprel"] == "nummod":
                t["deprel"] = "amod"
            stats["ordinal NUM->ADJ"] += 1
    fix_cc(toks, stats)
    demote_to_aux(toks, stats)
    restructure(toks, stats)
    # inherently reflexive zich -> expl:pv (unless the verb takes a true reflexive object in
    # current dev annotation)
    for t in toks:
        if t["lemma"] == "zich" and t["deprel"] == "obj" and t["head"]:
            hl = toks[t["head"] - 1]["lemma"]
            c = tables["zich"].get(hl)
            if c is None or c["expl:pv"] >= c["obj"]:
                t["deprel"] = "expl:pv"
                stats["zich obj->expl:pv"] += 1
    # agent phrases: obl with case 'door' under a participle -> obl:agent
    for t in toks:
        if t["deprel"] != "obl" or not t["head"]:
            continue
        h = toks[t["head"] - 1]
        cases = [c["lemma"] for c in toks if c["head"] == t["id"] and c["deprel"] == "case"]
        if "door" in cases and h["upos"] == "VERB" and "VerbForm=Part" in h["feats"] and any(
                k["head"] == h["id"] and k["deprel"] == "aux:pass" for k in toks):
            t["deprel"] = "obl:agent"
            stats["obl->obl:agent"] += 1
        elif cases:
            c = tables["oblarg"].get((h["lemma"], cases[0]))
            if c and c["obl:arg"] > c["obl"] and c["obl:arg"] >= 2:
                t["deprel"] = "obl:arg"
                stats["obl->obl:arg (lexical)"] += 1
    # separable verb particles glued to the verb lemma
    for t in toks:
        if t["deprel"] != "compound:prt" or not t["head"]:
            continue
        v = toks[t["head"] - 1]
        if v["upos"] not in ("VERB", "AUX"):
            continue
        prt = t["lemma"].lower()
        if v["lemma"].lower().startswith(prt):
            continue
        c = tables["prt"].get((prt, v["lemma"]))
        glue = (c["glued"] >= c["sep"]) if c else t["upos"] in ("ADP", "ADV")
        if glue:
            v["lemma"] = prt + v["lemma"]
            stats["particle glued"] += 1
    # LassySmall 2017: all punctuation hangs off the root. Alpino 2017 punctuation is already
    # attached inside the tree; the same (conservative) pass only repairs punctuation
    # affected by restructuring / cc moves there.
    before = [t["head"] for t in toks]
    fix_punct(toks)
    stats["punct re-attached"] += sum(b != t["head"] for b, t in zip(before, toks))
    for t in toks:
        if t["xpos"] == t["upos"]:
            t["xpos"] = "_"
    return s


def normalise_current(s):
    for t in s["tokens"]:
        t["lemma"] = normalise_lemma(t["form"], t["lemma"], t["upos"])
    return s


def build_tables(dev_sents):
    poss = defaultdict(Counter)
    zich = defaultdict(Counter)
    oblarg = defaultdict(Counter)
    prt = defaultdict(Counter)
    for s in dev_sents:
        toks = s["tokens"]
        for t in toks:
            h = toks[t["head"] - 1] if t["head"] else None
            if t["deprel"] == "nmod:poss" and t["upos"] == "PRON":
                poss[t["form"].lower()][(t["lemma"], t["feats"])] += 1
            if t["lemma"] == "zich" and h is not None:
                zich[h["lemma"]][t["deprel"]] += 1
            if t["deprel"] in ("obl", "obl:arg") and h is not None:
                cases = [c["lemma"] for c in toks if c["head"] == t["id"] and c["deprel"] == "case"]
                if cases:
                    oblarg[(h["lemma"], cases[0])][t["deprel"]] += 1
            if t["deprel"] == "compound:prt" and h is not None:
                p = t["lemma"].lower()
                if h["lemma"].lower().startswith(p):
                    # glued: key on the bare verb lemma
                    prt[(p, h["lemma"][len(p):])]["glued"] += 1
                else:
                    prt[(p, h["lemma"])]["sep"] += 1
    return {"poss": {f: c.most_common(1)[0][0] for f, c in poss.items()},
            "zich": zich, "oblarg": oblarg, "prt": prt}


# --------------------------------------------------------------------------------------
# measurements
# --------------------------------------------------------------------------------------

def label_profile(sents):
    deprels = Counter()
    n_tok = 0
    m = Counter()
    for s in sents:
        toks = s["tokens"]
        root = next((t["id"] for t in toks if t["head"] == 0), None)
        for t in toks:
            n_tok += 1
            deprels[t["deprel"]] += 1
            h = toks[t["head"] - 1] if t["head"] else None
            f = t["form"].lower()
            if t["deprel"] == "punct":
                m["punct"] += 1
                m["punct_to_root"] += t["head"] == root
                m["punct_nonproj"] += not arc_projective(heads_of(toks), t["id"])
            if t["deprel"] == "cc":
                m["cc"] += 1
                m["cc_head_follows"] += t["head"] > t["id"]
            if f in POSS_FORMS and t["deprel"] in ("det", "nmod:poss"):
                m["poss"] += 1
                m["poss_nmod:poss"] += t["deprel"] == "nmod:poss"
            if t["lemma"] == "zich":
                m["zich"] += 1
                m["zich_expl:pv"] += t["deprel"] == "expl:pv"
            if ORD_WORDS.match(t["form"]) and t["upos"] in ("NUM", "ADJ") and (
                    t["form"][0].isdigit() or f in ("eerste", "tweede", "derde", "vierde", "vijfde", "tiende")):
                m["ordinal"] += 1
                m["ordinal_ADJ"] += t["upos"] == "ADJ"
            if t["deprel"] == "cop":
                m["cop"] += 1
                m["cop_zijn"] += t["lemma"] == "zijn"
            if t["deprel"] == "aux":
                m["aux"] += 1
                m["aux_willen_laten_gaan"] += t["lemma"] in ("willen", "laten", "gaan")
            if t["deprel"] in ("obl", "obl:agent") and any(
                    c["lemma"] == "door" and c["head"] == t["id"] for c in toks) and h is not None \
                    and "VerbForm=Part" in h["feats"]:
                m["door_under_participle"] += 1
                m["door_obl:agent"] += t["deprel"] == "obl:agent"
            if t["deprel"] == "compound:prt" and h is not None:
                m["prt"] += 1
                m["prt_glued"] += h["lemma"].lower().startswith(t["lemma"].lower())
            if "_" in t["lemma"] and t["lemma"] != "_":
                m["lemma_underscore"] += 1
            if t["upos"] == "PROPN":
                m["propn"] += 1
                m["propn_lemma_eq_form"] += t["lemma"] == t["form"]
    ratios = {
        "punct attached to sentence root": (m["punct_to_root"], m["punct"]),
        "non-projective punct": (m["punct_nonproj"], m["punct"]),
        "cc attached to a following word": (m["cc_head_follows"], m["cc"]),
        "possessive as nmod:poss (vs det)": (m["poss_nmod:poss"], m["poss"]),
        "zich as expl:pv": (m["zich_expl:pv"], m["zich"]),
        "ordinal tagged ADJ": (m["ordinal_ADJ"], m["ordinal"]),
        "cop with lemma zijn": (m["cop_zijn"], m["cop"]),
        "aux willen/laten/gaan": (m["aux_willen_laten_gaan"], m["aux"]),
        "door-phrase under participle = obl:agent": (m["door_obl:agent"], m["door_under_participle"]),
        "particle glued onto verb lemma": (m["prt_glued"], m["prt"]),
        "PROPN lemma == form": (m["propn_lemma_eq_form"], m["propn"]),
        "lemmas containing _": (m["lemma_underscore"], n_tok),
    }
    dist = {k: v / n_tok for k, v in deprels.items()}
    return {k: [a, b, round(a / b, 3) if b else None] for k, (a, b) in ratios.items()}, dist


def tv_distance(p, q):
    keys = set(p) | set(q)
    return 0.5 * sum(abs(p.get(k, 0) - q.get(k, 0)) for k in keys)


def compare_shared(old, new_sents, cur):
    """token-level agreement of 2017 sentences with identical current (dev) sentences"""
    by_text = {sent_text(s): s for s in cur}
    agg = Counter()
    for o, n in zip(old, new_sents):
        c = by_text.get(sent_text(o))
        if c is None:
            continue
        agg["sents"] += 1
        for ver, s in (("before", o), ("after", n)):
            for a, b in zip(s["tokens"], c["tokens"]):
                agg[ver + "_tok"] += 1
                agg[ver + "_upos"] += a["upos"] == b["upos"]
                agg[ver + "_uas"] += a["head"] == b["head"]
                agg[ver + "_las"] += a["head"] == b["head"] and a["deprel"] == b["deprel"]
                agg[ver + "_lemma"] += a["lemma"] == normalise_lemma(b["form"], b["lemma"], b["upos"])
    out = {"shared_sentences": agg["sents"], "tokens": agg["before_tok"]}
    for ver in ("before", "after"):
        for k in ("upos", "uas", "las", "lemma"):
            out[f"{ver}_{k}"] = round(agg[f"{ver}_{k}"] / max(1, agg[f"{ver}_tok"]), 3)
    return out


def roundtrip_checks(dev):
    """How well do the punct / cc rules re-derive current gold attachments?"""
    res = {}
    # punct: detach all punct to the root word, re-attach, compare with gold
    tot = ok = unchanged = 0
    for s in dev:
        gold = [t["head"] for t in s["tokens"]]
        toks = copy.deepcopy(s["tokens"])
        root = next(t["id"] for t in toks if t["head"] == 0)
        for t in toks:
            if t["deprel"] == "punct":
                t["head"] = root
        fix_punct(toks)
        toks2 = copy.deepcopy(s["tokens"])
        fix_punct(toks2)
        for t, g, t2 in zip(toks, gold, toks2):
            if t["deprel"] == "punct":
                tot += 1
                ok += t["head"] == g
                unchanged += t2["head"] == g
    res["punct_reattach_from_root_accuracy"] = round(ok / tot, 4)
    res["punct_rule_keeps_gold_attachment"] = round(unchanged / tot, 4)
    res["punct_tokens"] = tot
    # cc: move cc to the first conjunct, re-attach, compare
    tot = ok = 0
    for s in dev:
        toks = copy.deepcopy(s["tokens"])
        gold = [t["head"] for t in toks]
        for t in toks:
            if t["deprel"] == "cc" and t["head"] and t["head"] > t["id"]:
                h = toks[t["head"] - 1]
                if h["deprel"] == "conj" and h["head"] and h["head"] < t["id"]:
                    t["head"] = h["head"]
        fix_cc(toks)
        for t, g in zip(toks, gold):
            if t["deprel"] == "cc":
                tot += 1
                ok += t["head"] == g
    res["cc_reattach_accuracy"] = round(ok / tot, 4)
    res["cc_tokens"] = tot
    return res


# --------------------------------------------------------------------------------------

def split_dev(sents, block=10, every=10):
    """blocks of 10 consecutive sentences; every 10th block is held out for model selection"""
    train, select = [], []
    for i in range(0, len(sents), block):
        (select if (i // block) % every == every - 1 else train).extend(sents[i:i + block])
    return train, select


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default=str(HERE / "corpus"))
    args = ap.parse_args()
    data, out = Path(args.data), Path(args.out)

    dev_files = sorted((data / "dev").glob("*.conllu"))
    dev_train, dev_select, dev_all = [], [], []
    for f in dev_files:
        sents = [normalise_current(s) for s in read_conllu(f)]
        tr, se = split_dev(sents)
        dev_train += tr
        dev_select += se
        dev_all += sents
    tables = build_tables(dev_train)

    test_texts = set()
    for f in sorted((data / "test").glob("*.conllu")):
        test_texts |= {sent_text(s) for s in read_conllu(f)}

    report = {"roundtrip_on_current_dev": roundtrip_checks(dev_all)}
    cur_prof, cur_dist = label_profile(dev_all)
    report["current_dev_profile"] = cur_prof
    written = {}
    for name, fname, is_lassy in (("lassysmall2017", "lassysmall-2017-train.conllu", True),
                                  ("alpino2017", "alpino-2017-partial-train.conllu", False)):
        old = list(read_conllu(data / "train" / fname))
        dropped = [s for s in old if sent_text(s) in test_texts]
        invalid = [s for s in old if not valid_tree(s["tokens"])]
        old = [s for s in old if sent_text(s) not in test_texts and valid_tree(s["tokens"])]
        stats = Counter()
        new = [harmonise_2017(copy.deepcopy(s), tables, stats, is_lassy) for s in old]
        for s in new:
            for t in s["tokens"]:
                assert t["head"] != t["id"], (sent_text(s), t)
            assert valid_tree(s["tokens"]), sent_text(s)
        before, bdist = label_profile(old)
        after, adist = label_profile(new)
        report[name] = {
            "sentences": len(new), "dropped_test_duplicates": len(dropped),
            "dropped_invalid_trees": len(invalid),
            "changes": dict(stats),
            "profile_before": before, "profile_after": after,
            "deprel_distribution_TV_distance_to_current_dev": {
                "before": round(tv_distance(bdist, cur_dist), 4),
                "after": round(tv_distance(adist, cur_dist), 4)},
            "shared_with_current_dev": compare_shared(old, new, dev_all),
        }
        written[name] = write_conllu(new, out / f"train-{name}.conllu")
    written["dev_train"] = write_conllu(dev_train, out / "train-dev.conllu")
    written["dev_select"] = write_conllu(dev_select, out / "select-dev.conllu")
    report["written_sentences"] = written
    (out / "harmonise-report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
