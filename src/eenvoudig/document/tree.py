"""Walking the dependency tree of a parsed sentence (tokens point to their head by index)."""

from __future__ import annotations

from .model import Token


def subtree(tokens: tuple[Token, ...], root: int) -> set[int]:
    """Indices of `root` and every token that hangs on it, directly or not."""
    children: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        if token.head != index:
            children.setdefault(token.head, []).append(index)
    members = {root}
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in members:
                members.add(child)
                todo.append(child)
    return members


def subtree_text(tokens: tuple[Token, ...], root: int) -> str:
    """The words from the first to the last token of a subtree, space-separated."""
    members = subtree(tokens, root)
    return " ".join(t.text for t in tokens[min(members):max(members) + 1])
