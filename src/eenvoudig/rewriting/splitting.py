"""Split long sentences at safe points found in the parse: a semicolon, or 'en', 'maar',
'want' between two main clauses. When the second clause shares the subject of the first
("We bouwen huizen en leggen parken aan"), the subject is repeated ("We leggen parken aan")."""

from __future__ import annotations

from ..document.model import Token
from ..document.tree import subtree, subtree_text

CONNECTIVES = {"en": "", "maar": "Maar", "want": "Want"}
CLAUSE_DEPENDENTS = frozenset({"obj", "obl", "advmod", "iobj", "compound:prt", "obl:arg",
                               "obl:agent", "expl", "expl:pv", "nsubj", "nsubj:pass", "aux",
                               "aux:pass", "cop", "xcomp"})
MIN_PART_WORDS = 5


def _words(tokens: tuple[Token, ...]) -> int:
    return sum(1 for t in tokens if t.is_word)


def split_points(tokens: tuple[Token, ...]) -> list[tuple[int, str, str]]:
    """(token index, what starts the new sentence, subject to repeat) for safe cuts."""
    points = []
    for index, token in enumerate(tokens):
        if token.text == ";":
            points.append((index, "", ""))
            continue
        word = token.text.lower()
        if word not in CONNECTIVES or token.dep != "cc":
            continue
        verb = token.head
        if not 0 <= verb < len(tokens) or tokens[verb].dep != "conj":
            continue
        if tokens[verb].pos not in ("VERB", "AUX"):
            continue
        finite = tokens[verb].feature("VerbForm") == "Fin" or any(
            t.head == verb and t.dep == "aux" and t.feature("VerbForm") == "Fin" for t in tokens)
        if not finite:
            continue
        first_verb = tokens[verb].head
        if not 0 <= first_verb < len(tokens) or tokens[first_verb].dep != "ROOT":
            continue
        if any(t.head == verb and t.dep in ("acl:relcl", "det", "amod", "case") for t in tokens):
            continue  # a "verb" with a relative clause or an article is a misread noun
        if not any(t.head == verb and t.dep in CLAUSE_DEPENDENTS for t in tokens):
            continue  # a real clause has an object, adverbial, subject or auxiliary
        own = [i for i, t in enumerate(tokens) if t.head == verb and t.dep.startswith("nsubj")]
        own_subject = bool(own)
        if own_subject:
            span = subtree(tokens, own[0])
            finite_at = max(span) + 1
            # "… en we bouwen …": the subject right after the conjunction, then the verb
            if min(span) != index + 1 or finite_at >= len(tokens) or not (
                finite_at == verb or (tokens[finite_at].dep == "aux"
                                      and tokens[finite_at].head == verb)
            ):
                continue
        subject = ""
        if not own_subject:
            if index + 1 != verb and not (
                tokens[index + 1].dep == "aux" and tokens[index + 1].head == verb
            ):
                continue  # the second clause must start with its finite verb
            subject_index = next((i for i, t in enumerate(tokens)
                                  if t.head == first_verb and t.dep.startswith("nsubj")), None)
            if subject_index is None:
                continue
            subject = subtree_text(tokens, subject_index)
            if len(subject.split()) > 6:
                continue
        points.append((index, CONNECTIVES[word], subject))
    return points


def find_cut(tokens: tuple[Token, ...], base: int) -> tuple[int, int, str, str] | None:
    """Where to cut a sentence in two: (start, end) of the cut in the sentence text, what
    opens the second sentence and the subject to repeat; the safe point nearest the middle.

    `base` is the offset of the sentence in the text its tokens point into.
    """
    total = _words(tokens)
    best = None
    for index, opener, subject in split_points(tokens):
        left, right = tokens[:index], tokens[index + 1:]
        if _words(left) < MIN_PART_WORDS or _words(right) < MIN_PART_WORDS:
            continue
        distance = abs(_words(left) - total / 2)
        if best is None or distance < best[0]:
            best = (distance, index, opener, subject)
    if best is None:
        return None
    _, index, opener, subject = best
    return tokens[index].start - base, tokens[index].end - base, opener, subject


def join_parts(first: str, second: str, opener: str, subject: str) -> list[str] | None:
    """Two sentences from the text before and after a cut."""
    first = first.rstrip().rstrip(",;").rstrip()
    second = second.strip()
    if not first or not second:
        return None
    if first[-1] not in ".!?":
        first += "."
    if subject:
        second = f"{subject[:1].upper()}{subject[1:]} {second}"
    elif opener:
        second = f"{opener} {second}"
    else:
        second = second[:1].upper() + second[1:]
    return [first, second]
