"""Behaviour stays equal across refactors: every score, hit and rewrite on the example
agreement and the dev pairs matches the snapshot in tests/data/snapshot.json (see
tests/snapshot.py; after an intended change of behaviour, take a new one with
`python tests/snapshot.py --write` and say so in the commit)."""

from __future__ import annotations

import json

from tests.snapshot import PAIRS, SNAPSHOT, compute, differences


def test_outputs_equal_snapshot() -> None:
    stored = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    current, _ = compute(pairs=PAIRS.is_file())
    assert set(stored["example"]) == set(current["example"])
    assert differences(stored, current) == []
