"""Finding a table's terms in a sentence: fixed phrases (with a verb that may be inflected
and stand apart), single words by their forms and lemma, and the fixed expressions that
rules leave alone."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ...document.model import Token
from ...language.inflection import separable_particle, verb_slot
from ..tables import Entry, Phrase, Table, pos_fits

VERB_WINDOW = 12
"""How far (in tokens) a phrase's verb may stand from its other words."""

PERFECT_AUX = frozenset({"hebben", "zijn", "worden", "heb", "hebt", "heeft", "had", "hadden",
                         "ben", "bent", "is", "was", "waren", "word", "wordt", "werd", "werden"})
SINGULAR_AUX = frozenset({"is", "heeft", "wordt", "werd", "was", "ben", "bent", "heb", "hebt",
                          "had", "word"})
NOUN_DETERMINERS = frozenset({"de", "het", "een", "deze", "dit", "die", "dat", "elke", "iedere",
                              "geen", "onze", "uw", "hun", "zijn", "haar", "mijn"})

Expression = tuple[str, ...]


@dataclass(frozen=True)
class TermMatch:
    """Tokens [start, end) are a form of `entry`.

    A single word has `token` (as inflection should read it: a participle after a form of
    hebben/zijn/worden says so) and `form` (which form of the entry it is: "plural",
    "inflected" …); a phrase has neither. `slot` is the inflection of a phrase's verb;
    `contiguous` is False when that verb stands apart ("zij dragen er zorg voor").
    `particle_at` is the index of a separable verb's loose `particle` ("vindt … plaats").
    """

    start: int
    end: int
    entry: Entry
    token: Token | None = None
    form: str = ""
    slot: str | None = None
    contiguous: bool = True
    particle: str = ""
    particle_at: int | None = None


def find_terms(tokens: tuple[Token, ...], table: Table, fixed: frozenset[int]) -> list[TermMatch]:
    """The table's terms in a sentence, phrases (longest first) before single words; no two
    overlap and none lies in `fixed` (the tokens of fixed expressions)."""
    used: set[int] = set(fixed)
    matches: list[TermMatch] = []
    texts = [t.text.lower() for t in tokens]
    present = set(texts)
    for phrase in table.candidates(present):
        for start, end, verb_at, contiguous in phrase_matches(tokens, texts, phrase, used):
            slot = None
            if verb_at is not None and phrase.verb_index is not None:
                slot = verb_slot(tokens[verb_at].text, phrase.words[phrase.verb_index],
                                 tokens[verb_at].morph)
            used.update(range(start, end))
            matches.append(TermMatch(start, end, phrase.entry, slot=slot, contiguous=contiguous))
    for index, token in enumerate(tokens):
        if index in used or not token.is_word:
            continue
        found = single_match(token, table, noun_phrase=after_article(tokens, index) or (
            index > 0 and tokens[index - 1].pos == "ADJ"))
        if found is None:
            continue
        entry, form = found
        if index > 0 and token.text[:1].isupper() and entry.term[:1].islower():
            continue  # part of a name ("Centrum voor Bouw en Transformatie")
        if used_as_noun(tokens, index, entry, form):
            continue
        particle = separable_particle(entry.term) if entry.pos == "verb" else ""
        loose = bool(particle) and not token.text.lower().startswith(particle)
        if loose and particle not in present:
            continue  # "dragen … uit" is not "afdragen"
        if entry.pos == "verb" and has_perfect_aux(tokens, index):
            token = token._replace(morph="VerbForm=Part")
        used.add(index)
        at = next((k for k in range(index + 1, len(tokens))
                   if tokens[k].text.lower() == particle), None) if loose else None
        matches.append(TermMatch(index, index + 1, entry, token=token, form=form,
                                 particle=particle if at is not None else "", particle_at=at))
    return matches


def phrase_matches(tokens: tuple[Token, ...], texts: list[str], phrase: Phrase, used: set[int]
                   ) -> Iterator[tuple[int, int, int | None, bool]]:
    """Yield (start, end, verb token index, contiguous) for every match of a phrase that
    touches no token in `used` (read as matching goes on); `texts` are the token texts as
    the table compares them (lower case unless it keeps case)."""
    words = phrase.words
    verb_index = phrase.verb_index
    # "neem … kennis": a verb form with a particle counts only when the particle is there
    verb_forms_set = {head for head, particle in phrase.verb_heads
                      if not particle or particle in texts}
    n = len(words)
    for start in range(len(tokens) - n + 1):
        if any(i in used for i in range(start, start + n)):
            continue
        ok = True
        for k in range(n):
            text = texts[start + k]
            if k == verb_index:
                if text not in verb_forms_set:
                    ok = False
                    break
            elif text != words[k]:
                ok = False
                break
        if ok:
            yield start, start + n, (start + verb_index if verb_index is not None else None), True
    if verb_index is None or n < 2:
        return
    rest = [w for k, w in enumerate(words) if k != verb_index]
    for start in range(len(tokens) - len(rest) + 1):
        if texts[start:start + len(rest)] != rest:
            continue
        span = range(start, start + len(rest))
        if any(i in used for i in span):
            continue
        candidates = [i for i in range(max(0, start - VERB_WINDOW),
                                       min(len(tokens), start + len(rest) + VERB_WINDOW))
                      if i not in span and texts[i] in verb_forms_set
                      and tokens[i].pos in ("", "VERB", "AUX")]
        if not candidates:
            continue
        verb_at = min(candidates, key=lambda i: abs(i - start))
        lo, hi = min(start, verb_at), max(start + len(rest), verb_at + 1)
        if any(i in used for i in range(lo, hi)):
            continue
        yield lo, hi, verb_at, False


def single_match(token: Token, table: Table, noun_phrase: bool = False
                 ) -> tuple[Entry, str] | None:
    """The entry a token is a form of, and which form. `noun_phrase`: the token follows an
    article or adjective, so a tagged plural noun is taken at its word."""
    lower = token.text.lower()
    entries = table.forms.get(lower, ())
    for entry, form in entries:
        if pos_fits(entry, token.pos):
            return entry, form
    for entry, form in entries:
        if entry.term.lower() == lower and entry.pos not in ("prep", "conj", "pron") and not (
                noun_phrase and lower in _plurals_of(token.lemma.lower())):
            # the dictionary form itself, whatever the tagger thought, unless it stands in a
            # noun phrase as the plural of another noun: "sterke netwerken" (of "netwerk")
            return entry, form
    lemma = token.lemma.lower()
    if lemma and lemma in table.lemmas:
        entry = table.lemmas[lemma]
        if pos_fits(entry, token.pos):
            return entry, "lemma"
    return None


def _plurals_of(lemma: str) -> tuple[str, ...]:
    return (lemma + "en", lemma + "s", lemma + "'s") if lemma else ()


def after_article(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether the token follows an article or other determiner (by the parse when there
    is one: "Dat koesteren we" starts with a pronoun, not an article)."""
    if index == 0:
        return False
    before = tokens[index - 1]
    if before.pos:
        return before.pos == "DET"
    return before.text.lower() in NOUN_DETERMINERS


def used_as_noun(tokens: tuple[Token, ...], index: int, entry: Entry, form: str) -> bool:
    """A participle right after an article is used as a noun ("de gemachtigde": the person),
    and "het" never stands before a plural ("het coachen" is not the plural of "coach"):
    a verb's or plural's alternative would not fit there. An infinitive after "het" stays a
    hit: "het realiseren van" → "het maken van" is fine."""
    if entry.pos == "verb":
        return (after_article(tokens, index)
                and tokens[index].text.lower() != entry.term.lower()
                and not tokens[index].text.lower().endswith("en"))
    before = tokens[index - 1].text.lower() if index > 0 else ""
    return entry.pos == "noun" and form == "plural" and before in ("het", "dit")


def has_perfect_aux(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether a form of hebben/zijn/worden is the auxiliary of this verb (a participle).

    Without a parse link, a form of those verbs in the same sentence counts when the verb
    is a form that can only be a participle or a past plural ("verzonden").
    """
    if any(t.head == index and t.dep in ("aux", "aux:pass") and (
            (t.lemma or "").lower() in ("hebben", "zijn", "worden")
            or t.text.lower() in PERFECT_AUX) for t in tokens):
        return True
    return any(t.text.lower() in SINGULAR_AUX for t in tokens)


@cache
def _fixed_expressions() -> tuple[dict[str, list[Expression]], tuple[Expression, ...]]:
    """The fixed expressions by their first word, and those that start with a gap ("…")."""
    from ...language.wordlists import load_wordlist

    by_first: dict[str, list[Expression]] = {}
    floating: list[Expression] = []
    for row in load_wordlist("vaste-uitdrukkingen.txt").rows:
        expression = tuple(row[0].lower().split())
        if not expression:
            continue
        if expression[0] == "…":
            floating.append(expression)
        else:
            by_first.setdefault(expression[0], []).append(expression)
    return by_first, tuple(floating)


def fixed_expression_tokens(tokens: tuple[Token, ...]) -> frozenset[int]:
    """Indices of tokens inside fixed expressions ("wat ons betreft"), which rules leave alone."""
    texts = [t.text.lower() for t in tokens]
    by_first, floating = _fixed_expressions()
    covered: set[int] = set()
    for start, text in enumerate(texts):
        for expression in (*by_first.get(text, ()), *floating):
            end = _expression_end(texts, expression, start)
            if end is not None:
                covered.update(range(start, end))
    return frozenset(covered)


def _expression_end(texts: list[str], expression: Expression, start: int) -> int | None:
    """Where the expression ends when it starts at `start` ("…": up to three words)."""
    position = start
    for k, word in enumerate(expression):
        if word == "…":
            following = expression[k + 1] if k + 1 < len(expression) else None
            for gap in range(0, 4):
                if following is None or (position + gap < len(texts)
                                         and texts[position + gap] == following):
                    position += gap
                    break
            else:
                return None
            continue
        if position >= len(texts) or texts[position] != word:
            return None
        position += 1
    return position
