"""Replay each blind batch's first run with the rules of its day, then judge the hits with today's second opinion.

    .venv/bin/pip install -e '.[train]'     # scikit-learn (training only)
    .venv/bin/python benchmarks/replay_first_runs.py [--from 30] [--cache /tmp/liveguard-replay.json]

``benchmarks/second_opinion.py`` knows a first run only from its verbose file (which spans were missed, which words
raised a false alarm), so it cannot place every rule hit. This script re-scans each batch at the commit its first run
was taken on (the parent of the commit that added ``tests/corpus/firstruns/batchNNx.txt``, checked out in a throwaway
git worktree), keeps the hits in a cache, and then asks the current :meth:`SecondOpinion.judge` — trained, as in the
retrospective, only on the sentences before each batch — about them: the exact hits, so any change to how hits are set
aside or found (e.g. the turn rule of session 21) is measured blind. Needs the git history (a full clone).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "benchmarks"))

import train_second_opinion as trainer  # noqa: E402
from accuracy import evaluate, load_corpus  # noqa: E402
from second_opinion import batch_ranges  # noqa: E402

from app.rules.model import Hit  # noqa: E402

# Runs in the old worktree with its own ``app``: sentences on stdin (id TAB text, newlines escaped), hits as JSON out.
_SCAN = """
import json, os, sys, tempfile
os.environ["LIVEGUARD_DATA_DIR"] = tempfile.mkdtemp()
sys.path.insert(0, os.getcwd())
from app.rules.matcher import default_matcher
m, out = default_matcher(), {}
for line in sys.stdin:
    sid, text = line.rstrip("\\n").split("\\t", 1)
    text = text.replace("\\\\n", "\\n")
    out[sid] = [(h.start, h.end, h.severity, h.confidence, h.entry_id, h.category, h.term) for h in m.scan(text)]
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True).stdout


def replay(first: int, cache: Path, rows: dict[int, str]) -> dict:
    """{batch name: {"commit": …, "hits": {sentence id: [hit tuple]}}}, scanning only what the cache lacks."""
    done = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
    todo = [(n, r) for n, r in sorted(batch_ranges().items()) if int(n[:2]) >= first and n not in done]
    if not todo:
        return done
    worktree = Path(tempfile.mkdtemp(prefix="liveguard-replay-")) / "wt"
    _git("worktree", "add", "--detach", str(worktree), "HEAD")
    try:
        for name, (lo, hi) in todo:
            added = _git("log", "--diff-filter=A", "--format=%H", "--", f"tests/corpus/firstruns/batch{name.lower()}.txt")
            if not added.split():
                continue
            commit = added.split()[-1]
            subprocess.run(["git", "-C", str(worktree), "checkout", "-q", "--detach", commit + "^"], check=True)
            lines = "".join(f"lg-{i:04d}\t" + rows[i].replace("\n", "\\n") + "\n" for i in range(lo, hi + 1) if i in rows)
            out = subprocess.run([sys.executable, "-c", _SCAN], cwd=worktree, input=lines, capture_output=True,
                                 text=True, check=True).stdout
            done[name] = {"commit": commit, "hits": json.loads(out)}
            cache.write_text(json.dumps(done, ensure_ascii=False), encoding="utf-8")
            print(f"  重放 {name}：{commit[:8]}^，{len(done[name]['hits'])} 句", file=sys.stderr)
    finally:
        _git("worktree", "remove", "--force", str(worktree))
    return done


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="first", type=int, default=30, help="first batch number (default 30)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "liveguard-replay.json")
    args = ap.parse_args(argv)
    corpus = load_corpus(REPO / "tests" / "corpus" / "corpus.tsv")
    by_id = {r.id: r for r in corpus}
    replayed = replay(args.first, args.cache, {int(r.id[3:]): r.text for r in corpus})
    groups: dict[int, list[str]] = {}
    for name in replayed:
        if int(name[:2]) >= args.first:
            groups.setdefault(int(name[:2]), []).append(name)
    total = [0] * 6  # violating, caught by the rules, caught after; clean, alarms, alarms after
    print("批次   规则句级召回 → 复核后        规则误报 → 复核后")
    for number, names in sorted(groups.items()):
        start = min(int(sid[3:]) for n in names for sid in replayed[n]["hits"])
        model = trainer.trained_on([(r.text, "" if r.is_clean else r.categories[0])
                                    for r in corpus if int(r.id[3:]) < start])
        rows = [by_id[sid] for n in names for sid in replayed[n]["hits"]]
        hits = {by_id[sid].text: [Hit(s, e, by_id[sid].text[s:e], t, i, c, sev, (), "", conf)
                                  for s, e, sev, conf, i, c, t in found]
                for n in names for sid, found in replayed[n]["hits"].items()}
        rules = evaluate(rows, hits.__getitem__).total
        after = evaluate(rows, lambda text, m=model, h=hits: m.judge(text, h[text]).hits).total
        figures = (rules.sentences, rules.sentences_caught, after.sentences_caught, rules.clean, rules.clean_alarmed,
                   after.clean_alarmed)
        total = [a + b for a, b in zip(total, figures, strict=True)]
        print(f"{number:4d}   {rules.sentences_caught / rules.sentences:7.2%} → {after.sentences_caught / rules.sentences:7.2%}"
              f"        {rules.clean_alarmed:4d} → {after.clean_alarmed:4d} / {rules.clean}")
    v, caught, kept, c, alarms, left = total
    if v and c:
        print(f"\n合计 {len(groups)} 批：句级召回 {caught / v:.2%} → {kept / v:.2%}（{caught} → {kept} / {v}），"
              f"误报率 {alarms / c:.2%} → {left / c:.2%}（{alarms} → {left} / {c}）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
