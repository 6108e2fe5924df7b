"""The rule kinds, one module each, and the registry that names them.

`KINDS` is the one place a kind's name is given: rule files are validated against it and
the engine looks each rule's kind up in it. A new kind is a module with a `RuleKind`
subclass and one line here (see docs/rule-kinds.md).
"""

from __future__ import annotations

from typing import Any

from ...errors import DataError
from ..model import Rule
from .base import RuleKind, SentenceContext
from .existence import Existence
from .explanation import Explanation
from .limit import Limit
from .pattern import Pattern
from .substitution import Substitution

__all__ = ["KINDS", "RuleKind", "SentenceContext", "kind_of"]

KINDS: dict[str, RuleKind[Any]] = {
    "substitution": Substitution(),
    "existence": Existence(),
    "pattern": Pattern(),
    "limit": Limit(),
    "explanation": Explanation(),
}


def kind_of(rule: Rule) -> RuleKind[Any]:
    """The kind a rule belongs to."""
    try:
        return KINDS[rule.kind]
    except KeyError:
        raise DataError(f"{rule.file}:{rule.line}: regel {rule.id} heeft een onbekende soort "
                        f"'{rule.kind}'") from None
