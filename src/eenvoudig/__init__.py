"""eenvoudig: Dutch government text made readable for everyone (taalniveau B1).

    >>> import eenvoudig
    >>> analysis = eenvoudig.analyze("De gemeente helpt u. U krijgt binnen twee weken antwoord.")
    >>> analysis.metrics.words, analysis.metrics.sentences
    (10, 2)

Importing this package is cheap: spaCy and the word lists load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .analysis.results import Analysis, Metrics, SectionAnalysis, SentenceAnalysis, WordInfo
    from .api import (
        analyze,
        analyze_many,
        check,
        check_many,
        commented_docx,
        read,
        read_bytes,
        read_many,
        render,
        report_html,
        rewrite_docx,
        simplify,
        simplify_many,
    )
    from .checking.model import Hit
    from .checking.run import CheckResult
    from .document.model import Block, Document, Section, Sentence, Token
    from .errors import DataError, EenvoudigError, InputError, SettingsError
    from .rewriting.model import Edit, Rewrite
    from .settings import Settings, load_settings

__all__ = [
    "Analysis",
    "Block",
    "CheckResult",
    "DataError",
    "Document",
    "Edit",
    "EenvoudigError",
    "Hit",
    "InputError",
    "Metrics",
    "Rewrite",
    "Section",
    "SectionAnalysis",
    "Sentence",
    "SentenceAnalysis",
    "Settings",
    "SettingsError",
    "Token",
    "WordInfo",
    "__version__",
    "analyze",
    "analyze_many",
    "check",
    "check_many",
    "commented_docx",
    "load_settings",
    "read",
    "read_bytes",
    "read_many",
    "render",
    "report_html",
    "rewrite_docx",
    "simplify",
    "simplify_many",
]

_LAZY = {
    "analyze": "api", "analyze_many": "api", "read": "api", "check": "api",
    "check_many": "api", "simplify": "api", "simplify_many": "api", "render": "api",
    "read_bytes": "api", "read_many": "api",
    "Settings": "settings", "load_settings": "settings",
    "report_html": "api", "commented_docx": "api", "rewrite_docx": "api",
    "Edit": "rewriting.model", "Rewrite": "rewriting.model",
    "CheckResult": "checking.run",
    "Hit": "checking.model",
    "Analysis": "analysis.results", "Metrics": "analysis.results",
    "SectionAnalysis": "analysis.results", "SentenceAnalysis": "analysis.results",
    "WordInfo": "analysis.results",
    "Block": "document.model", "Document": "document.model", "Section": "document.model",
    "Sentence": "document.model", "Token": "document.model",
    "EenvoudigError": "errors", "InputError": "errors", "DataError": "errors",
    "SettingsError": "errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'eenvoudig' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
