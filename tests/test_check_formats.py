"""`eenvoudig check --format html|docx`: the files to share with the writer of a text."""

from __future__ import annotations

import io

import docx

from .conftest import run

TEXT = ("# Brief\n\nWij verzoeken u vriendelijk het formulier te retourneren. "
        "Indien u vragen heeft, kunt u bellen.\n")


def test_html_report_from_output_name(tmp_path, capsys):
    source = tmp_path / "brief.md"
    source.write_text(TEXT, encoding="utf-8")
    report = tmp_path / "rapport.html"
    code, out, err = run(["check", str(source), "-o", str(report), "--fail-on", "none"], capsys)
    assert code == 0, err
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "retourneren" in html
    assert "rapport.html geschreven" in err and not out


def test_html_report_to_screen(tmp_path, capsys):
    source = tmp_path / "brief.md"
    source.write_text(TEXT, encoding="utf-8")
    code, out, _ = run(["check", str(source), "--format", "html", "--fail-on", "none"], capsys)
    assert code == 0 and "<html" in out


def test_commented_word_file(tmp_path, capsys):
    source = tmp_path / "brief.md"
    source.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "brief-nagekeken.docx"
    code, _, err = run(["check", str(source), "-f", "docx", "-o", str(target),
                        "--fail-on", "none"], capsys)
    assert code == 0, err
    comments = docx.Document(io.BytesIO(target.read_bytes())).comments
    code, out, _ = run(["check", str(source), "-f", "json"], capsys)
    import json

    assert len(comments) == len(json.loads(out)["hits"]) + 1  # one on the title


def test_word_file_cannot_go_to_the_screen(tmp_path, capsys):
    source = tmp_path / "brief.md"
    source.write_text(TEXT, encoding="utf-8")
    code, out, err = run(["check", str(source), "-f", "docx"], capsys)
    assert code == 2 and not out
    assert err.strip() == "eenvoudig: Word-uitvoer kan niet naar het scherm; geef -o bestand.docx."


def test_folder_gets_one_report_per_document(tmp_path, capsys):
    drafts = tmp_path / "concepten"
    drafts.mkdir()
    (drafts / "een.md").write_text(TEXT, encoding="utf-8")
    (drafts / "twee.txt").write_text("Middels deze brief informeren wij u.", encoding="utf-8")
    out_dir = tmp_path / "rapporten"
    code, _, err = run(["check", str(drafts), "-f", "docx", "-o", str(out_dir),
                        "--fail-on", "none"], capsys)
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == ["een-nagekeken.docx",
                                                         "twee-nagekeken.docx"]
    code, _, err = run(["check", str(drafts), "-f", "html", "-o", str(out_dir),
                        "--fail-on", "none"], capsys)
    assert (out_dir / "twee-rapport.html").is_file()


def test_several_reports_need_a_folder(tmp_path, capsys):
    drafts = tmp_path / "concepten"
    drafts.mkdir()
    (drafts / "een.md").write_text(TEXT, encoding="utf-8")
    (drafts / "twee.md").write_text(TEXT, encoding="utf-8")
    blocker = tmp_path / "bestand.html"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(["check", str(drafts), "-f", "html", "-o", str(blocker)], capsys)
    assert code == 2
    assert "geef voor meer documenten een map" in err and "Traceback" not in err


def test_several_reports_cannot_go_to_the_screen(tmp_path, capsys):
    (tmp_path / "een.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "twee.md").write_text(TEXT, encoding="utf-8")
    code, out, err = run(["check", str(tmp_path), "-f", "html"], capsys)
    assert code == 2 and not out
    assert err.strip() == ("eenvoudig: Meer rapporten kunnen niet naar het scherm; geef met -o "
                           "een map.")
