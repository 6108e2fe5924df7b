"""Rewrite analysed documents towards B1.

What it does, sentence by sentence, each change an `Edit` with the rule and a Dutch reason:
- applies the replacements of the rule sets whose suggestions can be pasted in (stadhuistaal,
  anglicisms, own word lists, "wij" → "we"), inflected like the word they replace — not
  those whose word list entry carries a usage note ("Alleen als het 'moeten' betekent"),
  and not where the replacement would need the sentence rebuilt;
- writes abbreviations out (first use; dotted ones like "o.a." always);
- cuts sentences longer than the long-sentence limit at a safe point (see `splitting`);
- turns simple passives with an explicit agent into the active voice (see `passive`) and
  "zorgen voor het realiseren van …" into "… realiseren" (see `nominal`);
- collects, per section, the B1 explanation of every glossary term the new text still uses.

Guardrails (see `guardrails`) check every rewritten sentence; one that loses a number, a name
or a negation, or that would get a harder LiNT-II score, keeps its original text and the
reason is recorded.
"""

from __future__ import annotations

from ..analysis.results import Analysis
from ..checking.config import CheckConfig
from ..checking.model import Hit
from ..checking.run import check_analyses
from ..document.model import Sentence
from .guardrails import check_sentence
from .model import BlockRewrite, Edit, Rewrite, SectionRewrite, SentenceRewrite
from .nominal import verb_from_nominal
from .passive import to_active
from .splitting import find_cut, join_parts

APPLY_SETS = ("ambtelijk", "anglicismen", "eigen", "afkortingen")
APPLY_RULES = ("zinsbouw.we-ze",)
SPLIT_RULE = "zinsbouw.zin-knippen"
PASSIVE_RULE = "zinsbouw.lijdende-vorm"
NOMINAL_RULE = "zinsbouw.naamwoordstijl"
LONG_SENTENCE = 20


DETERMINERS = frozenset({"de", "het", "een", "die", "dat", "deze", "dit", "zijn", "haar",
                         "hun", "uw", "ons", "onze", "mijn", "je", "jouw"})
PREPOSITIONS = ("van", "voor", "op", "aan", "over", "met", "naar", "om", "in", "tot", "bij")


GENDERED = frozenset({"de", "het", "deze", "dit", "die", "dat", "welk", "welke", "elk",
                      "elke", "ieder", "iedere"})


def _gender_clash(sentence: Sentence, hit: Hit) -> bool:
    """True when a noun is replaced by one of the other gender after a word that shows the
    gender ("het verzoek" → "het vraag"): the article would have to change too."""
    from ..language.parser import noun_gender

    position = next((k for k, t in enumerate(sentence.tokens)
                     if t.start - sentence.start == hit.sentence_start), None)
    if position is None or sentence.tokens[position].pos != "NOUN" or position == 0:
        return False
    token = sentence.tokens[position]
    replacement = hit.suggestions[0].split()
    if len(replacement) != 1:
        return False
    before = sentence.tokens[position - 1]
    if before.text.lower() not in GENDERED and before.pos != "ADJ":
        return False
    original = token.feature("Gender")
    new = noun_gender(replacement[0].lower())
    if "Number=Plur" in token.morph:
        return False  # plurals take "de" whatever the gender
    if before.pos == "ADJ":
        return new != original  # "een groot besluit" → inflection depends on the gender
    return bool(original and new and original != new)


def _applies(hit: Hit, sentence_text: str) -> bool:
    """Whether a hit's first suggestion can replace its text without rebuilding the sentence."""
    if not hit.applicable or not hit.suggestions or hit.conditional:
        return False  # a swap with a usage note needs a writer's judgement
    if not (hit.rule.split(".", 1)[0] in APPLY_SETS or hit.rule in APPLY_RULES):
        return False
    replacement = hit.suggestions[0]
    words = hit.text.lower().split()
    if (len(words) == 1 and len(replacement.split()) > 1
            and not hit.rule.startswith("afkortingen.")):
        return False  # one word for several ("faciliteert" → "mogelijk maken"): word order
    if len(words) > 1 and words[-1] in PREPOSITIONS and not replacement.lower().endswith(
            PREPOSITIONS):
        return False  # "gebruik maken van X" → "X gebruiken" needs the object moved
    before = sentence_text[:hit.sentence_start].split()
    first = replacement.split()[0].lower() if replacement else ""
    return not (before and before[-1].lower() in DETERMINERS and first in DETERMINERS)


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out = text
    for start, end, replacement in sorted(edits, reverse=True):
        out = out[:start] + replacement + out[end:]
        if not replacement:
            out = (out[:start].rstrip() + " " + out[start:].lstrip()).strip()
    return " ".join(out.split()).replace(" ,", ",").replace(" .", ".")


WHOLE_SENTENCE_TRANSFORMS = (
    (NOMINAL_RULE, verb_from_nominal,
     "Naamwoordstijl ('zorgen voor het … van') vervangen door het werkwoord zelf."),
    (PASSIVE_RULE, to_active,
     "Lijdende vorm omgezet in de bedrijvende vorm: nu staat voorop wie het doet."),
)


def _variants(sentence: Sentence, hits: list[Hit], section: str | None,
              long_sentence: int) -> list[tuple[list[str], list[Edit]]]:
    """Rewrites of one sentence, most ambitious first: the whole-sentence transforms
    (verb instead of nominal style, active voice); then all replacements; without written-out
    abbreviations (they lengthen the sentence); without cutting it in two."""
    variants = []
    seen = set()
    for rule, transform, reason in WHOLE_SENTENCE_TRANSFORMS:
        rewritten = transform(sentence.tokens)
        if rewritten and rewritten not in seen:
            seen.add(rewritten)
            variants.append(([rewritten], [Edit(rule, sentence.text, rewritten, reason,
                                                sentence.line, section)]))
    for skip_abbreviations, split in ((False, True), (True, True), (True, False)):
        chosen_hits = [h for h in hits
                       if not (skip_abbreviations and h.rule.startswith("afkortingen."))]
        parts, edits = _rewrite_sentence(sentence, chosen_hits, section,
                                         long_sentence if split else 10**6)
        key = " ".join(parts)
        if edits and key not in seen:
            seen.add(key)
            variants.append((parts, edits))
    return variants


def _rewrite_sentence(sentence: Sentence, hits: list[Hit], section: str | None,
                      long_sentence: int) -> tuple[list[str], list[Edit]]:
    text = sentence.text
    chosen: list[tuple[int, int, str, Hit]] = []
    taken: set[int] = set()
    for hit in sorted(hits, key=lambda h: (h.sentence_start, -(h.end - h.start))):
        if not _applies(hit, text) or _gender_clash(sentence, hit):
            continue
        start = hit.sentence_start
        end = start + len(hit.text)
        if text[start:end] != hit.text or taken & set(range(start, end)):
            continue
        taken.update(range(start, end))
        chosen.append((start, end, hit.suggestions[0], hit))
    edits = [Edit(h.rule, h.text, r, h.message, h.line, section) for _, _, r, h in chosen]
    plain = [(s, e, r) for s, e, r, _ in chosen]
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
                how = f"bij '{text[cut_start:cut_end]}'" + (
                    f", met het onderwerp '{subject}' herhaald" if subject else "")
                edits.append(Edit(SPLIT_RULE, text, " ".join(parts),
                                  f"Lange zin ({words} woorden) in tweeën geknipt {how}.",
                                  sentence.line, section))
                return parts, edits
    return [_apply(text, plain)], edits


def simplify_analyses(analyses: list[Analysis], config: CheckConfig | None = None,
                      model: str | None = None) -> list[Rewrite]:
    """Rewrite analysed (parsed) documents; see the module docstring."""
    from .. import api

    config = config or CheckConfig()
    long_sentence = config.long_sentence.get("warning", LONG_SENTENCE)
    results = check_analyses(analyses, config)
    drafts = []
    for analysis, result in zip(analyses, results, strict=True):
        lint_before = {id(s.sentence): s.metrics.lint_score for s in analysis.sentences}
        by_sentence: dict[int, list[Hit]] = {}
        spans = []
        for section in analysis.document.sections:
            for block in section.blocks:
                for sentence in block.sentences:
                    spans.append((sentence.source_start, sentence.source_end, id(sentence)))
        for hit in result.hits:
            for start, end, key in spans:
                if start <= hit.start < end:
                    by_sentence.setdefault(key, []).append(hit)
                    break
        drafts.append((analysis, result, by_sentence, lint_before))

    plans: dict[int, list[tuple[list[str], list[Edit]]]] = {}
    for analysis, _result, by_sentence, _ in drafts:
        for section in analysis.document.sections:
            key = section.number or section.title or None
            for block in section.blocks:
                if block.kind == "heading":
                    continue
                for sentence in block.sentences:
                    variants = _variants(sentence, by_sentence.get(id(sentence), []), key,
                                         long_sentence)
                    if variants:
                        plans[id(sentence)] = variants
    texts = sorted({" ".join(parts) for variants in plans.values() for parts, _ in variants})
    after: dict[str, float | None] = {}
    if texts:
        scored = api.analyze_many(texts, model=model)
        after = {text: a.metrics.lint_score for text, a in zip(texts, scored, strict=True)}

    rewrites = []
    for analysis, result, _by, lint_before in drafts:
        sections = []
        notes: list[str] = []
        for section, checked in zip(analysis.document.sections, result.sections, strict=True):
            blocks = []
            for block in section.blocks:
                sentences = []
                for sentence in block.sentences:
                    before = lint_before.get(id(sentence))
                    text, edits, lint_after, kept = sentence.text, [], before, ""
                    for parts, variant_edits in plans.get(id(sentence), []):
                        candidate = " ".join(parts)
                        score = after.get(candidate, before)
                        expanded = {e.original for e in variant_edits
                                    if e.rule.startswith("afkortingen")}
                        problem = check_sentence(sentence.text, candidate, before, score,
                                                 expanded=expanded)
                        if not problem:
                            text, edits, lint_after, kept = candidate, variant_edits, score, ""
                            break
                        kept = kept or problem
                    if kept:
                        notes.append(f"r. {sentence.line}: origineel behouden — {kept}")
                    sentences.append(SentenceRewrite(sentence.text, text, tuple(edits),
                                                     sentence.line, block.kind, block.part,
                                                     kept, before, lint_after))
                blocks.append(BlockRewrite(block.kind, block.level, block.part,
                                           tuple(sentences)))
            final_text = " ".join(s.text for b in blocks for s in b.sentences).lower()
            glossary = []
            seen = set()
            for hit in checked.hits:
                if hit.rule.startswith("begrippen.") and hit.text.lower() in final_text:
                    term = hit.text
                    if term.lower() not in seen and hit.suggestions:
                        seen.add(term.lower())
                        glossary.append((term, hit.suggestions[0]))
            sections.append(SectionRewrite(section.number, section.title, section.level,
                                           tuple(blocks), tuple(glossary)))
        rewrites.append(Rewrite(analysis.document.title, tuple(sections), tuple(notes)))
    return rewrites
