"""The command never shows a traceback: output errors, file-system errors and bugs each give
one Dutch line on stderr and their exit code (issue 17)."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eenvoudig.cli.main import ExitCode, main

from .conftest import ROOT, run

TEXT = "Indien u vragen heeft, belt u ons middels dit nummer.\n"


def _brief(tmp_path: Path) -> Path:
    path = tmp_path / "brief.md"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _one_dutch_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "No space" not in err and "Errno" not in err, err
    assert lines[0].startswith("eenvoudig: "), err
    return lines[0]


def _cli(args: list[str], *, stdout: object = subprocess.PIPE, env: dict[str, str] | None = None,
         cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eenvoudig", *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, cwd=cwd, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})})


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_one_dutch_line_in_a_real_process(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    with open("/dev/full", "w") as full:
        done = _cli(["score", str(brief)], stdout=full)
    assert done.returncode == ExitCode.USAGE
    line = _one_dutch_line(done.stderr)
    assert "de schijf is vol" in line and "uitvoer" in line


class _Failing(io.TextIOBase):
    """A standard output that fails like a full disk or a closed pipe."""

    def __init__(self, number: int) -> None:
        self.number = number

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(self.number, os.strerror(self.number))

    def flush(self) -> None:
        raise OSError(self.number, os.strerror(self.number))


@pytest.mark.parametrize(("number", "reason"), [
    (errno.ENOSPC, "de schijf is vol"),
    (errno.EPIPE, "gesloten"),
    (errno.EBADF, "gesloten"),
])
def test_output_errors_in_process(number: int, reason: str, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    brief = _brief(tmp_path)
    monkeypatch.setattr(sys, "stdout", _Failing(number))
    code = main(["score", str(brief)])
    err = capsys.readouterr().err
    assert code == ExitCode.USAGE
    line = _one_dutch_line(err)
    assert "kan niet naar de uitvoer schrijven" in line and reason in line


def test_a_closed_stdout_is_not_silently_ignored(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    done = subprocess.run(f'"{sys.executable}" -m eenvoudig score "{brief}" >&-', shell=True,
                          stderr=subprocess.PIPE, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == ExitCode.USAGE
    assert "gesloten" in _one_dutch_line(done.stderr)


def test_a_file_name_over_255_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = str(tmp_path / ("a" * 300 + ".md"))
    code, _out, err = run(["score", name], capsys)
    assert code == ExitCode.USAGE
    line = _one_dutch_line(err)
    assert "te lang" in line and len(line) < 300


def test_an_output_file_name_over_255_bytes(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    brief = _brief(tmp_path)
    code, _out, err = run(["score", str(brief), "-o", str(tmp_path / ("b" * 300 + ".txt"))],
                          capsys)
    assert code == ExitCode.USAGE
    line = _one_dutch_line(err)
    assert "Kan niet schrijven" in line and "te lang" in line and len(line) < 300


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_output_without_permission(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = _brief(tmp_path)
    locked = tmp_path / "dicht"
    locked.mkdir(mode=0o500)
    code, _out, err = run(["score", str(brief), "-o", str(locked / "uit.txt")], capsys)
    assert code == ExitCode.USAGE
    assert "geen toegang" in _one_dutch_line(err)


def test_a_permission_error_anywhere_is_one_dutch_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """An OSError that no command catches (here: reading the settings) names the file."""
    import eenvoudig.settings

    def locked(start: Path) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied", str(start / "pyproject.toml"))

    monkeypatch.setattr(eenvoudig.settings, "find_settings_file", locked)
    code, _out, err = run(["score", str(_brief(tmp_path))], capsys)
    assert code == ExitCode.USAGE
    line = _one_dutch_line(err)
    assert line.endswith("pyproject.toml: geen toegang.")


def test_a_bug_gives_exit_3_and_the_traceback_in_a_log_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import eenvoudig.api

    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("kapot\nop twee regels")

    monkeypatch.setattr(eenvoudig.api, "analyze_many", broken)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    code, _out, err = run(["score", str(_brief(tmp_path))], capsys)
    assert code == ExitCode.INTERNAL
    line = err.strip()
    assert "\n" not in line and "Traceback" not in line
    assert line.startswith("eenvoudig: er ging iets mis (ValueError: kapot op twee regels)")
    log = Path(line.split("details staan in ", 1)[1].split()[0].rstrip(".;"))
    assert log.is_file() and log.is_relative_to(tmp_path / "cache")
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ValueError: kapot" in text and "score" in text


def test_a_bug_is_reported_even_when_no_log_can_be_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import tempfile

    import eenvoudig.api

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("kapot")

    blocked = tmp_path / "geen-map"
    blocked.write_text("een bestand, geen map", encoding="utf-8")
    monkeypatch.setattr(eenvoudig.api, "analyze_many", broken)
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(blocked))
    code, _out, err = run(["score", str(_brief(tmp_path))], capsys)
    assert code == ExitCode.INTERNAL
    line = _one_dutch_line(err)
    assert "er ging iets mis (RuntimeError: kapot)" in line


def test_a_bug_in_a_real_process_shows_no_traceback(tmp_path: Path) -> None:
    """A bug in a real run: a sitecustomize breaks the analysis."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import eenvoudig.api\n"
        "def broken(*a, **k):\n    raise KeyError('x')\n"
        "eenvoudig.api.analyze_many = broken\n", encoding="utf-8")
    brief = _brief(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "eenvoudig", "score", str(brief)], capture_output=True,
        text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": f"{hook}{os.pathsep}{ROOT / 'src'}",
             "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert done.returncode == ExitCode.INTERNAL
    line = _one_dutch_line(done.stderr)
    assert "er ging iets mis (KeyError" in line and str(tmp_path / "cache") in line


# --- outputs that would overwrite an input ---------------------------------------------------

@pytest.mark.parametrize("args", [
    ["convert", "{brief}", "-o", "{brief}"],
    ["convert", "{brief}", "-o", "{same}"],
    ["check", "{brief}", "-o", "{brief}"],
    ["check", "{folder}", "-f", "html", "-o", "{folder}"],
    ["score", "{brief}", "-o", "{brief}"],
    ["render", "{brief}", "-o", "{brief}"],
    ["render", "{folder}/eenvoudig.md", "-o", "{folder}"],
])
def test_an_output_that_is_an_input_is_refused_before_any_work(
        args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import eenvoudig.api

    folder = tmp_path / "map"
    folder.mkdir()
    brief = _brief(folder)
    (folder / "eenvoudig.md").write_text(TEXT, encoding="utf-8")
    (folder / "brief-rapport.html").write_text("<p>Indien u vragen heeft.</p>",
                                               encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    values = {"brief": str(brief), "same": "map/../map/brief.md", "folder": str(folder)}

    def no_work(*args: object, **kwargs: object) -> object:
        raise AssertionError("the input was read before the output was checked")

    for name in ("read", "analyze_many", "check_many", "simplify_many"):
        monkeypatch.setattr(eenvoudig.api, name, no_work)
    code, out, err = run([a.format(**values) for a in args], capsys)
    assert code == ExitCode.USAGE and out == ""
    line = _one_dutch_line(err)
    assert "invoer" in line and "overschreven" in line
    assert brief.read_text(encoding="utf-8") == TEXT


def test_render_without_an_output_folder_says_so(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["render", str(_brief(tmp_path))], capsys)
    assert code == ExitCode.USAGE
    line = _one_dutch_line(err)
    assert "-o MAP" in line and "ontbreekt" not in line.split("-o")[0]
    assert "bestand" not in line


@pytest.mark.parametrize(("args", "expected"), [
    (["score", "{brief}", "--format"], "de optie --format heeft een waarde nodig"),
    (["score", "{brief}", "-o", "{tmp}"], "ongeldige waarde voor --output: {tmp} is een map"),
    (["check", "{brief}", "--config", "{tmp}"],
     "ongeldige waarde voor --config: {tmp} is een map"),
    (["rules", "test", "a", "b"], "te veel argumenten (b)"),
    (["rules", "show"], "ID ontbreekt; zie 'eenvoudig rules show --help'"),
    (["score"], "een bestand (of - voor standaardinvoer) ontbreekt; zie 'eenvoudig score --help'"),
])
def test_usage_errors_are_dutch(args: list[str], expected: str, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    values = {"brief": str(_brief(tmp_path)), "tmp": str(tmp_path)}
    code, _out, err = run([a.format(**values) for a in args], capsys)
    assert code == ExitCode.USAGE
    line = _one_dutch_line(err)
    assert expected.format(**values) in line
    for english in ("Option", "Got", "argument ", "File", "Path", "does not", "requires"):
        assert english not in line


def test_serve_on_an_address_of_another_computer_is_dutch(
        capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("fastapi")
    pytest.importorskip("uvicorn")
    code, _out, err = run(["serve", "--host", "203.0.113.7", "--no-browser"], capsys)
    assert code == ExitCode.USAGE
    assert _one_dutch_line(err) == ("eenvoudig: Kan niet starten op 203.0.113.7:8765 (dat "
                                    "adres hoort niet bij deze computer).")
