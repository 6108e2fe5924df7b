"""`eenvoudig render`: the easy-language site (work in progress: see the README)."""

from __future__ import annotations

import eenvoudig
from eenvoudig.cli.main import main

from .conftest import EXAMPLE
from .test_sections import EXPECTED


def test_every_section_gets_a_page(tmp_path, capsys):
    assert main(["render", str(EXAMPLE), "-o", str(tmp_path)]) == 0
    assert "Open" in capsys.readouterr().out
    for number in EXPECTED:
        page = tmp_path / f"hoofdstuk-{number.replace('.', '-')}.html"
        assert page.is_file(), number
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in index and "hoofdstuk-4-4.html" in index
    section = (tmp_path / "hoofdstuk-1-2-1.html").read_text(encoding="utf-8")
    assert "Waarom?" in section and "Wat gaan we doen?" in section
    assert "Moeilijke woorden" in section and "Oorspronkelijke tekst" in section
    assert (tmp_path / "eenvoudig.md").read_text(encoding="utf-8").startswith("# Voor een")


def test_input_text_is_escaped(tmp_path):
    source = tmp_path / "nota.txt"
    source.write_text("1: Inleiding\n\nWij helpen u middels <script>alert(1)</script> graag.\n\n"
                      "1.1: Aanpak\n\nWe bellen u op.\n", encoding="utf-8")
    eenvoudig.render(source, tmp_path / "site")
    html = (tmp_path / "site" / "hoofdstuk-1.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_markdown_site(tmp_path):
    written = eenvoudig.render("# Titel\n\n## 1 Eerste\n\nWij helpen u.\n\n## 2 Tweede\n\n"
                               "Indien u belt, helpen wij.\n", tmp_path, output_format="md")
    names = {p.name for p in written}
    assert {"index.md", "hoofdstuk-1.md", "hoofdstuk-2.md", "eenvoudig.md"} <= names
    assert "Als u belt" in (tmp_path / "hoofdstuk-2.md").read_text(encoding="utf-8")


def test_filters_mark_word_edits_and_escape():
    from eenvoudig.rewriting.model import Edit, SentenceRewrite
    from eenvoudig.templating import level_name, marked_original, marked_rewrite, nl_number

    edit = Edit("ambtelijk.middels", "middels", "met", "Stadhuistaal.", 1)
    sentence = SentenceRewrite("U betaalt middels <b>iDEAL</b>.", "U betaalt met <b>iDEAL</b>.",
                               (edit,), 1, "paragraph", None)
    assert str(marked_original(sentence)) == (
        "U betaalt <del>middels</del> &lt;b&gt;iDEAL&lt;/b&gt;.")
    assert str(marked_rewrite(sentence)) == "U betaalt <mark>met</mark> &lt;b&gt;iDEAL&lt;/b&gt;."
    whole = SentenceRewrite("Hij wordt geholpen.", "Men helpt hem.",
                            (Edit("zinsbouw.lijdende-vorm", "Hij wordt geholpen.",
                                  "Men helpt hem.", "Actief.", 1),), 1, "paragraph", None)
    assert str(marked_rewrite(whole)) == "Men helpt hem."
    assert nl_number(1234.56) == "1.234,6" and level_name(3) == "moeilijk"
