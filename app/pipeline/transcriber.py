"""An audio source plus a recogniser, seen as a result source (the interface the pipeline runs).

:class:`RecognizedAudio` pulls :class:`~app.audio.source.AudioBlock` s from the source, measures the input
level (handed to ``on_level`` at most ``level_hz`` times a second; a status event when the input has been
silent for ``silent_seconds`` — muted or wrong microphone — or is clipping), watches the capture backlog ("falling
behind" / "caught up" status events) and feeds the recogniser, yielding its results; at the end of the
stream it yields the recogniser's last final result.

Threading: ``results()`` runs entirely on the caller's thread (the pipeline's recognition thread) — the
recogniser is touched by that thread only.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

from app.asr.recognizer import AsrResult, Recognizer
from app.audio.levels import measure_pcm
from app.audio.source import AudioSource, StatusCallback
from app.events import LevelEvent, StatusEvent

BEHIND_SECONDS = 1.5  # backlog that triggers the "falling behind" status
CAUGHT_UP_SECONDS = 0.3
SILENT_SECONDS = 30.0  # this long without sound: "is the microphone muted?"
CLIP_REPEAT_SECONDS = 60.0  # at most one clipping warning per minute


class RecognizedAudio:
    def __init__(
        self,
        source: AudioSource,
        recognizer: Recognizer,
        *,
        on_level: Callable[[LevelEvent], None] | None = None,
        level_hz: float = 10.0,
        silent_seconds: float = SILENT_SECONDS,
    ) -> None:
        self.source = source
        self.recognizer = recognizer
        self.on_level = on_level
        self.level_interval = 1.0 / level_hz if level_hz > 0 else 0.0
        self.silent_seconds = silent_seconds
        self.audio_seconds = 0.0
        self.max_backlog = 0.0

    def results(self, stop: threading.Event, on_status: StatusCallback | None = None) -> Iterator[AsrResult]:
        def status(code: str, message: str, level: str) -> None:
            if on_status is not None:
                on_status(StatusEvent(code, message, level, time.time()))

        behind = False
        last_level = -1.0
        sound_at = 0.0  # audio time of the last block with sound
        silent_reported = False
        clip_reported_at = -CLIP_REPEAT_SECONDS
        for block in self.source.blocks(stop, on_status):
            self.audio_seconds = block.start + block.duration
            self.max_backlog = max(self.max_backlog, block.backlog)
            lv = measure_pcm(block.pcm)
            if self.on_level is not None and self.audio_seconds - last_level >= self.level_interval:
                last_level = self.audio_seconds
                self.on_level(
                    LevelEvent(lv.rms_dbfs, lv.peak_dbfs, lv.silent, lv.clipping, self.audio_seconds, time.time())
                )
            if not lv.silent:
                sound_at = self.audio_seconds
                if silent_reported:
                    silent_reported = False
                    status("sound_back", "麦克风已有声音输入。", "info")
            elif not silent_reported and self.audio_seconds - sound_at >= self.silent_seconds:
                silent_reported = True
                status("silent_input", f"已经 {self.silent_seconds:.0f} 秒没有声音输入。请检查麦克风是否静音、"
                       "音量是否太小，或是否选错了输入设备。", "warning")
            if lv.clipping and self.audio_seconds - clip_reported_at >= CLIP_REPEAT_SECONDS:
                clip_reported_at = self.audio_seconds
                status("clipping", "输入音量过大（爆音/削波），识别会变差。请调低麦克风增益或让主播离麦克风远一点。",
                       "warning")
            if not behind and block.backlog > BEHIND_SECONDS:
                behind = True
                status("falling_behind", f"识别跟不上实时：积压了 {block.backlog:.1f} 秒音频。请关闭占用 CPU 的程序，"
                       "或在设置中换用小模型。", "warning")
            elif behind and block.backlog < CAUGHT_UP_SECONDS:
                behind = False
                status("caught_up", "识别已恢复实时。", "info")
            result = self.recognizer.accept(block.pcm)
            if result is not None:
                yield result
        final = self.recognizer.finish()
        if final is not None:
            yield final
