"""One monitoring or rehearsal run: ``LivePipeline`` + optional ``ShowRecorder``, bridged to Qt signals.

Threading contract:
- ``LivePipeline`` runs its own recognition and dispatch threads. Its ``on_event`` callback (dispatch
  thread) emits ``pipeline_event(object)`` *first* — so the popup is not delayed by the disk — and then hands the
  event to the recorder (a HitEvent is committed before ``handle`` returns; this blocks only the dispatch
  thread). The callback never touches a widget.
- ``PipelineThread`` is a QThread that starts the pipeline and waits for it; it is registered with the
  window's ``WorkerRegistry`` so shutdown is stop flag → drain → join. ``finished`` fires when the source
  ended (a rehearsal script ran out) or after ``request_stop``.
- ``violation_id(event)`` is read on the main thread (acknowledge); the map is written on the dispatch
  thread under a lock.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QThread, Signal

from app.events import HitEvent
from ui.qt_compat import emit


class PipelineThread(QThread):
    pipeline_event = Signal(object)  # not "event": that name is QObject.event(), which Qt calls
    failed = Signal(str)

    def __init__(self, source, matcher, *, recorder=None, product_category: str | None = None,
                 own_platform: str | None = None, second_opinion=None, levels: bool = False, name: str = "pipeline", parent=None) -> None:
        """``levels=True`` asks the pipeline for LevelEvents (the microphone meter of a live show)."""
        super().__init__(parent)
        from app.pipeline.live import LivePipeline

        self.setObjectName(name)
        self.recorder = recorder
        self.pipeline = LivePipeline(source, matcher, self._on_event, product_category=product_category or None,
                                     own_platform=own_platform or None, second_opinion=second_opinion,
                                     levels=levels)
        self._ids: dict[HitEvent, int] = {}
        self._lock = threading.Lock()
        self.record_errors: list[str] = []

    # dispatch thread ---------------------------------------------------------------------------------
    def _on_event(self, event) -> None:
        emit(self.pipeline_event, event)
        if self.recorder is None:
            return
        try:
            result = self.recorder.handle(event)
        except Exception as exc:  # noqa: BLE001 - a storage failure must not stop the warnings
            traceback.print_exc()
            self.record_errors.append(str(exc))
            emit(self.failed, f"记录写入失败：{exc}。提醒照常显示，请检查磁盘空间或数据库位置。")
            return
        if isinstance(event, HitEvent) and isinstance(result, int):
            with self._lock:
                self._ids[event] = result

    # any thread --------------------------------------------------------------------------------------
    def violation_id(self, event: HitEvent) -> int | None:
        with self._lock:
            return self._ids.get(event)

    def request_stop(self) -> None:
        """Main thread: sets the pipeline's stop flag without waiting (``run`` then drains and returns)."""
        self.pipeline.stop(timeout=0)  # sets the flag; the join happens in run() on this QThread

    # worker thread -----------------------------------------------------------------------------------
    def run(self) -> None:
        try:
            self.pipeline.start()
            self.pipeline.wait()
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc()
            emit(self.failed, str(exc))
        if self.pipeline.error is not None:
            emit(self.failed, f"识别中断：{self.pipeline.error}")
