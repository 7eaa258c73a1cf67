"""The package's layering: no module imports another in a cycle, each imports on its own."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import dateline

PACKAGE = Path(dateline.__file__).parent


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Modules of the package that ``name`` imports, at the top or inside functions."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = (f"{base}.{node.module}" if node.module else base) if node.level else (
                node.module or "")
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in modules else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in modules and m != name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(graph[n]):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state and (found := visit(m)):
                return found
        state[n] = 2
        stack.pop()
        return None

    for n in sorted(graph):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_layers_graph_sees_the_package_imports():
    graph = _graph()
    assert {"dateline.cli", "dateline.cli.options", "dateline.pipeline"} <= graph.keys()
    assert "dateline.cli.options" in graph["dateline.cli.extract"]
    assert "dateline.cli" not in graph["dateline.cli.options"]


def test_layers_no_import_cycle_between_modules():
    # the package itself (``dateline/__init__``) re-exports the pipeline; modules below it may
    # read ``__version__`` from it, which is no cycle between modules
    graph = {n: deps - {"dateline"} for n, deps in _graph().items() if n != "dateline"}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def _import_each(names: list[str]) -> subprocess.Popen:
    """A fresh interpreter that imports each named module with no dateline module loaded."""
    script = (
        "import importlib, sys\n"
        "failed = []\n"
        f"for name in {names!r}:\n"
        "    for m in [m for m in sys.modules if m == 'dateline' or m.startswith('dateline.')]:\n"
        "        del sys.modules[m]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as err:\n"
        "        failed.append(f'{name}: {err}')\n"
        "print('\\n'.join(failed))\n"
    )
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_layers_each_module_imports_on_its_own():
    names = sorted(n for n in _graph() if n != "dateline")
    assert names
    # two interpreters share the modules (each re-imports the package hundreds of times); the
    # time limit only stops a hung import
    runs = [_import_each(names[i::2]) for i in range(2)]
    for run in runs:
        out, err = run.communicate(timeout=1800)
        assert run.returncode == 0, err
        assert out.strip() == "", out
