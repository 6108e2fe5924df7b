"""Substitution and explanation tables: terms with their inflected forms, ready to match.

A single-word term matches every inflection that Dutch gives it (the verb paradigm, plural
nouns, the -e form of adjectives) and the parser's lemma. A multi-word term matches as a
fixed phrase; when it contains a verb ("zorg dragen voor") that verb may be inflected and
may stand elsewhere in the sentence ("zij dragen er zorg voor").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..language.inflection import inflect_adjective, pluralise, verb_forms
from ..language.wordlists import WordList, load_wordlist, parse_wordlist
from .conditions import CONDITIONS

FUNCTION_WORDS = frozenset([
    "de", "het", "een", "en", "of", "van", "in", "op", "te", "ten", "ter", "tot", "met",
    "voor", "door", "om", "aan", "bij", "uit", "over", "onder", "naar", "tegen", "binnen",
    "buiten", "boven", "zonder", "na", "dan", "als", "zo", "er", "hier", "daar", "dat",
    "die", "wat", "welke", "men"
])
POS_OF = {
    "verb": {"VERB", "AUX"},
    "noun": {"NOUN", "PROPN", "X"},
    "adj": {"ADJ", "ADV", "VERB"},
    "adv": {"ADV", "ADJ"},
    "prep": {"ADP", "ADV"},
    "conj": {"SCONJ", "CCONJ", "ADV", "ADP"},
    "pron": {"PRON", "DET"},
}


@dataclass(frozen=True)
class Entry:
    """One term of a table: its part of speech, alternatives (or explanation), note and the
    condition (`checking.conditions`) under which its alternative may be pasted in."""

    term: str
    pos: str
    alternatives: tuple[str, ...]
    note: str = ""
    explanation: str = ""
    condition: str = ""


@dataclass(frozen=True)
class Phrase:
    """A multi-word term. `required` are its words other than the verb (they must all be in
    a sentence for it to match); `verb_heads` are the (form, particle) pairs of its verb."""

    words: tuple[str, ...]
    verb_index: int | None
    entry: Entry
    required: frozenset[str] = frozenset()
    verb_heads: tuple[tuple[str, str], ...] = ()


@dataclass
class Table:
    forms: dict[str, list[tuple[Entry, str]]]  # lower-case form → (entry, form kind)
    phrases: list[Phrase]  # longest first
    lemmas: dict[str, Entry]
    by_anchor: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for position, phrase in enumerate(self.phrases):
            anchor = max(phrase.required, key=len)  # a long word is usually a rare one
            self.by_anchor.setdefault(anchor, []).append(position)

    def candidates(self, present: set[str]) -> list[Phrase]:
        """The phrases whose words (the verb aside) all occur among `present`, longest first."""
        positions = sorted(p for word in present for p in self.by_anchor.get(word, ()))
        return [self.phrases[p] for p in positions if self.phrases[p].required <= present]

    def __len__(self) -> int:
        return len({e.term for entries in self.forms.values() for e, _ in entries}
                   | {p.entry.term for p in self.phrases})


def slug(term: str) -> str:
    """The id part for a term: "in het kader van" → "in-het-kader-van"."""
    text = term.lower().replace("'", "").replace("’", "")
    return re.sub(r"[^0-9a-zà-ÿ]+", "-", text).strip("-") or "term"


def _verb_index(words: list[str]) -> int | None:
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.endswith("en") and len(word) >= 4 and word not in FUNCTION_WORDS:
            return index
    return None


MAX_WORDLIST_SIZE = 10 * 1024 * 1024
"""The largest word list of one's own, in bytes (the largest built-in one: 0.2 MB)."""


def read_wordlist(name: str, base: str | None) -> WordList:
    """A word list next to the rule file, or one that ships in `wordlists/`."""
    if base:
        local = Path(base) / name
        if local.is_file():
            from ..errors import os_reason

            try:
                if local.stat().st_size > MAX_WORDLIST_SIZE:
                    raise DataError(f"{local}: de woordenlijst is te groot (meer dan "
                                    f"{MAX_WORDLIST_SIZE // (1024 * 1024)} MB).")
                return parse_wordlist(local.read_text(encoding="utf-8"), str(local))
            except UnicodeDecodeError:
                raise DataError(f"{local}: geen geldige UTF-8-tekst.") from None
            except OSError as exc:
                raise DataError(f"{local}: kan de woordenlijst niet lezen "
                                f"({os_reason(exc)}).") from None
    return load_wordlist(name)


def entries_from(mode: str, *, wordlist: str | None = None,
                 table: Mapping[str, Any] | None = None, base: str | None = None) -> list[Entry]:
    """Entries from a rule's `wordlist` (next to the rule file in `base`, or shipped) and/or
    inline `table`; `mode` is substitution, abbreviation or glossary."""
    entries: list[Entry] = []
    if wordlist:
        words = read_wordlist(wordlist, base)
        columns = words.columns
        for row, line in zip(words.rows, words.lines, strict=True):
            data = dict(zip(columns, row, strict=True))
            condition = data.get("condition", "")
            if condition and condition not in CONDITIONS:
                raise DataError(f"{words.name}:{line}: onbekende voorwaarde '{condition}'; "
                                f"kies uit {', '.join(sorted(CONDITIONS))}.")
            if mode == "substitution":
                alternatives = tuple(a.strip() for a in data.get("alternatives", "").split("|")
                                     if a.strip())
                entries.append(Entry(data[columns[0]], data.get("pos", "") or "other",
                                     alternatives, data.get("note", ""), "", condition))
            elif mode == "abbreviation":
                entries.append(Entry(data[columns[0]], "abbr", (data.get("expansion", ""),),
                                     "", data.get("explanation", "")))
            else:
                variants = tuple(v.strip() for v in data.get("variants", "").split("|")
                                 if v.strip())
                entries.append(Entry(data[columns[0]], "term", variants, "",
                                     data.get("explanation", "")))
    for term, value in (table or {}).items():
        if term == "__line__":
            continue
        if isinstance(value, str):
            value = {"alternatives": [value]}
        elif isinstance(value, list):
            value = {"alternatives": value}
        alternatives = tuple(str(a) for a in value.get("alternatives", []))
        entries.append(Entry(str(term), value.get("pos", "other"), alternatives,
                             value.get("note", ""), value.get("explanation", ""),
                             value.get("condition", "")))
    return entries


def _forms(entry: Entry) -> list[tuple[str, str]]:
    term = entry.term.lower()
    if entry.pos == "verb":
        return [(form, slot) for slot, form in verb_forms(term).items() if " " not in form]
    if entry.pos == "noun":
        from ..language.frequency import zipf

        plurals = {pluralise(term)} | {c for c in (term + "s", term + "'s") if zipf(c) > 0}
        if term.endswith("e"):
            plurals |= {term + "s", term + "n"}  # "missives" and "missiven" are both Dutch
        return [(term, "singular")] + [(p, "plural") for p in sorted(plurals) if p != term]
    if entry.pos == "adj":
        return [(term, "base"), (inflect_adjective(term), "inflected")]
    return [(term, "base")]


def compile_table(entries: list[Entry], *, case_sensitive: bool = False) -> Table:
    forms: dict[str, list[tuple[Entry, str]]] = {}
    phrases: list[Phrase] = []
    lemmas: dict[str, Entry] = {}
    for entry in entries:
        variants = [entry.term]
        if entry.pos == "term":
            variants += list(entry.alternatives)
        for variant in variants:
            words = variant.split()
            if len(words) > 1:
                lowered = [w if case_sensitive else w.lower() for w in words]
                verb = _verb_index(lowered) if entry.pos in ("phrase", "verb", "other") else None
                required = frozenset(w for k, w in enumerate(lowered) if k != verb)
                heads = () if verb is None else tuple(
                    form.partition(" ")[::2] for form in verb_forms(lowered[verb]).values())
                phrases.append(Phrase(tuple(lowered), verb, entry, required, heads))
                continue
            key = variant if case_sensitive else variant.lower()
            if entry.pos in ("abbr", "term"):
                forms.setdefault(key, []).append((entry, "base"))
                continue
            lemmas[key] = entry
            for form, kind in _forms(entry):
                forms.setdefault(form, []).append((entry, kind))
    phrases.sort(key=lambda p: -len(p.words))
    return Table(forms, phrases, lemmas)


def pos_fits(entry: Entry, pos: str) -> bool:
    """Whether a token with this UPOS can be this entry (unparsed text always fits)."""
    allowed = POS_OF.get(entry.pos)
    return not pos or allowed is None or pos in allowed
