"""Nothing is lost between reading and writing (issue 17): e-mail addresses, link targets,
signs between digits and list numbers survive every reader and writer; the guardrails keep a
sentence whose rewrite would lose an address or a calculation."""

from __future__ import annotations

import io
import json
import re

import pytest

import eenvoudig
from eenvoudig.rewriting.guardrails import addresses, check_sentence, expressions

from .conftest import run

MARKDOWN = """# Brief

Mail naar <info@heerlen.nl> of bel ons.

Lees [de regels](https://www.heerlen.nl/regels) en [mail ons](mailto:wmo@heerlen.nl) gerust.

Het kost 2*3 euro en 7*7=49 is waar.

1. Eerste punt.
2. Tweede punt.
3. Derde punt.
Daarna volgt een gewone alinea.

Nog een alinea, met een lijst die bij 4 begint:

4. Vierde punt.
5. Vijfde punt.

Een alinea na de lijst.
"""

HTML = """<html><body><h1>Brief</h1>
<p>Mail naar <a href="mailto:info@heerlen.nl">info@heerlen.nl</a> of bel ons.</p>
<p>Lees <a href="https://www.heerlen.nl/regels">de regels</a> en mail ons gerust.</p>
<p>Het kost 2*3 euro en 7*7=49 is waar.</p>
<ol><li>Eerste punt.</li><li>Tweede punt.</li><li>Derde punt.</li></ol>
<p>Daarna volgt een gewone alinea.</p>
<ol start="4"><li>Vierde punt.</li><li>Vijfde punt.</li></ol>
<ul><li>Een punt zonder nummer.</li></ul>
</body></html>
"""

WANTED = ["info@heerlen.nl", "https://www.heerlen.nl/regels", "2*3 euro", "7*7=49"]


def _texts(document) -> list[str]:
    return [b.text for b in document.blocks]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_markdown_and_text_keep_addresses_and_signs(tmp_path, suffix):
    path = tmp_path / f"brief{suffix}"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = eenvoudig.read(path)
    text = " ".join(_texts(document))
    if suffix == ".md":
        assert "Mail naar info@heerlen.nl of bel ons." in text
        assert "Lees de regels (https://www.heerlen.nl/regels) en mail ons (wmo@heerlen.nl)" \
            in text
        assert "Het kost 2*3 euro en 7*7=49 is waar." in text
    for wanted in WANTED:
        assert wanted in text
    items = [b for b in document.blocks if b.kind == "item"]
    assert [b.marker for b in items] == ["1.", "2.", "3.", "4.", "5."]
    # the offsets of the added " (url)" lie inside the link, in order
    block = next(b for b in document.blocks if "regels" in b.text)
    assert list(block.offsets) == sorted(block.offsets)
    source = document.text
    sentence = block.sentences[0]
    assert source[sentence.source_start:sentence.source_end].startswith("Lees [de regels](")


def test_a_link_label_that_is_its_address_is_not_doubled():
    document = eenvoudig.read("Ga naar [www.leessimpel.nl](http://www.leessimpel.nl) nu.\n")
    assert document.sentences[0].text == "Ga naar www.leessimpel.nl nu."


def test_check_and_score_see_the_address(capsys, tmp_path):
    path = tmp_path / "brief.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    _code, out, _err = run(["score", str(path), "--by", "sentence", "--format", "json"], capsys)
    assert "Mail naar info@heerlen.nl of bel ons." in out
    _code, out, _err = run(["check", str(path), "--format", "json"], capsys)
    sentences = {h["sentence"] for h in json.loads(out)["hits"]}
    assert not any("Mail naar of" in s for s in sentences)


def test_html_keeps_addresses_signs_and_numbers():
    document = eenvoudig.read_bytes(HTML.encode(), "brief.html")
    text = " ".join(_texts(document))
    assert "Lees de regels (https://www.heerlen.nl/regels) en mail ons gerust." in text
    assert "Mail naar info@heerlen.nl of bel ons." in text  # no "(info@…)" after itself
    for wanted in WANTED:
        assert wanted in text
    items = [b for b in document.blocks if b.kind == "item"]
    assert [b.marker for b in items] == ["1.", "2.", "3.", "4.", "5.", ""]


def _convert(tmp_path, capsys, source: str, suffix: str, fmt: str) -> str:
    path = tmp_path / f"brief{suffix}"
    path.write_text(source, encoding="utf-8")
    code, out, _err = run(["convert", str(path), "--format", fmt], capsys)
    assert code == 0
    return out


@pytest.mark.parametrize("suffix, source", [(".md", MARKDOWN), (".html", HTML)])
def test_markdown_and_text_outputs_keep_everything(tmp_path, capsys, suffix, source):
    for fmt in ("md", "txt"):
        out = _convert(tmp_path, capsys, source, suffix, fmt)
        plain = out.replace("\\*", "*").replace("<", "").replace(">", "")
        for wanted in WANTED:
            assert wanted in plain, (fmt, wanted)
        assert re.search(r"^1\. Eerste punt\.$", out, re.M), out
        assert re.search(r"^5\. Vijfde punt\.$", out, re.M), out
        assert "Derde punt.\n\nDaarna volgt" in out or "Derde punt.\n\n" in out
        assert "\n\nDaarna volgt een gewone alinea." in out
    markdown = _convert(tmp_path, capsys, source, suffix, "md")
    assert "<info@heerlen.nl>" in markdown and "<https://www.heerlen.nl/regels>" in markdown
    assert "7\\*7=49" in markdown  # escaped: no Markdown reader takes it for emphasis
    # read back, the Markdown output has the same paragraphs, items and numbers
    again = eenvoudig.read(markdown)
    items = [b for b in again.blocks if b.kind == "item"]
    assert [b.marker for b in items][:5] == ["1.", "2.", "3.", "4.", "5."]
    assert "Daarna volgt een gewone alinea." in _texts(again)
    assert any("2*3 euro" in t for t in _texts(again))


@pytest.mark.parametrize("suffix, source", [(".md", MARKDOWN), (".html", HTML)])
def test_html_output_keeps_links_and_numbers(tmp_path, capsys, suffix, source):
    out = _convert(tmp_path, capsys, source, suffix, "html")
    assert '<a href="mailto:info@heerlen.nl">info@heerlen.nl</a>' in out
    assert '<a href="https://www.heerlen.nl/regels">https://www.heerlen.nl/regels</a>' in out
    assert "2*3 euro" in out and "7*7=49" in out
    assert '<ol type="1"><li value="1">Eerste punt.</li>' in out
    assert '<li value="4">Vierde punt.</li>' in out
    assert "</ol>" in out and "<p>Daarna volgt een gewone alinea.</p>" in out


@pytest.mark.parametrize("suffix, source", [(".md", MARKDOWN), (".html", HTML)])
def test_docx_output_keeps_links_and_numbers(tmp_path, suffix, source):
    import docx

    path = tmp_path / f"brief{suffix}"
    path.write_text(source, encoding="utf-8")
    data = eenvoudig.rewrite_docx(eenvoudig.simplify(path))
    word = docx.Document(io.BytesIO(data))
    targets = {r.target_ref for r in word.part.rels.values() if r.is_external}
    assert {"mailto:info@heerlen.nl", "https://www.heerlen.nl/regels"} <= targets
    styles = [p.style.name for p in word.paragraphs if "punt" in p.text]
    assert styles[:5] == ["List Number"] * 5
    # read back, every item has the number it had
    document = eenvoudig.read_bytes(data, "b1.docx")
    items = [b for b in document.blocks if b.kind == "item"]
    assert [b.marker for b in items][:5] == ["1.", "2.", "3.", "4.", "5."]
    assert "Daarna volgt een gewone alinea." in _texts(document)
    assert any("2*3 euro en 7*7=49" in t for t in _texts(document))


def test_word_numbering_is_read_as_word_counts_it():
    import docx

    word = docx.Document()
    word.add_paragraph("Inleiding van de brief.")
    for text in ("Eerste punt.", "Tweede punt."):
        word.add_paragraph(text, style="List Number")
    word.add_paragraph("Een punt zonder nummer.", style="List Bullet")
    buffer = io.BytesIO()
    word.save(buffer)
    document = eenvoudig.read_bytes(buffer.getvalue(), "brief.docx")
    items = [b for b in document.blocks if b.kind == "item"]
    assert [b.marker for b in items] == ["1.", "2.", ""]


def test_guardrail_counts_addresses_and_calculations():
    assert addresses("Mail naar info@heerlen.nl of kijk op https://www.heerlen.nl/a.") == {
        "info@heerlen.nl": 1, "https://www.heerlen.nl/a": 1}
    assert expressions("Het kost 2*3 euro en 7 * 7 = 49; in 2026-2030.") == {
        "2*3": 1, "7*7=49": 1}
    assert check_sentence("Mail naar <info@heerlen.nl> of bel.", "Mail naar of bel.",
                          None, None) == "adres verdwenen: info@heerlen.nl"
    assert check_sentence("Lees de regels (https://x.nl/regels).", "Lees de regels.",
                          None, None) == "adres verdwenen: https://x.nl/regels"
    assert check_sentence("Het kost 2*3 euro.", "Het kost 2 3 euro.", None, None) == \
        "berekening verdwenen: 2*3"
    assert check_sentence("Het kost 2*3 euro.", "Het kost 2 * 3 euro.", None, None) == ""
    assert check_sentence("Van 2026-2030.", "Van 2026 tot 2030.", None, None) == ""
