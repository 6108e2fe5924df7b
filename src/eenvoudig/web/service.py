"""The work behind the API: turn a pasted text or an uploaded file into a `Document`, and
score, check or rewrite it, one request at a time.

spaCy's pipeline is not guaranteed to be thread-safe, so every analysis runs under one lock
(requests queue up); the pipeline and word lists are loaded once, by `warm_up`, when the
server starts. Texts stay in memory and are never logged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, TypeVar

from ..analysis.results import Metrics
from ..document.model import Document
from ..errors import EenvoudigError
from ..settings import Settings
from .limits import EMPTY, WebError

_LOCK = threading.Lock()
TEXT_SUFFIXES = {"markdown": ".md", "text": ".txt", "html": ".html"}
PASTED = "<tekst>"
T = TypeVar("T")


@dataclass(frozen=True)
class Submission:
    """What a request sent: the raw bytes, the name they go by and their suffix."""

    data: bytes
    name: str = PASTED
    suffix: str = ".md"

    @classmethod
    def from_text(cls, text: str, text_format: str = "markdown") -> Submission:
        if not text.strip():
            raise WebError(422, EMPTY)
        return cls(text.encode("utf-8"), PASTED, TEXT_SUFFIXES[text_format])

    @property
    def stem(self) -> str:
        """A base name for downloads: the file's name, or 'tekst' for a pasted text."""
        return "tekst" if self.name == PASTED else PurePath(self.name).stem or "tekst"


def _document(submission: Submission) -> Document:
    """Read the bytes into a Document, in memory (the same reading as `eenvoudig.read`)."""
    import eenvoudig

    if not submission.data.strip():
        raise WebError(422, EMPTY)
    return eenvoudig.read_bytes(submission.data, submission.name, suffix=submission.suffix)


def _locked(work: Callable[[], T]) -> T:
    """Run `work()` under the analysis lock; a user error becomes a 422 with its message."""
    with _LOCK:
        try:
            return work()
        except EenvoudigError as error:
            raise WebError(422, error.message) from None


def warm_up(settings: Settings) -> None:
    """Load the pipeline, word lists and rules once, so that the first request is fast."""
    import eenvoudig

    text = "De gemeente verstrekt u conform de regels een beschikking. Wij helpen u graag."
    with _LOCK:
        eenvoudig.check(text, settings=settings)
        eenvoudig.simplify(text, settings=settings)


def score(submission: Submission, settings: Settings, *, by: str,
          long_sentence: int | None = None) -> dict[str, Any]:
    import eenvoudig

    def work() -> dict[str, Any]:
        analysis = eenvoudig.analyze(_document(submission), settings=settings,
                                     long_sentence=long_sentence)
        return analysis.to_dict(sentences=by != "document", words=by == "sentence")

    return _locked(work)


def check(submission: Submission, settings: Settings, *, disable: tuple[str, ...] = (),
          details: bool = False) -> dict[str, Any]:
    """The check result as `eenvoudig check --format json` gives it; with `details` also the
    document's metrics, begrijpelijkheid in words (`understandability_view`) and the plain
    text that the hits' start/end offsets point into."""
    import eenvoudig

    if disable:
        settings = settings.with_(disable=settings.disable + disable)

    def work() -> dict[str, Any]:
        result = eenvoudig.check(_document(submission), settings=settings)
        data = result.to_dict()
        if details:
            document = result.analysis.document
            data["metrics"] = result.analysis.metrics.to_dict()
            data["understandability"] = understandability_view(result.analysis.metrics)
            data["text"] = document.text
            data["format"] = document.format
            data["notes"] = list(document.notes)
            data["editable"] = editable_text(document)
        return data

    return _locked(work)


def understandability_view(metrics: Metrics) -> dict[str, Any] | None:
    """Begrijpelijkheid as the page shows it: the whole score, the B1 threshold, the headline
    and the largest contributions on each side in words ("lange zinnen (−12)"); None
    without a score. The numbers behind it are in `metrics.understandability`."""
    result = metrics.understandability
    if result is None:
        return None
    return {"score": round(result.score), "b1": result.b1,
            "b1_threshold": round(result.b1_threshold), "headline": result.headline(),
            "harder": [c.shown for c in result.harder()],
            "easier": [c.shown for c in result.easier()]}


def editable_text(document: Document) -> str:
    """The text to edit in the page's text box: the text itself for a text format, and for a
    Word or PDF file its headings, paragraphs and list items as Markdown."""
    if document.format not in ("docx", "pdf"):
        return document.text
    lines = [f"# {document.title}", ""]
    for section in document.sections:
        title = f"{section.number} {section.title}" if section.number else section.title
        if section.shows_heading:
            lines += [f"{'#' * min(6, max(2, section.level + 1))} {title}", ""]
        part = None
        for block in section.blocks:
            if block.part != part and block.part:
                lines += [f"**{block.part.capitalize()}**", ""]
            part = block.part
            if block.kind == "item":
                lines.append(f"{'  ' * max(0, block.level - 1)}- {block.text}")
            else:
                if lines[-1].lstrip().startswith("- "):
                    lines.append("")
                lines += [f"**{block.text}**" if block.kind == "heading" else block.text, ""]
        if lines[-1].lstrip().startswith("- "):
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def simplify(submission: Submission, settings: Settings) -> dict[str, Any]:
    import eenvoudig

    return _locked(lambda: eenvoudig.simplify(_document(submission), settings=settings).to_dict())


def report(submission: Submission, settings: Settings) -> str:
    """The self-contained HTML report of the check."""
    import eenvoudig

    return _locked(lambda: eenvoudig.report_html(
        eenvoudig.check(_document(submission), settings=settings)))


def commented_docx(submission: Submission, settings: Settings) -> bytes:
    """The document as Word with a comment on every hit."""
    import eenvoudig

    return _locked(lambda: eenvoudig.commented_docx(
        eenvoudig.check(_document(submission), settings=settings)))


def b1_docx(submission: Submission, settings: Settings) -> bytes:
    """The B1 version as Word; a .docx upload keeps its own layout."""
    import eenvoudig

    def work() -> bytes:
        document = _document(submission)
        rewrite = eenvoudig.simplify(document, settings=settings)
        return eenvoudig.rewrite_docx(rewrite, document if document.original else None)

    return _locked(work)
