"""The domain's modules import each other one way only: no module imports one that imports it back.

The graph counts every import a module can run: at the top, inside functions (a lazy import
is still an edge) and the package ``__init__`` an import runs first. Imports only for type
checkers (``if TYPE_CHECKING:``) never run and are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                skipped.update(id(n) for n in ast.walk(child))
    return skipped


def _imported(node: ast.Import | ast.ImportFrom, name: str, is_package: bool) -> list[str]:
    """The dotted names an import statement in module ``name`` may load."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = name.split(".") if is_package else name.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, *([base] if base else [])])
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the modules of ``package`` it imports (and their packages' ``__init__``)."""
    paths = {module_name(p, root): p for p in (root / package).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_nodes(tree)
        targets: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in skipped:
                is_package = path.name == "__init__.py"
                targets.update(t for t in _imported(node, name, is_package) if t in paths)
        for target in list(targets):  # importing a.b.c first runs a.b's __init__
            parts = target.split(".")
            targets.update(".".join(parts[:i]) for i in range(1, len(parts)))
        # a module's own packages have run their __init__ before it: no edge back to them
        graph[name] = {t for t in targets if t in paths and not f"{name}.".startswith(f"{t}.")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_module_of_the_domain_imports_one_that_imports_it_back():
    graph = import_graph(ROOT, "scipop")
    assert "scipop.scheduling.booking" in graph["scipop.scheduling.following"]
    assert cycles(graph) == []


def test_the_scheduling_modules_build_on_shared_helpers_not_on_the_service():
    graph = import_graph(ROOT, "scipop")
    for name in ("following", "recurrence", "importing", "booking"):
        assert "scipop.scheduling.service" not in graph[f"scipop.scheduling.{name}"], name
    importers = sorted(name for name, targets in graph.items() if "scipop.app" in targets)
    assert importers and all(name.startswith("scipop.cli.") for name in importers), importers


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_lazy_import_back_is_a_cycle_and_a_type_checking_one_is_not(tmp_path):
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/service.py": "from pkg.helpers import helper\n",
            "pkg/helpers.py": "def helper():\n    from pkg.service import x\n",
            "pkg/typed.py": "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from pkg.other import y\n",
            "pkg/other.py": "from . import typed\n",
        },
    )
    assert cycles(import_graph(tmp_path, "pkg")) == [["pkg.helpers", "pkg.service"]]


def test_a_package_init_that_imports_its_importers_is_a_cycle(tmp_path):
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/services/__init__.py": "def root():\n    from pkg.scheduling import S\n",
            "pkg/services/base.py": "",
            "pkg/scheduling.py": "from pkg.services.base import writing\n",
        },
    )
    assert cycles(import_graph(tmp_path, "pkg")) == [["pkg.scheduling", "pkg.services"]]
