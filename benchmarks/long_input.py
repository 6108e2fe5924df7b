"""Time and peak memory of eenvoudig on large and badly shaped input (issue 17).

Each case runs `python -m eenvoudig …` in its own process; the time is wall-clock time and
the peak memory is that process's maximum resident set size (`os.wait4`). Cases:

- `line-2mb-check`: a 2 MB line of Dutch words without any punctuation, through `check`
  (target: under 30 s and 1 GB);
- `parens-2mb-check`: 2 MB of "(" without a space, through `check` (spaCy's tokenizer alone
  is quadratic on it);
- `html-2mb-score`: 2 MB of "<a " in an HTML page, through `score` (the stdlib HTML parser
  alone is quadratic on it);
- `limit-score`: a document of just under the 50 MB limit (the example agreement repeated),
  through `score`, with its words per second (`--limit-mb` makes it smaller);
- `dev-zero-score`: `score /dev/zero` (a device without a size: must stop at the limit);
- `pipe-score`: `score -` reading an endless pipe (`yes`).

    python benchmarks/long_input.py [--cases a,b] [--limit-mb 50] [--out FILE]

Generated files go to a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "heerlens-akkoord-2026-2030.md"
WORDS = ["de", "gemeente", "gaat", "het", "beleid", "voor", "inwoners", "van", "heerlen",
         "samen", "met", "partners", "verder", "uitvoeren", "en", "verbeteren", "in", "de",
         "komende", "jaren"]
MB = 1024 * 1024


def _words_line(path: Path, size: int) -> None:
    rng = random.Random(1)
    out: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        out.append(word)
        length += len(word) + 1
    path.write_text(" ".join(out) + "\n", encoding="utf-8")


def _limit_document(path: Path, size: int) -> int:
    """The example repeated to just under `size` bytes; returns its number of words."""
    text = EXAMPLE.read_text(encoding="utf-8") + "\n\n"
    copies = max(1, (size - 1) // len(text.encode("utf-8")))
    path.write_text(text * copies, encoding="utf-8")
    return len(text.split()) * copies


def _run(args: list[str], stdin: str | None = None) -> tuple[float, int, int, str]:
    """(seconds, peak MB, exit code, last line of stderr) of `python -m eenvoudig ARGS`."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    command = [sys.executable, "-m", "eenvoudig", *args]
    feeder = None
    stdin_handle = subprocess.DEVNULL
    if stdin is not None:
        feeder = subprocess.Popen(stdin, shell=True, stdout=subprocess.PIPE)
        stdin_handle = feeder.stdout  # type: ignore[assignment]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdin=stdin_handle, stdout=subprocess.DEVNULL,
                                   stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    if feeder is not None:
        feeder.kill()
        feeder.wait()
    return seconds, usage.ru_maxrss // 1024, process.returncode, lines[-1] if lines else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", default="line-2mb-check,parens-2mb-check,html-2mb-score,"
                        "limit-score,dev-zero-score,pipe-score")
    parser.add_argument("--limit-mb", type=float, default=50.0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="eenvoudig-long-"))
    rows: list[str] = []

    def report(case: str, result: tuple[float, int, int, str], extra: str = "") -> None:
        seconds, peak, code, last = result
        line = f"{case:18s} {seconds:8.1f} s {peak:7d} MB  exit {code}  {extra}{last[:140]}"
        print(line, flush=True)
        rows.append(line)

    try:
        for case in args.cases.split(","):
            if case == "line-2mb-check":
                path = folder / "regel.txt"
                _words_line(path, 2 * MB)
                report(case, _run(["check", str(path)]))
            elif case == "parens-2mb-check":
                path = folder / "haakjes.txt"
                path.write_text("(" * (2 * MB), encoding="utf-8")
                report(case, _run(["check", str(path)]))
            elif case == "html-2mb-score":
                path = folder / "tags.html"
                path.write_text("<html><body><p>Een zin " + "<a " * (2 * MB // 3),
                                encoding="utf-8")
                report(case, _run(["score", str(path)]))
            elif case == "limit-score":
                path = folder / "groot.md"
                words = _limit_document(path, int(args.limit_mb * MB))
                result = _run(["score", str(path)])
                size = path.stat().st_size / MB
                report(case, result, f"{size:.1f} MB, {words:,} words, "
                       f"{words / result[0]:,.0f} words/s  ")
            elif case == "dev-zero-score":
                report(case, _run(["score", "/dev/zero"]))
            elif case == "pipe-score":
                report(case, _run(["score", "-"], stdin="yes 'Een zin.'"))
            else:
                print(f"unknown case {case}", file=sys.stderr)
                return 2
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if args.out:
        header = (f"# benchmarks/long_input.py on {os.cpu_count()} cores "
                  f"(python {sys.version.split()[0]}); seconds wall-clock, peak RSS")
        args.out.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
