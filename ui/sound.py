"""The popup's alert sound: a short bundled WAV played with sounddevice on a daemon thread.

PySide6-Essentials has no QtMultimedia, so playback goes through sounddevice (already a dependency for the
microphone). ``AlertSound.play()`` is called on the main thread and returns at once; the playback thread
touches no Qt object. If no output device works, ``play()`` falls back to ``QApplication.beep()`` (on the
calling, i.e. main, thread).
"""

from __future__ import annotations

import threading
import wave
from pathlib import Path

from app.paths import resource_path


class AlertSound:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else resource_path("sounds", "alert.wav")
        self._data = None
        self._rate = 0
        self._broken = False
        self._lock = threading.Lock()
        self._playing = False

    def _load(self):
        import numpy as np

        with wave.open(str(self.path), "rb") as wav:
            self._rate = wav.getframerate()
            frames = wav.readframes(wav.getnframes())
        self._data = np.frombuffer(frames, dtype="<i2").astype("float32") / 32768.0

    def play(self) -> None:
        """Starts playback (never blocks). Overlapping calls are dropped: one alert at a time."""
        if self._broken:
            _beep()
            return
        with self._lock:
            if self._playing:
                return
            self._playing = True
        threading.Thread(target=self._play_blocking, name="alert-sound", daemon=True).start()

    def _play_blocking(self) -> None:
        try:
            if self._data is None:
                self._load()
            import sounddevice as sd

            sd.play(self._data, self._rate, blocking=True)
        except Exception:  # noqa: BLE001 - no output device / no PortAudio: fall back to the system beep
            self._broken = True
        finally:
            with self._lock:
                self._playing = False


def _beep() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.beep()
