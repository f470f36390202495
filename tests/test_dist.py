"""The `liveguard` entry point (ui/launcher.py) and, opt-in, the PyInstaller bundle.

The launcher tests run by default (a few subprocesses, seconds). The bundle test builds and runs the frozen
program (minutes): it only runs with LIVEGUARD_DIST_TESTS=1 (`make dist-check` is the same check as one command).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from app import __version__
from tests.conftest import REPO


def _run(args, *, env=None, timeout=120):
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, encoding="utf-8", errors="replace",
                          env=full_env, timeout=timeout)


def test_version_without_loading_qt():
    code = ("import sys, contextlib\nfrom ui.launcher import main\n"
            "with contextlib.suppress(SystemExit): main(['--version'])\nprint('qt', 'PySide6' in sys.modules)")
    out = _run([sys.executable, "-c", code])
    assert f"LiveGuard {__version__}" in out.stdout
    assert "qt False" in out.stdout  # the CLI paths never pay for Qt


def test_cli_subcommands_go_to_the_cli(tmp_path):
    out = _run([sys.executable, "-m", "ui.launcher", "model", "check", str(tmp_path / "none")])
    assert out.returncode == 1
    assert "找不到模型文件夹" in out.stdout


def test_smoke_watcher_reports_the_window_and_quits(tmp_path):
    """The --smoke machinery against a real (tiny) Qt window: it sees it, prints the time, quits the loop."""
    script = tmp_path / "gui.py"
    script.write_text(textwrap.dedent("""
        import sys
        from ui.launcher import _install_smoke_watcher
        state = _install_smoke_watcher(hold_ms=100)
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel("直播合规助手")
        label.setWindowTitle("LiveGuard 测试窗口")
        label.show()
        code = app.exec()
        print("exit", code, "shown", state["shown_ms"] is not None)
    """), encoding="utf-8")
    out = _run([sys.executable, str(script)], env={"PYTHONPATH": str(REPO)}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "LIVEGUARD_SMOKE window_shown_ms=" in out.stdout
    assert "title=LiveGuard 测试窗口" in out.stdout
    assert "exit 0 shown True" in out.stdout


def test_smoke_without_any_window_fails_instead_of_hanging(tmp_path):
    script = tmp_path / "nogui.py"
    script.write_text(textwrap.dedent("""
        from ui.launcher import _install_smoke_watcher
        state = _install_smoke_watcher()
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        print("exit", app.exec())
    """), encoding="utf-8")
    out = _run([sys.executable, str(script)], env={"PYTHONPATH": str(REPO), "LIVEGUARD_SMOKE_TIMEOUT": "1"},
               timeout=60)
    assert "LIVEGUARD_SMOKE error=no-window" in out.stdout
    assert "exit 3" in out.stdout


def test_liveguard_starts_the_real_console_and_quits(tmp_path):
    """`liveguard --smoke` from source: the real console window shows up, then the app quits cleanly."""
    out = _run([sys.executable, "-m", "ui.launcher", "--smoke"],
               env={"LIVEGUARD_DATA_DIR": str(tmp_path), "LIVEGUARD_MODEL_DIR": str(tmp_path / "no-model")},
               timeout=120)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "LIVEGUARD_SMOKE window_shown_ms=" in out.stdout
    assert "LiveGuard" in out.stdout.split("title=", 1)[1]


@pytest.mark.skipif(os.environ.get("LIVEGUARD_DIST_TESTS") != "1",
                    reason="builds the PyInstaller bundle (minutes): set LIVEGUARD_DIST_TESTS=1 or run `make dist-check`")
@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_bundle_passes_dist_check():
    out = _run(["bash", "scripts/dist_check.sh", "--build"], timeout=1800)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "all checks passed" in out.stdout
