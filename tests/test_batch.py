"""Folders of documents: `eenvoudig score DIR` and `eenvoudig check DIR` walk them, report an
unreadable file and go on, and end with a summary table."""

from __future__ import annotations

import json

import pytest

from .conftest import run


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "brieven").mkdir()
    (tmp_path / "brieven" / "brief.txt").write_text(
        "Wij verzoeken u vriendelijk het formulier te retourneren.", encoding="utf-8")
    (tmp_path / "nota.md").write_text(
        "# Nota\n\nDe aanvraag wordt door de gemeente in behandeling genomen. "
        "Daarna krijgt u een brief.", encoding="utf-8")
    (tmp_path / "kapot.txt").write_bytes(b"\x00\x01\x02\x03 geen tekst")
    (tmp_path / "leeg.md").write_text("  \n", encoding="utf-8")
    (tmp_path / ".verborgen").mkdir()
    (tmp_path / ".verborgen" / "oud.md").write_text("Niet meenemen.", encoding="utf-8")
    (tmp_path / "plaatje.png").write_bytes(b"\x89PNG\r\n")
    return tmp_path


def test_score_folder_walks_subfolders_and_summarises(folder, capsys):
    code, out, err = run(["score", str(folder), "--by", "document"], capsys)
    assert code == 2  # two files could not be read
    assert "Samenvatting: 2 documenten, 2 overgeslagen" in out
    summary = out[out.index("Samenvatting"):]
    assert "brief.txt" in summary and "nota.md" in summary
    assert "oud.md" not in out and "plaatje" not in out  # hidden folder, not a document
    assert "Documenten meten" in err  # the progress bar (only its label when not a terminal)
    assert "kapot.txt is geen tekstbestand" in err
    assert "leeg.md is leeg" in err
    assert "Traceback" not in err


def test_check_folder_json_lists_every_readable_document(folder, capsys):
    code, out, _ = run(["check", str(folder), "--format", "json"], capsys)
    assert code == 2
    data = json.loads(out)
    sources = sorted(d["document"]["source"].rsplit("/", 1)[-1] for d in data["documents"])
    assert sources == ["brief.txt", "nota.md"]
    rules = {h["rule"] for d in data["documents"] for h in d["hits"]}
    assert "ambtelijk.retourneren" in rules and "ambtelijk.in-behandeling-nemen" in rules


def test_check_folder_text_has_summary_row_per_document(folder, capsys):
    (folder / "kapot.txt").unlink()
    (folder / "leeg.md").unlink()
    code, out, _ = run(["check", str(folder), "--fail-on", "none"], capsys)
    assert code == 0
    lines = out[out.index("Samenvatting: 2 documenten"):].splitlines()
    assert lines[1].split()[:3] == ["Document", "Woorden", "LiNT"]
    rows = {line.split()[0].rsplit("/", 1)[-1]: line.split() for line in lines[3:5]}
    assert rows["brief.txt"][1] == "8"  # words
    assert rows["nota.md"][1] == "14"  # the title is not counted


def test_empty_folder_is_reported(tmp_path, capsys):
    code, _, err = run(["score", str(tmp_path)], capsys)
    assert code == 2
    assert f"in de map {tmp_path} staan geen documenten" in err
    assert "Traceback" not in err


def test_one_file_keeps_one_json_object(folder, capsys):
    code, out, _ = run(["score", str(folder / "nota.md"), "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out)["document"]["title"] == "Nota"


def test_one_unreadable_file_gives_no_summary(tmp_path, capsys):
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"geen pdf")
    code, out, err = run(["score", str(bad)], capsys)
    assert code == 2 and out == ""
    assert err.strip() == f"eenvoudig: {bad} is geen geldig PDF-bestand."
