"""Report export speed: a show with 2,000 violations exported in every format (goal ≤ 2 s each).

Usage: ``python benchmarks/report_export.py [--json] [--violations N] [--repeat N] [--keep DIR]``
Prints the seconds to gather the report from SQLite and to write each format (best and median of
``--repeat`` runs: the machine is shared, the best run is the least disturbed); also the time per
``record_hit`` (a committed, fsynced violation) while the show is built.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.events import HitEvent  # noqa: E402
from app.reports import FORMATS, export  # noqa: E402
from app.reports.data import build_report  # noqa: E402
from app.rules.model import Hit  # noqa: E402
from app.store import Store  # noqa: E402

TERMS = [
    ("最有效", "绝对化用语", "high", ("用户反馈有效",), "《广告法》第九条第三项"),
    ("全网最低价", "价格违规", "high", ("近期优惠价",), "《价格法》第十四条"),
    ("治疗", "医疗用语", "high", ("改善", "调理"), "《广告法》第十七条"),
    ("最后三分钟", "虚假紧迫/诱导", "medium", ("活动时间有限",), "《网络直播营销管理办法》"),
    ("美白", "功效夸大", "medium", ("提亮肤色",), "《化妆品监督管理条例》"),
    ("国家认证", "权威背书", "medium", ("通过相关检测",), "《广告法》第九条"),
    ("加微信", "导流/私下交易", "low", ("在直播间下单",), "平台规则"),
    ("转运", "迷信", "low", ("寓意美好",), "《广告法》第九条"),
]


def build_show(store: Store, n: int, seed: int = 7) -> tuple[int, float]:
    rnd = random.Random(seed)
    start = time.time() - 4 * 3600
    show_id = store.create_show(room="1号直播间", anchors=("小美", "阿强"), product_category="美妆",
                                lexicon_version="bench", started_at=start)
    t0 = time.perf_counter()
    for i in range(n):
        term, cat, sev, sugg, basis = rnd.choice(TERMS)
        hit = Hit(4, 4 + len(term), term, term, f"e-{term}", cat, sev, sugg, basis, confidence=0.9)
        at = start + 3 * 3600 * i / n
        ctx = f"家人们这款真的是{term}的，=SUM(A1) 第{i}句<b>话</b>"
        event = HitEvent(hit, i, at - start, at - start + 0.6, at, ctx, is_final=bool(i % 2))
        store.record_hit(show_id, event, "小美" if i % 3 else "阿强")
    per_hit = (time.perf_counter() - t0) / max(1, n)
    for vid in range(1, n + 1, 4):
        store.review(vid, "confirmed" if vid % 8 == 1 else "false_alarm", "复核备注", "主管")
    store.end_show(show_id, start + 3 * 3600)
    return show_id, per_hit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--violations", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per format; best and median are printed")
    parser.add_argument("--keep", metavar="DIR", help="write the files into DIR instead of a temp folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(args.keep) if args.keep else Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        with Store.open(Path(tmp) / "bench.sqlite") as store:
            show_id, per_hit = build_show(store, args.violations)
            t0 = time.perf_counter()
            report = store.run(lambda repo: build_report(repo, [show_id]))
            gather = time.perf_counter() - t0
        results = {"violations": report.total, "record_hit_ms": round(per_hit * 1000, 2),
                   "gather_s": round(gather, 3)}
        for fmt in FORMATS:
            path = out_dir / f"report.{fmt}"
            runs = []
            for _ in range(max(1, args.repeat)):
                t0 = time.perf_counter()
                export(report, fmt, path)
                runs.append(time.perf_counter() - t0)
            results[f"{fmt}_s"] = round(min(runs), 6)
            results[f"{fmt}_median_s"] = round(statistics.median(runs), 6)
            results[f"{fmt}_bytes"] = path.stat().st_size
    if args.json:
        print(json.dumps(results))
    else:
        print(f"violations: {results['violations']}  (record_hit, fsynced: {results['record_hit_ms']} ms each)")
        print(f"gather from SQLite: {results['gather_s']:.3f} s")
        for fmt in FORMATS:
            flag = "ok" if results[f"{fmt}_s"] <= 2.0 else "SLOWER THAN 2 s GOAL"
            print(f"{fmt:5s}: best {results[f'{fmt}_s']:.3f} s, median {results[f'{fmt}_median_s']:.3f} s "
                  f"({results[f'{fmt}_bytes']:,} bytes)  {flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
