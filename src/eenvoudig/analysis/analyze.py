"""Turn a `Document` into an `Analysis`: word features, sentence counts, section and document sums.

Headings are structure, not running text: they are not scored. Paragraphs and list items are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..document.batch import Input, documents_of, paused_gc
from ..document.build import WORD_SYMBOLS
from ..document.model import Document, Sentence
from ..language.frequency import zipf
from ..language.lexicon import single_words
from ..language.syllables import syllables
from ..settings import Settings
from .lint import SentenceFeatures, is_content, sentence_features
from .results import Analysis, Counts, Metrics, SectionAnalysis, SentenceAnalysis, WordInfo
from .understandability import lexicon_lists

_ADDRESS = re.compile(r"^(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+)$", re.I)
LONG_WORD_LETTERS = 6
DEFICIT_ZIPF = 4.5
WE = frozenset({"we", "wij", "ons", "onze"})


def is_shorthand(text: str, *, last: bool = False) -> bool:
    """A word written short: "o.a.", "ca.", "%", "WOZ". A sentence's last word may carry
    the sentence's full stop ("… helpt u.")."""
    if text in WORD_SYMBOLS or "." in text.strip("."):
        return True
    if text.endswith(".") and len(text) <= 5 and not last:
        return True
    return len(text) > 1 and text.isupper()


def lexicons() -> tuple[frozenset[str], frozenset[str]]:
    """The jargon words (lower-case) and abbreviations (as written) that the calibrated
    score counts, from the word lists its model names."""
    jargon, abbreviations = lexicon_lists()
    return single_words(jargon), single_words(abbreviations, lower=False)


@lru_cache(maxsize=300_000)
def word_info(text: str, sentence_start: bool, rare_zipf: float = Settings.rare_zipf) -> WordInfo:
    """Features of one word; `sentence_start` tells whether a capital may be a name."""
    letters = sum(1 for ch in text if ch.isalpha())
    number = letters == 0 or (text[:1].isdigit() and letters <= 2)
    frequency = 0.0 if number else zipf(text)
    name = ((not sentence_start and text[:1].isupper()) or (letters > 1 and text.isupper())
            or _ADDRESS.match(text) is not None)  # an e-mail or web address is read as a name
    return WordInfo(
        text=text,
        syllables=syllables(text),
        letters=letters,
        zipf=frequency,
        rare=not number and letters > 1 and frequency < rare_zipf,
        long=letters > LONG_WORD_LETTERS,
        number=number,
        name=name,
    )


def analyze_sentence(
    sentence: Sentence, *, part: str | None, kind: str, long_sentence: int, rare_zipf: float
) -> SentenceAnalysis:
    words = []
    first = True
    for token in sentence.tokens:
        if token.is_word:
            words.append(word_info(token.text, first, rare_zipf))
            first = False
    count = len(words)
    is_long = count > long_sentence
    features: SentenceFeatures = (
        sentence_features(sentence.tokens) if sentence.parsed and count else {})
    jargon, abbreviations = lexicons()
    counts = Counts(
        words=count,
        sentences=1 if count else 0,
        syllables=sum(w.syllables for w in words),
        letters=sum(w.letters for w in words),
        long_words=sum(1 for w in words if w.long),
        rare_words=sum(1 for w in words if w.rare),
        long_sentences=1 if is_long else 0,
        squared_lengths=count * count,
        frequency_deficit=sum(max(0.0, DEFICIT_ZIPF - w.zipf) for w in words
                              if not w.number and not w.name),
        number_words=sum(1 for w in words if w.number),
        jargon_words=sum(1 for t in sentence.tokens if t.is_word and (
            t.text.lower() in jargon or (t.lemma and t.lemma.lower() in jargon))),
        abbreviations=sum(1 for t in sentence.tokens if t.text in abbreviations),
        shorthand=sum(1 for i, t in enumerate(sentence.tokens) if t.is_word
                      and is_shorthand(t.text, last=i == len(sentence.tokens) - 1)),
        we_pronouns=sum(1 for t in sentence.tokens if t.text.lower() in WE),
        short_function_words=sum(1 for t in sentence.tokens if t.is_word and t.pos
                                 and len(t.text) <= 3 and not is_content(t)) if sentence.parsed
        else 0,
        **features,
    )
    return SentenceAnalysis(sentence, part, kind, tuple(words), Metrics(counts), is_long)


def analyze_many(items: Iterable[Input], settings: Settings | None = None) -> list[Analysis]:
    """Analyse several documents, texts or files: the analysis layer's batch function.
    Reading and parsing run over all of them at once (`settings.parse`, `settings.model`)."""
    settings = settings or Settings()
    with paused_gc():
        documents = documents_of(items, parse=settings.parse, model=settings.model)
        return [analyze_document(d, long_sentence=settings.long_sentence,
                                 rare_zipf=settings.rare_zipf) for d in documents]


def analyze_document(
    document: Document, *, long_sentence: int = Settings.long_sentence,
    rare_zipf: float = Settings.rare_zipf,
) -> Analysis:
    """Analyse every sentence of every scored block and sum the counts upwards."""
    sections = []
    total = Counts()
    for section in document.sections:
        analysed = []
        section_counts = Counts()
        for block in section.blocks:
            if block.kind == "heading":
                continue
            for sentence in block.sentences:
                result = analyze_sentence(sentence, part=block.part, kind=block.kind,
                                          long_sentence=long_sentence, rare_zipf=rare_zipf)
                if result.metrics.words:
                    analysed.append(result)
                    section_counts = section_counts + result.metrics.counts
        sections.append(SectionAnalysis(section, tuple(analysed), Metrics(section_counts)))
        total = total + section_counts
    settings = {"long_sentence": long_sentence, "rare_zipf": rare_zipf,
                "long_word_letters": LONG_WORD_LETTERS,
                "parsed": any(s.parsed for s in document.sentences)}
    return Analysis(document, tuple(sections), Metrics(total), settings)
