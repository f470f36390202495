"""What the second opinion (复核模型) would have done to each blind batch's first run, had it existed then.

    .venv/bin/pip install -e '.[train]'     # scikit-learn (training only)
    .venv/bin/python benchmarks/second_opinion.py [--from 30] [--list]

Every blind batch of the corpus was scored once by the rules of its day before anyone tuned on it; the verbose first
runs are kept in ``tests/corpus/firstruns/`` (misses and false alarms by sentence id) and the id ranges of the batches
in ``tests/corpus/README.md``. For each batch (a pair A/B counts as one) this trains the model of
``scripts/train_second_opinion.py`` on the sentences *before* the batch only, asks it about every sentence the
first run flagged and every sentence it left alone, and counts what the second opinion would have made of it: a rule
hit set aside below the veto threshold, a claim found (at or above the find threshold) in a sentence without a rule
hit — caught only when the found span overlaps a must-flag span. Sentence recall and false alarms, per batch and
over a grid of thresholds. Nothing of a batch is seen before it is judged, so the figures are blind, as the first
runs were. ``--list`` prints every sentence the model changed.
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
from accuracy import load_corpus  # noqa: E402

CORPUS_DIR = REPO / "tests" / "corpus"
_RANGE = re.compile(r"\*\*(\d\d[AB]?)\*\*\s+`lg-(\d+)`…`lg-(\d+)`")  # a paragraph may wrap after the name


def batch_ranges() -> dict[str, tuple[int, int]]:
    """Batch name (``40A``, ``21``) -> first and last sentence number, from the corpus README."""
    text = (CORPUS_DIR / "README.md").read_text(encoding="utf-8")
    return {name: (int(lo), int(hi)) for name, lo, hi in _RANGE.findall(text)}


def first_run(name: str) -> tuple[dict[int, tuple[bool, list[str]]], dict[int, list[str]]] | None:
    """A batch's first run: {violating sentence with a missed span: (whether the rules had any hit in it, the missed
    spans' words)} and {clean sentence with a false alarm: the words the rules flagged}, by sentence number."""
    path = CORPUS_DIR / "firstruns" / f"batch{name.lower()}.txt"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    misses = text.split("漏报", 1)[1].split("误报 false alarms", 1)[0] if "漏报" in text else ""
    alarms = text.split("误报 false alarms", 1)[1].split("额外命中", 1)[0] if "误报 false alarms" in text else ""
    missed: dict[int, tuple[bool, list[str]]] = {}
    for line in misses.splitlines():
        m = re.search(r"lg-(\d+).*?应报「(.*?)」", line)
        if m:  # a sentence with two missed spans has two lines; any hit in it shows in either
            had, words = missed.get(int(m.group(1)), (False, []))
            missed[int(m.group(1))] = (had or "实报：无命中" not in line, [*words, m.group(2)])
    flagged: dict[int, list[str]] = {}
    for m in re.finditer(r"lg-(\d+) 「(.*?)」→", alarms):
        flagged.setdefault(int(m.group(1)), []).append(m.group(2))
    return missed, flagged


def caught_spans(text: str, spans, missed_words: list[str]) -> list[tuple[int, int]]:
    """The must-flag spans the rules caught: all but those whose words the first run lists as missed."""
    left = list(missed_words)
    out = []
    for a, b in spans:
        if text[a:b] in left:
            left.remove(text[a:b])
        else:
            out.append((a, b))
    return out


def flagged_at(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where in a clean sentence the first run's false-alarm words stand (their first occurrence)."""
    out = []
    for word in words:
        at = text.find(word)
        out.append((at, at + len(word)) if at >= 0 else (0, len(text)))
    return out


def _overlaps(hit, spans) -> bool:
    return any(hit.start < b and a < hit.end for a, b in spans)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="first", type=int, default=30, help="first batch number to judge (default 30)")
    ap.add_argument("--list", action="store_true", help="print every sentence the model changed, at the chosen thresholds")
    args = ap.parse_args(argv)
    grid = [(v, f) for v in (0.0, 0.1, trainer.THRESHOLD, 0.2) for f in (1.01, 0.8, trainer.FIND_THRESHOLD, 0.9, 0.95)]
    chosen = (trainer.THRESHOLD, trainer.FIND_THRESHOLD)
    rows = {int(r.id.split("-")[1]): (r.text, "" if r.is_clean else r.categories[0], r.spans)
            for r in load_corpus(CORPUS_DIR / "corpus.tsv")}
    ranges = batch_ranges()
    groups: dict[int, list[str]] = {}
    for name in ranges:
        if int(name[:2]) >= args.first and first_run(name) is not None:
            groups.setdefault(int(name[:2]), []).append(name)
    total = {g: [0, 0, 0, 0, 0, 0] for g in grid}  # violating, caught by the rules, caught after; clean, alarms, after
    print(f"复核模型回溯（盲测）：每批只用它之前的语料训练，对照该批首跑（规则当时的结果）；选用 排除<{chosen[0]}、补报≥{chosen[1]}")
    print("批次      句级召回 首跑→复核后            误报率 首跑→复核后")
    for number in sorted(groups):
        names = sorted(groups[number])
        start = min(ranges[n][0] for n in names)
        before = [(t, c) for i, (t, c, _) in rows.items() if i < start]
        model = trainer.trained_on(before)
        batch = {g: [0, 0, 0, 0, 0, 0] for g in grid}
        for name in names:
            lo, hi = ranges[name]
            missed, alarms = first_run(name)
            for i in range(lo, hi + 1):
                if i not in rows:
                    continue
                text, cat, spans = rows[i]
                p = model.probability(text)
                if cat:
                    had, words = missed.get(i, (True, []))
                    at = caught_spans(text, spans, words)
                    rule_hit = had or bool(at)
                else:
                    at = flagged_at(text, alarms.get(i, []))
                    rule_hit = bool(at)
                # the rule hits' own probabilities (the segment's, or from a turn 但是/反正 … before the hit on)
                p_hit = max((model.hit_probability(text, a, b) for a, b in at), default=0.0)
                found = None
                if not rule_hit and p >= min(f for _, f in grid):
                    found = model.claim(text, 0, len(text), p)
                for g in grid:
                    veto, find = g
                    c = batch[g]
                    if cat:
                        caught = bool(at)
                        c[0] += 1
                        c[1] += caught
                        after = (caught and p_hit >= veto) or (found is not None and p >= find and _overlaps(found, spans))
                        c[2] += after
                        if args.list and g == chosen and caught != after:
                            print(f"  {'丢失' if caught else '补上'} lg-{i:04d} p={p_hit if caught else p:.2f} {text}"
                                  + (f"  → 「{found.surface}」{found.category}" if after else ""))
                    else:
                        c[3] += 1
                        c[4] += rule_hit
                        after = (rule_hit and p_hit >= veto) or (not rule_hit and p >= find)
                        c[5] += after
                        if args.list and g == chosen and rule_hit != after:
                            print(f"  {'排除' if rule_hit else '新误报'} lg-{i:04d} p={p_hit if rule_hit else p:.2f} {text}")
        c = batch[chosen]
        print(f"{'/'.join(names):9s} {c[1] / c[0]:7.2%} → {c[2] / c[0]:7.2%}            "
              f"{c[4] / c[3]:6.2%} → {c[5] / c[3]:6.2%} ({c[4]}→{c[5]}/{c[3]})")
        for g in grid:
            total[g] = [a + b for a, b in zip(total[g], batch[g], strict=True)]
    print(f"\n合计 {len(groups)} 批（{', '.join(str(n) for n in sorted(groups))}）：排除阈值 / 补报阈值（1.01 = 不补报）")
    for g in grid:
        v, f, k, c, a, ka = total[g]
        mark = "  ← 选用" if g == chosen else ""
        print(f"  排除<{g[0]:.2f} 补报≥{g[1]:.2f}: 句级召回 {f / v:.2%} → {k / v:.2%}   "
              f"误报率 {a / c:.2%} → {ka / c:.2%}（{a}→{ka}/{c}）{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
