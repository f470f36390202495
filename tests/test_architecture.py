"""The core stays headless: nothing under app/ imports Qt or the ui package; and no module grows too long."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import REPO

MAX_MODULE_LINES = 400  # the project's rule: a module under app/ or ui/ has at most this many lines
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_app_has_no_qt_imports():
    offenders = []
    for path in sorted((REPO / "app").rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] in FORBIDDEN:
                offenders.append(f"{path.relative_to(REPO)}: import {name}")
    assert offenders == []


def test_cli_runs_without_qt_loaded():
    code = "import sys, app.cli; app.cli.build_parser(); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_no_module_is_longer_than_the_limit():
    """Split a module that outgrows the limit by moving a coherent part (a class, a family of helpers) out."""
    too_long = []
    for package in ("app", "ui"):
        for path in sorted((REPO / package).rglob("*.py")):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_MODULE_LINES:
                too_long.append(f"{path.relative_to(REPO).as_posix()}: {lines} lines")
    assert too_long == [], f"modules over {MAX_MODULE_LINES} lines: " + "; ".join(too_long)
