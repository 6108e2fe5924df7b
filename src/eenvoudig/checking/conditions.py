"""Named checks on a parsed sentence: where a word-list entry's suggestion may be pasted in.

A word list names one in its optional `condition` column (an inline `table` in a rule file
in a `condition` key), like LanguageTool's filters. The rewrite pastes a suggestion in only
where its condition holds; a suggestion with a usage note and no condition is never pasted
in. Each check gets the sentence and the index of the hit's first token.

    maximaal	adj	hooguit | zo veel mogelijk	Bij een aantal: 'hooguit'.	before-number

Register a new check here with `@condition("name")`; an unknown name in a word list is an
error that names the file and line.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document.model import Sentence, Token

Check = Callable[[Sentence, int], bool]
CONDITIONS: dict[str, Check] = {}

MONTHS = frozenset({"januari", "februari", "maart", "april", "mei", "juni", "juli",
                    "augustus", "september", "oktober", "november", "december"})
RULE_WORDS = frozenset({"artikel", "wet", "regeling", "verordening", "besluit", "regels",
                        "lid", "wetgeving", "beleidsregels"})
GIVEN = frozenset({"vergunning", "toestemming", "subsidie", "medewerking", "ontheffing",
                   "hulp", "vrijstelling", "uitstel", "korting"})
PAYING = ("betal", "bedrag", "euro", "€", "rente", "aflos", "geld", "kosten")
PAIRED = ("hij of", "hij/", "hem of")


def condition(name: str) -> Callable[[Check], Check]:
    """Register a check under `name` (lower case, words joined by '-')."""

    def register(check: Check) -> Check:
        CONDITIONS[name] = check
        return check

    return register


def holds(name: str, sentence: Sentence, index: int) -> bool:
    """Whether the named check holds for the token at `index`; False for an unknown name."""
    check = CONDITIONS.get(name)
    return check is not None and check(sentence, index)


def _next(tokens: tuple[Token, ...], i: int) -> Token | None:
    return tokens[i + 1] if i + 1 < len(tokens) else None


def _next_pos(sentence: Sentence, i: int) -> str:
    following = _next(sentence.tokens, i)
    return following.pos if following is not None else ""


@condition("noun-after-determiner")
def _noun_after_determiner(sentence: Sentence, i: int) -> bool:
    """"op deze wijze", "de wijze": the noun ('manier'), not the adjective ('wijs')."""
    tokens = sentence.tokens
    return tokens[i].pos == "NOUN" and i > 0 and tokens[i - 1].pos == "DET"


@condition("before-number")
def _before_number(sentence: Sentence, i: int) -> bool:
    """"maximaal 6 leden" → "hooguit 6 leden"."""
    return _next_pos(sentence, i) == "NUM"


@condition("before-number-or-month")
def _before_number_or_month(sentence: Sentence, i: int) -> bool:
    """"medio maart", "medio 2027"."""
    following = _next(sentence.tokens, i)
    return _next_pos(sentence, i) == "NUM" or (
        following is not None and following.text.lower() in MONTHS)


@condition("before-preposition")
def _before_preposition(sentence: Sentence, i: int) -> bool:
    """"mede door" → "ook door"."""
    return _next_pos(sentence, i) == "ADP"


@condition("rule-word-follows")
def _rule_word_follows(sentence: Sentence, i: int) -> bool:
    """"op grond van artikel 5" → "volgens artikel 5": a law or rule just after the phrase."""
    return any(t.text.lower() in RULE_WORDS for t in sentence.tokens[i + 3:i + 6])


@condition("given-thing-in-sentence")
def _given_thing_in_sentence(sentence: Sentence, i: int) -> bool:
    """"een vergunning verlenen" → "een vergunning geven"."""
    return any(t.text.lower() in GIVEN for t in sentence.tokens)


@condition("not-about-paying")
def _not_about_paying(sentence: Sentence, i: int) -> bool:
    """"binnen de termijn" → "binnen de periode", not a payment ("in drie termijnen")."""
    return not any(t.text.lower().startswith(PAYING) for t in sentence.tokens)


@condition("adverb")
def _adverb(sentence: Sentence, i: int) -> bool:
    """"niet geheel" → "niet helemaal": the adverb."""
    return sentence.tokens[i].pos == "ADV"


@condition("not-participle-nemen")
def _not_participle_nemen(sentence: Sentence, i: int) -> bool:
    """"we nemen uw aanvraag in behandeling" → "we behandelen uw aanvraag"; not "is in
    behandeling genomen", which says the work has only started ("is behandeld": done)."""
    return not any(t.lemma == "nemen" and t.feature("VerbForm") == "Part"
                   for t in sentence.tokens)


@condition("not-in-hij-of-zij")
def _not_in_hij_of_zij(sentence: Sentence, i: int) -> bool:
    """"hij of zij" stays a fixed pair."""
    start = sentence.tokens[i].start - sentence.start
    return not sentence.text[:start].lower().rstrip().endswith(PAIRED)
