"""Run rules over an analysed document and report hits.

Every hit has a position in the source file, the rule's Dutch reason, and an alternative:
an inflected replacement that can be pasted in, or (for constructions) advice.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from ..analysis.results import Analysis, SentenceAnalysis
from ..document.model import Block, Sentence, Token
from ..document.tree import subtree
from ..language.inflection import (
    inflect_adjective,
    inflect_verb,
    match_case,
    pluralise,
    verb_slot,
)
from .model import Hit, Rule
from .patterns import find_matches
from .tables import Entry, Table, compile_table, entries_from, pos_fits, slug

LEAVE_OUT = "(weglaten)"
VERB_WINDOW = 12


@dataclass
class _Context:
    analysis: Analysis
    line_starts: list[int]
    section: str | None
    block: Block
    sentence: Sentence
    result: SentenceAnalysis | None
    seen_terms: dict[tuple[str, str], set[str]]


class Checker:
    """Compiled rules, ready to check many documents."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = list(rules)
        self.tables: dict[str, Table] = {}
        for rule in self.rules:
            if rule.kind == "substitution":
                self.tables[rule.id] = compile_table(entries_from(rule.options, "substitution"))
            elif rule.kind == "existence":
                options = dict(rule.options)
                words = {str(w): [] for w in options.get("words") or []}
                table = compile_table(entries_from({**options, "table": words}, "substitution"))
                self.tables[rule.id] = table
            elif rule.kind == "explanation":
                mode = rule.options.get("mode", "glossary")
                self.tables[rule.id] = compile_table(
                    entries_from(rule.options, mode),
                    case_sensitive=mode == "abbreviation",
                )

    def check(self, analysis: Analysis) -> list[Hit]:
        document = analysis.document
        line_starts = [0] + [i + 1 for i, ch in enumerate(document.text) if ch == "\n"]
        results = {id(s.sentence): s for s in analysis.sentences}
        seen: dict[tuple[str, str], set[str]] = {}
        hits: list[Hit] = []
        for section in document.sections:
            for block in section.blocks:
                for sentence in block.sentences:
                    ctx = _Context(analysis, line_starts, section.number or section.title or None,
                                   block, sentence, results.get(id(sentence)), seen)
                    for rule in self.rules:
                        for hit in self._run(rule, ctx):
                            if not _suppressed(hit, rule, block):
                                hits.append(hit)
        hits.sort(key=lambda h: (h.start, h.end, h.rule))
        return hits

    # --- kinds -------------------------------------------------------------------------

    def _run(self, rule: Rule, ctx: _Context) -> list[Hit]:
        if rule.kind == "substitution":
            return self._substitution(rule, ctx, self.tables[rule.id])
        if rule.kind == "existence":
            return self._substitution(rule, ctx, self.tables[rule.id],
                                      advice=rule.options["advice"])
        if rule.kind == "explanation":
            return self._explanation(rule, ctx, self.tables[rule.id])
        if rule.kind == "pattern":
            return self._pattern(rule, ctx)
        return self._limit(rule, ctx)

    def _substitution(self, rule: Rule, ctx: _Context, table: Table,
                      advice: str | None = None) -> list[Hit]:
        tokens = ctx.sentence.tokens
        used: set[int] = set(fixed_expression_tokens(tokens))
        hits: list[Hit] = []
        texts = [t.text.lower() for t in tokens]
        for phrase in table.candidates(set(texts)):
            for start, end, verb_at, contiguous in _phrase_matches(tokens, texts, phrase, used):
                entry = phrase.entry
                slot = None
                if verb_at is not None:
                    slot = verb_slot(tokens[verb_at].text, phrase.words[phrase.verb_index],
                                     tokens[verb_at].morph)
                suggestions, applicable = _alternatives(entry, advice, slot=slot,
                                                        contiguous=contiguous)
                if tokens[start].text[:1].isupper():
                    suggestions = tuple(match_case(s, tokens[start].text) for s in suggestions)
                used.update(range(start, end))
                hits.append(self._hit(rule, ctx, start, end, entry, suggestions, applicable))
        lowered = {t.text.lower() for t in tokens}
        for index, token in enumerate(tokens):
            if index in used or not token.is_word:
                continue
            found = _single_match(token, table, noun_phrase=_after_article(tokens, index) or (
                index > 0 and tokens[index - 1].pos == "ADJ"))
            if found is None:
                continue
            entry, kind = found
            if index > 0 and token.text[:1].isupper() and entry.term[:1].islower():
                continue  # part of a name ("Centrum voor Bouw en Transformatie")
            if _used_as_noun(tokens, index, entry, kind):
                continue
            particle = _separable_particle(entry)
            loose = bool(particle) and not token.text.lower().startswith(particle)
            if loose and particle not in lowered:
                continue  # "dragen … uit" is not "afdragen"
            if entry.pos == "verb" and _has_perfect_aux(tokens, index):
                token = token._replace(morph="VerbForm=Part")
            suggestions, applicable = _alternatives(entry, advice, token=token, kind=kind)
            used.add(index)
            hit = self._hit(rule, ctx, index, index + 1, entry, suggestions, applicable)
            at = next((k for k in range(index + 1, len(tokens))
                       if tokens[k].text.lower() == particle), None) if loose else None
            if at is not None:  # "vindt … plaats" → "gebeurt": the loose particle goes too
                start = ctx.block.source_offset(tokens[at].start)
                end = ctx.block.source_offset(tokens[at].end - 1) + 1
                hit = replace(hit, message=f"{hit.message} Laat dan ook '{particle}' weg.",
                              also_remove=(start, end))
            hits.append(hit)
        return hits

    def _explanation(self, rule: Rule, ctx: _Context, table: Table) -> list[Hit]:
        mode = rule.options.get("mode", "glossary")
        once = rule.options.get("once", "section" if mode == "glossary" else "document")
        scope = "" if once == "document" else str(ctx.section)
        seen = ctx.seen_terms.setdefault((rule.id, scope), set())
        tokens = ctx.sentence.tokens
        hits = []
        used: set[int] = set()
        candidates: list[tuple[int, int, Entry]] = []
        texts = [t.text if mode == "abbreviation" else t.text.lower() for t in tokens]
        for phrase in table.candidates(set(texts)):
            for start, end, _verb, _contiguous in _phrase_matches(tokens, texts, phrase, used):
                used.update(range(start, end))
                candidates.append((start, end, phrase.entry))
        for index, token in enumerate(tokens):
            if index in used:
                continue
            key = token.text if mode == "abbreviation" else token.text.lower()
            entries = table.forms.get(key)
            if entries:
                entry = entries[0][0]
                if (mode == "glossary" and index > 0 and token.text[:1].isupper()
                        and entry.term[:1].islower()):
                    continue  # part of a name ("de Brede Maatschappelijke Coalitie")
                candidates.append((index, index + 1, entry))
        for start, end, entry in sorted(candidates, key=lambda c: c[0]):
            dotted = mode == "abbreviation" and "." in entry.term
            if once != "always" and not dotted:
                if entry.term in seen:
                    continue
                seen.add(entry.term)
            if mode == "abbreviation":
                expansion = entry.alternatives[0]
                text = _span_text(ctx.block, tokens, start, end)
                suggestion = match_case(expansion, text) if dotted else f"{expansion} ({text})"
                suggestions = (suggestion,)
                applicable = bool(expansion)
                message = rule.message
                if entry.explanation:
                    message = f"{rule.message} {entry.explanation}"
            else:
                suggestions = (entry.explanation,)
                applicable = False
                message = rule.message
            hits.append(self._hit(rule, ctx, start, end, entry, suggestions, applicable,
                                  message=message))
        return hits

    def _pattern(self, rule: Rule, ctx: _Context) -> list[Hit]:
        tokens = ctx.sentence.tokens
        hits = []
        taken: set[int] = set()
        for pattern in rule.options["patterns"]:
            for start, end in find_matches(tokens, pattern):
                if taken & set(range(start, end)):
                    continue
                taken.update(range(start, end))
                replacement = rule.options.get("replacement")
                if replacement is not None:
                    text = _fill(str(replacement), tokens[start:end])
                    text = match_case(text, tokens[start].text) if start == 0 else text
                    suggestions, applicable = (text,), True
                else:
                    suggestions = (_fill(rule.options["advice"], tokens[start:end]),)
                    applicable = False
                hits.append(self._hit(rule, ctx, start, end, None, suggestions, applicable))
        return hits

    def _limit(self, rule: Rule, ctx: _Context) -> list[Hit]:
        result = ctx.result
        if result is None or ctx.block.kind == "heading":
            return []
        value = _metric(rule.options["metric"], result)
        if value is None:
            return []
        severity = None
        if "error" in rule.options and value > rule.options["error"]:
            severity = "error"
        elif "warning" in rule.options and value > rule.options["warning"]:
            severity = "warning" if rule.severity != "suggestion" else "suggestion"
        if severity is None:
            return []
        tokens = ctx.sentence.tokens
        advice = rule.options["advice"].format(value=_number(value), **_limit_details(
            rule.options["metric"], tokens))
        message = rule.message.format(value=_number(value))
        hit = self._hit(rule, ctx, 0, len(tokens), None, (advice,), False, message=message)
        return [replace(hit, severity=severity)]

    # --- helpers -----------------------------------------------------------------------

    def _hit(self, rule: Rule, ctx: _Context, start: int, end: int, entry: Entry | None,
             suggestions: tuple[str, ...], applicable: bool, message: str | None = None) -> Hit:
        tokens = ctx.sentence.tokens
        block = ctx.block
        first, last = tokens[start], tokens[end - 1]
        source_start = block.source_offset(first.start)
        source_end = block.source_offset(last.end - 1) + 1
        line_index = bisect_right(ctx.line_starts, source_start) - 1
        per_term = entry is not None and "wordlist" in rule.options
        rule_id = f"{rule.set}.{slug(entry.term)}" if per_term else rule.id
        text = block.text[first.start:last.end]
        note = f" {entry.note}" if entry is not None and entry.note else ""
        return Hit(
            rule=rule_id,
            severity=rule.severity,
            message=(message or rule.message.format(term=text)) + note,
            text=text,
            suggestions=suggestions,
            line=line_index + 1,
            column=source_start - ctx.line_starts[line_index] + 1,
            start=source_start,
            end=source_end,
            section=ctx.section,
            sentence=ctx.sentence.text,
            sentence_start=first.start - ctx.sentence.start,
            applicable=applicable,
            conditional=entry is not None and bool(entry.note),
            condition=entry.condition if entry is not None else "",
            origin=rule,
        )


PERFECT_AUX = frozenset({"hebben", "zijn", "worden", "heb", "hebt", "heeft", "had", "hadden",
                         "ben", "bent", "is", "was", "waren", "word", "wordt", "werd", "werden"})


def _has_perfect_aux(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether a form of hebben/zijn/worden is the auxiliary of this verb (a participle).

    Without a parse link, a form of those verbs in the same sentence counts when the verb
    is a form that can only be a participle or a past plural ("verzonden").
    """
    if any(t.head == index and t.dep in ("aux", "aux:pass") and (
            (t.lemma or "").lower() in ("hebben", "zijn", "worden")
            or t.text.lower() in PERFECT_AUX) for t in tokens):
        return True
    return any(t.text.lower() in SINGULAR_AUX for t in tokens)


SINGULAR_AUX = frozenset({"is", "heeft", "wordt", "werd", "was", "ben", "bent", "heb", "hebt",
                          "had", "word"})


@cache
def _fixed_expressions() -> tuple[tuple[str, ...], ...]:
    from ..language.wordlists import load_wordlist

    rows = load_wordlist("vaste-uitdrukkingen.txt").rows
    return tuple(sorted((tuple(row[0].lower().split()) for row in rows), key=len, reverse=True))


def fixed_expression_tokens(tokens: tuple[Token, ...]) -> list[int]:
    """Indices of tokens inside fixed expressions ("wat ons betreft"), which rules leave alone."""
    texts = [t.text.lower() for t in tokens]
    covered: list[int] = []
    for expression in _fixed_expressions():
        for start in range(len(texts)):
            end = _expression_end(texts, expression, start)
            if end is not None:
                covered.extend(range(start, end))
    return covered


def _expression_end(texts: list[str], expression: tuple[str, ...], start: int) -> int | None:
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


def _separable_particle(entry: Entry) -> str:
    from ..language.inflection import separable_particle

    return separable_particle(entry.term) if entry.pos == "verb" else ""


def _span_text(block: Block, tokens: tuple[Token, ...], start: int, end: int) -> str:
    return block.text[tokens[start].start:tokens[end - 1].end]


NOUN_DETERMINERS = frozenset({"de", "het", "een", "deze", "dit", "die", "dat", "elke", "iedere",
                              "geen", "onze", "uw", "hun", "zijn", "haar", "mijn"})


def _after_article(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether the token follows an article or other determiner (by the parse when there
    is one: "Dat koesteren we" starts with a pronoun, not an article)."""
    if index == 0:
        return False
    before = tokens[index - 1]
    if before.pos:
        return before.pos == "DET"
    return before.text.lower() in NOUN_DETERMINERS


def _used_as_noun(tokens: tuple[Token, ...], index: int, entry: Entry, kind: str) -> bool:
    """A participle right after an article is used as a noun ("de gemachtigde": the person),
    and "het" never stands before a plural ("het coachen" is not the plural of "coach"):
    a verb's or plural's alternative would not fit there. An infinitive after "het" stays a
    hit: "het realiseren van" → "het maken van" is fine."""
    if entry.pos == "verb":
        return (_after_article(tokens, index)
                and tokens[index].text.lower() != entry.term.lower()
                and not tokens[index].text.lower().endswith("en"))
    before = tokens[index - 1].text.lower() if index > 0 else ""
    return entry.pos == "noun" and kind == "plural" and before in ("het", "dit")


def _plurals_of(lemma: str) -> tuple[str, ...]:
    return (lemma + "en", lemma + "s", lemma + "'s") if lemma else ()


def _single_match(token: Token, table: Table, noun_phrase: bool = False
                  ) -> tuple[Entry, str] | None:
    """The word-list entry a token is a form of. `noun_phrase`: the token follows an article
    or adjective, so a tagged plural noun is taken at its word."""
    lower = token.text.lower()
    entries = table.forms.get(lower, ())
    for entry, kind in entries:
        if pos_fits(entry, token.pos):
            return entry, kind
    for entry, kind in entries:
        if entry.term.lower() == lower and entry.pos not in ("prep", "conj", "pron") and not (
                noun_phrase and lower in _plurals_of(token.lemma.lower())):
            # the dictionary form itself, whatever the tagger thought, unless it stands in a
            # noun phrase as the plural of another noun: "sterke netwerken" (of "netwerk")
            return entry, kind
    lemma = token.lemma.lower()
    if lemma and lemma in table.lemmas:
        entry = table.lemmas[lemma]
        if pos_fits(entry, token.pos):
            return entry, "lemma"
    return None


def _phrase_matches(tokens: tuple[Token, ...], texts: list[str], phrase, used: set[int]):
    """Yield (start, end, verb token index, contiguous) for every match of a phrase;
    `texts` are the token texts as the table compares them (lower case unless it keeps case)."""
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
        if start <= verb_at < start + len(rest) + 1 and texts[start:start + n] == words:
            continue
        lo, hi = min(start, verb_at), max(start + len(rest), verb_at + 1)
        if any(i in used for i in range(lo, hi)):
            continue
        yield lo, hi, verb_at, False


def _alternatives(entry: Entry, advice: str | None, *, token: Token | None = None,
                  kind: str = "", slot: str | None = None,
                  contiguous: bool = True) -> tuple[tuple[str, ...], bool]:
    """Inflected alternatives for a hit, and whether they can be pasted in as they are."""
    if advice is not None and not entry.alternatives:
        return (advice,), False
    if not contiguous:
        return tuple(a for a in entry.alternatives if a != LEAVE_OUT) or (advice or "",), False
    results = []
    applicable = True
    for alternative in entry.alternatives:
        if alternative == LEAVE_OUT:
            results.append("")
            continue
        text = alternative
        if token is not None:
            if entry.pos == "verb":
                slot = verb_slot(token.text, entry.term, token.morph)
                text = inflect_verb(alternative, slot)
            elif entry.pos == "noun" and (kind == "plural" or "Number=Plur" in token.morph):
                if len(alternative.split()) > 2:
                    applicable = False  # "hulp die nodig is": rewrite by hand
                else:
                    text = pluralise(alternative)
            elif entry.pos == "adj" and kind == "inflected":
                if " " in alternative and not alternative.startswith(("van ", "met ")):
                    applicable = False  # "om te voorkomen" does not fit before a noun
                else:
                    text = inflect_adjective(alternative)
                    if text == alternative:
                        applicable = False  # "gehele" → "helemaal" does not fit before a noun
            text = match_case(text, token.text)
        elif slot is not None:
            text = inflect_verb(alternative, slot)
        if "…" in text:
            applicable = False
        results.append(text)
    return tuple(results), applicable


def _fill(template: str, tokens: tuple[Token, ...]) -> str:
    """Fill {1}, {2} … with the matched tokens and {lemma1} … with their lemmas."""
    values = {str(i + 1): t.text for i, t in enumerate(tokens)}
    values.update({f"lemma{i + 1}": (t.lemma or t.text) for i, t in enumerate(tokens)})
    values["match"] = " ".join(t.text for t in tokens)
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def _metric(name: str, result: SentenceAnalysis) -> float | None:
    c = result.metrics.counts
    if name == "words":
        return c.words
    if not result.metrics.parsed:
        return None
    return {
        "passives": c.passives,
        "subordinate_clauses": c.subordinate_clauses,
        "dependency_length": c.dependency_sum,
        "nominalisations": c.nominalisations,
        "negations": c.negations,
        "preposition_chain": _preposition_chain(result.sentence.tokens),
        "bracket_distance": bracket_distance(result.sentence.tokens),
    }[name]


BRACKET_DEPS = frozenset({"aux", "aux:pass", "compound:prt", "det"})


def bracket_distance(tokens: tuple[Token, ...]) -> int:
    """The widest "tang": words between the two halves of a verb ("heeft … ingestemd",
    "stelt … voor") or between an article and its noun ("de … plannen")."""
    position: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.pos != "PUNCT":
            position[index] = len(position)
    widest = 0
    for index, token in enumerate(tokens):
        if token.dep not in BRACKET_DEPS or token.head < 0 or token.head == index:
            continue
        if index not in position or token.head not in position:
            continue
        widest = max(widest, abs(position[token.head] - position[index]) - 1)
    return widest


def _preposition_chain(tokens: tuple[Token, ...]) -> int:
    """The longest chain of nouns hanging on nouns through prepositions ("de aanpak van de
    uitvoering van het plan van …")."""
    best = 0
    for index in range(len(tokens)):
        depth = 0
        current = index
        seen = set()
        while tokens[current].dep == "nmod" and current not in seen:
            seen.add(current)
            depth += 1
            head = tokens[current].head
            if head < 0 or head >= len(tokens) or head == current:
                break
            current = head
        best = max(best, depth)
    return best


def _limit_details(metric: str, tokens: tuple[Token, ...]) -> dict[str, str]:
    details = {"split": "", "agent": ""}
    if metric == "words":
        details["split"] = _split_advice(tokens)
    if metric == "passives":
        agent = next((i for i, t in enumerate(tokens) if t.dep == "obl:agent"), None)
        if agent is not None:
            phrase = [tokens[i].text for i in sorted(subtree(tokens, agent))]
            details["agent"] = " Begin de zin met wie het doet: " + " ".join(
                w for w in phrase if w.lower() != "door") + "."
    return details


def _split_advice(tokens: tuple[Token, ...]) -> str:
    """Where a long sentence can be cut: a semicolon, or 'en'/'maar'/'want' between clauses."""
    words = [t for t in tokens if t.is_word]
    middle = len(words) / 2
    best = None
    for index, token in enumerate(tokens):
        if index < 4 or index > len(tokens) - 4:
            continue
        word = token.text.lower()
        head = tokens[token.head] if 0 <= token.head < len(tokens) else None
        clause = head is not None and head.pos in ("VERB", "AUX") and (
            head.feature("VerbForm") == "Fin"
            or any(t.head == token.head and t.dep.startswith("nsubj") for t in tokens)
        )
        good = token.text == ";" or (
            word in ("en", "maar", "want", "omdat", "zodat", "waardoor", "terwijl")
            and token.dep in ("cc", "mark") and clause
        )
        if good:
            position = sum(1 for t in tokens[:index] if t.is_word)
            if best is None or abs(position - middle) < abs(best[1] - middle):
                best = (index, position)
    if best is None:
        return ""
    token = tokens[best[0]]
    before = tokens[best[0] - 1].text
    return f" Knip bijvoorbeeld bij '{token.text}' (na '{before}')."


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


def _suppressed(hit: Hit, rule: Rule, block: Block) -> bool:
    for item in block.suppress:
        if item == "*" or matches_id(hit.rule, item) or matches_id(rule.id, item):
            return True
    return False


def matches_id(rule_id: str, pattern: str) -> bool:
    """An id matches itself, and every id below a set or prefix ("ambtelijk")."""
    return rule_id == pattern or rule_id.startswith(pattern.rstrip(".") + ".")
