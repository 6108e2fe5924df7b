"""The `eenvoudig score` command: output, JSON schema, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import EXCERPT_SECTIONS, run


def test_section_table_lists_every_section(capsys, excerpt):
    code, out, err = run(["score", str(excerpt), "--by", "section"], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[1].startswith("Begrijpelijkheid: ") and "B1 vanaf" in lines[1]
    assert lines[2].startswith("LiNT-II ") and "niveau" in lines[2]
    assert lines[3].startswith("Hele document:")
    assert "Begr." in lines[8]
    numbers = [line.split()[0] for line in lines if line.strip()[:1].isdigit()]
    assert numbers == EXCERPT_SECTIONS
    assert "Flesch-Douma" in out and "zeer moeilijk" in out


def test_json_schema(capsys, excerpt):
    code, out, _ = run(["score", str(excerpt), "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["schema_version"] == "1.1"
    for key in ("words", "sentences", "flesch_douma", "brouwer", "lix"):
        assert key in data["document"]["metrics"]
    section = next(s for s in data["sections"] if s["number"] == "1.2.2")
    assert {"number", "title", "level", "metrics", "sentences"} <= section.keys()
    sentence = section["sentences"][0]
    assert {"text", "line", "words", "flesch_douma"} <= sentence.keys()
    assert {"lint_score", "lint_level", "passive", "max_dependency_length"} <= sentence.keys()
    for metrics in [data["document"]["metrics"], *(s["metrics"] for s in data["sections"])]:
        assert "lint_score" in metrics and "lint_level" in metrics
    assert 0 <= data["document"]["metrics"]["lint_score"] <= 100
    assert data["document"]["metrics"]["lint_level"] in (1, 2, 3, 4)
    total = data["document"]["metrics"]["words"]
    assert sum(s["metrics"]["words"] for s in data["sections"]) == total


def test_json_word_details_by_sentence(capsys, tmp_path):
    path = tmp_path / "kort.md"
    path.write_text("De huurdersbelangenvereniging vergadert in 2026.", encoding="utf-8")
    code, out, _ = run(["score", str(path), "--format", "json", "--by", "sentence"], capsys)
    assert code == 0
    details = json.loads(out)["sections"][0]["sentences"][0]["word_details"]
    by_text = {d["text"]: d for d in details}
    assert by_text["huurdersbelangenvereniging"] == {
        "text": "huurdersbelangenvereniging", "syllables": 9, "letters": 26, "zipf": 0.0,
        "rare": True, "long": True, "number": False}
    assert by_text["2026"]["number"] and not by_text["2026"]["rare"]
    assert by_text["2026"]["syllables"] == 7  # tweeduizend zesentwintig


def test_by_sentence_and_document(capsys, excerpt):
    code, out, _ = run(["score", str(excerpt), "--by", "sentence"], capsys)
    assert code == 0 and "LANG (>20)" in out and "r. 179" in out
    code, out, _ = run(["score", str(excerpt), "--by", "document"], capsys)
    assert code == 0 and len(out.splitlines()) == 7
    code, out, _ = run(["score", str(excerpt), "--by", "document", "--no-parse"], capsys)
    assert code == 0 and len(out.splitlines()) == 5 and "LiNT" not in out
    assert "Begrijpelijkheid" not in out


def test_stdin(capsys, monkeypatch):
    code, out, _ = run(["score", "-", "--format", "json"], capsys,
                       stdin=b"Wij helpen u graag. Bel ons.", monkeypatch=monkeypatch)
    assert code == 0
    assert json.loads(out)["document"]["metrics"]["sentences"] == 2


def test_long_sentence_option(capsys, excerpt):
    text_args = ["score", str(excerpt), "--by", "document", "--long-sentence", "30"]
    code, out, _ = run(text_args, capsys)
    assert code == 0 and "meer dan 30 woorden" in out


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "leeg.md", "is leeg"),
        (b"   \n\n", "spaties.txt", "is leeg"),
        (b"\x00\x01\x02binary\x00" * 20, "data.md", "geen tekstbestand"),
        (b"%PDF-1.7 ...", "brief.pdf", "is een PDF"),
        (b"PK\x03\x04rubbish", "kapot.docx", "geen geldig Word-bestand"),
        (b"just text", "nep.docx", "geen geldig Word-bestand"),
    ],
)
def test_bad_input_gives_one_dutch_line(tmp_path, capsys, content, name, message):
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = run(["score", str(path)], capsys)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_missing_file_and_unknown_option(capsys, excerpt):
    code, _, err = run(["score", "bestaat-niet.md"], capsys)
    assert code == 2 and "bestaat niet" in err
    code, _, err = run(["score", str(excerpt), "--kleur"], capsys)
    assert code == 2 and "onbekende optie '--kleur'" in err and len(err.splitlines()) == 1
    code, _, err = run(["score", str(excerpt), "--format", "pdf"], capsys)
    assert code == 2 and "ongeldige waarde voor --format" in err
    code, _, err = run(["score"], capsys)
    assert code == 2 and "ontbreekt" in err
    code, _, err = run(["bestaat-niet"], capsys)
    assert code == 2 and "onbekende opdracht" in err
    code, _, err = run(["score", str(excerpt), "--model", "nl_bestaat_niet"], capsys)
    assert code == 2 and "niet gevonden" in err and len(err.splitlines()) == 1


def test_cp1252_fallback_is_reported(tmp_path, capsys):
    path = tmp_path / "oud.txt"
    path.write_bytes("Wij hebben uw brief over de coöperatie ontvangen.".encode("cp1252"))
    code, out, err = run(["score", str(path), "--by", "sentence"], capsys)
    assert code == 0
    assert "Windows-1252" in err
    assert "coöperatie" in out


def test_utf8_bom_is_removed(tmp_path, capsys):
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeff# Titel\n\nEen zin.".encode())
    code, out, err = run(["score", str(path), "--format", "json"], capsys)
    assert code == 0 and not err
    assert json.loads(out)["sections"][0]["title"] == "Titel"


def test_one_bad_file_does_not_stop_the_others(tmp_path, capsys):
    good = tmp_path / "goed.md"
    good.write_text("Een goede zin.", encoding="utf-8")
    bad = tmp_path / "leeg.md"
    bad.write_text("", encoding="utf-8")
    code, out, err = run(["score", str(bad), str(good), "--format", "json"], capsys)
    assert code == 2
    assert "leeg" in err
    assert len(json.loads(out)["documents"]) == 1


def test_help_is_dutch_and_installed_command_runs():
    result = subprocess.run([sys.executable, "-m", "eenvoudig", "score", "--help"],
                            capture_output=True, text=True, check=True)
    assert "Meet de leesbaarheid" in result.stdout
