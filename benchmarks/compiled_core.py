"""Would compiling the rules with mypyc make the matcher fast enough? A measured trial, not a build step.

    .venv/bin/python benchmarks/compiled_core.py [--runs 2] [--keep DIR]

Issue 2 asks for >= 2 M chars/s; the pure-Python matcher does ~0.3-0.4 M (``scan_speed.py``), and the profile
spreads over ~60 context readers, the candidate loops and the sound-alikes, with much of the time inside ``re`` and
``str`` methods that are C already. This script answers the obvious question with a number instead of a guess:

1. exports ``HEAD`` (``git archive``) into a scratch folder;
2. installs mypy there if it is missing (``pip install --target``; the only network use, from PyPI);
3. type-checks ``app/rules`` and compiles with mypyc every module that checks clean, except the two whose
   run-time tricks a native class breaks (``model.py``: ``Hit`` is filled through its ``__dict__``;
   ``word_classes.py``: subclasses a plain dataclass);
4. runs ``scan_speed.py --json`` alternately in the compiled copy and in this tree (same text, same lexicon), and
   prints both.

Nothing here changes the app: the compiled copy is thrown away unless ``--keep`` names a folder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOT_NATIVE = {"model.py", "word_classes.py", "__init__.py"}  # see the docstring
FIGURES = ("chars_per_s_lines", "chars_per_s_blocks", "p50_ms_60", "p99_ms_60", "calibration_ms_sum_range_1e6")


def _run(cmd: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)


def export(dest: Path) -> None:
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=REPO, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    shutil.copy2(REPO / "tests" / "corpus" / "corpus.tsv", dest / "tests" / "corpus" / "corpus.tsv")  # same text


def mypy_env(tools: Path) -> dict:
    if _run([sys.executable, "-c", "import mypyc"], REPO, {**os.environ, "PYTHONPATH": str(tools)}).returncode:
        print("安装 mypy 到", tools, "…", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target", str(tools), "mypy"], check=True)
    return {**os.environ, "PYTHONPATH": str(tools)}


def clean_modules(tree: Path, env: dict) -> list[str]:
    """The ``app/rules`` modules mypy finds no error in, minus the ones that cannot be native classes."""
    out = _run([sys.executable, "-m", "mypy", "--ignore-missing-imports", "app/rules"], tree, env).stdout
    broken = {Path(m).name for m in re.findall(r"^(app/rules/\S+?\.py):\d+: error", out, re.M)}
    return sorted(f"app/rules/{p.name}" for p in (tree / "app" / "rules").glob("*.py")
                  if p.name not in broken | NOT_NATIVE)


def speed(tree: Path) -> dict:
    proc = _run([sys.executable, "benchmarks/scan_speed.py", "--json"], tree)
    if proc.returncode:
        raise SystemExit(f"scan_speed.py 在 {tree} 失败：\n{proc.stderr[-2000:]}")
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    return {k: figures[k] for k in FIGURES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2, help="alternating runs of each tree (default 2)")
    parser.add_argument("--keep", type=Path, help="build the compiled copy here and keep it")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="lg-mypyc-"))
    tree = args.keep or scratch / "tree"
    tree.mkdir(parents=True, exist_ok=True)
    try:
        export(tree)
        env = mypy_env(scratch / "tools")
        modules = clean_modules(tree, env)
        total = len(list((tree / "app" / "rules").glob("*.py")))
        print(f"mypyc 编译 {len(modules)} / {total} 个模块（其余有类型错误或不能做原生类）…", file=sys.stderr)
        build = _run([sys.executable, "-m", "mypyc", "--ignore-missing-imports", "--follow-imports=silent", *modules],
                     tree, env)
        if build.returncode:
            raise SystemExit(f"mypyc 编译失败：\n{build.stdout[-2000:]}{build.stderr[-2000:]}")
        results: dict[str, list[dict]] = {"compiled": [], "pure": []}
        for _ in range(args.runs):
            results["compiled"].append(speed(tree))
            results["pure"].append(speed(REPO))
        print(json.dumps({"compiled_modules": len(modules), "modules": total, **results}, ensure_ascii=False))
        for name, runs in results.items():
            for r in runs:
                print(f"{name:9} 逐行 {r['chars_per_s_lines']:>9,} 字/CPU秒  4000字块 {r['chars_per_s_blocks']:>9,}  "
                      f"p50 {r['p50_ms_60']} ms  p99 {r['p99_ms_60']} ms  （校准 {r['calibration_ms_sum_range_1e6']} ms）")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
