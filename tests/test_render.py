"""`eenvoudig render`: the easy-language site, its escaping and its accessibility."""

from __future__ import annotations

import contextlib
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import eenvoudig
from eenvoudig.cli.main import main

from .conftest import EXCERPT_SECTIONS


@pytest.fixture(scope="module")
def example_site(tmp_path_factory, excerpt):
    """The excerpt of the example agreement rendered once by `eenvoudig render`: (the
    folder, the exit code, what the command printed)."""
    out = tmp_path_factory.mktemp("site")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["render", str(excerpt), "-o", str(out)])
    return out, code, printed.getvalue()


def test_every_section_gets_a_page(example_site):
    site, code, printed = example_site
    assert code == 0 and "Open" in printed
    for number in EXCERPT_SECTIONS:
        page = site / f"hoofdstuk-{number.replace('.', '-')}.html"
        assert page.is_file(), number
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in index and "hoofdstuk-1-2-2.html" in index
    section = (site / "hoofdstuk-1-2-1.html").read_text(encoding="utf-8")
    assert "Waarom?" in section and "Wat gaan we doen?" in section
    assert "Moeilijke woorden" in section and "Oorspronkelijke tekst" in section
    assert (site / "eenvoudig.md").read_text(encoding="utf-8").startswith("# Voor een")


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
        'U betaalt <del><span class="voorlezen">vervangen: </span>middels</del> '
        "&lt;b&gt;iDEAL&lt;/b&gt;.")
    assert str(marked_rewrite(sentence)) == (
        'U betaalt <mark><span class="voorlezen">nieuw: </span>met</mark> '
        "&lt;b&gt;iDEAL&lt;/b&gt;.")
    whole = SentenceRewrite("Hij wordt geholpen.", "Men helpt hem.",
                            (Edit("zinsbouw.lijdende-vorm", "Hij wordt geholpen.",
                                  "Men helpt hem.", "Actief.", 1),), 1, "paragraph", None)
    assert str(marked_rewrite(whole)) == "Men helpt hem."
    assert nl_number(1234.56) == "1.234,6" and level_name(3) == "moeilijk"


def _luminance(hex_colour: str) -> float:
    hex_colour = hex_colour.lstrip("#")
    if len(hex_colour) == 3:
        hex_colour = "".join(c * 2 for c in hex_colour)
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_of_every_text_colour_on_every_background():
    """WCAG 2.1 AA: every text colour of the site's style sheet against every background
    colour it declares is at least 4.5:1 (a stricter check than pair by pair)."""
    import eenvoudig

    css = (Path(eenvoudig.__file__).parent / "templates" / "base.html.j2").read_text()
    css = css[css.index("<style>"):css.index("</style>")]
    variables = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})", css))

    def colours(prop: str) -> set[str]:
        found = set()
        for value in re.findall(rf"(?<![\w-]){prop}:\s*([^;}}]+)", css):
            value = value.strip()
            ref = re.match(r"var\(--([\w-]+)\)", value)
            if ref:
                found.add(variables[ref.group(1)])
            elif value.startswith("#"):
                found.add(value.split()[0])
        return found

    texts = colours("color") - {"inherit"}
    backgrounds = colours("background") | colours("background-color") | {"#ffffff"}
    assert len(texts) >= 3 and len(backgrounds) >= 2
    for fg in texts:
        for bg in backgrounds:
            assert contrast(fg, bg) >= 4.5, (fg, bg, round(contrast(fg, bg), 2))
    # the focus ring is not text, but must stand out (WCAG 1.4.11: 3:1) on white
    ring = re.search(r"a:focus[^{]*\{[^}]*outline: 3px solid ([^;]+);", css).group(1)
    ring = variables.get(ring.strip()[6:-1], ring.strip())
    assert contrast(ring, "#ffffff") >= 3.0


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.empty_th = 0
        self._th: list[str] | None = None
        self.lang = None
        self.landmarks: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.append(attrs["href"][1:])
        if tag in ("main", "header", "footer", "nav"):
            self.landmarks.add(tag)
        if tag == "th":
            self._th = []

    def handle_data(self, data):
        if self._th is not None:
            self._th.append(data)

    def handle_endtag(self, tag):
        if tag == "th" and self._th is not None:
            self.empty_th += not "".join(self._th).strip()
            self._th = None


def test_pages_are_structured_for_screen_readers(example_site):
    pages = sorted(example_site[0].glob("*.html"))
    assert len(pages) == len(EXCERPT_SECTIONS) + 1
    for page in pages:
        html = page.read_text(encoding="utf-8")
        outline = _Outline()
        outline.feed(html)
        assert outline.lang == "nl", page.name
        assert {"main", "header", "footer"} <= outline.landmarks, page.name
        assert outline.headings.count(1) == 1, page.name
        steps = zip(outline.headings, outline.headings[1:], strict=False)
        assert all(b <= a + 1 for a, b in steps), (page.name, outline.headings)
        assert all(target in outline.ids for target in outline.links), page.name
        assert outline.empty_th == 0, page.name
        if page.name == "index.html":  # its legend shows the marks themselves
            continue
        # every marked word says what it is when read aloud
        assert html.count("<mark>") == html.count('<mark><span class="voorlezen">nieuw: ')
        assert html.count("<del>") == html.count('<del><span class="voorlezen">vervangen: ')


BRIEF = ("# Brief\n\n## 1 Ontvangst\n\nWij hebben uw aanvraag voor bijzondere bijstand in goede "
         "orde ontvangen en zullen deze, conform de geldende beleidsregels van de gemeente, zo "
         "spoedig mogelijk in behandeling nemen.\n\n## 2 Besluit\n\nUw aanvraag wordt door de "
         "gemeente binnen acht weken beoordeeld. Heeft u vragen? Bel ons gerust.\n")


def test_pages_show_begrijpelijkheid_before_and_after(tmp_path):
    before = [round(s.metrics.understandability_score)
              for s in eenvoudig.analyze(BRIEF).sections if s.number]
    eenvoudig.render(BRIEF, tmp_path)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    changes = re.findall(r'data-understandability="(\d+) → (\d+)"', index)
    assert [int(b) for b, _ in changes] == before and len(changes) == 2
    assert "Be&shy;grij&shy;pe&shy;lijk&shy;heid voor → na" in index
    assert "LiNT-niveau voor → na" in index  # LiNT stays beside it
    page = (tmp_path / "hoofdstuk-1.html").read_text(encoding="utf-8")
    old, new = changes[0]
    assert f"<strong>Begrijpelijkheid: {old} → {new} van 100</strong> — hoe hoger" in page
    assert int(new) > int(old)  # the rewrite of the long official sentence is easier
    assert "<dt>Origineel (" + old + ")</dt>" in page and "<dt>Eenvoudig (" + new + ")</dt>" in page
    reasons = page[page.index('<dl class="redenen">'):page.index("</dl>", page.index('"redenen"'))]
    assert "<strong>Wat het moeilijker maakt:</strong> lange zinnen (−" in reasons
    assert "stadhuistaal en Engelse woorden (−" in reasons and "Wat helpt:" in reasons
    assert "LiNT-niveau</th>" in page


def test_markdown_pages_show_begrijpelijkheid_before_and_after(tmp_path):
    eenvoudig.render(BRIEF, tmp_path, output_format="md")
    index = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert re.search(r"\[1 Ontvangst\]\(hoofdstuk-1\.md\) — begrijpelijkheid \d+ → \d+, "
                     r"LiNT-niveau \d → \d", index)
    page = (tmp_path / "hoofdstuk-1.md").read_text(encoding="utf-8")
    assert re.search(r"Begrijpelijkheid: \d+ → \d+ van 100 \(hoe hoger, hoe makkelijker; B1 "
                     r"vanaf \d+\)\.", page)
    assert "- Origineel — wat het moeilijker maakt: lange zinnen (−" in page
    assert "- Eenvoudig — " in page and "LiNT-niveau: " in page
