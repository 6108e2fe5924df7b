"""The public Python API: typed, frozen results, lazy loading, JSON-ready output."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eenvoudig


def test_import_is_light():
    code = "import sys, eenvoudig; print('spacy' in sys.modules, 'wordfreq' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False False"


def test_analyze_text_path_and_document(excerpt, excerpt_analysis):
    text = "Wij helpen u graag. Bel ons op werkdagen."
    from_text = eenvoudig.analyze(text)
    assert from_text.metrics.sentences == 2
    from_document = eenvoudig.analyze(eenvoudig.read(excerpt))
    from_path = eenvoudig.analyze(str(excerpt))
    assert from_document.metrics.counts == from_path.metrics.counts
    assert from_path.metrics.counts == excerpt_analysis.metrics.counts  # a Path, a str, a Document


def test_results_are_frozen_and_serialisable(excerpt_analysis):
    with pytest.raises(dataclasses.FrozenInstanceError):
        excerpt_analysis.metrics.counts.words = 1  # type: ignore[misc]
    data = json.loads(json.dumps(excerpt_analysis.to_dict(), ensure_ascii=False))
    assert data["document"]["metrics"]["words"] == excerpt_analysis.metrics.words


def test_section_and_sentence_access(excerpt_analysis):
    section = excerpt_analysis.section("1.1.1")
    assert section.title == "Volwaardige ziekenhuiszorg"
    assert section.longest_sentence.metrics.words >= 30
    assert all(s.long == (s.metrics.words > 20) for s in section.sentences)
    assert section.hardest_words


RARE_TEXT = "De huurdersbelangenvereniging vergadert over de bestemmingsplannen."


def _rare(rare_zipf: float | None = None) -> set[str]:
    options = {} if rare_zipf is None else {"rare_zipf": rare_zipf}
    analysis = eenvoudig.analyze(RARE_TEXT, parse=False, **options)
    assert analysis.settings["rare_zipf"] == (3.0 if rare_zipf is None else rare_zipf)
    words = analysis.sentences[0].words
    assert analysis.metrics.counts.rare_words == sum(w.rare for w in words)
    return {w.text for w in words if w.rare}


def test_rare_words_use_the_documented_threshold():
    # Zipf frequencies (wordfreq): huurdersbelangenvereniging 0.0 (unknown),
    # bestemmingsplannen 2.55, vergadert 3.08, de 7.73. Each threshold below moves one word.
    assert _rare() == {"huurdersbelangenvereniging", "bestemmingsplannen"}  # default 3.0
    assert _rare(2.0) == {"huurdersbelangenvereniging"}
    assert _rare(3.5) == {"huurdersbelangenvereniging", "bestemmingsplannen", "vergadert"}


def test_analyze_many_keeps_order():
    results = eenvoudig.analyze_many(["Een.", "Twee zinnen hier. En hier."])
    assert [r.metrics.sentences for r in results] == [1, 2]


def test_empty_text_is_an_input_error():
    with pytest.raises(eenvoudig.InputError):
        eenvoudig.analyze("   ")


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_text_gives_a_consistent_analysis(text):
    try:
        analysis = eenvoudig.analyze(text + " x")
    except eenvoudig.EenvoudigError:
        return
    _assert_consistent(text + " x", analysis)


def _assert_consistent(given: str, analysis) -> None:
    """What must hold for any input: the text that offsets point into is the input as given
    (its BOM and its \\r\\n line ends kept); every scored sentence lies inside it, in order,
    with its line and column; parsing changes no count of the classic formulas;
    scores are in range; the JSON output is strict JSON (no NaN or infinity)."""
    source = analysis.document.text
    assert source == given
    lines = given.replace("\r\n", "\n").replace("\r", "\n")  # one character per line end
    end = 0
    for sentence in (s.sentence for s in analysis.sentences):
        assert end <= sentence.source_start < sentence.source_end <= len(source), sentence
        end = sentence.source_end
        before = source[:sentence.source_start]
        line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
        if line_start == 0 and before.startswith("\ufeff"):
            line_start = 1
        normalised_start = len(before.replace("\r\n", "\n").replace("\r", "\n"))
        assert sentence.line == lines.count("\n", 0, normalised_start) + 1, sentence
        assert sentence.column == sentence.source_start - line_start + 1, sentence
    classic = eenvoudig.analyze(given, parse=False)
    fields = ("words", "sentences", "syllables", "letters", "long_words", "rare_words",
              "long_sentences")
    assert ([getattr(classic.metrics.counts, f) for f in fields]
            == [getattr(analysis.metrics.counts, f) for f in fields])
    for unit in (analysis, *analysis.sections, *analysis.sentences):
        score = unit.metrics.lint_score
        assert score is None or 0 <= score <= 100
        assert (score is None) == (unit.metrics.lint_level is None)
        assert (unit.metrics.flesch_douma is None) == (unit.metrics.words == 0)
    json.dumps(analysis.to_dict(words=True), allow_nan=False)


def test_addresses_are_not_hard_words():
    analysis = eenvoudig.analyze(
        "Mail naar bijzonderebijstand@heerlen.nl of kijk op www.heerlen.nl voor de "
        "aanvraagprocedure.", parse=False)
    hardest = analysis.sections[0].hardest_words
    assert "aanvraagprocedure" in hardest
    assert not any("@" in w or w.startswith("www.") for w in hardest)


def test_read_bytes_in_memory():
    import io

    import docx

    word = docx.Document()
    word.add_heading("1 Inleiding", level=1)
    word.add_paragraph("Wij verzoeken u het formulier te retourneren.")
    buffer = io.BytesIO()
    word.save(buffer)
    document = eenvoudig.read_bytes(buffer.getvalue(), "brief.docx")
    assert document.format == "docx" and document.source == "brief.docx"
    assert document.sentences[-1].text == "Wij verzoeken u het formulier te retourneren."
    pasted = eenvoudig.read_bytes(b"# Titel\n\nEen zin.", suffix=".md")
    assert pasted.title == "Titel" and pasted.source == "<tekst>"
    with pytest.raises(eenvoudig.InputError, match="leeg"):
        eenvoudig.read_bytes(b"   ", "leeg.txt")


def test_results_have_short_reprs(tmp_path):
    """A result prints as one short line, not as its whole tree."""
    text = ("# Brief\n\nDe gemeente verstrekt middels deze brief de beschikking. Wij voeren de "
            "evaluatie uit.\n")
    analysis = eenvoudig.analyze(text)
    result = eenvoudig.check(text)
    rewrite = eenvoudig.simplify(text)
    objects = [analysis, analysis.sections[0], analysis.sentences[0], analysis.metrics,
               analysis.document, analysis.document.sections[0], analysis.document.blocks[0],
               analysis.document.sentences[0], result, result.sections[0], result.hits[0],
               rewrite, rewrite.sections[0], rewrite.sentences[0]]
    for item in objects:
        assert len(repr(item)) < 200, repr(item)
    assert repr(result.hits[0]).startswith("Hit(")
