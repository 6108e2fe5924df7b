"""How often does a score rate the expert's plain version easier than the original?

On the Amsterdam dev pairs (../shared/eval/amsterdam-municipal-pairs-dev.csv: municipal
sentences beside an expert plain-language edit), for each score: the share of pairs where
the expert version comes out easier (a tie counts as wrong), and the ties.

- begrijpelijkheid, cross-validated: leave-one-document-out, the model refitted without the
  test document's pairs (the same fitting as training/fit_understandability.py); this is the
  figure to quote;
- begrijpelijkheid as shipped (fitted on all these pairs: in-sample, for comparison only);
- LiNT-II, eenvoudig's Flesch-Douma, textstat's Flesch reading ease (Dutch), letters per
  word.

Then the B1-indicatie of the shipped model: how many expert versions and originals pass.

    python benchmarks/understandability.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "src"))

import fit_understandability as fit  # noqa: E402


def _pair_accuracy(harder_original: np.ndarray) -> tuple[float, int]:
    """(share right, ties) from per-pair margins where > 0 means the original is harder."""
    ties = int((np.abs(harder_original) <= fit.TIE).sum())
    return float((harder_original > fit.TIE).mean()), ties


def main() -> int:
    if not fit.PAIRS.is_file():
        print(f"{fit.PAIRS} not found", file=sys.stderr)
        return 1
    import eenvoudig
    from eenvoudig.document.batch import read_texts

    pairs = fit.read_pairs()
    data = fit.load_data(pairs)
    n = data.pairs
    rows: list[tuple[str, float, int]] = []
    accuracy, ties, _ = fit.grouped_cv(data)
    rows.append(("begrijpelijkheid, leave-one-document-out", accuracy, ties))

    texts = [p[1] for p in pairs] + [p[2] for p in pairs]
    analyses = eenvoudig.analyze_many(read_texts(texts, parse=True),
                                      settings=eenvoudig.Settings())
    shipped = np.array([a.metrics.understandability_score or 0.0 for a in analyses])
    rows.append(("begrijpelijkheid as shipped (in-sample)",
                 *_pair_accuracy(shipped[n:] - shipped[:n])))
    lint = np.array([a.metrics.lint_score if a.metrics.lint_score is not None else np.nan
                     for a in analyses])
    rows.append(("LiNT-II (eenvoudig)", *_pair_accuracy(np.nan_to_num(lint[:n] - lint[n:]))))
    douma = np.array([a.metrics.flesch_douma or 0.0 for a in analyses])
    rows.append(("Flesch-Douma (eenvoudig)", *_pair_accuracy(douma[n:] - douma[:n])))
    try:
        import textstat

        textstat.set_lang("nl")
        flesch = np.array([textstat.flesch_reading_ease(t) for t in texts])
        rows.append(("Flesch reading ease (textstat, nl)",
                     *_pair_accuracy(flesch[n:] - flesch[:n])))
    except ImportError:
        print("textstat not installed (pip install 'eenvoudig[dev]'): its row is left out")
    letters = np.array([a.metrics.counts.letters / max(1, a.metrics.words) for a in analyses])
    rows.append(("letters per word", *_pair_accuracy(letters[:n] - letters[n:])))

    print(f"{n} pairs in {len(set(data.documents))} documents; expert version rated easier:")
    print(f"{'score':44} {'right':>6} {'ties':>5}")
    for name, share, tie_count in rows:
        print(f"{name:44} {share:6.3f} {tie_count:5d}")

    from eenvoudig.analysis.understandability import model as fitted

    model = fitted()
    passing = sum(1 for a in analyses[n:] if (u := a.metrics.understandability) and u.b1)
    failing = sum(1 for a in analyses[:n] if not ((u := a.metrics.understandability) and u.b1))
    print(f"\nbegrijpelijkheid ≥ {model.b1_threshold:.0f} (shipped model): expert versions "
          f"passing {passing}/{n} ({passing / n:.1%}), originals failing {failing}/{n} "
          f"({failing / n:.1%})")
    checks = eenvoudig.check_many(read_texts(texts, parse=True), settings=eenvoudig.Settings())
    passing = sum(1 for c in checks[n:] if c.verdict.b1)
    failing = sum(1 for c in checks[:n] if not c.verdict.b1)
    print(f"B1-indicatie of check (that score and at most 1 jargon hit per 100 words): "
          f"expert versions passing {passing}/{n} ({passing / n:.1%}), originals failing "
          f"{failing}/{n} ({failing / n:.1%})")
    print("weights (standardised features; + is harder):")
    for name, weight in sorted(model.weights.items(), key=lambda x: -abs(x[1])):
        print(f"  {name:28} {weight:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
