"""What the second opinion (复核模型) would have done to each blind batch's first run, had it existed then.

    .venv/bin/pip install -e '.[train]'     # scikit-learn (training only)
    .venv/bin/python benchmarks/second_opinion.py [--from 30] [--thresholds 0.05,0.1,0.15,0.2,0.3] [--list]

Every blind batch of the corpus was scored once by the rules of its day before anyone tuned on it; the verbose first
runs are kept in ``tests/corpus/firstruns/`` (misses and false alarms by sentence id) and the id ranges of the batches
in ``tests/corpus/README.md``. For each batch (a pair A/B counts as one) this trains the model of
``scripts/train_second_opinion.py`` on the sentences *before* the batch only, asks it about every sentence the
first run flagged, and counts what a veto below each threshold would have kept: sentence recall (violating
sentences still flagged) and false alarms (clean sentences still flagged). Nothing of a batch is seen before it is
judged, so the figures are blind, as the first runs were. ``--list`` prints the lost and the vetoed sentences.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import train_second_opinion as trainer  # noqa: E402

CORPUS_DIR = REPO / "tests" / "corpus"
_RANGE = re.compile(r"\*\*(\d\d[AB]?)\*\* `lg-(\d+)`…`lg-(\d+)`")


def batch_ranges() -> dict[str, tuple[int, int]]:
    """Batch name (``40A``, ``21``) -> first and last sentence number, from the corpus README."""
    text = (CORPUS_DIR / "README.md").read_text(encoding="utf-8")
    return {name: (int(lo), int(hi)) for name, lo, hi in _RANGE.findall(text)}


def first_run(name: str) -> tuple[set[int], set[int]] | None:
    """(missed violating sentences, falsely flagged clean sentences) of a batch's first run, by number."""
    path = CORPUS_DIR / "firstruns" / f"batch{name.lower()}.txt"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    misses = text.split("漏报", 1)[1].split("误报 false alarms", 1)[0] if "漏报" in text else ""
    alarms = text.split("误报 false alarms", 1)[1].split("额外命中", 1)[0] if "误报 false alarms" in text else ""
    number = re.compile(r"lg-(\d+)")
    return {int(x) for x in number.findall(misses)}, {int(x) for x in number.findall(alarms)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="first", type=int, default=30, help="first batch number to judge (default 30)")
    ap.add_argument("--thresholds", default="0.05,0.1,0.15,0.2,0.3")
    ap.add_argument("--list", action="store_true", help="print every lost and vetoed sentence at the chosen threshold")
    args = ap.parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    rows = {int(i.split("-")[1]): (text, violating) for i, text, violating in trainer.read_corpus()}
    ranges = batch_ranges()
    groups: dict[int, list[str]] = {}
    for name in ranges:
        if int(name[:2]) >= args.first and first_run(name) is not None:
            groups.setdefault(int(name[:2]), []).append(name)
    total = {t: [0, 0, 0, 0, 0, 0] for t in thresholds}  # violating, flagged, kept; clean, alarms, kept
    print(f"复核模型回溯（盲测）：每批只用它之前的语料训练；阈值 {thresholds}，选用 {trainer.THRESHOLD}")
    print("批次   句级召回 首跑→复核后               误报率 首跑→复核后")
    for number in sorted(groups):
        names = sorted(groups[number])
        start = min(ranges[n][0] for n in names)
        before = [(t, v) for i, (t, v) in rows.items() if i < start]
        vec, clf = trainer.fit([t for t, _ in before], [v for _, v in before])
        batch = {t: [0, 0, 0, 0, 0, 0] for t in thresholds}
        for name in names:
            lo, hi = ranges[name]
            misses, alarms = first_run(name)
            ids = [i for i in range(lo, hi + 1) if i in rows]
            probs = trainer.probabilities(vec, clf, [rows[i][0] for i in ids])
            for t in thresholds:
                c = batch[t]
                for i, p in zip(ids, probs, strict=True):
                    if rows[i][1]:
                        c[0] += 1
                        if i not in misses:
                            c[1] += 1
                            c[2] += p >= t
                            if args.list and t == trainer.THRESHOLD and p < t:
                                print(f"  丢失 lg-{i:04d} p={p:.3f} {rows[i][0]}")
                    else:
                        c[3] += 1
                        if i in alarms:
                            c[4] += 1
                            c[5] += p >= t
                            if args.list and t == trainer.THRESHOLD and p < t:
                                print(f"  排除 lg-{i:04d} p={p:.3f} {rows[i][0]}")
        c = batch[trainer.THRESHOLD] if trainer.THRESHOLD in batch else batch[thresholds[0]]
        print(f"{'/'.join(names):8s} {c[1] / c[0]:7.2%} → {c[2] / c[0]:7.2%} ({c[1] - c[2]} 句)   "
              f"{c[4] / c[3]:6.2%} → {c[5] / c[3]:6.2%} ({c[4]}→{c[5]}/{c[3]})")
        for t in thresholds:
            total[t] = [a + b for a, b in zip(total[t], batch[t], strict=True)]
    print(f"\n合计 {len(groups)} 批（{', '.join(str(n) for n in sorted(groups))}）：")
    for t in thresholds:
        v, f, k, c, a, ka = total[t]
        mark = "  ← 选用" if t == trainer.THRESHOLD else ""
        print(f"  阈值 {t:.2f}: 句级召回 {f / v:.2%} → {k / v:.2%}（少 {f - k}/{v} 句）   "
              f"误报率 {a / c:.2%} → {ka / c:.2%}（{a}→{ka}/{c}）{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
