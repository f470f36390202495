"""Popup latency: from a HitEvent leaving the pipeline (its ``emitted_at``, on the dispatch thread) to the
warning popup being shown on the UI thread. Goal: within 100 ms.

Runs the real path: RehearsalSource → LivePipeline (matcher, hit tracker) → PipelineThread signal →
PopupManager.show_hit, with a ShowRecorder writing every hit to a real SQLite file (as in a show), and
the prompter updating too. Offscreen by default (QT_QPA_PLATFORM=offscreen).

    python benchmarks/popup_latency.py [--hits 60] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SENTENCES = ["这款精华是全网最低价", "绝对是你用过最有效的", "可以根治痘痘", "只剩最后三分钟", "国家级专家推荐"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hits", type=int, default=60, help="about how many hits to time")
    parser.add_argument("--cps", type=float, default=30.0, help="rehearsal speaking rate, characters/second")
    parser.add_argument("--lexicon", type=Path, help="lexicon CSV (default: the bundled default lexicon)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # The offscreen platform warns about raise()/size hints it cannot do; keep the output to the figures.
    qInstallMessageHandler(lambda _mode, _ctx, msg: None if "This plugin does not support" in msg
                           else print(msg, file=sys.stderr))

    tmp = Path(tempfile.mkdtemp(prefix="lg-bench-"))
    os.environ.setdefault("LIVEGUARD_DATA_DIR", str(tmp))
    app = QApplication([])
    from app.audio.rehearsal import RehearsalSource
    from app.rules.lexicon import LexiconManager
    from app.store.recorder import ShowRecorder
    from ui.live_session import PipelineThread
    from ui.popup import PopupManager
    from ui.prompter import AnchorPrompter

    manager = LexiconManager(default_path=args.lexicon) if args.lexicon else LexiconManager()
    if not manager.entries:
        print("默认词库为空或缺失（resources/lexicon/default.csv），无法测量。", file=sys.stderr)
        return 1
    script = "。".join(SENTENCES[i % len(SENTENCES)] for i in range(args.hits)) + "。"
    recorder = ShowRecorder.open(tmp / "bench.sqlite", room="bench", source="rehearsal")
    popups = PopupManager(seconds=2, max_stack=4)
    prompter = AnchorPrompter(seconds=2)
    latencies: list[float] = []

    def on_shown(event, _perf):
        latencies.append((time.time() - event.emitted_at) * 1000.0)

    popups.shown.connect(on_shown)
    session = PipelineThread(RehearsalSource(script, cps=args.cps, realtime=True), manager.matcher, recorder=recorder)

    def on_event(event):
        from app.events import HitEvent

        if isinstance(event, HitEvent):
            popups.show_hit(event)
            prompter.show_prompt(event)

    session.pipeline_event.connect(on_event)
    session.finished.connect(app.quit)
    started = time.perf_counter()
    session.start()
    app.exec()
    session.wait()
    recorder.close()
    popups.dismiss_all()
    elapsed = time.perf_counter() - started
    if not latencies:
        print("没有产生任何弹窗：词库里没有这些测试词？", file=sys.stderr)
        return 1
    lat = sorted(latencies)
    result = {
        "popups": len(lat),
        "median_ms": round(statistics.median(lat), 2),
        "p95_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.95))], 2),
        "max_ms": round(lat[-1], 2),
        "under_100ms": sum(1 for v in lat if v <= 100.0),
        "seconds": round(elapsed, 1),
        "platform": os.environ.get("QT_QPA_PLATFORM", ""),
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"popups shown: {result['popups']} in {result['seconds']} s ({result['platform']})")
        print(f"hit event → popup shown: median {result['median_ms']} ms, p95 {result['p95_ms']} ms, "
              f"max {result['max_ms']} ms; {result['under_100ms']}/{result['popups']} within 100 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
