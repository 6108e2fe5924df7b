"""Rewrite analysed documents towards B1.

What it does, sentence by sentence, each change an `Edit` with the rule and a Dutch reason:
- applies the replacements of the rule sets whose suggestions can be pasted in (stadhuistaal,
  anglicisms, own word lists, "wij" → "we"), inflected like the word they replace (verb form,
  the -e of an adjective, "te verankeren" → "vast te leggen"), with the article changed when
  the new noun has the other gender ("het verzoek" → "de vraag", `wordlists/lidwoorden.tsv`);
  not those whose word list entry carries a usage note, unless the parse shows the note is met
  ("op deze wijze", "maximaal 6"), and not where the parse shows a misreading or the
  replacement would need the sentence rebuilt (all decided in `substitution`);
- makes the small rewrites of `plain` (figures, "procent", "u hebt", "moet", "misschien",
  "Maar" for "echter", light verbs such as "neemt … een besluit" → "besluit");
- writes abbreviations out (first use; dotted ones like "o.a."), unless the sentence explains
  them already;
- cuts long sentences at a safe point (see `splitting`): coordination or a semicolon, a final
  subordinate clause ("…, waarmee u …" → "… . Daarmee kunt u …"), a condition ("Als u …,
  kunt u …" → "Het kan dat u … . Dan kunt u …"), two main clauses joined by a comma;
- turns simple passives with an explicit agent into the active voice (see `passive`) and
  "zorgen voor het realiseren van …" into "… realiseren" (see `nominal`);
- marks an enumeration after a colon as a short list (`SentenceRewrite.items`);
- collects, per section, the B1 explanation of every glossary term the new text still uses.

Guardrails (see `guardrails`) check every rewritten sentence; one that loses a number, a name
or a negation, or whose begrijpelijkheid (the calibrated score, `analysis.understandability`)
would drop, keeps its original text and the reason is recorded. A score on one sentence can
react to one reparsed word, so when the full rewrite is rejected the same rewrite with one
change less (or a single change) is tried: each candidate is still held to the rule that its
begrijpelijkheid may not drop.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..analysis.analyze import analyze_many
from ..analysis.results import Analysis
from ..checking.model import Hit
from ..checking.run import check_analyses
from ..document.batch import Input, read_texts
from ..document.model import Sentence
from ..settings import Settings
from .guardrails import check_sentence
from .model import BlockRewrite, Edit, Rewrite, SectionRewrite, SentenceRewrite
from .nominal import verb_from_nominal
from .passive import to_active
from .plain import GROUPED, LocalEdit, local_edits
from .splitting import (
    CLAUSE_OPENERS,
    PARSED_OPENERS,
    REASONS_FIRST,
    Item,
    clause_split,
    comma_split,
    condition_split,
    enumeration,
    find_cut,
    join_parts,
    reason_first_split,
    verb_list_split,
)
from .substitution import (
    ARTICLE_RULE,
    applies,
    articles,
    gender_fix,
    inflected,
    particle_fix,
    te_before,
    verb_particle,
)
from .titles import RULE as TITLE_RULE
from .titles import known_forms, plain_heading

# The id of the rewrite's own edit that cuts a sentence in two (no rule has it; it is part of
# the output, so it keeps the name it has always had).
SPLIT_RULE = "zinsbouw.zin-knippen"
MAX_LEAVE_OUT = 8
CLAUSE_SPLIT_WORDS = 15


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out = text
    for start, end, replacement in sorted(edits, reverse=True):
        out = out[:start] + replacement + out[end:]
        if not replacement:
            out = (out[:start].rstrip() + " " + out[start:].lstrip()).strip()
    return " ".join(out.split()).replace(" ,", ",").replace(" .", ".")


WHOLE_SENTENCE_TRANSFORMS = (
    ("nominal", verb_from_nominal,
     "Naamwoordstijl ('zorgen voor het … van') vervangen door het werkwoord zelf."),
    ("passive", to_active,
     "Lijdende vorm omgezet in de bedrijvende vorm: nu staat voorop wie het doet."),
)


@cache
def rewrite_rule(step: str) -> str:
    """The id its edits are reported under: the built-in rule with `rewrite: <step>`, or
    "herschrijven.<step>" when no rule has it."""
    from ..checking.ruleset import builtin_rules

    return next((r.id for r in builtin_rules() if r.rewrite == step), f"herschrijven.{step}")


def _variants(sentence: Sentence, hits: list[Hit], section: str | None,
              long_sentence: int) -> list[tuple[list[str], list[Edit]]]:
    """Rewrites of one sentence, most ambitious first: the whole-sentence transforms
    (verb instead of nominal style, active voice); then all replacements; without written-out
    abbreviations (they lengthen the sentence); without cutting it in two."""
    variants = []
    seen = set()
    for step, transform, reason in WHOLE_SENTENCE_TRANSFORMS:
        rewritten = transform(sentence.tokens)
        if rewritten and rewritten not in seen:
            seen.add(rewritten)
            variants.append(([rewritten], [Edit(rewrite_rule(step), sentence.text, rewritten,
                                                reason, sentence.line, section)]))
    def add(chosen_hits: list[Hit], split: bool, skip: frozenset[str] = frozenset()) -> None:
        parts, edits = _rewrite_sentence(sentence, chosen_hits, section,
                                         long_sentence if split else 10**6, skip)
        key = " ".join(parts)
        if edits and key not in seen:
            seen.add(key)
            variants.append((parts, edits))

    plain_hits = [h for h in hits if h.explanation_mode != "abbreviation"]
    for skip_abbreviations, split in ((False, True), (True, True), (True, False)):
        add(plain_hits if skip_abbreviations else hits, split)
    # A sentence's score can react to a single reparsed word; when the whole rewrite does
    # not pass, one change less (or a single change) may, and that is still a gain.
    keys = _edit_keys(sentence, plain_hits)
    if 1 < len(keys) <= MAX_LEAVE_OUT:
        for split in (True, False):
            for key in keys:
                add(plain_hits, split, frozenset({key}))
        for key in keys:
            add(plain_hits, False, frozenset(keys) - {key})
    return variants


def _local_key(edit: LocalEdit) -> str:
    """Edits that belong together ("dient … te") share a key and are left out together."""
    return f"l:{edit.rule}" if edit.rule in GROUPED else f"l:{edit.start}"


def _edit_keys(sentence: Sentence, hits: list[Hit]) -> list[str]:
    """The keys of the changes `_rewrite_sentence` makes, in sentence order."""
    keys = [_local_key(e) for e in local_edits(sentence.tokens, sentence.start)]
    keys += [f"h:{h.sentence_start}" for h in hits if applies(h, sentence.text, sentence)]
    return list(dict.fromkeys(keys))


def _rewrite_sentence(sentence: Sentence, hits: list[Hit], section: str | None,
                      long_sentence: int, skip: frozenset[str] = frozenset()
                      ) -> tuple[list[str], list[Edit]]:
    text = sentence.text
    chosen: list[tuple[int, int, str, Hit]] = []
    taken: set[int] = set()
    local = [e for e in local_edits(sentence.tokens, sentence.start)
             if _local_key(e) not in skip]
    for edit in local:
        taken.update(range(edit.start, max(edit.end, edit.start + 1)))
    for hit in sorted(hits, key=lambda h: (h.sentence_start, -(h.end - h.start))):
        if not applies(hit, text, sentence) or f"h:{hit.sentence_start}" in skip:
            continue
        fix = gender_fix(sentence, hit)
        loose = particle_fix(sentence, hit)
        if fix is None or loose is None:
            continue
        start = hit.sentence_start
        end = start + len(hit.text)
        spans = [(start, end), *((s, e) for s, e, _ in fix + loose)]
        if text[start:end] != hit.text or any(taken & set(range(s, e)) for s, e in spans):
            continue
        for s, e in spans:
            taken.update(range(s, e))
        replacement = inflected(sentence, hit)
        te_start = te_before(sentence, hit, replacement)
        if te_start is not None:  # "te verankeren" → "vast te leggen"
            if taken & set(range(te_start, start)):
                continue
            taken.update(range(te_start, start))
            particle = verb_particle(replacement)
            local.append(LocalEdit(te_start, te_start + 2, "", hit.rule,
                                   "'te' komt tussen de delen van het werkwoord."))
            replacement = f"{particle} te {replacement[len(particle):]}"
        chosen.append((start, end, replacement, hit))
        for s, e, new in loose:
            local.append(LocalEdit(s, e, new, hit.rule,
                                   f"Het losse deel '{text[s:e]}' hoorde bij het oude "
                                   "werkwoord en valt weg."))
        for s, e, new in fix:
            kind = "het" if articles()[hit.suggestions[0].lower()] == "Neut" else "de"
            local.append(LocalEdit(s, e, new, ARTICLE_RULE,
                                   f"Lidwoord of bijvoeglijk naamwoord aangepast: "
                                   f"'{hit.suggestions[0]}' is een {kind}-woord."))
    ordered = sorted([(s, e, r, Edit(h.rule, h.text, r, h.message, h.line, section))
                      for s, e, r, h in chosen]
                     + [(e.start, e.end, e.replacement,
                         Edit(e.rule, text[e.start:e.end], e.replacement, e.reason,
                              sentence.line, section)) for e in local],
                     key=lambda x: (x[0], x[1]))
    edits = [edit for _, _, _, edit in ordered]
    plain = [(s, e, r) for s, e, r, _ in ordered]
    words = sum(1 for t in sentence.tokens if t.is_word)
    cut = find_cut(sentence.tokens, sentence.start) if words > long_sentence else None
    if cut is not None:
        cut_start, cut_end, opener, subject = cut
        if not any(s < cut_end and e > cut_start for s, e, _ in plain):
            left = _apply(text[:cut_start], [x for x in plain if x[1] <= cut_start])
            right_edits = [(s - cut_end, e - cut_end, r) for s, e, r in plain if s >= cut_end]
            right = _apply(text[cut_end:], right_edits)
            parts = join_parts(left, right, opener, subject)
            if parts:
                mark = text[cut_start:cut_end]
                how = f"bij '{mark}'" + (
                    f", met het onderwerp '{subject}' herhaald" if subject else "")
                if mark == ":":
                    how += ": na de dubbele punt stond al een hele zin"
                elif opener and not subject and opener.lower() not in CONNECTIVE_OPENERS:
                    how += f", met '{opener}' vooraan herhaald"
                edits.append(Edit(SPLIT_RULE, text, " ".join(parts),
                                  f"Lange zin ({words} woorden) in tweeën geknipt {how}.",
                                  sentence.line, section))
                return parts, edits
    if words > min(long_sentence, CLAUSE_SPLIT_WORDS):
        for planner, how in SPLITTERS:
            found = planner(sentence.tokens)
            if found is None:
                continue
            rendered = _render_plan(sentence, ordered, found[0])
            if rendered is None:
                continue
            parts, kept = rendered
            edits = [edit for _, _, _, edit in ordered if id(edit) in kept]
            edits.append(Edit(SPLIT_RULE, text, " ".join(parts),
                              f"Lange zin ({words} woorden) in tweeën geknipt: "
                              + how.format(word=found[1]), sentence.line, section))
            return parts, edits
    return [_apply(text, plain)], edits


CONNECTIVE_OPENERS = frozenset({"maar", "want"})
SPLITTERS = (
    (clause_split, "de bijzin met '{word}' is een eigen zin geworden, met het werkwoord "
                   "vooraan."),
    (condition_split, "de voorwaarde ('{word} …') staat nu als eigen zin voorop: 'Het kan "
                      "dat …'. Daarna volgt 'Dan …'."),
    (comma_split, "twee hoofdzinnen stonden alleen met een komma aan elkaar."),
    (reason_first_split, "de reden ('{word} …') staat nu als eigen zin voorop; daarna volgt "
                         "'Daarom …' of 'Daardoor …'."),
    (verb_list_split, "een opsomming van wat '{word}' doet is in losse zinnen gezet; het "
                      "onderwerp staat nu in elke zin."),
)
DROPPABLE = frozenset({",", ";", "dan", "als", "indien", "wanneer", *CLAUSE_OPENERS,
                       *PARSED_OPENERS, *REASONS_FIRST})


def _render_plan(sentence: Sentence, ordered: list[tuple[int, int, str, Edit]],
                 plan: list[list[Item]]) -> tuple[list[str], set[int]] | None:
    """The sentences of a split plan with the replacements applied, and the ids of the edits
    that are in them; None when a replacement does not fit the plan (it crosses the cut, or
    sits on a word that moves)."""
    tokens = sentence.tokens
    base = sentence.start
    text = sentence.text
    kept: set[int] = set()
    parts = []
    for part in plan:
        pieces = []
        for item in part:
            if isinstance(item, str):
                pieces.append(item)
                continue
            first, last = item
            start, end = tokens[first].start - base, tokens[last - 1].end - base
            inside = []
            for s, e, r, edit in ordered:
                if s >= start and e <= end:
                    inside.append((s - start, e - start, r))
                    kept.add(id(edit))
                elif s < end and e > start:
                    return None
            pieces.append(_apply(text[start:end], inside))
        out = " ".join(p for p in pieces if p)
        for mark in (" ,", " .", " )", " :", " ;"):
            out = out.replace(mark, mark.strip())
        out = out.replace("( ", "(").strip().rstrip(",;:").rstrip()
        if not out:
            return None
        final_mark = "." if tokens[-1].text == ";" else tokens[-1].text
        parts.append(out[:1].upper() + out[1:] + final_mark)
    for s, e, _r, edit in ordered:
        if id(edit) not in kept and text[s:e].strip().lower() not in DROPPABLE:
            return None  # a replaced word that would get lost or move
    return parts, kept


def simplify_many(items: Iterable[Input], settings: Settings | None = None) -> list[Rewrite]:
    """Rewrite several documents, texts or files: the rewriting layer's batch function."""
    settings = settings or Settings()
    return simplify_analyses(analyze_many(items, settings.with_(parse=True)), settings)


def simplify_analyses(analyses: list[Analysis], settings: Settings | None = None
                      ) -> list[Rewrite]:
    """Rewrite analysed (parsed) documents; see the module docstring."""
    config = settings or Settings()
    long_sentence = config.long_sentence
    results = check_analyses(analyses, config)
    drafts = []
    for analysis, result in zip(analyses, results, strict=True):
        scores_before = {s.index: (s.metrics.lint_score, s.metrics.understandability_score)
                       for s in analysis.sentences}
        by_sentence: dict[int, list[Hit]] = {}
        for hit in result.hits:
            by_sentence.setdefault(hit.sentence_index, []).append(hit)
        drafts.append((analysis, result, by_sentence, scores_before))

    plans: dict[tuple[int, int], list[tuple[list[str], list[Edit]]]] = {}
    for number, (analysis, _result, by_sentence, _) in enumerate(drafts):
        for section, block, sentence in analysis.document.walk():
            if block.kind == "heading":
                continue
            variants = _variants(sentence, by_sentence.get(sentence.index, []), section.key,
                                 long_sentence)
            if variants:
                plans[number, sentence.index] = variants
    texts = sorted({" ".join(parts) for variants in plans.values() for parts, _ in variants})
    after: dict[str, tuple[float | None, float | None]] = {}
    if texts:
        scored = analyze_many(read_texts(texts, parse=True, model=config.model),
                              config.with_(parse=True))
        after = {text: (a.metrics.lint_score, a.metrics.understandability_score)
                 for text, a in zip(texts, scored, strict=True)}

    rewrites = []
    for number, (analysis, result, by_sentence, scores_before) in enumerate(drafts):
        sections = []
        notes: list[str] = []
        forms = known_forms(analysis.document)
        for section, checked in zip(analysis.document.sections, result.sections, strict=True):
            blocks = []
            key = section.key
            for block in section.blocks:
                sentences = []
                for sentence in block.sentences:
                    if block.kind == "heading":
                        sentences.append(_heading(sentence, forms, key))
                        continue
                    written_out = {h.rule for h in by_sentence.get(sentence.index, [])
                                   if h.explanation_mode == "abbreviation"}
                    before = scores_before.get(sentence.index, (None, None))
                    text, edits, lint_after, kept = sentence.text, [], before[0], ""
                    for parts, variant_edits in plans.get((number, sentence.index), []):
                        candidate = " ".join(parts)
                        score = after.get(candidate, before)
                        expanded = {e.original for e in variant_edits
                                    if e.rule in written_out}
                        problem = check_sentence(sentence.text, candidate, before[1],
                                                 score[1], expanded=expanded)
                        if not problem:
                            text, edits, lint_after, kept = (candidate, variant_edits,
                                                             score[0], "")
                            break
                        kept = kept or problem
                    if kept:
                        notes.append(f"r. {sentence.line}: origineel behouden — {kept}")
                    listed = enumeration(text) if block.kind == "paragraph" else None
                    lead, items = listed or ("", ())
                    sentences.append(SentenceRewrite(sentence.text, text, tuple(edits),
                                                     sentence.line, block.kind, block.part,
                                                     kept, before[0], lint_after, lead, items,
                                                     sentence.index))
                blocks.append(BlockRewrite(block.kind, block.level, block.part,
                                           tuple(sentences), block.marker))
            final_text = " ".join(s.text for b in blocks for s in b.sentences).lower()
            glossary = []
            seen = set()
            for hit in checked.hits:
                if hit.explanation_mode == "glossary" and hit.text.lower() in final_text:
                    term = hit.text
                    if term.lower() not in seen and hit.suggestions:
                        seen.add(term.lower())
                        glossary.append((term, hit.suggestions[0]))
            title, title_edits = section.title, []
            for new, reason in plain_heading(section.title, forms)[1]:
                title_edits.append(Edit(TITLE_RULE, title, new, reason, section.line, key))
                title = new
            sections.append(SectionRewrite(section.number, title, section.level,
                                           tuple(blocks), tuple(glossary), tuple(title_edits),
                                           section.shows_heading))
        document_title = plain_heading(analysis.document.title, forms)[0]
        rewrites.append(Rewrite(document_title, tuple(sections), tuple(notes)))
    return rewrites


def _heading(sentence: Sentence, forms: dict[str, str], section: str | None
             ) -> SentenceRewrite:
    """A heading in plain letters (see `titles`), every change an edit."""
    text, edits = sentence.text, []
    for new, reason in plain_heading(sentence.text, forms)[1]:
        edits.append(Edit(TITLE_RULE, text, new, reason, sentence.line, section))
        text = new
    return SentenceRewrite(sentence.text, text, tuple(edits), sentence.line, "heading", None,
                           index=sentence.index)
