"""The public API: a thin, typed façade over the layers (document, analysis, checking,
rewriting, rendering), each of which owns its batch function.

    analysis = eenvoudig.analyze(Path("brief.docx"))
    analysis.metrics.flesch_douma          # the whole document
    analysis.section("1.2").metrics.lix    # one section
    analysis.to_dict()                     # JSON-ready

Inputs are a `Document`, a `pathlib.Path` (a file; "-" is standard input) or a `str` (the
text itself; a one-line `str` that names an existing file is read as that file, one that
looks like a file name but names none is refused). Settings: `settings=` (a `Settings`),
else the settings file that applies to the first input's folder (eenvoudig.toml or
`[tool.eenvoudig]` in pyproject.toml), else the defaults; keyword arguments such as
`long_sentence=` override single settings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .analysis.analyze import analyze_many as _analyze_many
from .analysis.results import Analysis
from .checking.run import CheckResult
from .checking.run import check_many as _check_many
from .document import batch
from .document.batch import Input, location
from .document.model import Document
from .rewriting.model import Rewrite
from .rewriting.simplify import simplify_many as _simplify_many
from .settings import Settings, load_settings

__all__ = [
    "Input", "analyze", "analyze_many", "check", "check_many", "commented_docx",
    "load_settings", "read", "read_bytes", "read_many", "render", "report_html",
    "rewrite_docx", "simplify", "simplify_many",
]


def _settings(items: list[Input], settings: Settings | None, *, long_sentence: int | None = None,
              rare_zipf: float | None = None, parse: bool | None = None,
              model: str | None = None) -> Settings:
    """The settings that apply: given, or those of the first input's folder; then the
    single overrides."""
    if settings is None:
        first = next((found for found in map(location, items) if found is not None), None)
        settings = load_settings(first)
    return settings.with_(long_sentence=long_sentence, rare_zipf=rare_zipf, parse=parse,
                          model=model)


def read_many(items: Iterable[str | Path], *, parse: bool = False,
              model: str | None = None) -> list[Document]:
    """Read several texts or files into documents (tokenised, and parsed, together)."""
    return batch.read_many(items, parse=parse, model=model)


def read(text_or_path: str | Path, *, parse: bool = False, model: str | None = None) -> Document:
    """Read a text, a file (.md, .txt, .html, .docx, .pdf) or "-" (stdin) into a `Document`.

    `parse=True` also tags, lemmatises and parses every sentence (`model`: None for
    eenvoudig's own Dutch pipeline, or the name of an installed spaCy pipeline).
    """
    return batch.read_many([text_or_path], parse=parse, model=model)[0]


def read_bytes(data: bytes, name: str = "<tekst>", *, suffix: str | None = None,
               parse: bool = False, model: str | None = None) -> Document:
    """Read a file's contents held in memory (an upload, an e-mail attachment) into a
    `Document`. `name` is shown in messages; `suffix` (by default the extension of `name`:
    ".docx", ".pdf", ".md" …) helps decide the format, which is otherwise detected from the
    bytes."""
    return batch.read_bytes(data, name, suffix=suffix, parse=parse, model=model)


def analyze(
    item: Input, *, settings: Settings | None = None, long_sentence: int | None = None,
    rare_zipf: float | None = None, parse: bool | None = None, model: str | None = None,
) -> Analysis:
    """Analyse the readability of a text, a file or a `Document`.

    `long_sentence`: a sentence with more words than this is long (default 20).
    `rare_zipf`: words with a Zipf frequency below this are rare (default 3.0).
    `parse`: parse the text for the LiNT-II score and constructions (default True; False
    gives only the classic formulas, about 20 times faster).
    `model`: None for eenvoudig's own Dutch pipeline, or an installed spaCy pipeline's name.
    """
    return analyze_many([item], settings=settings, long_sentence=long_sentence,
                        rare_zipf=rare_zipf, parse=parse, model=model)[0]


def analyze_many(
    items: Iterable[Input], *, settings: Settings | None = None,
    long_sentence: int | None = None, rare_zipf: float | None = None,
    parse: bool | None = None, model: str | None = None,
) -> list[Analysis]:
    """Analyse several texts, files or documents; tokenising and parsing run over all at once."""
    items = list(items)
    chosen = _settings(items, settings, long_sentence=long_sentence, rare_zipf=rare_zipf,
                       parse=parse, model=model)
    return _analyze_many(items, chosen)


def check(
    item: Input, *, settings: Settings | None = None, long_sentence: int | None = None,
    model: str | None = None,
) -> CheckResult:
    """Find jargon and hard constructions, with a Dutch reason and an alternative for each.

    `settings`: rules on/off, severities, limits, own word lists and rules; by default those
    of the settings file that applies to the input (see the module docstring).
    """
    return check_many([item], settings=settings, long_sentence=long_sentence, model=model)[0]


def check_many(
    items: Iterable[Input], *, settings: Settings | None = None,
    long_sentence: int | None = None, model: str | None = None,
) -> list[CheckResult]:
    """Check several texts, files or documents (parsed together)."""
    items = list(items)
    return _check_many(items, _settings(items, settings, long_sentence=long_sentence,
                                        model=model))


def simplify(
    item: Input, *, settings: Settings | None = None, long_sentence: int | None = None,
    model: str | None = None,
) -> Rewrite:
    """Rewrite a text, file or document towards B1: the new text plus every edit.

    Deterministic and offline. Each edit names its rule, the original span, the
    replacement and a Dutch reason; sentences that would lose a number, name or negation,
    or get a harder LiNT-II score, keep their original text (see `Rewrite.guardrail_notes`).
    """
    return simplify_many([item], settings=settings, long_sentence=long_sentence,
                         model=model)[0]


def simplify_many(
    items: Iterable[Input], *, settings: Settings | None = None,
    long_sentence: int | None = None, model: str | None = None,
) -> list[Rewrite]:
    """Rewrite several texts, files or documents (parsed together)."""
    items = list(items)
    return _simplify_many(items, _settings(items, settings, long_sentence=long_sentence,
                                           model=model))


def render(
    document: Input, out_dir: str | Path, *, output_format: str = "html",
    settings: Settings | None = None, model: str | None = None,
) -> list[Path]:
    """Render the easy-language version of a document into `out_dir`: an index, one page
    per numbered section and one Markdown file of the whole. Returns the written paths."""
    from .rendering.site import render_site

    return render_site(document, Path(out_dir), output_format,
                       _settings([document], settings, model=model))


def report_html(result: CheckResult) -> str:
    """One self-contained HTML page (no external files, printable) to send to a text's writer:
    the score as a 0–100 bar with the four LiNT level bands, a table per section, the text
    with every hit highlighted and its suggestion, the glossary terms used and the
    B1-indicatie with its reasons."""
    from .rendering.report import report_html as build_report

    return build_report(result)


def commented_docx(result: CheckResult) -> bytes:
    """The checked document as a Word file with a comment on every hit (the rule's message
    and its suggestion) and one on the title with the LiNT level, the B1-indicatie and the
    three most important things to fix. A .docx input comes back unchanged apart from the
    comments; other inputs are first laid out as a Word document."""
    from .rendering.docx_comments import commented_docx as build_commented

    return build_commented(result)


def rewrite_docx(
    rewrite: Rewrite, original: Document | None = None, *,
    on_note: Callable[[str], None] | None = None,
) -> bytes:
    """The B1 version as a Word file. With the original `Document` of a .docx, its headings,
    lists, numbering and styles are kept and only the changed words are replaced; a rewritten
    sentence that cannot be placed keeps its original text and `on_note` is told (in Dutch)."""
    from .rendering.docx_rewrite import rewrite_docx as build_docx

    return build_docx(rewrite, original, on_note)
