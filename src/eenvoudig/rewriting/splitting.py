"""Split long sentences at safe points found in the parse.

- `find_cut`: a semicolon, or 'en', 'maar', 'want' between two main clauses. When the second
  clause shares the subject of the first ("We bouwen huizen en leggen parken aan"), the
  subject is repeated ("We leggen parken aan"); "maar" stays ("Maar we …"). A second clause
  with its own subject after the verb keeps its word order: "…, en daarom willen we …" →
  "Daarom willen we …"; "Daarom doen we A, en streven we naar B" → "Daarom streven we …"
  (the adverb in front of the first clause is repeated). A colon followed by a full main
  clause ("De inzet is helder: we willen …") becomes a full stop.
- `clause_split`: a final subordinate clause ("…, waarmee u … kunt stemmen", "…, zodat …",
  "…, omdat …", "…, die …") becomes a main clause: "Daarmee kunt u … stemmen." A clause with
  commas, lists or a clause of its own inside is found through the parse (`_parsed_clause`).
- `condition_split`: "Indien/Als u …, kunt u …" → "Het kan dat u … . Dan kunt u …".
- `comma_split`: two main clauses joined by a comma only.
- `reason_first_split`: "Omdat X …, doen we Y" → "X … . Daarom doen we Y".
- `verb_list_split`: "We doen A, regelen B en zorgen voor C" → three sentences with "We".
- `enumeration`: a long enumeration after a colon, as a lead and list items.

The planners return which tokens go where (`Item`); `simplify` renders them with the
replacements and gives up when a replacement would cross a cut or sit on a word that moves.
"""

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


AUXILIARIES = frozenset({"zullen", "willen", "kunnen", "moeten", "mogen", "gaan", "blijven",
                         "hebben", "zijn", "worden", "laten", "durven", "hoeven", "komen"})
# Adverbs in front of a clause that may be repeated, or start the second sentence, as they are
FRONTED = frozenset({"daarom", "daarbij", "daarnaast", "ook", "tegelijk", "tegelijkertijd",
                     "bovendien", "zo", "hierbij", "daarmee", "hiermee", "verder"})
INVERTED_SUBJECTS = frozenset({"we", "wij", "u", "ze", "zij", "hij", "ik", "het"})


def _finite_of(tokens: tuple[Token, ...], verb: int) -> int | None:
    """The finite verb of the clause headed by `verb`: itself, or its auxiliary or copula."""
    if tokens[verb].pos in ("VERB", "AUX") and tokens[verb].feature("VerbForm") == "Fin":
        return verb
    found = [i for i, t in enumerate(tokens) if t.head == verb and i != verb
             and t.dep in ("aux", "aux:pass", "cop") and t.feature("VerbForm") == "Fin"]
    return found[0] if len(found) == 1 else None


def _is_aux_of(tokens: tuple[Token, ...], index: int, verb: int) -> bool:
    """A real auxiliary of `verb` ("willen", "zullen" …), not a misread main verb."""
    token = tokens[index]
    return (token.dep in ("aux", "aux:pass") and token.head == verb
            and (token.lemma or "").lower() in AUXILIARIES)


def _inverted(tokens: tuple[Token, ...], index: int, verb: int) -> str | None:
    """The second clause starts with its finite verb and then its own subject pronoun
    ("…, en streven we ernaar …"), or with an adverb, the verb and the pronoun ("…, en
    daarom willen we …"). What opens the new sentence: "" when the clause has its own
    adverb in front, else the adverb that opens the first clause ("Daarom …"); None when
    the clause is not like that or the new sentence has nothing to start with."""
    start = index + 1
    own_adverb = tokens[start].pos == "ADV" and tokens[start].text.lower() in FRONTED and (
        tokens[start].head == verb)
    if own_adverb:
        start += 1
    if start + 1 >= len(tokens):
        return None
    finite, subject = tokens[start], tokens[start + 1]
    if not (start == verb or _is_aux_of(tokens, start, verb)) or finite.feature(
            "VerbForm") != "Fin":
        return None
    if not (subject.head == verb and subject.dep.startswith("nsubj") and subject.pos == "PRON"
            and subject.text.lower() in INVERTED_SUBJECTS):
        return None
    if own_adverb:
        return ""
    first = tokens[0]
    if (first.pos == "ADV" and first.text.lower() in FRONTED and first.dep == "advmod"
            and first.head == tokens[verb].head and len(tokens) > 1
            and tokens[1].feature("VerbForm") == "Fin"):
        return first.text[:1].upper() + first.text[1:]
    return None


def _colon_clause(tokens: tuple[Token, ...], index: int) -> bool:
    """A colon followed by a full main clause: "De inzet is helder: we willen meer banen."
    The part after it has one head, with a finite verb and a subject of its own, and does
    not open with a word that makes it a subordinate clause ("…: dat wij …")."""
    if sum(1 for t in tokens if t.text == ":") != 1:
        return False
    end = len(tokens) - 1 if tokens[-1].pos == "PUNCT" else len(tokens)
    right = range(index + 1, end)
    if len(right) < 3 or any(t.text in QUOTES or t.text == ";" for t in tokens[right.start:end]):
        return False
    opening = tokens[right.start]
    if opening.pos in ("SCONJ", "CCONJ") or opening.text.lower() in (
            RELATIVES | {"om", "te", "hoe", "of", "waarom", "wanneer", "zoals", "van", "niet"}):
        return False
    tops = [i for i in right if (tokens[i].head not in right or tokens[i].head == i)
            and tokens[i].pos != "PUNCT"]
    if len(tops) != 1:
        return False
    top = tops[0]
    finite = _finite_of(tokens, top)
    if finite is None or not right.start <= finite < right.start + 3 or any(
            t.head == top and t.dep == "mark" for t in tokens):
        return False
    # main-clause order: the subject right before the finite verb ("we willen") or right
    # after it ("… is helder: nu zetten we …"); "een college dat als team opereert" is none
    subjects = [i for i, t in enumerate(tokens) if t.head == top and t.dep.startswith("nsubj")
                and i in right]
    return any(max(subtree(tokens, i)) == finite - 1 or i == finite + 1 for i in subjects)


def _points(tokens: tuple[Token, ...]) -> list[tuple[int, str, str, bool]]:
    """Safe cuts: (token index, what starts the new sentence, subject to repeat, whether the
    parse already showed that the part after the cut is a main clause with its own subject
    and finite verb)."""
    points = []
    for index, token in enumerate(tokens):
        if token.text == ";":
            points.append((index, "", "", False))
            continue
        if token.text == ":":
            if _colon_clause(tokens, index):
                points.append((index, "", "", True))
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
        if any(t.head == first_verb and t.dep in ("conj", "parataxis") and first_verb < i < index
               and t.pos in ("VERB", "AUX") and t.feature("VerbForm") == "Fin" and not any(
                   c.head == i and c.dep == "cc" for c in tokens)
               for i, t in enumerate(tokens)):
            continue  # "A, B en C": a cut before C would leave "A, B." behind
        inverted = _inverted(tokens, index, verb)
        if inverted is not None:
            if word == "en":  # "maar daarom willen we" would need "Maar" and the verb moved
                points.append((index, inverted, "", True))
            continue
        own = [i for i, t in enumerate(tokens) if t.head == verb and t.dep.startswith("nsubj")]
        own_subject = bool(own)
        if own_subject:
            span = subtree(tokens, own[0])
            if "Case=Acc" in tokens[min(span)].morph:
                continue  # "en hen plezier laten ervaren": an object, not a new subject
            finite_at = max(span) + 1
            # "… en we bouwen …": the subject right after the conjunction, then the verb
            if min(span) != index + 1 or finite_at >= len(tokens) or not (
                finite_at == verb or _is_aux_of(tokens, finite_at, verb)
            ):
                continue
        subject = ""
        if not own_subject and verb + 1 < len(tokens) and tokens[verb + 1].pos == "PRON" and (
                tokens[verb + 1].text.lower() in ("we", "wij", "u", "ze", "zij", "hij", "ik",
                                                  "jij", "je", "het")):
            continue  # "…, en werken we …": the second clause has its own subject after the verb
        if not own_subject:
            if index + 1 != verb and not _is_aux_of(tokens, index + 1, verb):
                continue  # the second clause must start with its finite verb
            subject_index = next((i for i, t in enumerate(tokens)
                                  if t.head == first_verb and t.dep.startswith("nsubj")), None)
            if subject_index is None:
                continue
            span = subtree(tokens, subject_index)
            if any(tokens[i].pos in ("VERB", "AUX") or tokens[i].text in CLAUSE_STOPS
                   for i in span) or max(span) - min(span) + 1 != len(span):
                continue  # "We monitoren": a verb read into the subject
            subject = subtree_text(tokens, subject_index)
            if len(subject.split()) > 6:
                continue
            opener = CONNECTIVES[word]
            if min(span) == 0 and tokens[0].pos != "PROPN":
                subject = subject[:1].lower() + subject[1:]
            elif min(span) == 0:
                opener = ""  # "Maar Investeren …": a capital that may or may not be a name
            points.append((index, opener, subject, False))
            continue
        points.append((index, CONNECTIVES[word], subject, False))
    return points


RELATIVES = frozenset({"die", "dat", "wat", "wie", "welke"})


def _has_main_verb(tokens: tuple[Token, ...]) -> bool:
    """More finite verbs than words that open a subordinate clause: one is left for the
    main clause. A cut that leaves a part with only the verb of a relative clause is wrong."""
    finite = sum(1 for i, t in enumerate(tokens) if (
        t.pos in ("VERB", "AUX") and t.feature("VerbForm") == "Fin") or (
        # "We sturen …" with "sturen" read as an infinitive: the root after its subject
        t.dep == "ROOT" and t.pos == "VERB" and i > 0 and tokens[i - 1].dep == "nsubj"
        and tokens[i - 1].text.lower() in INVERTED_SUBJECTS))
    opening = sum(1 for i, t in enumerate(tokens) if (t.pos == "SCONJ" and not (
        t.text.lower() == "als" and 0 <= t.head < len(tokens)
        and tokens[t.head].pos in ("NOUN", "PROPN"))) or (
        (t.text.lower() in RELATIVES or t.text.lower() in WAAR_OPENERS)
        and ((i > 0 and (tokens[i - 1].pos in ("NOUN", "PROPN") or tokens[i - 1].text == ","))
             or not (i + 1 < len(tokens) and tokens[i + 1].pos == "NOUN"))))
    return finite > opening


def find_cut(tokens: tuple[Token, ...], base: int) -> tuple[int, int, str, str] | None:
    """Where to cut a sentence in two: (start, end) of the cut in the sentence text, what
    opens the second sentence and the subject to repeat; the safe point nearest the middle.

    `base` is the offset of the sentence in the text its tokens point into.
    """
    total = _words(tokens)
    best = None
    for index, opener, subject, verified in _points(tokens):
        left, right = tokens[:index], tokens[index + 1:]
        if _words(left) < MIN_PART_WORDS or _words(right) < MIN_PART_WORDS:
            continue
        if not _has_main_verb(left) or not (subject or verified or _has_main_verb(right)):
            continue  # "De zorgen die bewoners hebben over X, Y, en Z hebben we gehoord"
        distance = abs(_words(left) - total / 2)
        if best is None or distance < best[0]:
            best = (distance, index, opener, subject)
    if best is None:
        return None
    _, index, opener, subject = best
    return tokens[index].start - base, tokens[index].end - base, opener, subject


def join_parts(first: str, second: str, opener: str, subject: str) -> list[str] | None:
    """Two sentences from the text before and after a cut."""
    first = first.rstrip().rstrip(",;:").rstrip()
    second = second.strip()
    if not first or not second:
        return None
    if first[-1] not in ".!?":
        first += "."
    if subject and opener:
        second = f"{opener} {subject} {second}"
    elif subject:
        second = f"{subject[:1].upper()}{subject[1:]} {second}"
    elif opener:
        second = f"{opener} {second}"
    else:
        second = second[:1].upper() + second[1:]
    return [first, second]


# A subordinate clause at the end of a sentence becomes a sentence of its own: the word that
# opens it is replaced by a main-clause opener and the finite verb moves to second place.
#   "…, waarin staat hoe u stemt." → "… . Daarin staat hoe u stemt."
#   "…, zodat u veilig kunt stemmen." → "… . Zo kunt u veilig stemmen."
#   "…, omdat de stempas kwijt is." → "… . Want de stempas is kwijt."
#   "…, die in Heerlen woont." → "… . Die woont in Heerlen."
WAAR_OPENERS = {"waar": "Daar", "waarbij": "Daarbij", "waarin": "Daarin", "waarmee": "Daarmee",
                "waardoor": "Daardoor", "waarop": "Daarop", "waarover": "Daarover",
                "waarvoor": "Daarvoor", "waaraan": "Daaraan", "waarna": "Daarna",
                "waaruit": "Daaruit", "waarvan": "Daarvan", "waarnaar": "Daarnaar"}
CLAUSE_OPENERS = {**WAAR_OPENERS, "zodat": "Zo", "die": "Die", "dat": "Dat", "omdat": "Want"}
SUBJECT_PRONOUNS = frozenset({"u", "we", "wij", "ze", "zij", "hij", "het", "dit", "dat", "die",
                              "ik", "jij", "je", "jullie", "iedereen", "niemand", "men"})
QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
CLAUSE_STOPS = frozenset({",", ";", ":", "(", ")", "–", "-", "—", "'", '"', "‘", "’", "“",
                          "”"})


def _finite(tokens: tuple[Token, ...], span: range) -> int | None:
    found = [i for i in span if tokens[i].pos in ("VERB", "AUX")
             and tokens[i].feature("VerbForm") == "Fin"]
    return found[0] if len(found) == 1 else None


def _main_clause_verb(token: Token) -> tuple[str, str]:
    """The finite verb as it stands in a main clause, and its particle that goes to the end
    ("aanvraagt" → "vraagt", "aan"; "kunt" stays "kunt")."""
    from ..language.inflection import verb_forms

    lemma = (token.lemma or "").lower()
    text = token.text
    if not lemma.endswith("n") or " " in lemma:
        return text, ""
    _, _, particle = verb_forms(lemma)["present_3sg"].partition(" ")
    if particle and text.lower().startswith(particle) and len(text) > len(particle) + 1:
        return text[len(particle):], particle
    return text, ""


Item = str | tuple[int, int]
"""A piece of a planned sentence: literal text, or the tokens [start, end) as they stand."""


def clause_split(tokens: tuple[Token, ...]) -> tuple[list[list[Item]], str] | None:
    """A final subordinate clause made into a sentence of its own: the plan of the two new
    sentences (without their full stops) and the word that opened the clause. First the
    simple case (`_plain_clause`), then the one the parse can vouch for (`_parsed_clause`)."""
    return _plain_clause(tokens) or _parsed_clause(tokens)


def _plain_clause(tokens: tuple[Token, ...]) -> tuple[list[list[Item]], str] | None:
    """A final subordinate clause, read from the words alone.

    Only a clause that runs to the end of the sentence, without commas, brackets, quotes or
    conjunctions ("en", "of": a second verb would stay at the end), with exactly one finite
    verb. It follows a comma, or — for "waar…" and "die" — directly follows a noun with
    "een" or a name ("een rubriek waar u terecht kunt met vragen").
    """
    if len(tokens) < 4 or tokens[-1].text not in (".", "!"):
        return None
    end = len(tokens) - 1
    for opener_at in range(end - 2, 1, -1):
        word = tokens[opener_at].text.lower()
        before = tokens[opener_at - 1]
        if before.text in CLAUSE_STOPS and before.text != ",":
            return None
        if word not in CLAUSE_OPENERS or (before.text != "," and not _bare_antecedent(
                tokens, opener_at)):
            continue
        if end - opener_at < 4:
            return None  # "… en een organisatie die levert.": too short to stand alone
        if word in ("die", "dat") and (tokens[opener_at].pos != "PRON" or tokens[
                opener_at - (2 if before.text == "," else 1)].pos not in ("NOUN", "PROPN")):
            return None
        body = range(opener_at + 1, end)
        if any(tokens[i].text in CLAUSE_STOPS or tokens[i].pos in ("SCONJ", "CCONJ")
               or tokens[i].text.lower() in WAAR_OPENERS
               or (tokens[i].text.lower() in CLAUSE_OPENERS and tokens[i].pos != "DET")
               for i in body):
            return None
        finite = _finite(tokens, body)
        if finite is None:
            return None
        verb, particle = _main_clause_verb(tokens[finite])
        cut = opener_at - 1 if before.text == "," else opener_at
        rest: list[Item] = [r for r in ((body.start, finite), (finite + 1, end)) if r[0] < r[1]]
        if word == "omdat":
            subject = _subject_length(tokens, opener_at + 1, finite)
            if subject is None:
                return None
            split_at = opener_at + 1 + subject
            rest = [r for r in ((body.start, split_at), (split_at, finite), (finite + 1, end))
                    if r[0] < r[1]]
            second: list[Item] = ["Want", rest[0], verb, *rest[1:]]
        else:
            second = [CLAUSE_OPENERS[word], verb, *rest]
        if particle:
            second.append(particle)
        return [[(0, cut)], second], word
    return None


PARSED_OPENERS = {**WAAR_OPENERS, "zodat": "Zo", "omdat": "Want", "die": "Die", "dat": "Dat",
                  "wat": "Dat"}
PRONOUN_OPENERS = frozenset({"die", "dat", "wat"})
SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass", "expl", "expl:pv"})


def _parsed_clause(tokens: tuple[Token, ...]) -> tuple[list[list[Item]], str] | None:
    """A final clause after a comma, opened by "zodat", "omdat" or a "waar…" word, that may
    hold commas, lists or a clause of its own ("…, zodat inwoners weten wat zij kunnen
    verwachten wanneer …"): the parse must show that the clause is exactly the subtree of
    the verb the opener belongs to, that it runs to the end of the sentence, that it has its
    own subject before its one finite verb, and that no second verb is coordinated with it
    (that verb would be left behind). A relative clause ("die", "dat", "wat") only after a
    comma, which marks it as extra information: without a comma it may be needed to tell
    which thing is meant, and it is not split."""
    if len(tokens) < 10 or tokens[-1].text not in (".", "!", ";"):
        return None
    end = len(tokens) - 1
    for opener_at in range(end - 4, 4, -1):
        word = tokens[opener_at].text.lower()
        if word in PARSED_OPENERS and tokens[opener_at - 1].text == ",":
            return _parsed_plan(tokens, opener_at, end)
    return None


def _parsed_plan(tokens: tuple[Token, ...], opener_at: int, end: int
                 ) -> tuple[list[list[Item]], str] | None:
    word = tokens[opener_at].text.lower()
    verb = tokens[opener_at].head
    body = range(opener_at + 1, end)
    if verb not in body or subtree(tokens, verb) - {opener_at - 1} != set(
            range(opener_at, end)):
        return None
    if any(tokens[i].text in (";", ":") or tokens[i].text in QUOTES for i in body):
        return None
    if any(t.head == verb and i != verb and t.dep in ("conj", "parataxis")
           for i, t in enumerate(tokens)):
        return None  # "zodat inwoners niet verdwalen … of afhaken …": a verb would stay behind
    if any(i != verb and tokens[i].dep == "conj" and tokens[i].pos in ("VERB", "AUX")
           and tokens[i].feature("VerbForm") == "Fin" for i in body):
        return None  # "dat … getrokken wordt maar nauw aansluit …", wherever the parse hung it
    cut = opener_at - 1
    root = next((i for i, t in enumerate(tokens) if t.head == i), None)
    if root is None or root >= cut or _finite_of(tokens, root) is None or _words(
            tokens[:cut]) < MIN_PART_WORDS:
        return None  # the part before the clause must be a main clause of its own
    finite = _finite_of(tokens, verb)
    subjects = [i for i in body if tokens[i].head == verb and tokens[i].dep in SUBJECT_RELATIONS]
    opener = tokens[opener_at]
    if word in PRONOUN_OPENERS:
        if opener.pos != "PRON" or opener.head != verb or opener.dep not in (
                "nsubj", "nsubj:pass", "obj"):
            return None
        if word != "wat" and tokens[opener_at - 2].pos not in ("NOUN", "PROPN"):
            return None
        if opener.dep != "obj":
            subjects = subjects or [opener_at]  # the pronoun itself is the subject
    if finite is None or finite not in body or not subjects:
        return None
    span = subtree(tokens, subjects[0])
    if max(span) >= finite:
        return None
    after = finite + 1
    while after < end and tokens[after].pos in ("VERB", "AUX"):
        after += 1
    if tokens[after].pos == "CCONJ":
        return None  # "… getrokken wordt maar nauw aansluit": a second predicate follows
    main_verb, particle = _main_clause_verb(tokens[finite])
    if particle and any(tokens[i].pos in ("VERB", "AUX") for i in range(finite + 1, end)):
        return None  # the particle would have to go before a clause that follows the verb
    if word == "omdat":
        split_at = max(span) + 1
        if min(span) != opener_at + 1 or tokens[split_at].pos == "ADP":
            return None  # a phrase after the subject may belong to it
        second: list[Item] = ["Want", (opener_at + 1, split_at), main_verb, *[
            r for r in ((split_at, finite), (finite + 1, end)) if r[0] < r[1]]]
    else:
        second = [PARSED_OPENERS[word], main_verb, *[
            r for r in ((opener_at + 1, finite), (finite + 1, end)) if r[0] < r[1]]]
    if particle:
        second.append(particle)
    return [[(0, cut)], second], word


def _bare_antecedent(tokens: tuple[Token, ...], opener_at: int) -> bool:
    """A relative clause without a comma may go on as its own sentence only after a noun
    with "een" or a name: "een rubriek waar …", "Team Sportservice die …"."""
    word = tokens[opener_at].text.lower()
    if word not in WAAR_OPENERS and word != "die":
        return False
    if any(t.text == "," or t.pos == "CCONJ" for t in tokens[:opener_at]):
        return False  # in an enumeration the clause may belong to one item only
    noun = opener_at - 1
    if tokens[noun].pos == "PROPN":
        return True
    if tokens[noun].pos != "NOUN":
        return False
    start = noun - 1
    while start >= 0 and tokens[start].pos == "ADJ":
        start -= 1
    return start >= 0 and tokens[start].text.lower() == "een"


def verb_list_split(tokens: tuple[Token, ...]) -> tuple[list[list[Item]], str] | None:
    """"We doen A, regelen B en zorgen voor C." → "We doen A. We regelen B. We zorgen voor C.":
    three or more verbs that share the subject at the start of the sentence, each after a
    comma or "en", each with its own stretch of words that the parse puts under it. The
    subject (at most four words, straight before the first verb) opens every new sentence."""
    if len(tokens) < 10 or tokens[-1].text not in (".", "!", ";"):
        return None
    end = len(tokens) - 1
    root = next((i for i, t in enumerate(tokens) if t.head == i), None)
    if root is None or root == 0 or root > 4 or _finite_of(tokens, root) != root:
        return None
    subject = [i for i, t in enumerate(tokens) if t.head == root and t.dep.startswith("nsubj")]
    if len(subject) != 1 or subtree(tokens, subject[0]) != set(range(root)) or any(
            tokens[i].pos in ("VERB", "AUX") or tokens[i].text in CLAUSE_STOPS
            for i in range(root)):
        return None
    verbs = [i for i, t in enumerate(tokens) if t.head == root and i != root
             and t.dep in ("conj", "parataxis") and t.pos in ("VERB", "AUX")]
    if len(verbs) < 2 or any(tokens[v].feature("VerbForm") != "Fin" for v in verbs):
        return None
    starts = []
    for k, verb in enumerate(verbs):
        start = verb
        if tokens[start - 1].text.lower() == "en" and k == len(verbs) - 1:
            start -= 1
        if tokens[start - 1].text != "," and not (k == len(verbs) - 1 and start < verb):
            return None
        if tokens[start - 1].text == ",":
            start -= 1
        if any(t.head == verb and t.dep.startswith("nsubj") for t in tokens):
            return None  # a verb with its own subject is a clause of its own
        starts.append(start)
    pieces = [(0, starts[0])]
    for k, verb in enumerate(verbs):
        stop = starts[k + 1] if k + 1 < len(verbs) else end
        if not set(range(verb, stop)) <= subtree(tokens, verb) or _words(
                tokens[verb:stop]) < 3:
            return None
        pieces.append((verb, stop))
    owned = set().union(*(subtree(tokens, v) for v in verbs))
    if owned & set(range(pieces[0][1])) or _words(tokens[:pieces[0][1]]) < 4:
        return None
    plan: list[list[Item]] = [[pieces[0]]]
    plan += [[(0, root), piece] for piece in pieces[1:]]
    named = subtree_text(tokens, subject[0])
    return plan, named if tokens[0].pos == "PROPN" else named[:1].lower() + named[1:]


CONDITIONS = frozenset({"als", "indien", "wanneer"})
READER = frozenset({"u", "je", "jij"})


def condition_split(tokens: tuple[Token, ...]) -> tuple[list[list[Item]], str] | None:
    """"Als u X, (dan) Y." → "Het kan dat u X. Dan Y.": the condition first as a sentence
    of its own; no verb has to move, as a 'dat'-clause keeps the order of an 'als'-clause
    and the main clause already starts with its verb. "Indien" always; "als" and "wanneer"
    (which can also mean 'when') only about the reader ("u", "je")."""
    if len(tokens) < 6 or tokens[-1].text not in (".", "!"):
        return None
    first = tokens[0].text.lower()
    if first not in CONDITIONS or tokens[0].pos not in ("SCONJ", "ADP", "ADV"):
        return None
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma < 3 or any(
            t.text in CLAUSE_STOPS or t.pos == "SCONJ" or t.text.lower() in CONDITIONS
            for t in tokens[1:comma]):
        return None
    if _finite(tokens, range(1, comma)) is None:
        return None
    if first != "indien" and not any(t.text.lower() in READER for t in tokens[1:comma]):
        return None  # "als de bouw klaar is" is also 'when': only the reader's own situation
    main = comma + 1
    if tokens[main].text.lower() == "dan":
        main += 1
    end = len(tokens) - 1
    if main >= end or tokens[main].pos not in ("VERB", "AUX"):
        return None
    if any(t.text in (";", ":") for t in tokens[main:end]):
        return None
    if main + 1 < end and tokens[main + 1].text.lower() == "dan":  # "neem dan contact op"
        return [["Het kan dat", (1, comma)], [(main, end)]], first
    if tokens[main].feature("VerbForm") != "Fin":
        return None
    return [["Het kan dat", (1, comma)], ["Dan", (main, end)]], first


REASONS_FIRST = {"omdat": "Daarom", "doordat": "Daardoor"}


def reason_first_split(tokens: tuple[Token, ...]) -> tuple[list[list[Item]], str] | None:
    """"Omdat X … raakt, werken we …" → "X raakt … . Daarom werken we …": a reason in front
    becomes a main clause (its finite verb moves to second place, after the subject) and the
    main clause, which already starts with its verb, gets "Daarom" ("Daardoor" for
    "doordat"). Only when the parse shows the reason clause is exactly the part before the
    first comma, with a subject straight after "omdat" and one finite verb, and no second
    verb coordinated with it."""
    if len(tokens) < 10 or tokens[-1].text not in (".", "!", ";"):
        return None
    word = tokens[0].text.lower()
    if word not in REASONS_FIRST or tokens[0].pos != "SCONJ":
        return None
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    end = len(tokens) - 1
    if comma is None or comma < 4 or end - comma < 4:
        return None
    verb = tokens[0].head
    if not 0 < verb < comma or subtree(tokens, verb) - {comma} != set(range(comma)):
        return None
    if any(t.text in CLAUSE_STOPS or t.pos == "CCONJ" for t in tokens[1:comma]) or any(
            t.head == verb and t.dep in ("conj", "parataxis") for t in tokens):
        return None
    finite = _finite_of(tokens, verb)
    main = tokens[comma + 1]
    if finite is None or not 0 < finite < comma or main.pos not in ("VERB", "AUX") or (
            main.feature("VerbForm") != "Fin") or any(
            t.text in (";", ":") for t in tokens[comma + 1:end]):
        return None
    subjects = [i for i in range(1, comma) if tokens[i].head == verb
                and tokens[i].dep in SUBJECT_RELATIONS]
    if len(subjects) != 1:
        return None
    span = subtree(tokens, subjects[0])
    split_at = max(span) + 1
    if min(span) != 1 or split_at > finite or tokens[split_at].pos == "ADP":
        return None  # "de brug over het kanaal": a phrase after the subject may belong to it
    main_verb, particle = _main_clause_verb(tokens[finite])
    first: list[Item] = [(1, split_at), main_verb, *[
        r for r in ((split_at, finite), (finite + 1, comma)) if r[0] < r[1]]]
    if particle:
        first.append(particle)
    return [first, [REASONS_FIRST[word], (comma + 1, end)]], word


def comma_split(tokens: tuple[Token, ...]) -> tuple[list[list[Item]], str] | None:
    """Two main clauses joined by a comma only: "Dat hoeft geen probleem te zijn, misschien
    heeft u een ander bewijs." → two sentences. The part after the comma must start with a
    subject pronoun and its verb, or with an adverb, the verb and a subject pronoun."""
    if len(tokens) < 8 or tokens[-1].text not in (".", "!"):
        return None
    head = tokens[0]
    if head.pos in ("SCONJ", "VERB", "AUX") or head.text.lower() in CONDITIONS or not \
            head.text[:1].isupper():
        return None
    end = len(tokens) - 1
    for comma in range(2, end - 3):
        if tokens[comma].text != ",":
            continue
        a, b, c = tokens[comma + 1], tokens[comma + 2], tokens[comma + 3]
        finite_b = b.pos in ("VERB", "AUX") and b.feature("VerbForm") == "Fin"
        pronoun = frozenset(SUBJECT_PRONOUNS - {"dat", "die", "het", "dit"})
        starts_main = (a.text.lower() in pronoun and a.pos == "PRON" and finite_b) or (
            a.pos == "ADV" and a.text.lower() not in ("dan", "zo", "ook", "niet", "nog")
            and finite_b and c.text.lower() in pronoun and c.pos == "PRON")
        if not starts_main:
            continue
        if not any(t.pos in ("VERB", "AUX") and t.feature("VerbForm") == "Fin"
                   for t in tokens[:comma]) or any(
                t.pos == "SCONJ" or (t.text in CLAUSE_STOPS and t.text != ",")
                for t in tokens[:comma]):
            return None
        if comma < 4 or end - comma < 5:
            return None
        return [[(0, comma)], [(comma + 1, end)]], ","
    return None


def _subject_length(tokens: tuple[Token, ...], start: int, finite: int) -> int | None:
    """How many words the subject at the start of an 'omdat' clause has: a pronoun, or an
    article with at most two adjectives and a noun."""
    if start >= finite:
        return None
    first = tokens[start]
    if first.text.lower() in SUBJECT_PRONOUNS and first.pos == "PRON":
        return 1
    if first.pos not in ("DET",) and first.dep != "nmod:poss":
        return None
    for length, index in enumerate(range(start + 1, min(finite, start + 4)), start=2):
        if tokens[index].pos in ("NOUN", "PROPN") or (index + 1 == finite
                                                       and tokens[index].pos in ("ADV", "X")):
            return length if index + 1 == finite or tokens[index + 1].pos not in (
                "NOUN", "PROPN", "ADP") else None
        if tokens[index].pos != "ADJ":
            return None
    return None


ENUMERATION_MIN_ITEMS = 3
ENUMERATION_MIN_WORDS = 12


def enumeration(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A sentence that ends in an enumeration after a colon, as (lead, items):
    "Dat betekent: 40 procent sociale huur, 40 procent middensegment en 20 procent vrije
    sector." → ("Dat betekent:", ("40 procent sociale huur", …, "20 procent vrije sector")).

    Only with at least three items, a sentence of some length, one colon, and no brackets or
    semicolons in the list (an item with its own commas cannot be told apart).
    """
    if text.count(": ") != 1 or not text.endswith((".", "!")):
        return None
    lead, _, rest = text.partition(": ")
    rest = rest[:-1]
    if any(mark in rest for mark in "();:\"'‘’“”") or len(text.split()) < ENUMERATION_MIN_WORDS:
        return None
    pieces = rest.split(", ")
    if len(pieces) < ENUMERATION_MIN_ITEMS - 1:
        return None
    last = pieces.pop()
    for joiner in (" en ", " of "):
        if last.count(joiner) == 1:
            pieces += last.split(joiner)
            break
    else:
        return None
    if len(pieces) < ENUMERATION_MIN_ITEMS or any(not p.strip() or " en " in p or " of " in p
                                                  for p in pieces):
        return None
    return lead + ":", tuple(p.strip() for p in pieces)
