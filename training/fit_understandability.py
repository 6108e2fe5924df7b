"""Fit eenvoudig's calibrated score (begrijpelijkheid) on the Amsterdam dev pairs.

Each pair is a municipal sentence and the version an expert plain-language editor wrote
(../shared/eval/amsterdam-municipal-pairs-dev.csv, EUPL-1.2, read in place). The model is a
pairwise logistic regression without intercept on standardised features: the difference
original − expert version should come out positive ("harder"). The features are the ones in
`src/eenvoudig/analysis/understandability.py` (ratios of pooled counts, so a document is scored
from its counts and ten copies of a sentence score as that sentence).

Writes `src/eenvoudig/analysis/data/understandability.json`: per feature its weight, mean and
sd; the spread of the weighted sum over the data (so the average sentence scores 50 and the
sd is 15 points); the B1 threshold (the whole score that separates the expert versions,
which should pass, from the originals, which should fail, most evenly); the word lists
behind the lexicon features; and the provenance (data, date, leave-one-document-out
accuracy, ties, pass rates).

    python training/fit_understandability.py            # fit and write the model
    python training/fit_understandability.py --dry-run  # only print the figures

Needs only numpy (installed with spaCy) besides eenvoudig; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT.parent / "shared" / "eval" / "amsterdam-municipal-pairs-dev.csv"
MODEL = ROOT / "src" / "eenvoudig" / "analysis" / "data" / "understandability.json"
JARGON_LISTS = ["ambtelijk.tsv", "anglicismen.tsv"]
ABBREVIATION_LISTS = ["afkortingen.tsv"]
L2 = 1.0
TIE = 1e-9
# The direction each feature may push (+1: more of it is harder, -1: easier). A feature
# whose fitted weight comes out against its direction (because it overlaps with another) is
# left out, so that every contribution a reader sees points the way the advice does.
# (Letters per word is not a feature: given the word frequencies, the experts' versions
# have longer words, because they write abbreviations out and cut small filler words; left
# free it would tell a writer that short words are hard.)
SIGNS = {
    "words_per_sentence": 1, "length_weighted_sentence": 1, "frequency_deficit": 1,
    "content_word_frequency": -1, "jargon": 1, "abbreviations": 1, "shorthand": 1,
    "short_function_words": 1, "passives": 1, "nominalisations": 1, "subordinate_clauses": 1,
    "reader_pronouns": -1, "we_pronouns": -1, "negations": 1, "dependency_length": 1,
    "content_words_per_clause": 1, "concrete_nouns": -1, "numbers": -1,
}


@dataclass
class Data:
    """Feature matrix of the originals (rows 0..n-1) and expert versions (n..2n-1)."""

    names: list[str]
    features: np.ndarray
    documents: np.ndarray
    texts: list[tuple[str, str]]

    @property
    def signs(self) -> np.ndarray:
        return np.array([SIGNS[name] for name in self.names], dtype=float)

    @property
    def pairs(self) -> int:
        return len(self.texts)

    def differences(self) -> np.ndarray:
        return self.features[: self.pairs] - self.features[self.pairs:]


def read_pairs(path: Path = PAIRS) -> list[tuple[str, str, str]]:
    """(document id, original, expert version) of every pair with both sides filled in."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [(r["Document ID"], r["Complex"], r["Simple"]) for r in csv.DictReader(handle)
                if r["Complex"].strip() and r["Simple"].strip()]


def _ensure_lexicons() -> None:
    """The analysis counts jargon from the lists the model file names: make sure it names
    the lists this script fits with (a first run writes a model without weights)."""
    current = json.loads(MODEL.read_text(encoding="utf-8")) if MODEL.is_file() else {}
    wanted = {"jargon": JARGON_LISTS, "abbreviations": ABBREVIATION_LISTS}
    if current.get("lexicons") == wanted:
        return
    current.update({"lexicons": wanted, "features": current.get("features", {}),
                    "spread": current.get("spread", 1.0),
                    "b1_threshold": current.get("b1_threshold", 50.0)})
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    MODEL.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def load_data(pairs: list[tuple[str, str, str]]) -> Data:
    """Analyse both sides of every pair and compute the features."""
    sys.path.insert(0, str(ROOT / "src"))
    _ensure_lexicons()
    import eenvoudig
    from eenvoudig.analysis.understandability import FEATURES, feature_values
    from eenvoudig.document.batch import read_texts

    texts = [p[1] for p in pairs] + [p[2] for p in pairs]
    analyses = eenvoudig.analyze_many(read_texts(texts, parse=True),
                                      settings=eenvoudig.Settings())
    names = list(FEATURES)
    rows = [feature_values(a.metrics.counts) for a in analyses]
    matrix = np.array([[np.nan if row[k] is None else row[k] for k in names] for row in rows])
    return Data(names, matrix, np.array([p[0] for p in pairs]), [(p[1], p[2]) for p in pairs])


def standardise(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(standardised matrix with missing values at the mean (0), means, sds)."""
    means = np.nanmean(matrix, axis=0)
    sds = np.nanstd(matrix, axis=0)
    sds[sds == 0] = 1.0
    scaled = (matrix - means) / sds
    return np.nan_to_num(scaled, nan=0.0), means, sds


def fit_pairwise(differences: np.ndarray, signs: np.ndarray, l2: float = L2) -> np.ndarray:
    """Weights w with sigmoid(w · (original − expert)) ≈ 1 and every weight in its
    feature's direction (`signs`): features that come out the wrong way are dropped one at a
    time (the worst first) and the rest refitted."""
    active = np.ones(differences.shape[1], dtype=bool)
    while True:
        weights = np.zeros(differences.shape[1])
        weights[active] = _logistic(differences[:, active], l2)
        wrong = np.where(active & (weights * signs < 0))[0]
        if not len(wrong):
            return weights
        active[wrong[np.argmax(np.abs(weights[wrong]))]] = False


def _logistic(differences: np.ndarray, l2: float) -> np.ndarray:
    """L2-penalised logistic regression without intercept, labels all 1 (Newton)."""
    weights = np.zeros(differences.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(differences @ weights)))
        gradient = differences.T @ (p - 1.0) + l2 * weights
        hessian = (differences.T * (p * (1.0 - p))) @ differences + l2 * np.eye(len(weights))
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-10:
            break
    return weights


def grouped_cv(data: Data, l2: float = L2) -> tuple[float, int, np.ndarray]:
    """Leave-one-document-out: fit on the pairs of all other documents (standardised on
    their texts only), test on the pairs of one. Returns (share ranked right, ties, the
    held-out margin of every pair); a tie counts as wrong."""
    margins = np.zeros(data.pairs)
    doubled = np.concatenate([data.documents, data.documents])
    for document in sorted(set(data.documents)):
        test = data.documents == document
        train_rows = doubled != document
        means = np.nanmean(data.features[train_rows], axis=0)
        sds = np.nanstd(data.features[train_rows], axis=0)
        sds[sds == 0] = 1.0
        scaled = np.nan_to_num((data.features - means) / sds, nan=0.0)
        differences = scaled[: data.pairs] - scaled[data.pairs:]
        weights = fit_pairwise(differences[~test], data.signs, l2)
        margins[test] = differences[test] @ weights
    right = int((margins > TIE).sum())
    ties = int((np.abs(margins) <= TIE).sum())
    return right / data.pairs, ties, margins


def scores(data: Data, weights: np.ndarray, means: np.ndarray, sds: np.ndarray,
           spread: float) -> np.ndarray:
    """The 0–100 score of every text (as the runtime computes it)."""
    scaled = np.nan_to_num((data.features - means) / sds, nan=0.0)
    return np.clip(50.0 - 15.0 * (scaled @ weights) / spread, 0.0, 100.0)


def b1_threshold(score: np.ndarray, pairs: int) -> tuple[float, float, float]:
    """The whole-number threshold that separates expert versions (should pass) from the
    originals (should fail) evenly: the one where the smaller of the two shares is largest,
    so that neither side is favoured. (threshold, share of expert versions passing, share of
    originals failing)."""
    originals, experts = np.round(score[:pairs]), np.round(score[pairs:])  # as shown
    best = (0.0, 0.0, 0.0, -1.0, -1.0)
    for threshold in range(0, 101):
        passing = float((experts >= threshold).mean())
        failing = float((originals < threshold).mean())
        key = (min(passing, failing), passing + failing)
        if key > best[3:]:
            best = (float(threshold), passing, failing, *key)
    return best[0], best[1], best[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print, do not write")
    args = parser.parse_args()
    if not PAIRS.is_file():
        print(f"{PAIRS} not found", file=sys.stderr)
        return 1
    pairs = read_pairs()
    data = load_data(pairs)
    accuracy, ties, _ = grouped_cv(data)
    scaled, means, sds = standardise(data.features)
    weights = fit_pairwise(scaled[: data.pairs] - scaled[data.pairs:], data.signs)
    spread = float(np.std(scaled @ weights))
    score = scores(data, weights, means, sds, spread)
    threshold, passing, failing = b1_threshold(score, data.pairs)
    in_sample = float(((scaled[: data.pairs] - scaled[data.pairs:]) @ weights > TIE).mean())
    documents = len(set(data.documents))
    print(f"pairs {data.pairs} in {documents} documents")
    print(f"leave-one-document-out: {accuracy:.3f} ranked right, {ties} ties")
    print(f"in sample: {in_sample:.3f}")
    print(f"B1 threshold {threshold:.0f}: expert versions passing {passing:.1%}, "
          f"originals failing {failing:.1%}")
    for name, weight in sorted(zip(data.names, weights, strict=True), key=lambda x: -abs(x[1])):
        print(f"  {name:28} {weight:+.3f}")
    if args.dry_run:
        return 0
    model = {
        "what": "eenvoudig begrijpelijkheid: calibrated understandability score (0-100, "
                "higher is easier); see src/eenvoudig/analysis/understandability.py",
        "features": {name: {"weight": round(float(w), 6), "mean": round(float(m), 6),
                            "sd": round(float(s), 6)}
                     for name, w, m, s in zip(data.names, weights, means, sds, strict=True)},
        "spread": round(spread, 6),
        "b1_threshold": threshold,
        "lexicons": {"jargon": JARGON_LISTS, "abbreviations": ABBREVIATION_LISTS},
        "provenance": {
            "data": "Amsterdam municipal simplification pairs, development half "
                    "(../shared/eval/amsterdam-municipal-pairs-dev.csv, EUPL-1.2, City of "
                    "Amsterdam; Vlantis, Gornishka & Wang 2024)",
            "pairs": data.pairs,
            "documents": documents,
            "date": dt.date.today().isoformat(),
            "method": f"pairwise logistic regression, no intercept, L2 {L2}, standardised "
                      "features; training/fit_understandability.py",
            "leave_one_document_out_accuracy": round(accuracy, 4),
            "leave_one_document_out_ties": ties,
            "in_sample_accuracy": round(in_sample, 4),
            "b1_expert_versions_passing": round(passing, 4),
            "b1_originals_failing": round(failing, 4),
        },
    }
    MODEL.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written: {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
