"""The live pipeline: results source → matcher → hit tracker → events, in two worker threads.

    recognition thread: source.results()  (microphone/file + Vosk, or the rehearsal script)
           │  bounded queue (partials and levels dropped when full — the next partial repeats the text;
           ▼                 finals and status events always delivered)
    dispatch thread:    HitTracker.feed() → on_event(event) for each event, in order

``on_event`` is called on the dispatch thread only, one event at a time; it receives the frozen
dataclasses of :mod:`app.events` (HitEvent, HitRetractedEvent, TranscriptEvent, SetAsideEvent, StatusEvent,
LevelEvent).
A Qt front end re-emits them as signals; it must not touch widgets in the callback.

Shutdown is deterministic: :meth:`stop` sets the stop flag (sources check it between blocks), the
recognition thread ends its stream and enqueues an end marker, the dispatch thread delivers everything
queued before the marker, and both threads are joined. :meth:`wait` is the same without the stop flag
(a file or script that runs to its end).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from app.asr.recognizer import AsrResult
from app.events import HitEvent, LevelEvent, StatusEvent
from app.pipeline.hit_tracker import HitTracker

log = logging.getLogger(__name__)
_END = object()
_RELEASE = object()  # no result came while a hit was held: release it (HitTracker.release_due)


@dataclass
class PipelineStats:
    results: int = 0
    partials_dropped: int = 0
    levels_dropped: int = 0
    hits: int = 0
    callback_errors: int = 0
    hit_latency_ms: deque = field(default_factory=lambda: deque(maxlen=10000))  # recogniser result → HitEvent


class LivePipeline:
    def __init__(
        self,
        source,
        matcher,
        on_event,
        *,
        product_category: str | None = None,
        own_platform: str | None = None,
        second_opinion=None,
        queue_size: int = 64,
        levels: bool = False,
    ) -> None:
        self.source = source
        self.tracker = HitTracker(matcher, product_category=product_category, own_platform=own_platform,
                                  second_opinion=second_opinion)
        self.on_event = on_event
        self.stats = PipelineStats()
        self.error: BaseException | None = None
        self._queue: queue.Queue = queue.Queue(maxsize=queue_size)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        if levels and hasattr(source, "on_level"):
            source.on_level = self._put_level  # level events travel the same queue, dropped when full

    # -- control (any thread) ------------------------------------------------------------------------
    def start(self) -> LivePipeline:
        if self._threads:
            raise RuntimeError("pipeline already started")
        self._threads = [
            threading.Thread(target=self._recognize, name="liveguard-recognize", daemon=True),
            threading.Thread(target=self._dispatch, name="liveguard-dispatch", daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the source has ended and every event was delivered. True if finished."""
        deadline = None if timeout is None else time.monotonic() + timeout
        for thread in self._threads:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            thread.join(remaining)
        return not self.running

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop the source, deliver what is queued, join the threads. True if both threads ended."""
        self._stop.set()
        return self.wait(timeout)

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def __enter__(self) -> LivePipeline:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- recognition thread ---------------------------------------------------------------------------
    def _put_status(self, event: StatusEvent) -> None:
        self._queue.put(event)

    def _put_level(self, event: LevelEvent) -> None:
        try:
            self._queue.put_nowait(event)
        except queue.Full:
            self.stats.levels_dropped += 1

    def _recognize(self) -> None:
        try:
            for result in self.source.results(self._stop, self._put_status):
                if result.is_final:
                    self._queue.put(result)
                    continue
                try:
                    self._queue.put_nowait(result)
                except queue.Full:
                    self.stats.partials_dropped += 1
        except Exception as exc:  # noqa: BLE001 - reported as a status event, never a dead silent thread
            log.exception("pipeline source failed")
            self.error = exc
            self._queue.put(StatusEvent("error", f"识别中断：{exc}", "error", time.time()))
        finally:
            self._queue.put(_END)

    # -- dispatch thread ------------------------------------------------------------------------------
    def _dispatch(self) -> None:
        warm_up = getattr(self.tracker.matcher, "warm_up", None)
        if warm_up is not None:  # lazy tables (pinyin, automata) cost ~1 s on the first scan: pay it now,
            try:  # while the recogniser starts, not on the first hit of the show
                warm_up()
            except Exception:  # noqa: BLE001 - a failed warm-up only costs speed
                log.exception("matcher warm-up failed")
        while True:
            try:  # wake up when a held hit (half a term at the end of a partial) is due, if no result comes
                item = self._queue.get(timeout=self.tracker.seconds_until_release())
            except queue.Empty:
                item = _RELEASE
            if item is _END:
                self._deliver(self.tracker.flush())  # stopped mid-sentence: what was held still fires
                return
            if item is _RELEASE:
                events = self.tracker.release_due()
                self.stats.hits += len(events)
            elif isinstance(item, AsrResult):
                self.stats.results += 1
                events = self.tracker.feed(item)
                done = time.perf_counter()
                for event in events:
                    if isinstance(event, HitEvent):
                        self.stats.hits += 1
                        self.stats.hit_latency_ms.append((done - item.produced_at) * 1000.0)
            else:
                events = [item]
            self._deliver(events)

    def _deliver(self, events) -> None:
        for event in events:
            try:
                self.on_event(event)
            except Exception:  # noqa: BLE001 - one bad consumer must not stop the show
                self.stats.callback_errors += 1
                log.exception("event consumer failed")
