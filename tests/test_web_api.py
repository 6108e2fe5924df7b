"""The JSON API and pages of `eenvoudig serve`, through FastAPI's TestClient (httpx)."""

from __future__ import annotations

import io
import json
import re
import warnings
from concurrent.futures import ThreadPoolExecutor
from importlib.util import find_spec

import pytest

pytestmark = pytest.mark.skipif(find_spec("fastapi") is None or find_spec("httpx") is None,
                                reason="de webonderdelen ontbreken: pip install -e '.[dev]'")

LETTER = ("# Uw aanvraag\n\nWij verstrekken u conform de geldende regels een beschikking. "
          "Uw aanvraag wordt door de gemeente binnen acht weken beoordeeld.\n")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
BIG = 5 * 1024 * 1024 + 1


@pytest.fixture(scope="module")
def client():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note that httpx will become httpx2
        from fastapi.testclient import TestClient

    from eenvoudig.web import create_app

    with TestClient(create_app(), base_url="http://127.0.0.1") as client:
        yield client


def word_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Besluit", 1)
    document.add_paragraph("Wij verstrekken u conform de regels een beschikking.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def data_words(text: str) -> int:
    import eenvoudig

    return eenvoudig.analyze(text).metrics.words


def rules(data: dict) -> set[str]:
    return {hit["rule"] for hit in data["hits"]}


def test_check_json_equals_the_python_api(client):
    import eenvoudig

    response = client.post("/api/check", json={"text": LETTER})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    expected = eenvoudig.check(LETTER).to_dict()
    expected["document"]["source"] = response.json()["document"]["source"]
    assert response.json() == json.loads(json.dumps(expected))
    assert {"ambtelijk.verstrekken", "ambtelijk.conform", "zinsbouw.lijdende-vorm"} <= rules(
        response.json())


def test_check_details_give_text_and_metrics(client):
    data = client.post("/api/check", json={"text": LETTER, "details": True}).json()
    assert data["text"] == LETTER
    assert data["metrics"]["flesch_douma"] is not None
    for hit in data["hits"]:
        assert data["text"][hit["start"]:hit["end"]] == hit["text"]


def test_check_details_give_begrijpelijkheid_in_words(client):
    import eenvoudig

    data = client.post("/api/check", json={"text": LETTER, "details": True}).json()
    score = eenvoudig.check(LETTER).analysis.metrics.understandability
    assert score is not None
    view = data["understandability"]
    assert view["score"] == round(score.score) and 0 <= view["score"] <= 100
    assert view["headline"] == (f"Begrijpelijkheid: {round(score.score)} van 100 — hoe hoger, "
                                f"hoe makkelijker. B1 vanaf {score.b1_threshold:.0f}.")
    assert view["harder"] == [c.shown for c in score.harder()]
    assert "lijdende vorm (−" in " ".join(view["harder"])  # "wordt … beoordeeld"
    assert data["metrics"]["understandability"]["score"] == round(score.score, 1)
    plain = client.post("/api/check", json={"text": LETTER}).json()
    assert "understandability" not in plain  # the check JSON itself stays as the CLI's
    # /api/score carries it per document, section and sentence (the analysis JSON)
    scored = client.post("/api/score", json={"text": LETTER, "by": "sentence"}).json()
    assert scored["document"]["metrics"]["understandability"]["score"] == round(score.score, 1)
    labels = {c["label"] for c in scored["document"]["metrics"]["understandability"]
              ["contributions"]}
    assert "lijdende vorm" in labels


def test_check_disable(client):
    data = client.post("/api/check", json={"text": LETTER, "disable": ["ambtelijk"]}).json()
    assert not any(rule.startswith("ambtelijk.") for rule in rules(data))
    assert "zinsbouw.lijdende-vorm" in rules(data)


def test_score_json_and_levels(client):
    import eenvoudig

    words = eenvoudig.analyze(LETTER).metrics.words
    data = client.post("/api/score", json={"text": LETTER, "by": "sentence"}).json()
    assert data["schema_version"] == "1.1"
    assert data["document"]["metrics"]["words"] == words > 10
    assert data["document"]["metrics"]["lint_level"] in (1, 2, 3, 4)
    assert "word_details" in data["sections"][0]["sentences"][0]
    short = client.post("/api/score", json={"text": LETTER, "by": "document"}).json()
    assert "sentences" not in short["sections"][0]


def test_simplify_json(client):
    data = client.post("/api/simplify", json={"text": LETTER}).json()
    block = data["sections"][0]["blocks"][0]
    assert "conform" in block["original"] and "conform" not in block["text"]
    assert any(edit["original"] == "conform" for edit in data["edits"])


def test_upload_docx_and_markdown(client):
    response = client.post("/api/check", files={"file": ("besluit.docx", word_docx(), DOCX)},
                           data={"details": "true"})
    assert response.status_code == 200
    data = response.json()
    assert data["document"]["title"] == "Besluit"
    assert data["format"] == "docx"
    assert data["editable"].startswith("# Besluit\n\nWij verstrekken u conform")
    assert {"ambtelijk.verstrekken", "ambtelijk.conform"} <= rules(data)
    markdown = client.post("/api/score", files={"file": ("brief.md", LETTER.encode(),
                                                         "text/markdown")})
    assert markdown.json()["document"]["source"] == "brief.md"
    assert markdown.json()["document"]["metrics"]["words"] == data_words(LETTER)
    text_field = client.post("/api/simplify", data={"text": LETTER})
    assert text_field.status_code == 200


def test_upload_pdf(client):
    from .conftest import DATA

    letter = (DATA / "pdf" / "brief.pdf").read_bytes()
    response = client.post("/api/check", files={"file": ("brief.pdf", letter, "application/pdf")},
                           data={"details": "true"})
    assert response.status_code == 200
    data = response.json()
    assert data["format"] == "pdf" and data["hits"]
    for hit in data["hits"]:  # the same words; the PDF may break a line, or a word at a hyphen
        shown = re.sub(r"-\s*\n\s*", "", data["text"][hit["start"]:hit["end"]])
        assert shown.split() == hit["text"].split()
    scan = (DATA / "pdf" / "scan.pdf").read_bytes()
    refused = client.post("/api/check", files={"file": ("scan.pdf", scan, "application/pdf")})
    assert refused.status_code == 422 and "scan" in refused.json()["detail"]


def test_uploads_stay_in_memory(client, monkeypatch):
    import tempfile

    def to_disk(self):
        raise AssertionError("an upload was written to a temporary file")

    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", to_disk)
    nul = b"\x00" * (4 * 1024 * 1024)  # 4 MB, refused only after it has been read
    response = client.post("/api/check", files={"file": ("groot.txt", nul, "text/plain")})
    assert response.status_code == 415


def test_openapi_lists_the_endpoints_and_no_cdn_docs(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/score", "/api/check", "/api/simplify"):
        content = schema["paths"][path]["post"]["requestBody"]["content"]
        assert {"application/json", "multipart/form-data"} <= set(content)
    assert "text" in schema["paths"]["/api/check"]["post"]["requestBody"]["content"][
        "application/json"]["schema"]["properties"]
    assert client.get("/docs").status_code == 404
    docs = client.get("/api-docs")
    assert docs.status_code == 200 and "/api/check" in docs.text
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text


def test_too_large_is_413_with_dutch_message(client):
    response = client.post("/api/check", content=b'{"text": "' + b"a" * BIG + b'"}',
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "te groot" in response.json()["detail"]
    upload = client.post("/api/check", files={"file": ("groot.txt", b"zin. " * (BIG // 5 + 1),
                                                       "text/plain")})
    assert upload.status_code == 413

    def chunks():  # no Content-Length: counted while it streams in
        for _ in range(6):
            yield b"a" * (1024 * 1024)

    streamed = client.post("/api/check", content=chunks(),
                           headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    page = client.post("/api/check", content=b"a" * BIG, headers={"accept": "text/html"})
    assert page.status_code == 413 and "te groot" in page.text and "<html" in page.text


def test_wrong_upload_type_is_415(client):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
    for name in ("foto.png", "foto.txt", "foto.docx"):
        response = client.post("/api/check", files={"file": (name, png, "image/png")})
        assert response.status_code == 415, name
        assert "bestand" in response.json()["detail"]
    other = client.post("/api/check", content=b"text", headers={"content-type": "text/plain"})
    assert other.status_code == 415 and "JSON" in other.json()["detail"]


def test_empty_or_invalid_is_422_in_dutch(client):
    for body in ({"text": ""}, {"text": "  \n "}):
        response = client.post("/api/check", json=body)
        assert response.status_code == 422
        assert response.json()["detail"].startswith("Er staat geen tekst in")
    assert client.post("/api/check", data={"text": ""}).status_code == 422
    empty_file = client.post("/api/check", files={"file": ("leeg.md", b"  ", "text/markdown")})
    assert empty_file.status_code == 422 and "leeg" in empty_file.json()["detail"]
    missing = client.post("/api/score", json={"tekst": "x"})
    assert missing.status_code == 422 and "ontbreekt" in missing.json()["detail"]
    wrong = client.post("/api/score", json={"text": "x", "by": "alles"})
    assert "kies uit: document, section, sentence" in wrong.json()["detail"]
    broken = client.post("/api/check", content=b"{", headers={"content-type": "application/json"})
    assert broken.status_code == 422 and "JSON" in broken.json()["detail"]
    fake_docx = client.post("/api/check", files={"file": ("kapot.docx", b"PK\x03\x04rommel",
                                                          DOCX)})
    assert fake_docx.status_code == 422 and "Word" in fake_docx.json()["detail"]


def test_page_escapes_user_text_and_sets_a_strict_policy(client):
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "https://" not in page.text  # nothing from the internet
    assert client.get("/static/eenvoudig.js").status_code == 200
    error = client.get("/<script>alert(1)</script>", headers={"accept": "text/html"})
    assert error.status_code == 404 and "<script>" not in error.text
    hostile = "<script>alert(1)</script> Wij verstrekken u een beschikking."
    report = client.post("/api/report", json={"text": hostile, "format": "text"})
    assert report.status_code == 200
    assert "<script>alert(1)</script>" not in report.text
    assert "&lt;script&gt;" in report.text


def test_downloads_have_the_right_types(client):
    report = client.post("/api/report", json={"text": LETTER})
    assert report.headers["content-type"] == "text/html; charset=utf-8"
    assert 'filename="tekst-rapport.html"' in report.headers["content-disposition"]
    assert report.headers["content-security-policy"].startswith("sandbox")
    import docx

    for path, name in (("/api/docx/commented", "besluit-met-opmerkingen.docx"),
                       ("/api/docx/b1", "besluit-B1.docx")):
        response = client.post(path, files={"file": ("besluit.docx", word_docx(), DOCX)})
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == DOCX
        assert name in response.headers["content-disposition"]
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
        assert "beschikking" in text
    b1 = client.post("/api/docx/b1", json={"text": LETTER})
    b1_text = "\n".join(p.text for p in docx.Document(io.BytesIO(b1.content)).paragraphs)
    assert "conform" not in b1_text


def test_concurrent_requests_are_all_answered(client):
    texts = [f"Wij verstrekken u op dag {n} conform de regels een beschikking." for n in
             range(12)]

    def post(text: str) -> tuple[int, str]:
        response = client.post("/api/check", json={"text": text, "details": True})
        return response.status_code, response.json()["text"]

    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(post, texts))
    assert [status for status, _ in answers] == [200] * len(texts)
    assert [text for _, text in answers] == texts  # each answer belongs to its own request


def test_unexpected_error_is_dutch_and_logs_no_text(client, monkeypatch, caplog):
    from eenvoudig.web import service

    def broken(submission, *args, **options):
        raise RuntimeError(submission.data.decode())  # an error that quotes the text

    monkeypatch.setattr(service, "score", broken)
    response = client.post("/api/score", json={"text": "geheime tekst van de gebruiker"})
    assert response.status_code == 500
    assert response.json()["detail"].startswith("Er ging iets mis in eenvoudig")
    assert "RuntimeError" in caplog.text and "/api/score" in caplog.text
    assert "geheime" not in caplog.text


def test_only_loopback_host_names(client):
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400
    assert client.get("/", headers={"host": "localhost:8765"}).status_code == 200


def test_serve_command_messages(monkeypatch, capsys):
    import socket

    from eenvoudig.cli.main import main

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    port = taken.getsockname()[1]
    try:
        assert main(["serve", "--port", str(port), "--no-browser"]) == 2
    finally:
        taken.close()
    assert f"Poort {port} is al in gebruik" in capsys.readouterr().err

    import eenvoudig.cli.serve as serve

    monkeypatch.setattr(serve, "find_spec", lambda name: None)
    assert main(["serve", "--no-browser"]) == 2
    assert "pip install 'eenvoudig[web]'" in capsys.readouterr().err


def test_page_legend_uses_the_configured_long_sentence_limit():
    from fastapi.testclient import TestClient

    from eenvoudig import Settings
    from eenvoudig.web import create_app

    settings = Settings(long_sentence=25, long_sentence_error=35)
    with TestClient(create_app(settings, warm_up=False), base_url="http://127.0.0.1") as client:
        page = client.get("/").text
    assert "Een zin met meer dan 25 woorden." in page
    assert "meer dan 20 woorden" not in page
