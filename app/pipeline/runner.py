"""Running a pipeline from the command line: matcher, optional show recorder, printing, Ctrl+C.

Shared by ``audit``, ``rehearse`` and ``listen``. Runs the pipeline's threads and waits on the calling
(main) thread; events are printed and recorded on the pipeline's dispatch thread, each JSON line flushed
as it happens.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import TextIO

from app.events import HitEvent, HitRetractedEvent, LevelEvent, SetAsideEvent, StatusEvent, TranscriptEvent
from app.pipeline.live import LivePipeline
from app.rules.model import SEVERITY_CN
from app.rules.second_opinion import SET_ASIDE_REASON, fmt_probability


def load_matcher():
    """The default matcher (bundled lexicon + user overlay) and the lexicon version for the record."""
    from app.rules.matcher import default_matcher

    matcher = default_matcher()
    version = getattr(matcher, "version", "") or ""
    if not version:
        try:
            from app.rules.lexicon import load_lexicon

            version = load_lexicon().version
        except Exception:  # noqa: BLE001 - the version is informative only
            version = ""
    return matcher, version


class EventPrinter:
    """Prints events as JSON lines (``jsonl``) or as short Chinese lines for a person (``text``)."""

    def __init__(self, fmt: str = "text", stream: TextIO | None = None, *, show_partials: bool | None = None):
        self.fmt = fmt
        self.stream = stream or sys.stdout
        tty = getattr(self.stream, "isatty", lambda: False)()
        self.show_partials = tty if show_partials is None else show_partials
        self._partial_open = False

    def __call__(self, event) -> None:
        if self.fmt == "jsonl":
            if isinstance(event, LevelEvent):
                return
            self.stream.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
            self.stream.flush()
            return
        line = self._text(event)
        if line is None:
            return
        if isinstance(event, TranscriptEvent) and event.kind == "partial":
            self.stream.write("\r\033[K" + line)
            self._partial_open = True
        else:
            if self._partial_open:
                self.stream.write("\r\033[K")
                self._partial_open = False
            self.stream.write(line + "\n")
        self.stream.flush()

    def _text(self, event) -> str | None:
        if isinstance(event, HitEvent):
            h = event.hit
            tip = "；".join(h.suggestions) or "请换个说法"
            level = SEVERITY_CN.get(h.severity, h.severity)
            return f"⚠ {_t(event.audio_start)} 「{h.surface}」{h.category}（{level}风险）→ 建议：{tip}  依据：{h.basis}"
        if isinstance(event, SetAsideEvent):
            return f"· {_t(event.audio_start)} （未计入）「{event.hit.surface}」{event.hit.category}：{SET_ASIDE_REASON.format(fmt_probability(event.probability))}"
        if isinstance(event, HitRetractedEvent):
            return f"↺ {_t(event.original.audio_start)} 「{event.original.hit.surface}」最终识别结果中已不存在（识别已更正）"
        if isinstance(event, TranscriptEvent):
            if event.kind == "partial":
                return f"… {event.text}" if self.show_partials and event.text else None
            return f"{_t(event.audio_start)} {event.text}" if event.text else None
        if isinstance(event, StatusEvent):
            return f"[{event.level}] {event.message}"
        return None


def _t(seconds: float | None) -> str:
    if seconds is None:
        return "[--:--]"
    m, s = divmod(seconds, 60)
    return f"[{int(m):02d}:{s:04.1f}]"


def open_recorder(db: str | Path | None, *, source: str, lexicon_version: str, product_category: str = ""):
    if not db:
        return None
    from app.store.recorder import ShowRecorder

    return ShowRecorder.open(db, source=source, lexicon_version=lexicon_version, product_category=product_category)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's final flush does not fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def run(source, *, fmt: str, db: str | None, record_source: str, product_category: str = "",
        own_platform: str = "", levels: bool = False, interrupt_ok: bool = False, ready_message: str = "",
        ready: threading.Event | None = None, second_opinion=None) -> int:
    """Run ``source`` through the pipeline until it ends (or Ctrl+C). Returns the exit status.

    ``second_opinion``: the model that re-reads each hit's sentence (hits it sets aside are printed as
    ``set_aside`` and recorded for review, as in the desktop app), or None for the rules alone.

    ``ready_message`` is printed on stderr once the lexicon is loaded, the pipeline has started and, when
    ``ready`` is given, that event is set (the microphone's first block: loading a large lexicon takes
    seconds and opening a device may be retried, so "正在监听" must not be said before it really listens).
    """
    try:
        matcher, version = load_matcher()
    except Exception as exc:  # noqa: BLE001 - a broken lexicon must be explained, not a traceback
        print(f"无法加载词库：{exc}。请检查词库文件（python -m app lexicon check）。", file=sys.stderr)
        return 2
    printer = EventPrinter(fmt)
    recorder = open_recorder(db, source=record_source, lexicon_version=version, product_category=product_category)

    closed = threading.Event()  # the reader of our output went away (`| head`): stop quietly

    def on_event(event) -> None:
        if recorder is not None and isinstance(event, HitEvent | TranscriptEvent | SetAsideEvent):
            recorder.handle(event)
        if closed.is_set():
            return
        try:
            printer(event)
        except BrokenPipeError:
            closed.set()

    pipeline = LivePipeline(source, matcher, on_event, product_category=product_category or None,
                            own_platform=own_platform or None, second_opinion=second_opinion, levels=levels)
    interrupted = False
    try:
        pipeline.start()
        while ready is not None and not ready.is_set() and pipeline.running:
            ready.wait(0.1)
        if ready_message and pipeline.running:
            print(ready_message, file=sys.stderr, flush=True)
        while pipeline.running:
            pipeline.wait(0.2)
            if closed.is_set():
                pipeline.stop()
                _silence_stdout()
    except KeyboardInterrupt:
        interrupted = True
        pipeline.stop()
    finally:
        pipeline.stop()
        if recorder is not None:
            recorder.close()
    if pipeline.error is not None:
        return 1
    if interrupted and not interrupt_ok:
        return 130
    return 0
