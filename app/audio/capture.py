"""Microphone capture with sounddevice (PortAudio): a live :class:`AudioSource` that survives unplugging.

Threading contract:
- The PortAudio callback (PortAudio's thread) only copies the block into a bounded queue with
  ``put_nowait``; it never blocks, never converts, never logs. A full queue drops the block and counts it
  in ``overflows`` (the recogniser fell far behind).
- ``blocks()`` runs on the pipeline's recognition thread: it converts to 16 kHz mono int16, reports the
  backlog, and detects a lost device (stream finished/errored, or no data for ``stall_seconds``). Then it
  emits a Chinese :class:`StatusEvent`, closes the stream and reopens with back-off (rescanning devices,
  so a re-plugged device is found again) until it works or ``stop`` is set. Audio times keep counting
  the audio actually delivered, so they stay monotonic across a reopen.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator

import numpy as np

from app.audio import devices as devs
from app.audio.convert import To16kMono
from app.audio.source import AudioBlock, StatusCallback
from app.events import StatusEvent

BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0, 5.0)


class DeviceLost(Exception):
    pass


class MicrophoneSource:
    def __init__(
        self,
        device: str | int | None = None,
        *,
        block_seconds: float = 0.1,
        queue_seconds: float = 10.0,
        stall_seconds: float = 2.0,
        backoff: tuple[float, ...] = BACKOFF_SECONDS,
    ) -> None:
        self.device_spec = device
        self.block_seconds = block_seconds
        self.stall_seconds = stall_seconds
        self.backoff = backoff
        self._queue: queue.Queue[np.ndarray] = queue.Queue(maxsize=max(2, int(queue_seconds / block_seconds)))
        self._finished = threading.Event()
        self.overflows = 0  # blocks dropped because the queue was full
        self.xruns = 0  # PortAudio input overflow flags
        self.reopens = 0
        self.device: devs.InputDevice | None = None
        self.samplerate: int | None = None
        self.first_callback = threading.Event()  # set at the first audio callback (tests, UI "listening")

    # -- PortAudio thread ------------------------------------------------------------------------------
    def _callback(self, indata, frames, time_info, status) -> None:  # noqa: ARG002 - PortAudio signature
        if status:
            self.xruns += 1
        try:
            self._queue.put_nowait(indata.copy())
        except queue.Full:
            self.overflows += 1
        self.first_callback.set()

    def _on_finished(self) -> None:
        self._finished.set()

    # -- recognition thread ----------------------------------------------------------------------------
    def _open(self, rescan: bool):
        import sounddevice as sd

        if rescan:
            devs.rescan()
        device = devs.find_device(self.device_spec)
        rate, channels = devs.choose_settings(device)
        self._finished.clear()
        while not self._queue.empty():
            self._queue.get_nowait()
        stream = sd.InputStream(
            device=device.index,
            samplerate=rate,
            channels=channels,
            dtype="int16",
            blocksize=max(1, int(rate * self.block_seconds)),
            callback=self._callback,
            finished_callback=self._on_finished,
        )
        stream.start()
        self.device, self.samplerate = device, rate
        return stream, To16kMono(rate, channels)

    def _open_with_backoff(self, stop: threading.Event, emit, *, reopening: bool):
        attempt = 0
        while not stop.is_set():
            try:
                return self._open(rescan=reopening or attempt > 0)
            except Exception as exc:  # noqa: BLE001 - any PortAudio failure: report and retry
                delay = self.backoff[min(attempt, len(self.backoff) - 1)]
                name = self.device.name if self.device else (self.device_spec or "默认设备")
                emit(
                    "device_error",
                    f"无法打开麦克风“{name}”：{_short(exc)}。{delay:g} 秒后自动重试；"
                    "请检查麦克风是否接好、是否被其他软件独占。",
                    "error",
                )
                attempt += 1
                if stop.wait(delay):
                    return None
        return None

    def blocks(self, stop: threading.Event, on_status: StatusCallback | None = None) -> Iterator[AudioBlock]:
        def emit(code: str, message: str, level: str) -> None:
            if on_status is not None:
                on_status(StatusEvent(code, message, level, time.time()))

        produced = 0
        reopening = False
        while not stop.is_set():
            opened = self._open_with_backoff(stop, emit, reopening=reopening)
            if opened is None:
                return
            stream, convert = opened
            name = self.device.name if self.device else "麦克风"
            if reopening:
                self.reopens += 1
                emit("device_reopened", f"麦克风“{name}”已重新连接，继续监听。", "info")
            try:
                for samples in self._read(stream, convert, stop):
                    backlog = self._queue.qsize() * self.block_seconds
                    yield AudioBlock(samples.tobytes(), produced / 16000, backlog)
                    produced += samples.size
            except DeviceLost as lost:
                emit(
                    "device_lost",
                    f"麦克风“{name}”已断开或停止工作（{lost}），正在尝试重新连接……请检查连接线或声卡。",
                    "error",
                )
                reopening = True
            finally:
                _close(stream)

    def _read(self, stream, convert: To16kMono, stop: threading.Event) -> Iterator[np.ndarray]:
        last_data = time.monotonic()
        while not stop.is_set():
            try:
                data = self._queue.get(timeout=0.2)
            except queue.Empty:
                if self._finished.is_set() or not stream.active:
                    raise DeviceLost("音频流已中止") from None
                if time.monotonic() - last_data > self.stall_seconds:
                    raise DeviceLost(f"{self.stall_seconds:g} 秒没有收到音频") from None
                continue
            last_data = time.monotonic()
            samples = convert(data)
            if samples.size:
                yield samples


def _close(stream) -> None:
    try:
        stream.abort(ignore_errors=True)
        stream.close(ignore_errors=True)
    except Exception:  # noqa: BLE001 - the device is gone; closing is best effort
        pass


def _short(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "…"
