"""The Dutch dependency parser: eenvoudig's own pipeline, shipped inside the package.

`nl_eenvoudig_sm` (tok2vec, morphologizer, parser, trainable lemmatizer) was trained on the
Dutch Universal Dependencies treebanks (see `training/README.md`); it lives in
`eenvoudig/models/nl_eenvoudig_sm` and is loaded once, on first use, without any download.
Users with a better pipeline installed can pass its name instead (`nl_core_news_lg`).

The parser works on eenvoudig's own tokens and sentences: each sentence goes in as a
pre-tokenised `Doc`, so token and sentence boundaries never change. A lookup table
overrides the trained
lemmatizer, which invents non-words for forms it has not seen (`lemma_lookup.tsv` beside the
model: lower-case form, UPOS, lemma; built from the treebanks, see `training/README.md`).
A verb with a separated particle gets the particle glued on ("vond … plaats" →
"plaatsvinden"), the lemma convention the rules match on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from importlib.resources import as_file, files
from typing import TYPE_CHECKING

from ..errors import EenvoudigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "nl_eenvoudig_sm"
REQUIRED = ("parser",)


@cache
def parser_pipeline(model: str | None = None) -> Language:
    """Load (once) the default pipeline, or an installed spaCy pipeline by name or path."""
    import spacy

    name = model or DEFAULT_MODEL
    try:
        if name == DEFAULT_MODEL:
            resource = files("eenvoudig") / "models" / DEFAULT_MODEL
            if not resource.is_dir():
                raise EenvoudigError(
                    f"Het taalmodel '{DEFAULT_MODEL}' ontbreekt in het pakket; installeer "
                    "eenvoudig opnieuw."
                )
            with as_file(resource) as path:
                nlp = spacy.load(path, exclude=["senter", "ner"])
        else:
            nlp = spacy.load(name, exclude=["ner"])
    except OSError:
        raise EenvoudigError(
            f"Het taalmodel '{name}' is niet gevonden; installeer het of laat --model weg."
        ) from None
    if not any(component in nlp.pipe_names for component in REQUIRED):
        raise EenvoudigError(f"Het taalmodel '{name}' heeft geen parser; kies een ander model.")
    return nlp


@cache
def lemma_lookup(model: str | None = None) -> dict[tuple[str, str], str]:
    """The (lower-case form, UPOS) → lemma table of the default model (empty for others)."""
    if (model or DEFAULT_MODEL) != DEFAULT_MODEL:
        return {}
    resource = files("eenvoudig") / "models" / DEFAULT_MODEL / "lemma_lookup.tsv"
    if not resource.is_file():
        return {}
    table: dict[tuple[str, str], str] = {}
    for line in resource.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 3:
            table[(parts[0], parts[1])] = parts[2]
    return table


MAX_BATCH_TOKENS = 8000
"""The parser holds some 20 kB per token of a batch: batches stop at this many tokens (about
160 MB), so that a document of long sentences does not need gigabytes."""


def parse(sentences: Iterable[Sequence[tuple[str, bool]]], model: str | None = None,
          batch_size: int = 256) -> Iterator[Doc]:
    """Parse pre-tokenised sentences: each a sequence of (token text, space after). They
    go to the pipeline in batches of at most `batch_size` sentences and `MAX_BATCH_TOKENS`
    tokens."""
    from spacy.tokens import Doc

    nlp = parser_pipeline(model)
    batch: list[Doc] = []
    tokens = 0
    for sentence in sentences:
        doc = Doc(nlp.vocab, words=[w for w, _ in sentence], spaces=[sp for _, sp in sentence])
        if batch and (len(batch) >= batch_size or tokens + len(doc) > MAX_BATCH_TOKENS):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, tokens = [], 0
        batch.append(doc)
        tokens += len(doc)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


@lru_cache(maxsize=20_000)
def noun_gender(word: str, model: str | None = None) -> str:
    """'Com' (de-woord), 'Neut' (het-woord) or '' as the tagger sees the word on its own."""
    from spacy.tokens import Doc

    nlp = parser_pipeline(model)
    doc = nlp(Doc(nlp.vocab, words=[word]))
    values = doc[0].morph.get("Gender", None)  # spaCy's stub makes `default` required
    return values[0] if len(values) == 1 else ""
