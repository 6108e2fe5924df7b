"""Compare eenvoudig's LiNT-II with the reference LiNT-II (the `lint-ii` package, 0.1.3).

Two comparisons, on LiNT-II's own example texts (`benchmarks/data/lint-ii-examples.json`,
where they come from is told there):

1. **published**: eenvoudig's score and level against the scores the LiNT-II authors
   published for these texts (made with spaCy's nl_core_news_lg). Differences come from the
   parser (eenvoudig's own small pipeline) and, for the four level texts, from the older
   lint_ii version that made those analyses.
2. **reference code on eenvoudig's parse**: the lint-ii 0.1.3 package itself (its tables,
   its feature code, its formula) run on eenvoudig's tokenisation, tags, lemmas and
   dependency trees. lint-ii needs nl_core_news_lg, which is not on PyPI (spaCy's models
   are GitHub downloads), so its parser cannot run here; its code can, on a spaCy `Doc`
   rebuilt from eenvoudig's parse. The CGN tags lint-ii reads are derived from eenvoudig's
   parse (finite verb → `WW|pv`, NUM and ordinals → `TW`, SYM/X → `SPEC`), and all-capital
   names are marked ORG as eenvoudig does (it has no named-entity recogniser). What remains
   is a difference in how a feature is *defined*: this part should agree almost exactly.

Each text is scored as a document (one reference sentence per paragraph) and sentence by
sentence. Printed per text: reference score/level, eenvoudig's score/level and Δ; then mean
|Δ|, level agreement and the sentence-level Pearson correlation.

    python benchmarks/lint_reference.py [--reference-python /work/venv-lint/bin/python]
                                        [--out benchmarks/results/lint-reference.txt]

Part 2 runs in a separate Python that has `lint-ii` installed (build-time only, never an
eenvoudig dependency): `python3 -m venv /work/venv-lint && /work/venv-lint/bin/pip install
lint-ii pyarrow`. Without it (`--reference-python none`) only part 1 is printed. This file is
also the script that the reference Python runs (`--run-reference IN OUT`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "benchmarks" / "data" / "lint-ii-examples.json"
DEFAULT_REFERENCE_PYTHON = Path("/work/venv-lint/bin/python")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,}$")
# Numerals (CGN TW) among the words eenvoudig's parser calls ADJ ("eerste", "zes"); kept
# here, not imported, so the harness is the same whatever eenvoudig version it measures.
_NUMBER = ("een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|"
           "veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|"
           "vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|miljard|en|ën")
_ORDINAL = ("eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|"
            "twaalfde|(?:der|veer|vijf|zes|zeven|acht|negen)tiende|"
            "(?:twin|der|veer|vijf|zes|zeven|tach|negen)tigste|honderdste|duizendste|"
            "miljoenste|miljardste|zoveelste|hoeveelste")
NUMERAL = re.compile(rf"(?:{_NUMBER})*(?:{_ORDINAL})|(?:{_NUMBER})+|\d+(?:e|de|ste)?")


def level(score: float | None) -> int | None:
    if score is None:
        return None
    return 1 if score < 34 else 2 if score < 46 else 3 if score < 58 else 4


# ── part 2, run inside the reference Python ───────────────────────────────────────────────

def _cgn_tag(token: dict[str, Any]) -> str:
    """The part of a CGN tag lint-ii looks at, derived from eenvoudig's UPOS and features."""
    pos, morph, text = token["pos"], token["morph"], token["text"].lower()
    if "VerbForm=Fin" in morph and pos in ("VERB", "AUX"):
        return "WW|pv"
    if pos in ("VERB", "AUX"):
        return "WW"
    if pos == "NUM" or (pos == "ADJ" and token.get("numeral")):
        return "TW"
    if pos in ("SYM", "X"):
        return "SPEC|symb"
    if pos == "PRON":
        return "VNW"
    if pos in ("NOUN", "PROPN"):
        return "N"
    return {"ADJ": "ADJ", "ADV": "BW", "ADP": "VZ", "DET": "LID", "CCONJ": "VG",
            "SCONJ": "VG", "PUNCT": "LET", "INTJ": "TSW"}.get(pos, text and "SPEC")


def run_reference(source: Path, target: Path) -> None:
    """Score the parsed sentences in `source` with lint-ii 0.1.3; write the results."""
    import types

    import lint_ii
    import spacy
    from lint_ii.linguistic_data import LINGUISTIC_DATA_PATH
    from lint_ii.linguistic_data.wordlists import PATH_NOUNS_SEM_TYPES
    from spacy.tokens import Doc

    # lint_ii.linguistic_data.nlp_model loads nl_core_news_lg when imported; only its
    # COEFFICIENTS are used here: those for spaCy 3.7.0 and the newest noun list, as 0.1.3
    # picks them with its recommended spaCy 3.7.
    models = json.loads((LINGUISTIC_DATA_PATH / "coefficients.json").read_text("utf-8"))
    chosen = next(m for m in models if m["model_version"] == "3.7.0"
                  and m["noun_list"] == PATH_NOUNS_SEM_TYPES.stem)
    stub = types.ModuleType("lint_ii.linguistic_data.nlp_model")
    stub.COEFFICIENTS = {k: v["coef"] for k, v in chosen["coefficients"].items()}
    stub.NLP_MODEL = None
    sys.modules["lint_ii.linguistic_data.nlp_model"] = stub
    from lint_ii import ReadabilityAnalysis, SentenceAnalysis

    vocab = spacy.blank("nl").vocab
    data = json.loads(source.read_text("utf-8"))
    results = []
    for text in data:
        analyses = []
        for sentence in text["sentences"]:
            tokens = sentence["tokens"]
            ents = []
            for t in tokens:
                ents.append("B-ORG" if t["pos"] == "PROPN" and ACRONYM.match(t["text"]) else "O")
            doc = Doc(vocab, words=[t["text"] for t in tokens],
                      spaces=[t["space"] for t in tokens],
                      pos=[t["pos"] or "X" for t in tokens],
                      tags=[_cgn_tag(t) for t in tokens],
                      lemmas=[t["lemma"] or t["text"] for t in tokens],
                      morphs=[t["morph"] for t in tokens],
                      heads=[t["head"] for t in tokens],
                      deps=[t["dep"] or "dep" for t in tokens], ents=ents)
            analyses.append(SentenceAnalysis(doc))
        document = ReadabilityAnalysis(analyses)
        results.append({
            "name": text["name"],
            "score": document.lint.score,
            "features": [document.mean_log_word_frequency, document.mean_max_sdl,
                         document.mean_content_words_per_clause,
                         document.proportion_of_concrete_nouns],
            "sentence_scores": [s.lint.score for s in analyses],
            "words": [[f.text, f.word_frequency, None if f.super_sem_type is None
                       else f.super_sem_type.value, f.is_content_word]
                      for s in analyses for f in s.word_features],
        })
    target.write_text(json.dumps({"lint_ii": lint_ii.__name__, "results": results},
                                 ensure_ascii=False), "utf-8")


# ── part 1 and the report, run with eenvoudig ─────────────────────────────────────────────

def _numeral(text: str) -> bool:
    return NUMERAL.fullmatch(text.lower()) is not None


def _parsed(texts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """eenvoudig's parse of every reference sentence, as plain data for the reference run."""
    import eenvoudig

    flat = [s for t in texts for s in t["sentences"]]
    documents = eenvoudig.read_many(flat, parse=True)
    parsed = iter(documents)
    out = []
    for text in texts:
        sentences = []
        for _ in text["sentences"]:
            document = next(parsed)
            tokens = []
            for sentence in document.sentences:
                offset = len(tokens)
                for i, t in enumerate(sentence.tokens):
                    nxt = sentence.tokens[i + 1].start if i + 1 < len(sentence.tokens) else None
                    tokens.append({"text": t.text, "lemma": t.lemma, "pos": t.pos,
                                   "morph": t.morph, "dep": t.dep,
                                   "head": offset + (t.head if t.head >= 0 else i),
                                   "space": nxt is not None and nxt > t.end,
                                   "numeral": t.pos == "ADJ" and _numeral(t.text)})
                if offset:  # a reference sentence eenvoudig splits: hang it on the first root
                    root = next(j for j, tok in enumerate(tokens) if tok["head"] == j)
                    for j in range(offset, len(tokens)):
                        if tokens[j]["head"] == j:
                            tokens[j]["head"] = root
                            tokens[j]["dep"] = "parataxis"
            sentences.append({"tokens": tokens})
        out.append({"name": text["name"], "sentences": sentences})
    return out


def _eenvoudig(texts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    import eenvoudig

    documents = eenvoudig.analyze_many(["\n\n".join(t["sentences"]) for t in texts])
    sentences = eenvoudig.analyze_many([s for t in texts for s in t["sentences"]])
    flat = iter(sentences)
    out = []
    for text, analysis in zip(texts, documents, strict=True):
        m = analysis.metrics
        out.append({
            "score": m.lint_score,
            "features": [m.mean_zipf, m.dependency_length, m.content_words_per_clause,
                         m.proportion_concrete],
            "sentence_scores": [next(flat).metrics.lint_score for _ in text["sentences"]],
        })
    return out


def _fmt(value: float | None, width: int = 6, digits: int = 1) -> str:
    return f"{'–':>{width}}" if value is None else f"{value:{width}.{digits}f}"


def _compare(label: str, names: list[str], reference: list[float | None],
             ours: list[float | None], ref_sentences: list[list[float | None]],
             our_sentences: list[list[float | None]]) -> list[str]:
    lines = [label, f"{'text':<22} {'ref':>6} {'L':>2}  {'eenv':>6} {'L':>2}  {'Δ':>6}"]
    deltas, agree, total = [], 0, 0
    for name, ref, own in zip(names, reference, ours, strict=True):
        delta = None if ref is None or own is None else own - ref
        lines.append(f"{name:<22} {_fmt(ref)} {level(ref) or '–':>2}  {_fmt(own)} "
                     f"{level(own) or '–':>2}  {_fmt(delta, digits=1)}")
        if delta is not None:
            deltas.append(abs(delta))
        if ref is not None:
            total += 1
            agree += level(ref) == level(own)
    pairs = [(r, o) for rs, os_ in zip(ref_sentences, our_sentences, strict=True)
             for r, o in zip(rs, os_, strict=True) if r is not None and o is not None]
    r = statistics.correlation(*zip(*pairs, strict=True)) if len(pairs) > 2 else None
    sentence_mae = statistics.mean(abs(a - b) for a, b in pairs) if pairs else None
    lines.append(f"mean |Δ| {statistics.mean(deltas):.2f} over {len(deltas)} texts; "
                 f"level agreement {agree}/{total}; sentence-level Pearson r "
                 f"{'–' if r is None else f'{r:.3f}'} over {len(pairs)} sentences "
                 f"(mean |Δ| per sentence {_fmt(sentence_mae, 0, 2)})")
    return lines


def _features(names: list[str], reference: list[list[float | None]],
              ours: list[list[float | None]]) -> list[str]:
    head = ("frequency", "dependency", "content/clause", "concrete")
    lines = ["features (document): lint-ii 0.1.3 on eenvoudig's parse → eenvoudig",
             f"{'text':<22} " + "  ".join(f"{h:>17}" for h in head)]
    for name, ref, own in zip(names, reference, ours, strict=True):
        cells = [f"{_fmt(a, 7, 3)} →{_fmt(b, 7, 3)}" for a, b in zip(ref, own, strict=True)]
        lines.append(f"{name:<22} " + "  ".join(cells))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference-python", default=os.environ.get(
        "LINT_II_PYTHON", str(DEFAULT_REFERENCE_PYTHON)),
        help="a Python with lint-ii installed, or 'none'")
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    parser.add_argument("--run-reference", nargs=2, type=Path, metavar=("IN", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run_reference:
        run_reference(*args.run_reference)
        return 0

    texts = json.loads(EXAMPLES.read_text("utf-8"))["texts"]
    names = [t["name"] for t in texts]
    ours = _eenvoudig(texts)
    lines = _compare("1. published LiNT-II scores (nl_core_news_lg) → eenvoudig", names,
                     [t["score"] for t in texts], [o["score"] for o in ours],
                     [t["sentence_scores"] for t in texts],
                     [o["sentence_scores"] for o in ours])
    new = [i for i, t in enumerate(texts) if t["version"] == "0.1.3"]
    old = [i for i, t in enumerate(texts) if t["version"] != "0.1.3"]
    for label, idx in (("   of which published by lint-ii 0.1.3", new),
                       ("   of which published by an earlier lint_ii", old)):
        part = _compare(label, [names[i] for i in idx], [texts[i]["score"] for i in idx],
                        [ours[i]["score"] for i in idx],
                        [texts[i]["sentence_scores"] for i in idx],
                        [ours[i]["sentence_scores"] for i in idx])
        lines += [part[0], part[-1]]
    python = args.reference_python
    if python.lower() != "none" and Path(python).exists():
        with tempfile.TemporaryDirectory() as tmp:
            source, target = Path(tmp) / "parsed.json", Path(tmp) / "reference.json"
            source.write_text(json.dumps(_parsed(texts), ensure_ascii=False), "utf-8")
            subprocess.run([python, __file__, "--run-reference", str(source), str(target)],
                           check=True, stdout=subprocess.DEVNULL)
            reference = json.loads(target.read_text("utf-8"))["results"]
        lines.append("")
        lines += _compare("2. lint-ii 0.1.3 run on eenvoudig's parse → eenvoudig", names,
                          [r["score"] for r in reference], [o["score"] for o in ours],
                          [r["sentence_scores"] for r in reference],
                          [o["sentence_scores"] for o in ours])
        lines.append("")
        lines += _features(names, [r["features"] for r in reference],
                           [o["features"] for o in ours])
    else:
        lines.append(f"\n(no lint-ii Python at {python}: part 2 skipped)")
    report = "\n".join(lines)
    print(report)
    if args.out:
        args.out.write_text(report + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
