"""`eenvoudig.report_html`: the self-contained HTML report of a check, to send to a writer."""

from __future__ import annotations

import re
import time
from collections import Counter
from html.parser import HTMLParser

import pytest

import eenvoudig

VOID = frozenset({"br", "meta", "hr", "img", "input", "link", "wbr", "source"})


class ReportParser(HTMLParser):
    """Reads the report back: the marks and sentence labels with the rules of their notes,
    the underlined sentences, the text of the document part, the table rows and the bar."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str], bool]] = []  # tag, classes, opened an item
        self.marks: list[dict] = []  # <mark class="m"> and <span class="tag">
        self.sentences: list[dict] = []  # <span class="zin"> with the rules of their labels
        self.open: list[dict] = []
        self.pending: list[str] = []  # rules of sentence labels before the next sentence
        self.body: list[str] = []  # text of the document part, notes left out
        self.rows: list[str] = []
        self.marker: dict[str, str] | None = None
        self.bands: list[str] = []
        self.counts: dict[str, int] = {}
        self.severity_item: str | None = None

    def _inside(self, cls: str) -> bool:
        return any(cls in classes for _, classes, _opened in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        classes = set(attributes.get("class", "").split())
        if tag == "tr" and "data-section" in attributes:
            self.rows.append(attributes["data-section"])
        if "wijzer" in classes:
            self.marker = attributes
        if "band" in classes:
            self.bands.append(attributes.get("style", ""))
        if tag == "li" and "data-severity" in attributes:
            self.severity_item = attributes["data-severity"]
        if tag in VOID:
            return
        opened = False
        if ((tag == "mark" and "m" in classes) or "tag" in classes) and self._inside("tekst"):
            item = {"kind": "tag" if "tag" in classes else "mark", "text": "", "rules": []}
            self.marks.append(item)
            self.open.append(item)
            opened = True
        elif "zin" in classes and self._inside("tekst"):
            item = {"kind": "zin", "text": "", "rules": self.pending}
            self.pending = []
            self.sentences.append(item)
            self.open.append(item)
            opened = True
        if "noot" in classes:  # a note belongs to the mark or label just before it
            owner = self.marks[-1]
            owner["rules"].append(attributes["data-rule"])
            if owner["kind"] == "tag":
                self.pending.append(attributes["data-rule"])
        self.stack.append((tag, classes, opened))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        name, _classes, opened = self.stack.pop()
        assert name == tag, f"</{tag}> closes <{name}>"
        if opened:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.severity_item and self.stack and self.stack[-1][0] == "strong":
            self.counts[self.severity_item] = int(data.replace(".", ""))
            self.severity_item = None
        if self._inside("tip") or self._inside("label"):
            return
        for item in self.open:
            item["text"] += data
        if self._inside("tekst"):
            self.body.append(data)


def parse(html: str) -> ReportParser:
    parser = ReportParser()
    parser.feed(html)
    parser.close()
    assert not parser.stack, "unclosed elements"
    return parser


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_every_hit_marked(result, html: str) -> ReportParser:
    """Every hit has a note in a mark around its text, or a label before its sentence."""
    page = parse(html)
    assert html.count('class="noot"') == len(result.hits)
    noted = Counter(rule for m in page.marks for rule in m["rules"])
    assert noted == Counter(h.rule for h in result.hits)
    words = Counter()
    for mark in page.marks:
        if mark["kind"] == "mark":
            for rule in mark["rules"]:
                words[(rule, squash(mark["text"]))] += 1
    sentences = Counter((rule, squash(s["text"])) for s in page.sentences for rule in s["rules"])
    for hit in result.hits:
        key = (hit.rule, squash(hit.text))
        in_mark = any(r == hit.rule and key[1] in text for (r, text) in words)
        assert in_mark or sentences[key], hit
    return page


@pytest.fixture(scope="module")
def example(excerpt_check):
    result = excerpt_check
    eenvoudig.report_html(result)  # first call compiles the template
    start = time.perf_counter()
    html = eenvoudig.report_html(result)
    return result, html, time.perf_counter() - start


def test_agreement_excerpt_renders_quickly_and_compactly(example):
    result, html, seconds = example
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    # the bounds for the whole example (3 s, 2 MB, 1,000 hits) scaled to the excerpt's
    # hits (321 of 1,854) and words (2,702 of 15,254): 0.02 s, 175 kB now
    assert seconds < 3.0 * len(result.hits) / 1854, f"{seconds:.2f} s"
    assert len(html.encode("utf-8")) < 2_000_000 * len(result.hits) / 1854
    assert len(result.hits) > 177


def test_report_is_self_contained(example):
    _, html, _ = example
    assert "<script" not in html.lower() and "<link" not in html.lower()
    assert "<img" not in html.lower() and "@import" not in html and "url(" not in html
    assert not re.search(r"\ssrc=", html)
    targets = re.findall(r'href="([^"]*)"', html)
    assert targets and all(t.startswith("#") for t in targets), set(targets)
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    assert {t[1:] for t in targets} <= ids  # every link lands on the page itself
    assert "print-color-adjust: exact" in html and "@media print" in html


def test_every_hit_of_the_excerpt_is_marked_with_its_message(example):
    result, html, _ = example
    page = assert_every_hit_marked(result, html)
    for hit in result.hits:
        assert _escaped(hit.message) in html, hit.message
    long_sentences = [s for s in page.sentences if "zinsbouw.lange-zin" in s["rules"]]
    assert len(long_sentences) == sum(h.rule == "zinsbouw.lange-zin" for h in result.hits)
    # word hits inside a long sentence stay visible: marks nested in the underlined sentence
    assert re.search(r'<span class="zin z-lang">[^<]*(?:<(?!/span)[^<]*)*<mark class="m ', html)


def test_counts_per_severity_match(example):
    result, html, _ = example
    page = parse(html)
    assert page.counts == {s: result.count(s) for s in ("error", "warning", "suggestion")}
    total = re.search(r"Opmerkingen in de tekst: ([\d.]+)", html).group(1)
    assert int(total.replace(".", "")) == len(result.hits)


def test_bar_marker_sits_at_the_score_in_the_right_band(example):
    result, html, _ = example
    page = parse(html)
    score = result.analysis.metrics.lint_score
    assert page.marker["data-score"] == f"{score:.1f}"
    assert page.marker["style"] == f"left: {score:.1f}%"
    widths = [float(re.search(r"width: ([\d.]+)%", b).group(1)) for b in page.bands]
    assert widths == [34.0, 12.0, 12.0, 42.0]
    level = result.analysis.metrics.lint_level
    low = sum(widths[:level - 1])
    assert low <= score < low + widths[level - 1]
    assert f"Deze tekst: {eenvoudig_number(score)}" in html
    assert f"LiNT-niveau {level} van 4" in html
    share = result.analysis.metrics.lint_struggle_share
    assert f"Ongeveer {share}&nbsp;% van de volwassen lezers" in html


def test_one_table_row_per_section(example):
    result, html, _ = example
    page = parse(html)
    assert page.rows == [s.number or "" for s in result.sections]
    for section in result.sections:
        if section.number:
            assert f">{section.number} {_escaped(section.title)}</h" in html


def test_verdict_and_reasons_are_shown(example):
    result, html, _ = example
    assert _escaped(result.verdict.label) in html
    for reason in result.verdict.reasons:
        assert _escaped(reason) in html


def test_the_whole_text_is_shown(example):
    result, html, _ = example
    body = squash("".join(parse(html).body))
    position = 0
    for block in result.analysis.document.blocks:
        found = body.find(squash(block.text), position)
        assert found >= 0, block.text
        position = found


def test_glossary_lists_the_terms_used_with_their_explanation(example):
    result, html, _ = example
    used = [h for h in result.hits if h.rule.startswith("begrippen.")]
    explanations = {h.suggestions[0] for h in used}
    section = html[html.index('id="woorden"'):html.index("<h3>Afkortingen")]
    entries = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", section)
    assert len(entries) == len(explanations)  # one entry per term, its forms together
    assert {dd for _, dd in entries} == {_escaped(e) for e in explanations}
    listed = {form.lower() for dt, _ in entries for form in dt.split(", ")}
    assert listed == {_escaped(h.text).lower() for h in used}
    abbreviations = {h.text for h in result.hits if h.rule.startswith("afkortingen.")}
    assert all(f"<dt>{_escaped(a)}</dt>" in html for a in abbreviations)


def test_first_fix_links_to_the_first_hit_of_each_group(example):
    _, html, _ = example
    section = html[html.index('id="eerst"'):html.index('id="per-hoofdstuk"')]
    links = re.findall(r'href="#(eerst-\d+)"', section)
    assert 1 <= len(links) <= 5
    for anchor in links:
        assert re.search(rf'<(mark|span) class="(m|tag) [^"]*" tabindex="0" id="{anchor}">', html)


def test_user_text_is_escaped(tmp_path):
    source = tmp_path / 'nota "a&b" <x>.txt'
    source.write_text(
        'Titel met <script>alert(1)</script> & "quotes"\n\n'
        "Wij helpen u middels <script>alert(2)</script> graag & snel met \"uw\" aanvraag, "
        "en indien u vragen heeft over de regeling die de gemeente voor u heeft gemaakt, "
        "kunt u ons bellen of mailen <b>vet</b>.\n", encoding="utf-8")
    result = eenvoudig.check(source)
    html = eenvoudig.report_html(result)
    assert "<script" not in html and "<b>vet" not in html and "<x>" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "&amp; &#34;quotes&#34;" in html or "&amp; &quot;quotes&quot;" in html
    assert "&lt;x&gt;" in html and 'a&b"' not in html
    rules = {h.rule for h in result.hits}
    assert {"ambtelijk.middels", "zinsbouw.lange-zin"} <= rules
    long_hit = next(h for h in result.hits if h.rule == "zinsbouw.lange-zin")
    assert "<script>" in long_hit.text  # the hit text itself holds the markup …
    assert_every_hit_marked(result, html)  # … and is still found, escaped, in its mark


def test_tiny_texts(tmp_path):
    html = eenvoudig.report_html(eenvoudig.check("Hallo."))
    page = parse(html)
    assert page.rows == [""] and not page.marks
    assert "Hallo." in "".join(page.body)
    assert page.counts == {"error": 0, "warning": 0, "suggestion": 0}
    result = eenvoudig.check("Wij helpen u middels dit formulier.")
    html = eenvoudig.report_html(result)
    page = assert_every_hit_marked(result, html)
    marked = {squash(m["text"]) for m in page.marks}
    assert {"Wij", "middels"} <= marked


def test_overlapping_word_hits_share_one_mark():
    result = eenvoudig.check("De implementatie van het beleid start in mei. "
                             "Wij zorgen o.a. voor de uitvoering van het plan.")
    html = eenvoudig.report_html(result)
    page = assert_every_hit_marked(result, html)
    assert {"zinsbouw.naamwoordstijl", "ambtelijk.implementatie"} <= {h.rule for h in result.hits}
    shared = [m for m in page.marks if len(m["rules"]) > 1]
    assert len(shared) == 1 and shared[0]["kind"] == "mark"
    assert sorted(shared[0]["rules"]) == ["ambtelijk.implementatie", "zinsbouw.naamwoordstijl"]
    assert squash(shared[0]["text"]) == "Deimplementatievan"
    # both hits are the first of their group in "Eerst verbeteren": both links land
    targets = re.findall(r'href="#([^"]+)"', html)
    assert {"eerst-1", "eerst-2"} <= set(targets) <= set(re.findall(r'\sid="([^"]+)"', html))


def _escaped(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def eenvoudig_number(value: float) -> str:
    from eenvoudig.dutch_format import number

    return number(value)


def test_legend_names_the_long_sentence_limit_in_use():
    settings = eenvoudig.Settings(long_sentence=12)
    result = eenvoudig.check("Wij helpen u graag met uw aanvraag voor een nieuwe "
                             "parkeervergunning in de binnenstad van Heerlen.", settings=settings)
    html = eenvoudig.report_html(result)
    assert "zinsbouw.lange-zin" in {h.rule for h in result.hits}
    assert "Een zin met meer dan 12 woorden." in html
    assert_every_hit_marked(result, html)


def test_begrijpelijkheid_is_the_headline_with_its_bar_and_reasons(example):
    result, html, _ = example
    score = result.analysis.metrics.understandability
    assert score is not None
    shown = round(score.score)
    headline = (f"<strong>Begrijpelijkheid: {shown} van 100</strong> — hoe hoger, hoe "
                f"makkelijker. B1 vanaf {score.b1_threshold:.0f}.")
    assert headline in html
    # the first score on the page; LiNT-II stays, second
    assert html.index(headline) < html.index("Tweede score: LiNT-II") < html.index("LiNT-niveau")
    marker = re.search(r'<div class="b-wijzer \w+" style="left: ([\d.]+)%" data-score="(\d+)">',
                       html)
    assert marker and marker.group(2) == str(shown)
    assert float(marker.group(1)) == pytest.approx(score.score, abs=0.05)
    threshold = re.search(r'<div class="b-grens" style="left: ([\d.]+)%" data-threshold="(\d+)"',
                          html)
    assert threshold and float(threshold.group(1)) == score.b1_threshold
    reasons = html[html.index('<ul class="redenen">'):]
    reasons = reasons[:reasons.index("</ul>")]
    assert "Wat het moeilijker maakt:" in reasons
    for contribution in score.harder():
        assert _escaped(f"{contribution.phrase} ({contribution.signed})") in reasons
    assert "lange zinnen (−" in reasons  # the agreement's sentences are long
    # LiNT's own bar is untouched: one marker with the class the LiNT test reads
    assert len(re.findall(r'class="wijzer ', html)) == 1


def test_each_section_shows_its_begrijpelijkheid():
    text = ("# Brief\n\n## 1 Moeilijk\n\nUw aanvraag wordt door de gemeente conform de geldende "
            "beleidsregels zo spoedig mogelijk in behandeling genomen, waarna u een beschikking "
            "wordt verstrekt.\n\n## 2 Makkelijk\n\nWe helpen u graag. U krijgt snel antwoord.\n")
    result = eenvoudig.check(text)
    html = eenvoudig.report_html(result)
    cells = re.findall(r'data-understandability="(\d*)"', html)
    expected = [str(round(s.metrics.understandability_score))
                for s in result.analysis.sections]
    assert cells == expected and len(cells) == 2
    hard, easy = (int(c) for c in cells)
    assert hard < easy
    assert "Be&shy;grij&shy;pe&shy;lijk&shy;heid</th>" in html
    assert f"Begrijpelijkheid {hard} van 100 · LiNT" in html
    assert "lijdende vorm (−" in html
    assert "Wat helpt: de lezer aanspreken met u, je en we (+" in html


def test_no_begrijpelijkheid_without_words():
    result = eenvoudig.check("# Titel\n")
    html = eenvoudig.report_html(result)
    assert "geen begrijpelijkheid te berekenen" in html
    assert 'class="b-wijzer' not in html and 'data-understandability=""' in html


def test_check_writes_the_report_with_begrijpelijkheid(tmp_path):
    from eenvoudig.cli.main import main

    source = tmp_path / "brief.md"
    source.write_text("# Brief\n\nDe aanvraag wordt door de gemeente beoordeeld. We bellen u "
                      "snel.\n", encoding="utf-8")
    out = tmp_path / "rapport.html"
    main(["check", str(source), "-o", str(out)])
    html = out.read_text(encoding="utf-8")
    score = eenvoudig.analyze(source).metrics.understandability_score
    assert score is not None
    assert f"Begrijpelijkheid: {round(score)} van 100</strong>" in html
    assert "lijdende vorm (−" in html
