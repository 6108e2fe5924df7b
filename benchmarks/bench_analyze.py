"""Benchmark: words per second of `eenvoudig.analyze` on the example agreement.

Prints figures; it is not a test (these machines are noisy). Run with `make bench`.
Compares with textstat's Flesch reading ease on the same text (which does far less:
no sections, no Dutch syllable rules, no per-sentence results).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "heerlens-akkoord-2026-2030.md"
RUNS = 7


def timed(function, runs: int = RUNS) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    import textstat

    import eenvoudig

    text = EXAMPLE.read_text(encoding="utf-8")
    start = time.perf_counter()
    analysis = eenvoudig.analyze(EXAMPLE)  # first call: loads spaCy and wordfreq
    first = time.perf_counter() - start
    words = analysis.metrics.words

    def cold_cache():
        from eenvoudig.analysis.analyze import word_info
        from eenvoudig.document.build import is_word
        from eenvoudig.language.frequency import zipf
        from eenvoudig.language.syllables import _rule_count, _syllables

        for cached in (word_info, is_word, zipf, _rule_count, _syllables):
            cached.cache_clear()
        eenvoudig.analyze(EXAMPLE)

    warm = statistics.median(timed(lambda: eenvoudig.analyze(EXAMPLE)))
    cold = statistics.median(timed(cold_cache))
    textstat.set_lang("nl")
    variants = iter(range(10**6))  # textstat caches by text: vary it to measure real work
    ts = statistics.median(
        timed(lambda: textstat.flesch_reading_ease(f"{text} {next(variants)}"))
    )

    help_times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "eenvoudig", "--help"], check=True,
                       capture_output=True)
        help_times.append(time.perf_counter() - start)

    print(f"document: {EXAMPLE.name}, {words:,} words, {analysis.metrics.sentences} sentences, "
          f"{sum(1 for s in analysis.sections if s.number)} numbered sections")
    print(f"first analyze (loads spaCy + wordfreq):   {first:7.3f} s")
    print(f"analyze, median of {RUNS} (warm caches):     {warm:7.3f} s  "
          f"{words / warm:10,.0f} words/s")
    print(f"analyze, median of {RUNS} (word caches emptied): {cold:5.3f} s  "
          f"{words / cold:10,.0f} words/s")
    print(f"textstat.flesch_reading_ease, median:     {ts:7.3f} s  {words / ts:10,.0f} words/s")
    print(f"eenvoudig --help, median of 5 (process):  {statistics.median(help_times):7.3f} s")


if __name__ == "__main__":
    main()
