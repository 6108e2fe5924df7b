"""Benchmark: words per second of `eenvoudig.analyze` on the example agreement.

Prints figures; it is not a test (these machines are noisy). Run with `make bench`.
- classic formulas only (`parse=False`), with warm and with emptied word caches;
- the full analysis with the Dutch parser and LiNT-II (`parse=True`, the default), and the
  share of that time spent in spaCy's `nlp.pipe`;
- textstat's Flesch reading ease on the same text, for comparison (it does far less: no
  sections, no Dutch syllable rules, no per-sentence results);
- the start-up time of `eenvoudig --help`.
"""

from __future__ import annotations

import cProfile
import pstats
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


def empty_word_caches() -> None:
    from eenvoudig.analysis.analyze import word_info
    from eenvoudig.document.build import is_word
    from eenvoudig.language.frequency import zipf
    from eenvoudig.language.syllables import _rule_count, _syllables

    for cached in (word_info, is_word, zipf, _rule_count, _syllables):
        cached.cache_clear()


def main() -> None:
    import textstat

    import eenvoudig

    text = EXAMPLE.read_text(encoding="utf-8")
    start = time.perf_counter()
    analysis = eenvoudig.analyze(EXAMPLE, parse=False)  # loads spaCy's tokenizer and wordfreq
    first = time.perf_counter() - start
    words = analysis.metrics.words

    def cold() -> None:
        empty_word_caches()
        eenvoudig.analyze(EXAMPLE, parse=False)

    warm_time = statistics.median(timed(lambda: eenvoudig.analyze(EXAMPLE, parse=False)))
    cold_time = statistics.median(timed(cold))

    start = time.perf_counter()
    eenvoudig.analyze(EXAMPLE)  # loads the parser
    parse_first = time.perf_counter() - start
    parse_time = statistics.median(timed(lambda: eenvoudig.analyze(EXAMPLE), runs=3))
    profile = cProfile.Profile()
    profile.enable()
    eenvoudig.analyze(EXAMPLE)
    profile.disable()
    stats = pstats.Stats(profile)
    pipe_time = max((v[3] for k, v in stats.stats.items()
                     if k[2] == "pipe" and k[0].endswith("language.py")), default=0.0)

    textstat.set_lang("nl")  # English would make textstat download cmudict through nltk
    variants = iter(range(10**6))  # textstat caches by text: vary it to measure real work
    ts_time = statistics.median(
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
    print("classic formulas only (parse=False)")
    print(f"  first call (loads tokenizer, wordfreq):   {first:7.3f} s")
    print(f"  median of {RUNS}, warm caches:              {warm_time:7.3f} s "
          f"{words / warm_time:10,.0f} words/s")
    print(f"  median of {RUNS}, word caches emptied:      {cold_time:7.3f} s "
          f"{words / cold_time:10,.0f} words/s")
    print("full analysis with parser and LiNT-II (default)")
    print(f"  first call (loads the parser):            {parse_first:7.3f} s")
    print(f"  median of 3:                              {parse_time:7.3f} s "
          f"{words / parse_time:10,.0f} words/s")
    print(f"  time in spaCy nlp.pipe (profiled run):    {100 * pipe_time / stats.total_tt:6.0f} %")
    print(f"textstat.flesch_reading_ease, median of {RUNS}: {ts_time:7.3f} s "
          f"{words / ts_time:10,.0f} words/s")
    print(f"eenvoudig --help, median of 5 (process):  {statistics.median(help_times):7.3f} s")


if __name__ == "__main__":
    main()
