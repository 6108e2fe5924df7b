"""The public API: read documents and analyse their readability.

    analysis = eenvoudig.analyze("brief.docx")
    analysis.metrics.flesch_douma          # the whole document
    analysis.section("1.2").metrics.lix    # one section
    analysis.to_dict()                     # JSON-ready
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .analysis.analyze import LONG_SENTENCE, analyze_document
from .analysis.results import Analysis
from .checking.config import CheckConfig
from .checking.config import load_config as load_config
from .checking.run import CheckResult, check_analyses
from .document.build import build_documents, parse_documents
from .document.model import Document
from .document.reading import Source, read_source, source_from_bytes
from .errors import InputError, os_reason
from .language.frequency import RARE_ZIPF
from .rewriting.model import Rewrite
from .rewriting.simplify import simplify_analyses

Input = str | Path | Document


@contextmanager
def _batch() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while documents are built and analysed.

    An analysis allocates hundreds of thousands of small, acyclic objects (tokens, word
    features), which makes the collector walk every long-lived object (spaCy's vocabulary,
    caches) again and again; pausing it roughly halves the time. Reference counting still
    frees everything, and the collector's previous state is restored afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

_MAX_PATH = 4096


def _source(item: str | Path) -> Source:
    if isinstance(item, Path):
        return read_source(item)
    if not isinstance(item, str):
        kind = type(item).__name__
        raise InputError(f"Verwacht tekst, een bestandsnaam of een Document, niet {kind}.")
    if item == "-":
        return read_source("-")
    if "\n" not in item and len(item) < _MAX_PATH:
        try:
            if Path(item).is_file():
                return read_source(item)
        except OSError:
            pass
    return source_from_bytes(item.encode("utf-8"), name="<tekst>", suffix=".md")


def read_many(
    items: Iterable[str | Path], *, parse: bool = False, model: str | None = None
) -> list[Document]:
    """Read several texts or files into documents (tokenised, and parsed, together)."""
    with _batch():
        return build_documents([_source(item) for item in items], parse=parse, model=model)


def read_bytes(data: bytes, name: str = "<tekst>", *, suffix: str | None = None,
               parse: bool = False, model: str | None = None) -> Document:
    """Read a file's contents held in memory (an upload, an e-mail attachment) into a
    `Document`. `name` is shown in messages; `suffix` (by default the extension of `name`:
    ".docx", ".pdf", ".md" …) helps decide the format, which is otherwise detected from the
    bytes."""
    if suffix is None:
        suffix = Path(name).suffix.lower() if name not in ("-", "<tekst>") else ""
    with _batch():
        source = source_from_bytes(data, name=name, suffix=suffix)
        return build_documents([source], parse=parse, model=model)[0]


def read(text_or_path: str | Path, *, parse: bool = False, model: str | None = None) -> Document:
    """Read a text, a file path (.md, .txt, .html, .docx, .pdf) or "-" (stdin) into a `Document`.

    `parse=True` also tags, lemmatises and parses every sentence (`model`: None for
    eenvoudig's own Dutch pipeline, or the name of an installed spaCy pipeline).
    """
    return read_many([text_or_path], parse=parse, model=model)[0]


def analyze(
    text_or_path: Input, *, long_sentence: int = LONG_SENTENCE, rare_zipf: float = RARE_ZIPF,
    parse: bool = True, model: str | None = None,
) -> Analysis:
    """Analyse the readability of a text, a file or a `Document`.

    `long_sentence`: a sentence with more words than this is flagged as long (default 20).
    `rare_zipf`: words with a Zipf frequency below this are rare (default 3.0).
    `parse`: parse the text for the LiNT-II score and constructions (default True; False
    gives only the classic formulas, about 20 times faster).
    `model`: None for eenvoudig's own Dutch pipeline, or an installed spaCy pipeline's name.
    """
    return analyze_many([text_or_path], long_sentence=long_sentence, rare_zipf=rare_zipf,
                        parse=parse, model=model)[0]


def analyze_many(
    items: Iterable[Input], *, long_sentence: int = LONG_SENTENCE, rare_zipf: float = RARE_ZIPF,
    parse: bool = True, model: str | None = None,
) -> list[Analysis]:
    """Analyse several texts, files or documents; tokenising and parsing run over all at once."""
    items = list(items)
    if long_sentence < 1:
        raise InputError("De grens voor lange zinnen moet minstens 1 woord zijn.")
    to_read = [item for item in items if not isinstance(item, Document)]
    read_docs = iter(read_many(to_read, parse=parse, model=model)) if to_read else iter(())
    documents = [item if isinstance(item, Document) else next(read_docs) for item in items]
    with _batch():
        if parse:
            documents = parse_documents(documents, model)
        return [analyze_document(d, long_sentence=long_sentence, rare_zipf=rare_zipf)
                for d in documents]


def check(
    text_or_path: Input, *, config: CheckConfig | None = None, model: str | None = None,
) -> CheckResult:
    """Find jargon and hard constructions, with a Dutch reason and an alternative for each.

    `config`: settings (rules on/off, severities, limits, own word lists); by default the
    `[tool.eenvoudig]` table of the nearest pyproject.toml or eenvoudig.toml is used.
    """
    return check_many([text_or_path], config=config, model=model)[0]


def check_many(
    items: Iterable[Input], *, config: CheckConfig | None = None, model: str | None = None,
) -> list[CheckResult]:
    """Check several texts, files or documents (parsed together)."""
    items = list(items)
    config, analyses = _configured_analyses(items, config, model)
    return check_analyses(analyses, config)


def _configured_analyses(
    items: list[Input], config: CheckConfig | None, model: str | None
) -> tuple[CheckConfig, list[Analysis]]:
    """The settings that apply (from the first input's folder unless given) and the analyses,
    with the long-sentence limit of those settings."""
    if config is None:
        first = next((_location(i) for i in items if _location(i) is not None), None)
        config = load_config(first)
    analyses = analyze_many(items, model=model,
                            long_sentence=config.long_sentence.get("warning", LONG_SENTENCE))
    return config, analyses


def _location(item: Input) -> Path | None:
    """The file an input comes from, if any."""
    name = item.source if isinstance(item, Document) else item
    return Path(name) if _is_file(name) else None


def _is_file(item: str | Path) -> bool:
    try:
        return str(item) != "-" and "\n" not in str(item) and Path(item).is_file()
    except OSError:
        return False


def simplify(
    text_or_document: Input, *, level: str = "B1", config: CheckConfig | None = None,
    model: str | None = None,
) -> Rewrite:
    """Rewrite a text, file or document towards B1: the new text plus every edit.

    Deterministic and offline. Each edit names its rule, the original span, the
    replacement and a Dutch reason; sentences that would lose a number, name or negation,
    or get a harder LiNT-II score, keep their original text (see `Rewrite.guardrail_notes`).
    """
    return simplify_many([text_or_document], level=level, config=config, model=model)[0]


def simplify_many(
    items: Iterable[Input], *, level: str = "B1", config: CheckConfig | None = None,
    model: str | None = None,
) -> list[Rewrite]:
    """Rewrite several texts, files or documents (parsed together)."""
    if level.upper() != "B1":
        raise InputError(f"Taalniveau '{level}' wordt niet ondersteund; kies B1.")
    items = list(items)
    config, analyses = _configured_analyses(items, config, model)
    return simplify_analyses(analyses, config, model)


def render(
    document: Input, out_dir: str | Path, *, output_format: str = "html",
    config: CheckConfig | None = None, model: str | None = None,
) -> list[Path]:
    """Render the easy-language version of a document into `out_dir`: an index, one page
    per numbered section and one Markdown file of the whole. Returns the written paths."""
    from .rendering.site import build_pages, section_markdown, write_site

    if output_format not in ("html", "md"):
        raise InputError(f"Onbekend formaat '{output_format}'; kies html of md.")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is een bestand, geen map.")
    config, (analysis,) = _configured_analyses([document], config, model)
    rewrite = simplify_analyses([analysis], config, model)[0]
    texts = [section_markdown(s) for s in rewrite.sections]
    filled = [t for t in texts if t.strip()]
    checked = iter(check_many(filled, config=config, model=model) if filled else [])
    after = [next(checked) if t.strip() else None for t in texts]
    pages = build_pages(rewrite, analysis, after)
    try:
        return write_site(rewrite, pages, out, output_format)
    except OSError as exc:
        raise InputError(f"Kan niet schrijven in {out} ({os_reason(exc)}).") from None


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
