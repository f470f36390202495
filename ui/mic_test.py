"""试音: a short capture from the chosen microphone that only drives the level meter (no recognition).

``mic_level_producer(device, seconds)`` is a ``StreamThread`` producer: it runs on the worker thread,
opens ``MicrophoneSource`` and emits ``LevelEvent`` (about 10 a second) and ``StatusEvent`` objects until
``seconds`` have passed or the stop flag is set. It touches no Qt object.
"""

from __future__ import annotations

import threading
import time

from app.events import LevelEvent


def mic_level_producer(device: str | None, seconds: float = 10.0, interval: float = 0.1):
    def producer(emit, stop: threading.Event) -> None:
        from app.audio.capture import MicrophoneSource
        from app.audio.levels import measure_pcm

        source = MicrophoneSource(device or None)
        started = time.monotonic()
        last = 0.0
        for block in source.blocks(stop, emit):
            now = time.monotonic()
            if now - started > seconds:
                break
            if now - last >= interval:
                last = now
                level = measure_pcm(block.pcm)
                emit(LevelEvent(level.rms_dbfs, level.peak_dbfs, level.silent, level.clipping,
                                block.start + block.duration, time.time()))

    return producer
