"""A WAV file as an audio source (post-show audit, tests, benchmarks), optionally paced at real time.

Any PCM WAV (8/16/24/32-bit, any rate, any channel count) is converted to 16 kHz mono int16. Paced mode
sleeps so block N is released no earlier than N blocks' worth of wall-clock time after the start, like
a microphone would deliver it; when the consumer is slower than real time, each block reports the audio
a microphone would have queued meanwhile as ``backlog`` (so "falling behind" can be tested). Runs on the caller's thread; ``stop`` is checked between blocks.
"""

from __future__ import annotations

import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from app.audio.convert import To16kMono
from app.audio.source import AudioBlock, StatusCallback


class AudioFileError(Exception):
    """The file cannot be read as audio; the message (Chinese) says what to do."""


class WavFileSource:
    def __init__(self, path: str | Path, *, realtime: bool = False, block_seconds: float = 0.1) -> None:
        self.path = Path(path)
        self.realtime = realtime
        self.block_seconds = block_seconds
        self.info = self._check()

    def _check(self) -> tuple[int, int, int]:
        if not self.path.is_file():
            raise AudioFileError(f"找不到音频文件：{self.path}。请检查路径是否正确。")
        try:
            with wave.open(str(self.path), "rb") as wav:
                return wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
        except (wave.Error, EOFError) as exc:
            raise AudioFileError(
                f"无法读取音频文件 {self.path.name}：{exc}。目前支持 PCM 编码的 WAV 文件，"
                "其他格式请先转换为 WAV（例如用 ffmpeg -i 输入文件 -ar 16000 -ac 1 输出.wav）。"
            ) from exc

    @property
    def duration(self) -> float:
        with wave.open(str(self.path), "rb") as wav:
            return wav.getnframes() / wav.getframerate()

    def blocks(self, stop: threading.Event, on_status: StatusCallback | None = None) -> Iterator[AudioBlock]:
        rate, channels, width = self.info
        convert = To16kMono(rate, channels)
        frames_per_block = max(1, int(rate * self.block_seconds))
        produced = 0  # 16 kHz samples handed out so far
        t0 = time.monotonic()
        with wave.open(str(self.path), "rb") as wav:
            while not stop.is_set():
                raw = wav.readframes(frames_per_block)
                last = len(raw) < frames_per_block * channels * width
                samples = convert(_decode(raw, channels, width), last=last)
                if samples.size:
                    start = produced / 16000
                    produced += samples.size
                    backlog = 0.0
                    if self.realtime:
                        delay = t0 + produced / 16000 - time.monotonic()
                        if delay > 0 and stop.wait(delay):
                            return
                        backlog = max(0.0, -delay)  # a live source would have this much audio queued
                    yield AudioBlock(samples.tobytes(), start, backlog)
                if last:
                    return


def _decode(raw: bytes, channels: int, width: int) -> np.ndarray:
    if width == 2:
        data = np.frombuffer(raw, dtype="<i2")
    elif width == 1:
        data = (np.frombuffer(raw, dtype=np.uint8).astype(np.int16) - 128) * 256
        data = data.astype(np.int16)
    elif width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
        as32 = (b[:, 0].astype(np.int32) | (b[:, 1].astype(np.int32) << 8) | (b[:, 2].astype(np.int32) << 16))
        as32 = np.where(as32 & 0x800000, as32 - (1 << 24), as32)
        data = (as32 >> 8).astype(np.int16)
    elif width == 4:
        data = (np.frombuffer(raw, dtype="<i4") >> 16).astype(np.int16)
    else:
        raise AudioFileError(f"不支持 {width * 8} 位的 WAV 文件，请转换为 16 位 PCM。")
    return data.reshape(-1, channels) if channels > 1 else data
