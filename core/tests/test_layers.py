"""The dependency order of the apps is a contract (import-linter, run by `make lint`): an
import that points up the layers fails it."""

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
