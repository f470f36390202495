"""Worker threads: results cross to the main thread, stop flag → drain → join, the UI thread keeps running."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread, QTimer

from tests.test_ui_helpers import main_thread_gc  # noqa: F401 - autouse: GC only on the main thread
from ui.model_status import ModelController
from ui.workers import JobThread, StreamThread, WorkerRegistry, iterate


def test_job_result_arrives_on_main_thread(qtbot):
    registry = WorkerRegistry()
    seen = {}

    def work(x):
        seen["thread"] = threading.current_thread()
        return x * 2

    job = JobThread(work, 21)
    received = []
    job.result.connect(lambda v: received.append((v, QThread.currentThread())))
    with qtbot.waitSignal(job.result, timeout=3000):
        registry.start(job)
    assert received[0][0] == 42
    assert received[0][1] is qtbot_main_thread()
    assert seen["thread"] is not threading.main_thread()
    assert job.wait(2000)


def test_job_failure_is_a_message(qtbot):
    job = JobThread(lambda: 1 / 0)
    with qtbot.waitSignal(job.failed, timeout=3000) as blocker:
        WorkerRegistry().start(job)
    assert "division" in blocker.args[0]
    job.wait(2000)


def test_stream_stops_and_registry_joins(qtbot):
    registry = WorkerRegistry()

    def endless():
        n = 0
        while True:
            n += 1
            time.sleep(0.01)
            yield n

    stream = StreamThread(iterate(endless), name="endless")
    items = []
    stream.item.connect(items.append)
    registry.start(stream)
    qtbot.waitUntil(lambda: len(items) >= 5, timeout=3000)
    stuck = registry.shutdown(2000)
    assert stuck == []
    assert not stream.isRunning()
    assert registry.running() == []


def test_model_loading_never_blocks_the_ui_thread(qtbot, tmp_path):
    """A slow loader (2 s) runs while a 20 ms QTimer keeps ticking on the UI thread."""
    model_dir = tmp_path / "model"
    for rel in ("am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "graph/HCLr.fst", "graph/Gr.fst",
                "graph/phones/word_boundary.int", *(f"ivector/{n}" for n in (
                    "final.ie", "final.mat", "final.dubm", "global_cmvn.stats", "online_cmvn.conf", "splice.conf"))):
        path = model_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"--x=1\n" * 400)

    def slow_loader(path):
        time.sleep(2.0)
        return {"model": str(path)}

    registry = WorkerRegistry()
    controller = ModelController(registry, loader=slow_loader)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    started = time.perf_counter()
    controller.load(model_dir)
    assert time.perf_counter() - started < 0.2  # load() returned at once
    assert controller.state == "loading"
    with qtbot.waitSignal(controller.state_changed, timeout=8000) as blocker:
        pass
    timer.stop()
    assert blocker.args[0] == "ready", blocker.args
    assert controller.model == {"model": str(model_dir)}
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) >= 40  # ~100 expected in 2 s; far more than 0 if the loop were blocked
    assert max(gaps) < 0.5  # the UI thread never stalled for long
    assert registry.shutdown(2000) == []


def test_missing_model_reports_what_to_do(qtbot, tmp_path):
    controller = ModelController(WorkerRegistry(), loader=lambda p: None)
    with qtbot.waitSignal(controller.state_changed, timeout=5000, check_params_cb=lambda s, m: s != "loading") as b:
        controller.load(tmp_path / "nothing-here")
    assert b.args[0] == "missing"
    assert "model fetch" in b.args[1]


def qtbot_main_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_emit_does_not_drain_references_to_true(qtbot):
    """PySide6 6.12 drops a reference to True on every Python-side emit (see ui.qt_compat); thousands of
    events in a show would abort the interpreter. Our emit() keeps the count steady."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from ui.qt_compat import emit

    class Source(QObject):
        value = Signal(object)

    source = Source()
    seen = []
    source.value.connect(seen.append)
    emit(source.value, 0)
    before = sys.getrefcount(True)
    for i in range(3000):
        emit(source.value, i)
    assert len(seen) == 3001
    assert sys.getrefcount(True) >= before - 50  # never drained (a fixed PySide6 only adds harmless refs)
