"""The spaCy pipeline, loaded once and lazily.

For tokenisation eenvoudig uses spaCy's Dutch tokenizer (`spacy.blank("nl")`), taught the
Dutch abbreviations of `wordlists/punt-afkortingen.txt` so that "o.a." or "t/m" stay one token.
Importing this module is cheap; spaCy itself is imported on first use.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, cast

from .abbreviations import abbreviations

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer


@cache
def tokenizer_pipeline() -> Language:
    """A blank Dutch spaCy pipeline whose tokenizer knows our abbreviations."""
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.blank("nl")
    tokenizer = cast("Tokenizer", nlp.tokenizer)  # typed as any callable; blank() makes one
    for abbreviation in abbreviations():
        for form in {abbreviation, abbreviation.capitalize()}:
            if len(tokenizer(form)) != 1:
                tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp
