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

from .conftest import EXAMPLE


def test_import_is_light():
    code = "import sys, eenvoudig; print('spacy' in sys.modules, 'wordfreq' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False False"


def test_analyze_text_path_and_document():
    text = "Wij helpen u graag. Bel ons op werkdagen."
    from_text = eenvoudig.analyze(text)
    assert from_text.metrics.sentences == 2
    document = eenvoudig.read(EXAMPLE)
    from_document = eenvoudig.analyze(document)
    from_path = eenvoudig.analyze(str(EXAMPLE))
    assert from_document.metrics.counts == from_path.metrics.counts


def test_results_are_frozen_and_serialisable(example_analysis):
    with pytest.raises(dataclasses.FrozenInstanceError):
        example_analysis.metrics.counts.words = 1  # type: ignore[misc]
    data = json.loads(json.dumps(example_analysis.to_dict(), ensure_ascii=False))
    assert data["document"]["metrics"]["words"] == example_analysis.metrics.words


def test_section_and_sentence_access(example_analysis):
    section = example_analysis.section("1.1.1")
    assert section.title == "Volwaardige ziekenhuiszorg"
    assert section.longest_sentence.metrics.words >= 30
    assert all(s.long == (s.metrics.words > 20) for s in section.sentences)
    assert section.hardest_words


def test_rare_words_use_the_documented_threshold():
    analysis = eenvoudig.analyze("De huurdersbelangenvereniging vergadert.")
    words = {w.text: w for w in analysis.sentences[0].words}
    assert words["huurdersbelangenvereniging"].rare
    assert not words["De"].rare
    strict = eenvoudig.analyze("De huurdersbelangenvereniging vergadert.", rare_zipf=1.0)
    assert not strict.sentences[0].words[2].rare


def test_analyze_many_keeps_order():
    results = eenvoudig.analyze_many(["Een.", "Twee zinnen hier. En hier."])
    assert [r.metrics.sentences for r in results] == [1, 2]


def test_empty_text_is_an_input_error():
    with pytest.raises(eenvoudig.InputError):
        eenvoudig.analyze("   ")


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_text_never_crashes(text):
    try:
        analysis = eenvoudig.analyze(text + " x")
    except eenvoudig.EenvoudigError:
        return
    assert analysis.metrics.words >= 0
    words = sum(s.metrics.words for s in analysis.sentences)
    assert words == analysis.metrics.words


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
