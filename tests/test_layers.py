"""The layers depend one way: the CLI and the web page call the public API; the API composes
rendering, rewriting, checking and analysis; those stand on the document model and the
language data; nothing lower imports from higher, and no two modules import each other
(imports under `if TYPE_CHECKING:` are for type hints only and do not count)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "eenvoudig"

# Lower number = lower layer. Top-level helper modules sit at the bottom.
LAYERS = {
    "_version": 0, "errors": 0, "settings": 0, "resources": 0, "dutch_format": 0,
    "templating": 0, "py": 0,
    "language": 1, "document": 2, "analysis": 3, "checking": 4, "rewriting": 5,
    "rendering": 6, "api": 7, "spacy_component": 7, "__init__": 7, "__main__": 9,
    "cli": 8, "web": 8, "models": 1, "templates": 0,
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The eenvoudig modules that a module imports at run time (also inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("eenvoudig"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.startswith("eenvoudig"):
                for alias in node.names:  # "from .. import api" imports eenvoudig.api
                    sub = f"{module}.{alias.name}"
                    found.add(sub if sub in modules else module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        graph[name] = {m for m in _imports(path, set(modules)) if m in modules and m != name}
    return graph


def _layer(module: str) -> int:
    parts = module.split(".")
    return LAYERS[parts[1]] if len(parts) > 1 else LAYERS["__init__"]


def test_lower_layers_never_import_api_cli_or_web():
    lower = ("eenvoudig.rewriting", "eenvoudig.checking", "eenvoudig.analysis",
             "eenvoudig.document", "eenvoudig.language", "eenvoudig.rendering")
    bad = sorted(
        f"{module} → {target}"
        for module, targets in _graph().items() if module.startswith(lower)
        for target in targets
        if target.startswith(("eenvoudig.api", "eenvoudig.cli", "eenvoudig.web"))
        or target == "eenvoudig"
    )
    assert bad == []


def test_every_import_goes_down_or_sideways():
    upward = sorted(
        f"{module} → {target}"
        for module, targets in _graph().items() for target in targets
        if _layer(target) > _layer(module)
    )
    assert upward == []


def test_no_import_cycles():
    graph = _graph()
    cycles = []
    for start in sorted(graph):
        stack = [(start, [start])]
        seen = set()
        while stack:
            node, trail = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    cycles.append(" → ".join([*trail, start]))
                elif nxt not in seen and nxt > start:  # each cycle found once
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
    assert cycles == []


def test_the_walk_sees_real_imports():
    graph = _graph()
    assert "eenvoudig.analysis.analyze" in graph["eenvoudig.checking.run"]
    assert "eenvoudig.settings" in graph["eenvoudig.analysis.analyze"]
