"""Write a rewrite as Markdown, plain text or HTML, keeping headings, numbering and lists.

A long enumeration after a colon becomes a short list. The parts "Principes" and "Acties"
become "Waarom?" and "Wat gaan we doen?"; every section ends with its "Moeilijke woorden":
the B1 explanation of the glossary terms it still uses. Numbered items keep their number
("3.", "b)"); a list always ends with a blank line, so the paragraph after it stays a
paragraph of its own. In Markdown, web and e-mail addresses are written as links
(`<https://…>`, `<info@…>`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..templating import ADDRESS

if TYPE_CHECKING:  # types only: the model calls this module for `Rewrite.text`
    from .model import Rewrite, SentenceRewrite

PART_TITLES = {"principes": "Waarom?", "acties": "Wat gaan we doen?"}




_SIGN_BETWEEN_DIGITS = re.compile(r"(?<=\d)([*_])(?=\d)")


def _linked(text: str) -> str:
    """Markdown text with every web and e-mail address as an autolink (`<…>`), and a `*`
    between digits escaped ("7\\*7=49"), so that no reader takes it for emphasis."""
    pieces: list[str] = []
    position = 0
    for match in ADDRESS.finditer(text):
        pieces += [_SIGN_BETWEEN_DIGITS.sub(r"\\\1", text[position:match.start()]),
                   f"<{match.group(0)}>"]
        position = match.end()
    pieces.append(_SIGN_BETWEEN_DIGITS.sub(r"\\\1", text[position:]))
    return "".join(pieces)


def _lines(rewrite: Rewrite, *, markdown: bool) -> list[str]:
    lines = [f"# {rewrite.title}" if markdown else rewrite.title, ""]
    for section in rewrite.sections:
        title = f"{section.number} {section.title}" if section.number else section.title
        if section.shows_heading:
            hashes = "#" * min(6, max(2, section.level + 1))
            lines += [f"{hashes} {title}" if markdown else title.upper(), ""]
        part = None
        in_list = False
        for block in section.blocks:
            if in_list and block.kind != "item":
                lines.append("")  # the paragraph after a list does not join its last item
                in_list = False
            if block.part != part and block.part in PART_TITLES:
                part = block.part
                label = PART_TITLES[part]
                lines += [f"**{label}**" if markdown else label, ""]
            text = _linked(block.text) if markdown else block.text
            if block.kind == "item":
                indent = "  " * max(0, block.level - 1)
                lines.append(f"{indent}{block.marker or '-'} {text}")
                in_list = True
            elif block.kind == "heading":
                lines += [f"**{text}**" if markdown else text, ""]
            elif any(s.items for s in block.sentences):
                lines += _listed(block.sentences, markdown=markdown)
            else:
                lines += [text, ""]
        if in_list:
            lines.append("")
        if section.glossary:
            lines += ["**Moeilijke woorden**" if markdown else "Moeilijke woorden", ""]
            for term, explanation in section.glossary:
                lines.append(f"- *{term}*: {explanation}" if markdown
                             else f"- {term}: {explanation}")
            lines.append("")
    return lines


def _listed(sentences: tuple[SentenceRewrite, ...], *, markdown: bool) -> list[str]:
    """A paragraph with an enumeration shown as a list: the sentences before it, the lead
    ("Dat betekent:"), one line per item, then the sentences after it."""
    lines: list[str] = []
    run: list[str] = []
    link = _linked if markdown else str
    for sentence in sentences:
        if not sentence.items:
            run.append(sentence.text)
            continue
        run.append(sentence.lead)
        lines += [link(" ".join(run)), ""]
        run = []
        lines += [f"- {link(item)}" for item in sentence.items] + [""]
    if run:
        lines += [link(" ".join(run)), ""]
    return lines


def to_markdown(rewrite: Rewrite) -> str:
    return "\n".join(_lines(rewrite, markdown=True)).rstrip() + "\n"


def to_text(rewrite: Rewrite) -> str:
    return "\n".join(_lines(rewrite, markdown=False)).rstrip() + "\n"


def to_html(rewrite: Rewrite) -> str:
    """A self-contained HTML page of the rewrite (autoescaped jinja2 template)."""
    from ..templating import environment

    return environment().get_template("convert.html.j2").render(rewrite=rewrite,
                                                               parts=PART_TITLES)
