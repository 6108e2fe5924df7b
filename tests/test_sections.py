"""Section recovery on the real example agreement and on unnumbered documents."""

from __future__ import annotations

from functools import cache

import eenvoudig

from .conftest import EXAMPLE, EXCERPT_SECTIONS

EXPECTED = [
    "1", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.2", "1.2.1", "1.2.2", "1.2.3", "1.2.4",
    "1.2.5", "1.3", "1.3.1", "1.3.2", "1.3.3", "2", "2.1", "2.1.1", "2.1.2", "2.1.3",
    "2.1.4", "2.2", "2.2.1", "2.2.2", "2.2.3", "2.3", "2.3.1", "2.3.2", "2.3.3", "2.4",
    "2.4.1", "2.4.2", "2.5", "3", "3.1", "3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.2", "3.3",
    "4", "4.1", "4.2", "4.2.1", "4.2.2", "4.3", "4.3.1", "4.3.2", "4.3.3", "4.3.4", "4.3.5",
    "4.3.6", "4.4"
]


@cache
def _doc():
    return eenvoudig.read(EXAMPLE)  # read only, not parsed: well under a second


def test_every_numbered_section_once_in_order():
    numbers = [s.number for s in _doc().sections if s.number]
    assert numbers == EXPECTED


def test_the_excerpt_the_other_tests_use_has_the_first_sections(excerpt):
    """The excerpt stops after 1.2.2 while its table of contents lists the whole agreement:
    the entries of the table still do not become sections."""
    numbers = [s.number for s in eenvoudig.read(excerpt).sections if s.number]
    assert numbers == EXCERPT_SECTIONS == EXPECTED[:len(EXCERPT_SECTIONS)]


def test_parents_and_levels_follow_the_numbers():
    for section in _doc().sections:
        if not section.number:
            continue
        parts = section.number.split(".")
        assert section.level == len(parts)
        expected_parent = ".".join(parts[:-1]) or None
        assert section.parent == expected_parent


def test_irregular_headings_are_found_with_their_titles():
    doc = _doc()
    assert doc.section("1.2.2").title == "Beschermd Wonen & maatschappelijke opvang"  # plain line
    assert doc.section("1.1.3").title.startswith("Coöperatief en integraal")  # no colon
    assert doc.section("1.2").title == "Sociaal domein"  # bold heading
    assert doc.section("1").title == "Voor een sociaal, veilig en gezond Heerlen"


def test_table_of_contents_is_not_a_section():
    doc = _doc()
    # The TOC lists 2.5 at line 88; the section itself starts at line 664.
    assert doc.section("2.5").line == 664
    texts = [b.text for s in doc.sections for b in s.blocks]
    assert "1.1.1: Volwaardige ziekenhuiszorg" not in texts


def test_principes_and_acties_are_parts_not_sections():
    doc = _doc()
    titles = {s.title.lower() for s in doc.sections}
    assert "principes" not in titles and "acties" not in titles
    section = doc.section("1.1.1")
    assert {b.part for b in section.blocks} == {"principes", "acties"}
    assert all(b.kind == "item" for b in section.part_blocks("acties"))
    assert doc.section("4.3.4").part_blocks("acties")  # markers without italics


def test_page_residue_is_dropped():
    texts = {b.text for b in _doc().blocks}
    assert not texts & {"1", "2", "3", "4", "---", "Heerlen"}
    repeated = [b for b in _doc().blocks if b.text.lower().startswith("voor een bloeiend")]
    assert not [b for b in repeated if b.kind == "heading"]


def test_bullet_broken_over_blank_line_is_joined():
    items = [b for b in _doc().section("2.2.1").blocks if b.kind == "item"]
    joined = [b for b in items if "Integraal Woonhandhavingsteam" in b.text]
    assert len(joined) == 1
    assert joined[0].text.endswith("waar de leefbaarheid onder druk staat;")


def test_portfolio_names_stay_inside_section_4_4():
    section = _doc().section("4.4")
    headings = [b.text for b in section.blocks if b.kind == "heading"]
    assert headings[:2] == ["Theo de Groot", "Casper Gelderblom"]


def test_unnumbered_letter_gets_sections_from_headings():
    text = ("# Uw aanvraag\n\nBeste heer Jansen,\n\nWij hebben uw aanvraag ontvangen.\n\n"
            "## Wat gebeurt er nu?\n\nWe bekijken uw aanvraag.\n\n## Vragen?\n\nBel ons.\n")
    doc = eenvoudig.read(text)
    assert [(s.title, s.level) for s in doc.sections] == [
        ("Uw aanvraag", 1), ("Wat gebeurt er nu?", 2), ("Vragen?", 2)]
    assert doc.sections[1].parent == "0"


def test_text_without_headings_is_one_section():
    doc = eenvoudig.read("Wij hebben uw brief ontvangen. U hoort binnen twee weken van ons.")
    assert len(doc.sections) == 1
    assert len(doc.sentences) == 2


def test_html_input(tmp_path):
    page = tmp_path / "pagina.html"
    page.write_text(
        "<html><head><title>Afval</title><script>var x = 1;</script></head><body>"
        "<h1>Afval</h1><p>We halen het afval op. Zet de bak &amp; de zak buiten.</p>"
        "<h2>Grofvuil</h2><ul><li>Meld het aan.</li><li>Zet het buiten.</li></ul></body></html>",
        encoding="utf-8",
    )
    doc = eenvoudig.read(page)
    assert doc.format == "html"
    assert [s.title for s in doc.sections] == ["Afval", "Grofvuil"]
    assert [s.text for s in doc.sentences] == [
        "We halen het afval op.", "Zet de bak & de zak buiten.", "Meld het aan.",
        "Zet het buiten."]


def test_docx_input(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("1 Inleiding", level=1)
    document.add_paragraph("Dit is de eerste zin. Dit is de tweede.")
    document.add_heading("2 Aanpak", level=1)
    document.add_paragraph("Eerst dit.", style="List Bullet")
    document.add_paragraph("Dan dat.", style="List Bullet")
    path = tmp_path / "nota.docx"
    document.save(path)
    doc = eenvoudig.read(path)
    assert doc.format == "docx"
    assert [(s.number, s.title) for s in doc.sections] == [("1", "Inleiding"), ("2", "Aanpak")]
    assert [b.kind for b in doc.section("2").blocks] == ["item", "item"]
    assert doc.section("1").sentences[1].text == "Dit is de tweede."
