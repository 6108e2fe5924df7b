"""Word in, Word out: comments on every hit (`commented_docx`) and the B1 version as a Word
file (`rewrite_docx`, `eenvoudig convert -o x.docx`)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from lxml import etree

import eenvoudig
from eenvoudig.cli.main import main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TITLE = "Nota afvalbeleid"


def _hyperlink(paragraph, text: str, url: str) -> None:
    r_id = paragraph.part.relate_to(
        url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _numbered(paragraph, num_id: int = 1, level: int = 0) -> None:
    """Word numbering on the paragraph itself (numPr), as Word writes a numbered list."""
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(num)
    ppr.append(num_pr)


def make_docx(path: Path) -> Path:
    """A small policy note with what real Word files have: a title, numbered headings with
    Heading styles, bold and italic runs, a word split over two runs, a hyperlink, a line
    break, a numbered list (with numPr), a bullet list, a table and a long sentence whose
    hit overlaps the word hits inside it."""
    document = docx.Document()
    document.core_properties.title = TITLE
    document.add_heading(TITLE, 0)
    document.add_heading("1 Inleiding", 1)
    p = document.add_paragraph()
    p.add_run("Wij hebben uw aanvraag ").font.size = Pt(13)
    p.add_run("middels").bold = True
    p.add_run(" dit formulier ontvangen. ")
    p.add_run("Indien").italic = True
    p.add_run(" u vragen heeft, belt u ons.")
    document.add_heading("1.1 Aanpak", 2)
    p = document.add_paragraph("Wij halen het afval op ")
    p.add_run("mid").bold = True
    p.add_run("dels een nieuwe wagen. Lees ")
    _hyperlink(p, "de regels indien u verhuist", "https://example.org")
    p.add_run(" op onze website.")
    p = document.add_paragraph("U krijgt een brief van ons.")
    p.add_run().add_break()
    p.add_run("Indien u wilt, belt u ons.").italic = True
    for text in ("Eerst melden wij het.", "Dan halen wij het op."):
        _numbered(document.add_paragraph(text, style="List Number"))
    document.add_paragraph("Zet de bak buiten.", style="List Bullet")
    document.add_paragraph("Zet de zak  buiten\tindien het regent.", style="List Bullet")
    document.add_heading("2 Kosten", 1)
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "Post", (0, 1): "Bedrag",
                             (1, 0): "Indien nodig extra ophalen", (1, 1): "€ 5"}.items():
        table.cell(row, col).text = text
    document.add_paragraph(
        "De gemeente verstrekte in het kader van het beleid een subsidie aan de bewoners die "
        "in de wijk wonen en die hun afval op de juiste manier scheiden zodat de kosten voor "
        "iedereen omlaag gaan.")
    document.save(path)
    return path


@pytest.fixture(scope="module")
def note(tmp_path_factory) -> Path:
    return make_docx(tmp_path_factory.mktemp("docx") / "nota.docx")


@pytest.fixture(scope="module")
def checked(note):
    result = eenvoudig.check(note)
    return result, eenvoudig.commented_docx(result)


MARKDOWN = """# Afval ophalen

## 1 Inleiding

Wij halen uw afval op middels een nieuwe wagen. Indien u vragen heeft, belt u ons.

- Zet de bak buiten.
- Zet de zak buiten indien het regent.

## 2 Kosten

De gemeente verstrekte in het kader van het beleid een subsidie aan de bewoners die in de
wijk wonen en die hun afval op de juiste manier scheiden zodat de kosten omlaag gaan.
"""


# --- reading a Word file back ------------------------------------------------------------


def paragraphs(document) -> list:
    """Every paragraph element in document order, those in table cells included (the
    fixtures have no merged cells, so this is also the order eenvoudig reads them in)."""
    return list(document.element.body.iter(W + "p"))


def characters(p) -> list[tuple[str, bytes]]:
    """Every visible character of a paragraph with the formatting (rPr) of its run."""
    out = []
    for run in p.iter(W + "r"):
        rpr = run.find(W + "rPr")
        style = etree.tostring(rpr) if rpr is not None else b""
        text = "".join(
            (c.text or "") if c.tag == W + "t" else "\t" if c.tag == W + "tab"
            else "\n" if c.tag in (W + "br", W + "cr") else ""
            for c in run.iterchildren())
        out += [(char, style) for char in text]
    return out


def comments(data: bytes) -> list[dict]:
    """Every comment: author, initials, text and the text between its range markers."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        part = etree.fromstring(archive.read("word/comments.xml"))
    anchored: dict[str, list[str]] = {}
    open_ids: list[str] = []
    for element in body.iter():
        if element.tag == W + "commentRangeStart":
            open_ids.append(element.get(W + "id"))
            anchored[open_ids[-1]] = []
        elif element.tag == W + "commentRangeEnd":
            open_ids.remove(element.get(W + "id"))
        elif element.tag == W + "t":
            for key in open_ids:
                anchored[key].append(element.text or "")
        elif element.tag == W + "p":
            for key in open_ids:
                anchored[key].append(" ")
    references = {r.get(W + "id") for r in body.iter(W + "commentReference")}
    out = []
    for comment in part.iter(W + "comment"):
        key = comment.get(W + "id")
        text = "\n".join("".join(t.text or "" for t in p.iter(W + "t"))
                         for p in comment.iter(W + "p"))
        out.append({"id": key, "author": comment.get(W + "author"),
                    "initials": comment.get(W + "initials"), "text": text,
                    "anchored": "".join(anchored.get(key, [])),
                    "referenced": key in references})
    return out


def squash(text: str) -> str:
    return " ".join(text.split())


# --- commented_docx ----------------------------------------------------------------------


def test_every_hit_gets_a_comment_on_exactly_its_text(checked):
    result, data = checked
    hits = result.hits
    assert len(hits) >= 10
    # The test is only meaningful with overlapping hits and a hit over two runs.
    assert any(a.start < b.end and b.start < a.end
               for i, a in enumerate(hits) for b in hits[i + 1:])
    found = comments(data)
    assert len(found) == len(hits) + 1
    assert all(c["author"] == "eenvoudig" and c["initials"] == "E" for c in found)
    assert all(c["referenced"] for c in found)
    assert len({c["id"] for c in found}) == len(found)
    title, *per_hit = found
    assert title["anchored"] == TITLE
    expected = sorted((h.text, h.message) for h in hits)
    got = sorted((squash(c["anchored"]), c["text"].split("\n")[0]) for c in per_hit)
    assert got == expected
    for comment in per_hit:
        assert "\nVoorstel: " in comment["text"]
    assert any(squash(c["anchored"]) == "middels" for c in per_hit[:6])  # "mid" + "dels"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # a hit inside the hyperlink
        body = etree.fromstring(archive.read("word/document.xml"))
    link = next(body.iter(W + "hyperlink"))
    assert link.find(W + "commentRangeStart") is not None
    assert "".join(t.text for t in link.iter(W + "t")) == "de regels indien u verhuist"


def test_comment_text_has_message_and_suggestion(checked):
    result, data = checked
    hit = next(h for h in result.hits if h.applicable and len(h.suggestions) > 1)
    text = next(c["text"] for c in comments(data)[1:] if c["text"].startswith(hit.message))
    quoted = [f"'{s}'" for s in hit.suggestions]
    assert f"Voorstel: {', '.join(quoted[:-1])} of {quoted[-1]}" in text
    advice = next(h for h in result.hits if not h.applicable)
    text = next(c["text"] for c in comments(data)[1:] if c["text"].startswith(advice.message))
    assert f"Voorstel: {advice.suggestions[0]}" in text


def test_title_comment_has_level_indication_and_what_to_fix_first(checked):
    result, data = checked
    summary = comments(data)[0]["text"]
    metrics = result.analysis.metrics
    assert f"LiNT-niveau {metrics.lint_level} van 4" in summary
    assert result.verdict.label in summary
    lines = summary.split("\n")
    # begrijpelijkheid first, with its top reasons, then LiNT-II
    score = metrics.understandability
    assert score is not None
    assert lines[0] == (f"Begrijpelijkheid: {round(score.score)} van 100 — hoe hoger, hoe "
                        f"makkelijker. B1 vanaf {score.b1_threshold:.0f}.")
    assert lines[1].startswith("Wat het moeilijker maakt: ") and "lange zinnen (−" in lines[1]
    assert lines[1] == score.reasons()
    assert lines[2].startswith(f"Tweede score: LiNT-niveau {metrics.lint_level} van 4")
    fixes = lines[lines.index("Eerst verbeteren:") + 1:]
    assert [line[:3] for line in fixes] == ["1. ", "2. ", "3. "]
    # The long sentence is the only "fout" here, so it comes first; stadhuistaal, the most
    # frequent warning, second.
    assert any(h.severity == "error" for h in result.hits)
    assert fixes[0].startswith("1. Lange zinnen: 1 keer")
    assert fixes[1].startswith("2. Stadhuistaal: ")


def test_text_and_formatting_stay_the_same(note, checked):
    _, data = checked
    before = docx.Document(note)
    after = docx.Document(io.BytesIO(data))
    old, new = paragraphs(before), paragraphs(after)
    assert len(old) == len(new)
    for p, q in zip(old, new, strict=True):
        assert Paragraph(q, None).text == Paragraph(p, None).text
        assert characters(q) == characters(p)
        ppr_p, ppr_q = p.find(W + "pPr"), q.find(W + "pPr")
        assert (etree.tostring(ppr_q) if ppr_q is not None else None) == (
            etree.tostring(ppr_p) if ppr_p is not None else None)
    assert len(after.tables) == len(before.tables)
    assert after.core_properties.title == TITLE


def test_markdown_input_is_laid_out_and_commented():
    result = eenvoudig.check(MARKDOWN)
    data = eenvoudig.commented_docx(result)
    document = docx.Document(io.BytesIO(data))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Heading 1", "1 Inleiding") in styles
    assert ("Heading 1", "2 Kosten") in styles
    assert ("List Bullet", "Zet de zak buiten indien het regent.") in styles
    found = comments(data)
    assert len(found) == len(result.hits) + 1
    assert sorted(squash(c["anchored"]) for c in found[1:]) == sorted(h.text for h in result.hits)
    assert "Eerst verbeteren:" in found[0]["text"]


def test_heading_inside_a_section_keeps_a_heading_style():
    """An unnumbered heading inside a numbered section (as '##### Theo de Groot' in the
    agreement's 4.4) is laid out one level below its section, and its text stays anchorable."""
    result = eenvoudig.check("# Afval\n\n## 1: Inleiding\n\nWij halen uw afval op.\n\n"
                             "### Tarieven\n\nU betaalt middels een factuur.\n\n"
                             "## 2: Kosten\n\nDe kosten dalen.\n")
    data = eenvoudig.commented_docx(result)
    styles = [(p.style.name, p.text) for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert styles[1:5] == [("Heading 1", "1 Inleiding"), ("Normal", "Wij halen uw afval op."),
                           ("Heading 2", "Tarieven"), ("Normal", "U betaalt middels een factuur.")]
    found = comments(data)
    assert any(h.text == "middels" for h in result.hits)
    assert sorted(squash(c["anchored"]) for c in found[1:]) == sorted(h.text for h in result.hits)


def test_agreement_excerpt_every_hit_commented(excerpt_check):
    result = excerpt_check
    found = comments(eenvoudig.commented_docx(result))
    assert len(found) == len(result.hits) + 1
    assert sorted(squash(c["anchored"]) for c in found[1:]) == sorted(h.text for h in result.hits)


# --- rewrite_docx ------------------------------------------------------------------------


def _body_texts(document) -> list[str]:
    return [Paragraph(p, None).text for p in paragraphs(document)]


def _paragraph_of_line(document, texts: list[str], line: int) -> int:
    """The index of the paragraph that holds text line `line` of the read document (a line
    break inside a paragraph makes a paragraph hold more than one line)."""
    position = [0, *(m.end() for m in re.finditer("\n", document.text))][line - 1]
    start = 0
    for index, text in enumerate(texts):
        if position <= start + len(text):
            return index
        start += len(text) + 1
    raise AssertionError(line)


def test_rewrite_keeps_styles_numbering_and_untouched_paragraphs(note):
    original = eenvoudig.read(note)
    rewrite = eenvoudig.simplify(original)
    changed = [s for s in rewrite.sentences if s.text != s.original]
    assert len(changed) >= 4
    data = eenvoudig.rewrite_docx(rewrite, original)
    before = docx.Document(note)
    after = docx.Document(io.BytesIO(data))
    old = paragraphs(before)
    new = paragraphs(after)
    # The only added paragraphs are the glossaries, in the normal style.
    starts = ("Moeilijke woorden", *(f"{t}: " for s in rewrite.sections for t, _ in s.glossary))
    added = [p for p in new if Paragraph(p, None).text.startswith(starts)]
    assert all(p.find(W + "pPr") is None for p in added)
    assert len(added) == sum(len(s.glossary) + 1 for s in rewrite.sections if s.glossary)
    kept = [p for p in new if p not in added]
    assert len(kept) == len(old)
    texts = [Paragraph(p, None).text for p in old]
    touched = {_paragraph_of_line(original, texts, s.line) for s in changed}
    for index, (p, q) in enumerate(zip(old, kept, strict=True)):
        ppr_p, ppr_q = p.find(W + "pPr"), q.find(W + "pPr")
        assert (etree.tostring(ppr_q) if ppr_q is not None else None) == (
            etree.tostring(ppr_p) if ppr_p is not None else None)
        if index not in touched:
            assert etree.tostring(q) == etree.tostring(p)
    assert len(touched) < len(old)
    text = "\n".join(_body_texts(after))
    for sentence in changed:  # the original's tabs and double spaces stay
        assert sentence.text in squash(text)
    numbered = [p for p in kept if p.find(f"{W}pPr/{W}numPr") is not None]
    assert len(numbered) == 2
    assert after.core_properties.title == rewrite.title
    assert any(s.glossary for s in rewrite.sections)
    assert "Moeilijke woorden" in text


def test_rewrite_keeps_formatting_of_replaced_words(note):
    original = eenvoudig.read(note)
    data = eenvoudig.rewrite_docx(eenvoudig.simplify(original), original)
    after = docx.Document(io.BytesIO(data))
    runs = {(r.text, bool(r.bold), bool(r.italic)) for p in after.paragraphs for r in p.runs}
    # "Indien" was italic and "middels" bold: their replacements keep that.
    assert ("Als", False, True) in runs
    assert ("met", True, False) in runs
    # The tab and the double space around the replaced word in the list item stay.
    assert "Zet de zak  buiten\tals het regent." in _body_texts(after)


def test_rewrite_renames_part_markers(tmp_path):
    document = docx.Document()
    document.add_heading("Plan", 0)
    document.add_heading("1 Wonen", 1)
    document.add_paragraph().add_run("Principes").bold = True
    document.add_paragraph("Wij vinden wonen belangrijk.")
    document.add_paragraph().add_run("Acties:").bold = True
    document.add_paragraph("Wij bouwen 500 woningen middels een nieuw plan.", style="List Bullet")
    document.add_heading("2 Werk", 1)
    document.add_paragraph("Wij zorgen voor banen.")
    document.save(tmp_path / "plan.docx")
    original = eenvoudig.read(tmp_path / "plan.docx")
    rewrite = eenvoudig.simplify(original)
    assert {s.part for s in rewrite.sentences} >= {"principes", "acties"}
    after = docx.Document(io.BytesIO(eenvoudig.rewrite_docx(rewrite, original)))
    shown = [(p.style.name, p.text, [bool(r.bold) for r in p.runs]) for p in after.paragraphs]
    assert ("Normal", "Waarom?", [True]) in shown
    assert ("Normal", "Wat gaan we doen?", [True]) in shown
    assert "Principes" not in [text for _, text, _ in shown]


def test_rewrite_from_markdown_builds_a_word_document():
    rewrite = eenvoudig.simplify(MARKDOWN)
    document = docx.Document(io.BytesIO(eenvoudig.rewrite_docx(rewrite)))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Title", rewrite.title)
    assert ("Heading 1", "1 Inleiding") in styles
    assert ("Heading 1", "2 Kosten") in styles
    items = [text for style, text in styles if style == "List Bullet"]
    assert items[:2] == [b.text for s in rewrite.sections for b in s.blocks
                         if b.kind == "item"][:2]
    text = "\n".join(t for _, t in styles)
    for sentence in rewrite.sentences:
        assert sentence.text in text
    assert document.core_properties.title == rewrite.title


# --- command line ------------------------------------------------------------------------


def test_cli_convert_to_docx(note, tmp_path, capsys):
    out = tmp_path / "nota-b1.docx"
    code = main(["convert", str(note), "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 0, err
    document = docx.Document(out)
    assert [p.style.name for p in document.paragraphs][:2] == ["Title", "Heading 1"]
    assert "We hebben uw aanvraag" in "\n".join(p.text for p in document.paragraphs)


def test_cli_convert_markdown_to_docx(tmp_path, capsys):
    source = tmp_path / "afval.md"
    source.write_text(MARKDOWN, encoding="utf-8")
    out = tmp_path / "afval-b1.docx"
    assert main(["convert", str(source), "-o", str(out)]) == 0
    capsys.readouterr()
    styles = [(p.style.name, p.text) for p in docx.Document(out).paragraphs]
    assert ("Heading 1", "2 Kosten") in styles


@pytest.mark.parametrize("args", [["-f", "docx"], ["--format", "docx", "-o", "-"]])
def test_cli_docx_to_screen_is_refused(note, capsys, args):
    code = main(["convert", str(note), *args])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.strip() == "eenvoudig: Word-uitvoer kan niet naar het scherm; geef -o bestand.docx."


# --- LibreOffice -------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed; CI installs it")
def test_libreoffice_opens_the_output(note, checked, tmp_path):
    result, commented = checked
    original = eenvoudig.read(note)
    files = {
        "nagekeken.docx": commented,
        "md-nagekeken.docx": eenvoudig.commented_docx(eenvoudig.check(MARKDOWN)),
        "b1.docx": eenvoudig.rewrite_docx(eenvoudig.simplify(original), original),
        "md-b1.docx": eenvoudig.rewrite_docx(eenvoudig.simplify(MARKDOWN)),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    names = [str(tmp_path / name) for name in files]
    profile = f"-env:UserInstallation=file://{tmp_path / 'profiel'}"
    for target in ("pdf", "fodt"):
        done = subprocess.run(
            ["soffice", profile, "--headless", "--convert-to", target, "--outdir",
             str(tmp_path / target), *names],
            capture_output=True, text=True, timeout=180, check=False)
        assert done.returncode == 0, done.stderr
    for name in files:
        pdf = tmp_path / "pdf" / name.replace(".docx", ".pdf")
        assert pdf.exists() and pdf.stat().st_size > 1000, name
    # LibreOffice sees every comment with its range.
    flat = (tmp_path / "fodt" / "nagekeken.fodt").read_text(encoding="utf-8")
    assert len(re.findall(r"<office:annotation[ >]", flat)) == len(result.hits) + 1
    assert len(re.findall(r"<office:annotation-end ", flat)) == len(result.hits) + 1
