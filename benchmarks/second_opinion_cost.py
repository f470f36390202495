"""What the second opinion (复核模型) costs on top of the rules: throughput and the p99 of one utterance.

    .venv/bin/python benchmarks/second_opinion_cost.py [--mb 3]

The same ~3 MB mixed text as ``scan_speed.py`` (20 % violating), scanned line by line by the default matcher alone,
then by the matcher and :meth:`SecondOpinion.judge` (set aside, and find in lines without a hit: what
``python -m app scan`` and a live show's finals do); characters per CPU-second for each and the p99 of a
60-character utterance both ways. Prints its figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=3.0)
    args = ap.parse_args(argv)
    os.environ["LIVEGUARD_DATA_DIR"] = tempfile.mkdtemp(prefix="liveguard-cost-")  # the bundled lexicon only
    import scan_speed

    from app.rules.matcher import default_matcher
    from app.rules.second_opinion import default_model

    t = time.perf_counter()
    model = default_model()
    load = time.perf_counter() - t
    matcher = default_matcher()
    matcher.warm_up()
    lines = scan_speed.mixed_text(args.mb)
    chars = sum(len(line) for line in lines)

    def rules() -> None:
        for line in lines:
            matcher.scan(line)

    def both() -> None:
        for line in lines:
            model.judge(line, matcher.scan(line))

    figures = {name: chars / scan_speed._time(fn) for name, fn in (("rules", rules), ("rules + second opinion", both))}
    utterances = scan_speed.utterances_60(lines)
    p99 = {}
    for name, fn in (("rules", matcher.scan), ("rules + second opinion", lambda u: model.judge(u, matcher.scan(u)))):
        times = []
        for u in utterances:
            t = time.perf_counter()
            fn(u)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p99[name] = times[int(len(times) * 0.99) - 1]
    print(f"复核模型载入 {load * 1000:.0f} ms；文本 {chars:,} 字，{len(lines):,} 行")
    for name in figures:
        print(f"  {name:24s} {figures[name]:>12,.0f} 字/CPU秒   60 字一句 p99 {p99[name]:.3f} ms")
    share = 1 - figures["rules + second opinion"] / figures["rules"]
    print(f"  复核模型占整体时间 {share:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
