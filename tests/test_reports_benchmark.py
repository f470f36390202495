"""The export benchmark keeps working (small size here; the 2,000-row figures come from running it)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO


def test_benchmark_prints_seconds_per_format_as_json():
    out = subprocess.run([sys.executable, "benchmarks/report_export.py", "--json", "--violations", "60"], cwd=REPO,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert figures["violations"] == 60
    for fmt in ("xlsx", "csv", "pdf", "html"):
        assert figures[f"{fmt}_s"] > 0 and figures[f"{fmt}_bytes"] > 1000
