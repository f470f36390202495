"""Standalone coverage of chosen lexicon rows (round 100's shape rows by default) on the labelled corpus.

    .venv/bin/python benchmarks/shape_coverage.py [--ids EFF-0237,MED-0287,COS-0090] [--verbose]

Builds a matcher from ONLY the given rows (as benchmarks/scan_speed.py builds one) and prints, per blind generic
batch (ids from tests/corpus/README.md), how many violating 功效夸大/医疗用语/化妆品宣称 sentences the rows catch on
their own (a hit overlapping a labelled span), the same for everything before batch 30, and every clean sentence of
the whole corpus they hit (each one a false alarm unless a context reading mutes it in the full matcher).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from app.rules.lexicon import load_lexicon  # noqa: E402
from app.rules.matcher import Matcher  # noqa: E402
from benchmarks.accuracy import load_corpus  # noqa: E402

BATCHES = {"30": (10069, 10473), "31": (10474, 10879), "32": (10880, 11277), "34": (11727, 12127),
           "38": (13472, 13872), "39": (13873, 14271), "41": (14687, 15088), "43": (15508, 15956)}
CATEGORIES = {"功效夸大", "医疗用语", "化妆品宣称"}


def _num(row) -> int:
    return int(row.id.split("-")[1])


def _caught(matcher: Matcher, row) -> bool:
    return any(h.start < e and s < h.end for h in matcher.scan(row.text) for (s, e) in row.spans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", default="EFF-0237,MED-0287,COS-0090")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    ids = set(args.ids.split(","))
    matcher = Matcher([e for e in load_lexicon(overlay=False).entries if e.id in ids])
    rows = load_corpus()
    total = caught = 0
    for name, (lo, hi) in BATCHES.items():
        violating = [r for r in rows if lo <= _num(r) <= hi and not r.is_clean and CATEGORIES & set(r.categories)]
        hits = [r for r in violating if _caught(matcher, r)]
        print(f"batch {name}: {len(hits)}/{len(violating)}")
        if args.verbose:
            for r in hits:
                print(f"  + {r.id} {r.text}")
        total += len(violating)
        caught += len(hits)
    print(f"blind generic batches: {caught}/{total}")
    early = [r for r in rows if _num(r) < 10069 and not r.is_clean and CATEGORIES & set(r.categories)]
    print(f"before batch 30: {sum(_caught(matcher, r) for r in early)}/{len(early)}")
    clean = [r for r in rows if r.is_clean]
    noisy = [r for r in clean if matcher.scan(r.text)]
    print(f"clean sentences hit (whole corpus): {len(noisy)}/{len(clean)}")
    for r in noisy:
        print(f"  ! {r.id} {r.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
