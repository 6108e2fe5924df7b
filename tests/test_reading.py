"""Reading input: the size limit for every kind of file, encodings, and offsets into the file
as given (issue 17)."""

from __future__ import annotations

import io
import json
import os
import sys
import threading
import time
from pathlib import Path

import pytest

import eenvoudig
from eenvoudig.document import reading
from eenvoudig.document.reading import read_source

from .conftest import run

TEXT = ("# Brief\r\n\r\nDe gemeente gaat middels een plan werken.\r\n"
        "Wij doen dat in het kader van de wet.\r\n\r\n- Ten behoeve van u.\r\n"
        "- En dan nog\r\n  een regel middels een lijst.\r\n\r\nTen slotte de laatste zin.\r\n")


# --- the size limit: never more than MAX_BYTES + 1 bytes, whatever st_size says ---------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_quickly(monkeypatch, capsys):
    monkeypatch.setattr(reading, "MAX_BYTES", 1024 * 1024)
    start = time.perf_counter()
    code, _out, err = run(["score", "/dev/zero"], capsys)
    assert code == 2 and time.perf_counter() - start < 10
    assert err.strip() == "eenvoudig: /dev/zero is te groot; het maximum is 1 MB."


@pytest.mark.skipif(sys.platform == "win32", reason="no named pipes")
def test_a_pipe_stops_at_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 64 * 1024)
    fifo = tmp_path / "invoer.md"
    os.mkfifo(fifo)
    written: list[int] = []

    def writer() -> None:
        try:
            with open(fifo, "wb") as handle:
                for _ in range(1000):  # 1 MB of text, far more than the limit
                    handle.write(b"Een zin. " * 113 + b"\n")
                    written.append(1)
        except BrokenPipeError:
            pass

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    with pytest.raises(eenvoudig.InputError, match="te groot"):
        read_source(fifo)
    thread.join(timeout=10)
    assert len(written) < 1000  # the reader stopped; the writer could not finish


def test_stdin_stops_at_the_limit(monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    with pytest.raises(eenvoudig.InputError, match="De standaardinvoer is te groot"):
        read_source("-", stdin=io.BytesIO(b"Een zin. " * 200))  # type: ignore[arg-type]
    assert read_source("-", stdin=io.BytesIO(b"Een zin. " * 100)).text  # type: ignore[arg-type]


# --- encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-8"])
def test_text_with_a_bom_is_read(tmp_path, capsys, codec):
    """Notepad's "Unicode" is UTF-16 LE with a BOM; "Unicode big endian" is BE."""
    path = tmp_path / "brief.txt"
    path.write_bytes(("\ufeff" + TEXT).encode(codec))
    code, out, err = run(["check", str(path), "--format", "json"], capsys)
    assert code in (0, 1) and not err
    assert any(h["text"] == "middels" for h in json.loads(out)["hits"])
    document = eenvoudig.read(path)
    assert document.sentences[1].text == "De gemeente gaat middels een plan werken."
    assert document.text == "\ufeff" + TEXT
    on_disk = path.read_bytes().decode(codec)  # -le, -be and utf-8 keep the BOM
    for hit in eenvoudig.check(path).hits:
        assert on_disk[hit.start:hit.end] == hit.text


def test_utf16_without_text_is_still_binary(tmp_path):
    path = tmp_path / "kapot.txt"
    path.write_bytes(b"\xff\xfe" + b"\x01\x00\x02\x00" * 200)
    with pytest.raises(eenvoudig.InputError, match="geen tekstbestand"):
        eenvoudig.read(path)
    path.write_bytes(b"\xff\xfe\x00\xd8A\x00")  # a lone surrogate in UTF-16
    with pytest.raises(eenvoudig.InputError, match="geen geldige UTF-16-tekst"):
        eenvoudig.read(path)


@pytest.mark.parametrize("text", ["Een zin met \ud800 erin.", "Twee: \udfff en \ud83d."])
def test_lone_surrogates_in_a_str_are_replaced(text):
    """A str can hold half a UTF-16 pair; it is replaced (one character for one, so offsets
    hold) and the document says so, instead of a UnicodeEncodeError."""
    result = eenvoudig.check(text)
    document = result.analysis.document
    assert document.text == text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd") \
        .replace("\ud83d", "\ufffd")
    assert len(document.notes) == 1 and "ongeldig" in document.notes[0]
    assert "\n" not in document.notes[0]
    assert eenvoudig.simplify(text).text


# --- offsets into the file as given --------------------------------------------------------


@pytest.mark.parametrize("bom", ["", "\ufeff"])
@pytest.mark.parametrize("line_end", ["\r\n", "\n", "\r"])
def test_offsets_point_into_the_file(tmp_path, bom, line_end):
    path = tmp_path / "brief.md"
    path.write_bytes((bom + TEXT.replace("\r\n", line_end)).encode("utf-8"))
    on_disk = path.read_bytes().decode("utf-8")  # BOM kept, line ends as they are
    result = eenvoudig.check(path)
    assert len(result.hits) >= 4
    lines = on_disk.removeprefix("\ufeff").splitlines()
    for hit in result.hits:
        assert on_disk[hit.start:hit.end] == hit.text, hit
        assert lines[hit.line - 1][hit.column - 1:].startswith(hit.text), hit
    for sentence in result.analysis.document.sentences:
        assert " ".join(on_disk[sentence.source_start:sentence.source_end].split()) == \
            sentence.text
        assert lines[sentence.line - 1][sentence.column - 1:].startswith(
            sentence.text.split()[0])
    last = result.analysis.document.sentences[-1]
    assert last.line == 10 and last.column == 1


def test_offsets_on_the_fifth_line_of_a_crlf_file(tmp_path, capsys):
    """The issue's case: 4 off on line 5."""
    path = tmp_path / "brief.txt"
    path.write_bytes(b"Regel een.\r\nRegel twee.\r\nRegel drie.\r\nRegel vier.\r\n"
                     b"Wij werken middels een plan.\r\n")
    _code, out, _err = run(["check", str(path), "--format", "json"], capsys)
    (hit,) = [h for h in json.loads(out)["hits"] if h["text"] == "middels"]
    assert (hit["line"], hit["column"]) == (5, 12)
    assert path.read_bytes().decode()[hit["start"]:hit["end"]] == "middels"
