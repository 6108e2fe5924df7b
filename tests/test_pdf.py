"""PDF input: structure, page furniture, hyphenation, lists, text kept, and bad PDFs.

The PDFs in tests/data/pdf are made by tests/data/pdf/make_pdfs.py (Word documents printed
to PDF by LibreOffice); its `specs()` is the text that went into them.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter

import pytest

import eenvoudig
from eenvoudig.cli.main import main

from .conftest import ACCURACY, DATA

PDF = DATA / "pdf"
_spec = importlib.util.spec_from_file_location("make_pdfs", PDF / "make_pdfs.py")
make_pdfs = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_pdfs", make_pdfs)
_spec.loader.exec_module(make_pdfs)
SPECS = {spec.name: spec for spec in make_pdfs.specs()}
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
MIN_WORD_RECALL = 0.99  # measured: 1.000 on all three PDFs (benchmarks/pdf_extractors.py)


def words(text: str) -> Counter:
    return Counter(w.casefold() for w in WORD.findall(text))


@pytest.fixture(scope="module")
def documents():
    return {name: eenvoudig.read(PDF / name) for name in SPECS}


def test_sections_numbers_titles_and_parents(documents):
    brief = documents["brief.pdf"]
    assert brief.format == "pdf"
    # the PDF's own title is "Microsoft Word - brief_def_v3.docx": not used
    assert brief.title == "Besluit op uw aanvraag bijzondere bijstand"
    assert [(s.number, s.title, s.parent) for s in brief.sections if s.number] == [
        ("1", "Wat hebben wij besloten?", None),
        ("1.1", "De wasmachine", "1"),
        ("1.2", "De reiskosten naar het ziekenhuis", "1"),
        ("2", "Wat moet u doen?", None),
        ("3", "Bent u het niet eens met dit besluit?", None),
        ("4", "Meer hulp in de buurt", None),
    ]
    akkoord = documents["akkoord.pdf"]
    assert akkoord.title == "Voor een Heerlen in balans en bloei"
    assert [(s.number, s.title) for s in akkoord.sections if s.number] == [
        ("1", "Voor een sociaal, veilig en gezond Heerlen"),
        ("1.1", "Volksgezondheid en welzijn"),
        ("1.1.1", "Volwaardige ziekenhuiszorg"),
        ("1.1.2", "Positieve gezondheid en preventie"),
        ("1.1.3", "Coöperatief en integraal zorg- en welzijnsbeleid"),
    ]
    section = next(s for s in akkoord.sections if s.number == "1.1.1")
    assert [b.part for b in section.blocks] == ["principes"] + ["acties"] * 6
    nota = documents["nota-twee-kolommen.pdf"]
    assert [s.number for s in nota.sections] == ["1", "1.1", "1.2", "2", "2.1"]


def test_no_page_furniture_in_any_sentence(documents):
    for name, document in documents.items():
        header = SPECS[name].header
        for sentence in document.sentences:
            assert header not in sentence.text, (name, sentence.text)
            assert not re.search(r"Pagina \d+ van \d+", sentence.text), (name, sentence.text)
            assert not re.fullmatch(r"\d+", sentence.text.strip()), (name, sentence.text)
    # the brief has a bare page number in its footer ("1", "2"): it is not glued to a block
    for block in documents["brief.pdf"].blocks:
        assert not re.search(r"(?:^|\s)[12]$", block.text), block.text


def _line_end_breaks(name: str) -> list[tuple[str, str]]:
    """Words broken at a line end in the PDF's own text layer (read with pypdf)."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(PDF / name).pages)
    return re.findall(r"([^\W\d_]+)-\n([^\W\d_]+)", text)


def test_hyphenated_words_joined_and_real_hyphens_kept(documents):
    checked = Counter()
    for name, document in documents.items():
        source = "\n".join(text for _, text in SPECS[name].content)
        got = " ".join(b.text for b in document.blocks)
        for before, after in _line_end_breaks(name):
            if re.search(rf"\b{before}- {after}\b", source):
                form, kind = f"{before}- {after}", "space"
            elif re.search(rf"\b{before}-{after}", source):
                form, kind = f"{before}-{after}", "keep"
            elif re.search(rf"\b{before}{after}", source):
                form, kind = f"{before}{after}", "join"
            else:
                continue  # not body text (a header)
            assert form in got, (name, before, after, kind)
            assert f"{before}- {after}" not in got or kind == "space"
            checked[kind] += 1
    # the fixtures break words of all three kinds at line ends
    assert checked["join"] >= 20 and checked["keep"] >= 3 and checked["space"] >= 1, checked
    ACCURACY["pdf hyphenation"] = (f"{sum(checked.values())} line-end hyphens rejoined as in "
                                   f"the source ({dict(checked)})")
    brief = " ".join(b.text for b in documents["brief.pdf"].blocks)
    assert "gemeenteraad" in brief and "gemeente- raad" not in brief
    assert "Noord-Brabant" in brief and "niet-westerse" in brief
    nota = " ".join(b.text for b in documents["nota-twee-kolommen.pdf"].blocks)
    assert "fiets- en wandelpaden" in nota and "2024-2028" in nota


def test_lists_are_kept(documents):
    brief = documents["brief.pdf"]
    items = {s.number: [b.text for b in s.blocks if b.kind == "item"] for s in brief.sections}
    assert items["2"] == [text for kind, text in make_pdfs.BRIEF if kind == "bullet"]
    assert items["3"] == [text for kind, text in make_pdfs.BRIEF if kind == "number"]
    nota = documents["nota-twee-kolommen.pdf"]
    assert [b.kind for b in nota.sections[2].blocks] == ["item"] * 3


def test_text_is_preserved_and_in_reading_order(documents):
    for name, document in documents.items():
        source = words("\n".join(text for _, text in SPECS[name].content))
        parts = [document.title] + [f"{s.number} {s.title}" for s in document.sections
                                    if s.number]
        parts += [b.text for b in document.blocks]
        parts += ["Principes", "Acties"] * (name == "akkoord.pdf") * 3  # now part labels
        got = words(" ".join(parts))
        recall = sum((got & source).values()) / sum(source.values())
        precision = sum((got & source).values()) / sum(got.values())
        assert recall >= MIN_WORD_RECALL and precision >= MIN_WORD_RECALL, (name, recall,
                                                                            precision)
        ACCURACY[f"pdf words {name}"] = f"recall {recall:.3f}, precision {precision:.3f}"
    # two columns: the last paragraph runs from the foot of column 1 into column 2
    nota = documents["nota-twee-kolommen.pdf"]
    sentences = [s.text for s in nota.sections[-1].sentences]
    assert sentences[0].startswith("Wij informeren bewoners")
    assert sentences.index(next(s for s in sentences if s.startswith("Wijkagenten"))) == 1


def test_lines_point_into_the_extracted_text(documents):
    for document in documents.values():
        lines = document.text.split("\n")
        for sentence in document.sentences:
            first = sentence.text.split()[0]
            assert document.text[sentence.source_start:].startswith(first[:3])
            assert lines[sentence.line - 1][sentence.column - 1:].startswith(first[:3])


def test_cli_scores_a_pdf(capsys):
    code = main(["score", str(PDF / "brief.pdf"), "--format", "json", "--by", "section",
                 "--no-parse"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["document"]["format"] == "pdf"
    assert [s["number"] for s in data["sections"] if s["number"]] == [
        "1", "1.1", "1.2", "2", "3", "4"]
    code = main(["score", str(PDF / "akkoord.pdf"), "--by", "section", "--no-parse"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "1.1.2" in out and "Positieve gezondheid en preventie" in out


def test_pdf_locked_against_changes_only_is_read():
    locked = eenvoudig.read(PDF / "alleen-lezen.pdf")
    plain = eenvoudig.read(PDF / "brief.pdf")
    assert [b.text for b in locked.blocks] == [b.text for b in plain.blocks]


def test_aes_encrypted_pdf_without_user_password_is_read(tmp_path):
    """Many published PDFs are AES-encrypted against changes only; they must open."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(PDF / "brief.pdf").pages:
        writer.add_page(page)
    writer.encrypt(user_password="", owner_password="geheim", algorithm="AES-256")
    path = tmp_path / "aes.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    plain = eenvoudig.read(PDF / "brief.pdf")
    assert [b.text for b in eenvoudig.read(path).blocks] == [b.text for b in plain.blocks]


def test_analyze_a_pdf():
    analysis = eenvoudig.analyze(PDF / "brief.pdf")
    assert analysis.metrics.lint_level in (1, 2, 3, 4)
    assert analysis.section("1.1").title == "De wasmachine"


@pytest.mark.parametrize(
    ("make", "name", "message"),
    [
        (lambda: (PDF / "scan.pdf").read_bytes(), "scan.pdf", "alleen afbeeldingen"),
        (lambda: (PDF / "beveiligd.pdf").read_bytes(), "beveiligd.pdf", "wachtwoord"),
        (lambda: (PDF / "brief.pdf").read_bytes()[:1500], "kapot.pdf", "beschadigd"),
        (lambda: b"%PDF-1.7 ...", "brief.pdf", "is een PDF"),
        (lambda: b"Dit is gewone tekst.", "nep.pdf", "geen geldig PDF-bestand"),
    ],
)
def test_bad_pdfs_give_one_dutch_line(tmp_path, capsys, make, name, message):
    path = tmp_path / name
    path.write_bytes(make())
    code = main(["score", str(path), "--no-parse"])
    _, err = capsys.readouterr()
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    with pytest.raises(eenvoudig.InputError, match=message):
        eenvoudig.read(path)
