"""Snapshot of eenvoudig's outputs, to keep behaviour equal across refactors.

For the example agreement and for the complex side of the Amsterdam dev pairs
(../shared/eval, read in place, never copied), it records a digest of the analysis (every
score of the document, each section and each sentence), of the check (every hit) and of the
rewrite (the new text and every edit), one digest per document, section or pair, plus a few
totals to read at a glance. The digests are stored in tests/data/snapshot.json; only digests,
so no third-party text is copied into the repository.

    python tests/snapshot.py --write     # take the snapshot (before a change)
    python tests/snapshot.py             # compare; prints what differs
    python tests/snapshot.py --dump DIR  # write the full outputs as JSON, for diffing

`tests/test_snapshot.py` runs the comparison.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "heerlens-akkoord-2026-2030.md"
PAIRS = ROOT.parent / "shared" / "eval" / "amsterdam-municipal-pairs-dev.csv"
SNAPSHOT = ROOT / "tests" / "data" / "snapshot.json"


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    text = text.replace(str(ROOT), "<checkout>")  # the same in every clone and worktree
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _round(value: Any) -> Any:
    """Scores rounded to 6 decimals, so float noise in the last bits does not count."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_round(v) for v in value]
    return value


def _analysis_parts(analysis: Any) -> dict[str, Any]:
    data = _round(analysis.to_dict())
    sentences = [_round(s.to_dict()) for s in analysis.sentences]
    return {"document": data, "sentences": sentences}


def _outputs(items: list[Any]) -> list[dict[str, Any]]:
    import eenvoudig

    analyses = eenvoudig.analyze_many(items)
    checks = eenvoudig.check_many(items)
    rewrites = eenvoudig.simplify_many(items)
    out = []
    for analysis, check, rewrite in zip(analyses, checks, rewrites, strict=True):
        out.append({
            "analysis": _analysis_parts(analysis),
            "hits": [h.to_dict() for h in check.hits],
            "check": _round(check.to_dict()),
            "rewrite": {"text": rewrite.text, "edits": [e.to_dict() for e in rewrite.edits],
                        "dict": _round(rewrite.to_dict())},
        })
    return out


def pair_sources() -> list[str]:
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        return [r["Complex"] for r in csv.DictReader(handle) if r["Complex"].strip()]


def compute(*, pairs: bool = True) -> tuple[dict[str, Any], dict[str, Any]]:
    """(digests, full outputs) of the example and, when available, the dev pairs."""
    full: dict[str, Any] = {}
    (example,) = _outputs([EXAMPLE])
    full["example"] = example
    digests: dict[str, Any] = {"example": {
        "totals": {"hits": len(example["hits"]), "edits": len(example["rewrite"]["edits"]),
                   "lint_score": example["analysis"]["document"]["document"]["metrics"]
                   ["lint_score"]},
        "analysis": _digest(example["analysis"]["document"]),
        "sentences": [_digest(s) for s in example["analysis"]["sentences"]],
        "hits": [_digest(h) for h in example["hits"]],
        "check": _digest(example["check"]),
        "rewrite_text": _digest(example["rewrite"]["text"]),
        "rewrite": _digest(example["rewrite"]),
    }}
    if pairs and PAIRS.is_file():
        outputs = _outputs(pair_sources())
        full["pairs"] = outputs
        digests["pairs"] = {
            "totals": {"pairs": len(outputs), "hits": sum(len(o["hits"]) for o in outputs),
                       "edits": sum(len(o["rewrite"]["edits"]) for o in outputs)},
            "analysis": [_digest(o["analysis"]) for o in outputs],
            "hits": [_digest(o["hits"]) for o in outputs],
            "check": [_digest(o["check"]) for o in outputs],
            "rewrite": [_digest(o["rewrite"]) for o in outputs],
        }
    return digests, full


def differences(stored: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """Human-readable differences between two digest sets (empty when equal)."""
    lines: list[str] = []
    for corpus in stored:
        if corpus not in current:
            continue
        for key, old in stored[corpus].items():
            new = current[corpus].get(key)
            if old == new:
                continue
            if isinstance(old, list) and isinstance(new, list):
                changed = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
                lines.append(f"{corpus}.{key}: {len(old)} → {len(new)} items, "
                             f"{len(changed)} differ (first: {changed[:10]})")
            else:
                lines.append(f"{corpus}.{key}: {old} → {new}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the snapshot")
    parser.add_argument("--dump", type=Path, help="write the full outputs to this folder")
    args = parser.parse_args()
    digests, full = compute()
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for name, value in full.items():
            (args.dump / f"{name}.json").write_text(
                json.dumps(value, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    if args.write:
        SNAPSHOT.write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")
        print(f"snapshot written: {SNAPSHOT}")
        return 0
    stored = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    diff = differences(stored, digests)
    print("\n".join(diff) if diff else "outputs equal to the snapshot")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
