"""The display categories of hits (`categories.yaml` beside this module): one list, with
Dutch labels and explanations, for the web page, the HTML report and the Word comments.

A rule file names a category for its set (`category:`), and a rule may name another one; a
set that names none gets the list's `default`. Which category a hit has is its rule's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from ..errors import DataError
from .model import Hit, Rule

FILE = "categories.yaml"
KEYS = {"key", "label", "short", "explanation", "marks", "first"}
MARKS = ("word", "sentence", "either")


@dataclass(frozen=True)
class Category:
    """How hits of one category are shown (see `categories.yaml` for each field)."""

    key: str
    label: str
    short: str
    explanation: str
    marks: str
    first: bool = False

    def explained(self, long_sentence: int) -> str:
        """The explanation with the long-sentence limit in use filled in."""
        return self.explanation.replace("{limit}", str(long_sentence))


def _category(item: Any, file: str) -> Category:
    if not isinstance(item, dict) or set(item) - KEYS:
        raise DataError(f"{file}: elke categorie heeft alleen {', '.join(sorted(KEYS))}.")
    for key in ("key", "label", "short", "explanation"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise DataError(f"{file}: categorie {item.get('key', '?')} mist '{key}'.")
    if item.get("marks") not in MARKS:
        raise DataError(f"{file}: 'marks' van {item['key']} moet een van "
                        f"{', '.join(MARKS)} zijn.")
    return Category(item["key"], item["label"].strip(), item["short"].strip(),
                    item["explanation"].strip(), item["marks"], bool(item.get("first", False)))


@cache
def _table() -> tuple[tuple[Category, ...], str]:
    file = f"eenvoudig/checking/{FILE}"
    try:
        data = yaml.safe_load((files("eenvoudig.checking") / FILE).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{file}: kan de categorieën niet lezen ({exc}).") from None
    found = tuple(_category(item, file) for item in data.get("categories") or [])
    keys = [c.key for c in found]
    if not found or len(set(keys)) != len(keys) or data.get("default") not in keys:
        raise DataError(f"{file}: de categorieën zijn leeg, dubbel of 'default' ontbreekt.")
    return found, data["default"]


def categories() -> tuple[Category, ...]:
    """All categories, in legend order."""
    return _table()[0]


def default_key() -> str:
    """The category of a set that names none."""
    return _table()[1]


@cache
def category(key: str) -> Category:
    """The category with this key; "" (or an unknown key) gives the default."""
    by_key = {c.key: c for c in categories()}
    return by_key.get(key) or by_key[default_key()]


def category_of(hit: Hit) -> Category:
    """The category of a hit: its rule's (the default for a hit without a rule)."""
    return category(hit.origin.category if hit.origin is not None else "")


def used(rules: Iterable[Rule], hits: Iterable[Hit] = ()) -> tuple[Category, ...]:
    """The categories that these rules or hits use, in legend order."""
    keys = {category(r.category).key for r in rules} | {category_of(h).key for h in hits}
    return tuple(c for c in categories() if c.key in keys)
