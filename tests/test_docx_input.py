"""Reading Word files: every piece of visible text once, with one paragraph per line, also in
merged or nested table cells, tracked insertions, fields and content controls."""

from __future__ import annotations

import io
from copy import deepcopy

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

import eenvoudig


def _bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _read(tmp_path, document):
    path = tmp_path / "stuk.docx"
    path.write_bytes(_bytes(document))
    return eenvoudig.read(path)


def test_merged_table_cells_are_read_once(tmp_path):
    document = docx.Document()
    document.add_paragraph("Inleiding van de nota.")
    table = document.add_table(rows=3, cols=3)
    wide = table.cell(0, 0).merge(table.cell(0, 2))
    wide.text = "Deze brede cel staat er maar één keer."
    tall = table.cell(1, 0).merge(table.cell(2, 0))
    tall.text = "Deze hoge cel ook."
    table.cell(1, 1).text = "Gewone cel."
    inner = table.cell(2, 2).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "Tekst in een tabel in een tabel."
    read = _read(tmp_path, document)
    text = " ".join(s.text for s in read.sentences)
    assert text.count("Deze brede cel staat er maar één keer.") == 1
    assert text.count("Deze hoge cel ook.") == 1
    assert "Gewone cel." in text
    assert "Tekst in een tabel in een tabel." in text


def test_text_in_insertions_fields_and_content_controls_is_kept(tmp_path):
    document = docx.Document()
    p = document.add_paragraph("Wij sturen u ")
    w = nsdecls("w")
    p._p.append(parse_xml(
        f'<w:ins {w} w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">'
        "<w:r><w:t xml:space=\"preserve\">zo snel mogelijk </w:t></w:r></w:ins>"))
    p._p.append(parse_xml(
        f'<w:del {w} w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">'
        "<w:r><w:delText>verwijderd </w:delText></w:r></w:del>"))
    p._p.append(parse_xml(
        f'<w:fldSimple {w} w:instr="DATE"><w:r><w:t>een brief</w:t></w:r></w:fldSimple>'))
    p.add_run(".")
    sdt = parse_xml(
        f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Inhoudsopgave in een blok.</w:t></w:r>"
        "</w:p></w:sdtContent></w:sdt>")
    document.element.body.insert(0, sdt)
    read = _read(tmp_path, document)
    sentences = [s.text for s in read.sentences]
    assert "Wij sturen u zo snel mogelijk een brief." in sentences
    assert not any("verwijderd" in s for s in sentences)
    assert "Inhoudsopgave in een blok." in sentences


def test_line_break_keeps_one_paragraph_per_line(tmp_path):
    document = docx.Document()
    first = document.add_paragraph("Eerste regel")
    first.add_run().add_break()
    first.add_run("tweede regel van dezelfde alinea.")
    document.add_paragraph("Wij verzoeken u het formulier te retourneren.")
    path = tmp_path / "brief.docx"
    path.write_bytes(_bytes(document))
    result = eenvoudig.check(path)
    hit = next(h for h in result.hits if h.rule == "ambtelijk.retourneren")
    assert hit.line == 2  # the second paragraph, whatever the first one holds
    assert result.analysis.document.text.splitlines()[1][hit.column - 1:].startswith(
        "retourneren")
    # and the commented Word file anchors on that same word
    commented = docx.Document(io.BytesIO(eenvoudig.commented_docx(result)))
    assert sum(c.text.startswith("'retourneren'") for c in commented.comments) == 1


def test_reader_and_writer_agree_on_every_paragraph(tmp_path):
    """The text the checker saw is the text the Word writer finds, paragraph by paragraph."""
    from eenvoudig.document.docx_xml import body_paragraphs, paragraph_texts

    document = docx.Document()
    document.add_heading("1 Inleiding", level=1)
    p = document.add_paragraph("Tekst met ")
    p.add_run("vet").bold = True
    p.add_run(" en\teen tab.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Samengevoegd."
    document.element.body.append(deepcopy(document.paragraphs[1]._p))
    read = _read(tmp_path, document)
    reopened = docx.Document(io.BytesIO(read.original))
    _, texts = paragraph_texts(body_paragraphs(reopened))
    assert "\n".join(texts) == read.text
    assert texts.count("Samengevoegd.") == 1
