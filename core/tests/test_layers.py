"""The dependency order of the apps is a contract (import-linter, run by `make lint`): an
import that points up the layers fails it."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

APPS = [
    "core",
    "governments",
    "strategies",
    "preparation",
    "diagnosis",
    "monitoring",
    "versions",
    "teams",
    "workshops",
    "consultations",
    "documents",
    "adoption",
    "portal",
    "demo",
]


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (our own tool on our own tree)
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=root,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_project_keeps_its_layers():
    result = lint_imports(Path(settings.BASE_DIR))
    assert result.returncode == 0, result.stdout[-3000:]


def test_a_backward_import_breaks_the_contract(tmp_path):
    base = Path(settings.BASE_DIR)
    shutil.copy(base / "pyproject.toml", tmp_path / "pyproject.toml")
    for app in APPS:
        if app == "governments":
            shutil.copytree(base / app, tmp_path / app, ignore=shutil.ignore_patterns("tests"))
        else:
            (tmp_path / app).symlink_to(base / app)
    (tmp_path / "governments" / "probe.py").write_text(
        "from strategies.models import Strategy  # points up: governments is below strategies\n"
    )
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    assert "governments is not allowed to import strategies" in result.stdout
    assert "governments.probe -> strategies.models" in result.stdout


def test_no_module_imports_itself_in_a_circle():
    """Within and between the apps, modules import one another in one direction only (a
    cycle made two modules one, and forced imports inside functions)."""
    import grimp

    graph = grimp.build_graph(*APPS, cache_dir=None)
    modules = {m for m in graph.modules if ".tests" not in m and ".migrations" not in m}
    edges = {
        m: {n for n in graph.find_modules_directly_imported_by(m) if n in modules} for m in modules
    }
    index, low, stack, on_stack, cycles, counter = {}, {}, [], set(), [], [0]

    def visit(module):  # Tarjan's strongly connected components
        index[module] = low[module] = counter[0]
        counter[0] += 1
        stack.append(module)
        on_stack.add(module)
        for imported in edges[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for module in sorted(modules):
        if module not in index:
            visit(module)
    assert cycles == []


REASONS = ("# lazy:", "# after:", "connected once the apps are loaded", "exist only once the apps")


def test_an_import_inside_a_function_says_why():
    """Imports sit at the top of a module; one inside a function says why on a comment just
    above it or above its group (a heavy library loaded lazily, an import that must come
    after something, an app's ready())."""

    base = Path(settings.BASE_DIR)
    unexplained = []
    for app in APPS:
        for path in sorted((base / app).rglob("*.py")):
            relative = path.relative_to(base).as_posix()
            if "/tests/" in relative or "/migrations/" in relative:
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            for node in ast.walk(ast.parse("\n".join(lines))):
                if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                for statement in ast.walk(node):
                    if not isinstance(statement, ast.Import | ast.ImportFrom):
                        continue
                    above = lines[max(0, statement.lineno - 6) : statement.lineno - 1]
                    if not any(reason in line for line in above for reason in REASONS):
                        unexplained.append(f"{relative}:{statement.lineno}")
    assert unexplained == []


WRITES = {"save", "create", "bulk_create", "update", "bulk_update", "delete", "get_or_create"}
NOT_FOUND = {"Http404", "get_object_or_404", "get_list_or_404"}


def selector_modules():
    base = Path(settings.BASE_DIR)
    for app in APPS:
        for path in sorted((base / app).rglob("selectors*.py")):
            yield path.relative_to(base).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_selectors_read_and_leave_the_missing_page_to_the_view():
    """Selectors read: they call no write method (a read that creates rows is a bug) and
    answer None for what is not there; the view turns None into a 404 (core.views.found)."""
    offenders = []
    for relative, tree in selector_modules():
        for node in ast.walk(tree):
            call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            if call and node.func.attr in WRITES:
                offenders.append(f"{relative}:{node.lineno} calls .{node.func.attr}()")
            if isinstance(node, ast.Name) and node.id in NOT_FOUND:
                offenders.append(f"{relative}:{node.lineno} uses {node.id}")
            if isinstance(node, ast.alias) and node.name in NOT_FOUND:
                offenders.append(f"{relative} imports {node.name}")
    assert offenders == []


MAX_FUNCTION_LINES = 60


def test_no_function_body_runs_over_sixty_lines():
    """A function reads as one screen: past 60 lines of body (its docstring aside) it is
    several steps, each of which deserves a name (a builder as one function per section
    of its document, a loader as one per part of the data)."""
    base = Path(settings.BASE_DIR)
    long = []
    for app in [*APPS, "config"]:
        for path in sorted((base / app).rglob("*.py")):
            relative = path.relative_to(base).as_posix()
            if "/tests/" in relative or "/migrations/" in relative:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                body = node.body
                if ast.get_docstring(node) is not None:
                    body = body[1:]
                if body and body[-1].end_lineno - body[0].lineno + 1 > MAX_FUNCTION_LINES:
                    long.append(f"{relative}:{node.lineno} {node.name}")
    assert long == []
