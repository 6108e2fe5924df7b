"""The `eenvoudig` spaCy component: readability features inside any Dutch spaCy pipeline.

    import spacy
    nlp = spacy.load("nl_core_news_lg")   # any Dutch pipeline with tagger/morphologizer + parser
    nlp.add_pipe("eenvoudig")
    doc = nlp(text)
    doc._.understandability_score, doc._.lint_score, doc._.lint_level, doc._.flesch_douma
    doc._.understandability.explanation()   # "lange zinnen −12, lijdende vorm −5, …"
    [(sent._.understandability_score, sent._.lint_score, sent._.max_dependency_length)
     for sent in doc.sents]
    [(token._.zipf, token._.syllables, token._.rare) for token in doc]

Registered through the `spacy_factories` entry point, so `nlp.add_pipe("eenvoudig")` works
after `pip install eenvoudig`. Document and span values come from summed sentence counts.

On a Doc and on a Span (a sentence or any run of sentences):

- `understandability_score` (float | None): begrijpelijkheid, eenvoudig's calibrated score,
  0–100, higher is easier (B1 from `understandability.b1_threshold`);
- `understandability` (`analysis.understandability.Understandability` | None): the same
  score with its contributions (`.contributions`, `.harder()`, `.easier()`,
  `.explanation()`) and `.b1`;
- `lint_score`, `lint_level`, `flesch_douma`, `brouwer`, `lix`, `words_per_sentence`
  (float | int | None), and `eenvoudig` (the `analysis.results.Metrics` behind them all).

On a Span also `max_dependency_length` (int | None, one sentence only) and `passive` (bool);
on a Token `zipf`, `syllables` and `rare`. A value is None where it cannot be computed (no
words; without nouns for LiNT-II; a span that does not cover a whole sentence is measured
over the sentences it touches).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpacyToken

from .analysis.analyze import analyze_sentence, word_info
from .analysis.results import Counts, Metrics
from .analysis.understandability import Understandability
from .document.build import is_word
from .document.model import Sentence, Token
from .settings import Settings

_METRIC_NAMES = ("understandability_score", "lint_score", "lint_level", "flesch_douma",
                 "brouwer", "lix", "words_per_sentence")


def _metrics(span: Doc | Span) -> Metrics:
    counts = span.doc._.eenvoudig_counts
    total = Counts()
    for sent in span.sents:  # type: ignore[union-attr]  # Span.sents is missing in spaCy's stub
        total = total + counts.get((sent.start, sent.end), Counts())
    return Metrics(total)


def _metric_getter(name: str) -> Callable[[Doc | Span], float | None]:
    def get(span: Doc | Span) -> float | None:
        value: float | None = getattr(_metrics(span), name)
        return value

    return get


def _understandability(span: Doc | Span) -> Understandability | None:
    return _metrics(span).understandability


def _max_dependency_length(span: Span) -> int | None:
    one_sentence = len(list(span.sents)) == 1  # type: ignore[attr-defined]  # as in _metrics
    counts = _metrics(span).counts
    return counts.dependency_sum if one_sentence and counts.dependency_sentences else None


def _register_extensions() -> None:
    if not Doc.has_extension("eenvoudig_counts"):
        Doc.set_extension("eenvoudig_counts", default=None)
    for cls in (Doc, Span):
        if not cls.has_extension("eenvoudig"):
            cls.set_extension("eenvoudig", getter=_metrics)
        if not cls.has_extension("understandability"):
            cls.set_extension("understandability", getter=_understandability)
        for name in _METRIC_NAMES:
            if not cls.has_extension(name):
                cls.set_extension(name, getter=_metric_getter(name))
    if not Span.has_extension("max_dependency_length"):
        Span.set_extension("max_dependency_length", getter=_max_dependency_length)
    if not Span.has_extension("passive"):
        Span.set_extension("passive", getter=lambda span: _metrics(span).counts.passives > 0)
    for name, getter in (("zipf", lambda t: word_info(t.text, t.is_sent_start).zipf),
                         ("syllables", lambda t: word_info(t.text, t.is_sent_start).syllables),
                         ("rare", lambda t: word_info(t.text, t.is_sent_start).rare)):
        if not SpacyToken.has_extension(name):
            SpacyToken.set_extension(name, getter=getter)


class EenvoudigComponent:
    """Computes eenvoudig's per-sentence counts (formulas, LiNT-II features) for a Doc."""

    def __init__(self, long_sentence: int, rare_zipf: float) -> None:
        self.long_sentence = long_sentence
        self.rare_zipf = rare_zipf
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        counts = {}
        for sent in doc.sents:
            tokens = tuple(
                Token(t.text, t.idx - sent.start_char, t.idx - sent.start_char + len(t.text),
                      is_word(t.text), t.lemma_, t.pos_, str(t.morph), t.dep_,
                      (t.head.i if sent.start <= t.head.i < sent.end else t.i) - sent.start)
                for t in sent if not t.is_space
            )
            if not tokens:
                continue
            sentence = Sentence(sent.text, 0, len(sent.text), 0, 0, sent.start_char,
                                sent.end_char, tokens)
            result = analyze_sentence(sentence, part=None, kind="paragraph",
                                      long_sentence=self.long_sentence, rare_zipf=self.rare_zipf)
            counts[(sent.start, sent.end)] = result.metrics.counts
        doc._.eenvoudig_counts = counts
        return doc


@Language.factory(
    "eenvoudig",
    assigns=["doc._.eenvoudig_counts"],
    requires=["token.dep", "token.pos", "token.morph"],
    default_config={"long_sentence": Settings.long_sentence,
                    "rare_zipf": Settings.rare_zipf},
)
def make_component(nlp: Language, name: str, long_sentence: int,
                   rare_zipf: float) -> EenvoudigComponent:
    """Create the `eenvoudig` component (see the module docstring)."""
    return EenvoudigComponent(long_sentence, rare_zipf)
