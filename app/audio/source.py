"""What every audio source yields, and the interface they share.

An audio source is an iterable of :class:`AudioBlock` (16 kHz mono int16 PCM with its stream time),
produced by a generator that checks a stop flag between blocks (``blocks(stop, on_status)``). The
recognition thread pulls from it; a source never calls the recogniser itself.

Sources that produce recogniser-like results instead of audio (the rehearsal source) implement
:class:`ResultSource`; :class:`app.pipeline.transcriber.RecognizedAudio` turns an audio source plus a
recogniser into the same interface, so the pipeline runs any of them the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from app.asr.recognizer import AsrResult
from app.events import StatusEvent

StatusCallback = Callable[[StatusEvent], None]


@dataclass(frozen=True)
class AudioBlock:
    """``pcm``: 16 kHz mono little-endian int16 bytes. ``start``: seconds of audio before this block."""

    pcm: bytes
    start: float
    backlog: float = 0.0  # seconds of audio waiting behind this block (live sources); "falling behind"

    @property
    def duration(self) -> float:
        return len(self.pcm) / 2 / 16000


class AudioSource(Protocol):
    def blocks(self, stop: threading.Event, on_status: StatusCallback | None = None) -> Iterator[AudioBlock]:
        """Yield blocks until the source ends or ``stop`` is set. Runs on the caller's (worker) thread."""


class ResultSource(Protocol):
    def results(self, stop: threading.Event, on_status: StatusCallback | None = None) -> Iterator[AsrResult]:
        """Yield recogniser results until the source ends or ``stop`` is set; status events (device lost,
        falling behind ...) go to ``on_status``. Runs on the caller's (worker) thread."""
