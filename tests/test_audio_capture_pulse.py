"""Real capture through PortAudio from a PulseAudio virtual microphone: same audio, rate, levels, and a
microphone that disappears in the middle of a show and comes back."""

from __future__ import annotations

import threading
import time
import wave

import numpy as np
import pytest

from app.audio.capture import MicrophoneSource
from app.audio.devices import find_device, list_input_devices, probe_device
from app.audio.levels import measure
from tests.conftest import DATA
from tests.fixtures_pulse import pulse_server_fixture  # noqa: F401 - provides the pulse_server fixture

CLIP = DATA / "patter_03.wav"


def _read(path):
    with wave.open(str(path), "rb") as wav:
        return np.frombuffer(wav.readframes(wav.getnframes()), dtype=np.int16)


class Recorder:
    """Runs MicrophoneSource.blocks() on a worker thread, like the pipeline does."""

    def __init__(self, source: MicrophoneSource) -> None:
        self.source = source
        self.stop = threading.Event()
        self.blocks = []
        self.statuses = []
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        for block in self.source.blocks(self.stop, self.statuses.append):
            self.blocks.append(block)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(10)
        assert not self.thread.is_alive(), "capture did not stop within 10 s"

    def samples(self) -> np.ndarray:
        return np.concatenate([np.frombuffer(b.pcm, dtype=np.int16) for b in self.blocks])

    def wait_for(self, code: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(s.code == code for s in self.statuses):
                return True
            time.sleep(0.05)
        return False


def test_devices_are_listed_and_probed(pulse_server):
    names = [d.name for d in list_input_devices()]
    assert "pulse" in names
    check = probe_device("pulse")
    assert check.ok, check.message
    assert check.samplerate == 16000 and check.channels == 1
    assert find_device("PULSE").name == "pulse"  # case-insensitive


def test_probe_of_unknown_device_says_what_to_do(pulse_server):
    check = probe_device("不存在的麦克风")
    assert not check.ok
    assert "python -m app devices" in check.message


def test_captured_audio_is_the_played_clip(pulse_server):
    clip = _read(CLIP)
    source = MicrophoneSource("pulse")
    with Recorder(source) as rec:
        assert source.first_callback.wait(10), "no audio callback from PortAudio"
        player = pulse_server.play(CLIP)
        player.wait(30)
        time.sleep(0.6)
    got = rec.samples()
    assert source.samplerate == 16000
    assert source.overflows == 0
    # same audio: normalised cross-correlation finds the clip in the recording with a high peak
    a = got.astype(np.float64)
    b = clip.astype(np.float64)
    n = len(a) + len(b)
    size = 1 << (n - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(a, size) * np.conj(np.fft.rfft(b, size)), size)
    lag = int(np.argmax(corr))
    segment = a[lag : lag + len(b)]
    assert len(segment) > 0.95 * len(b), "recording is shorter than the clip: wrong rate or dropped audio"
    r = np.corrcoef(segment, b[: len(segment)])[0, 1]
    assert r > 0.9, f"recorded audio does not match the clip (r={r:.3f})"
    # block start times are contiguous 16 kHz stream times
    starts = [blk.start for blk in rec.blocks]
    durations = [blk.duration for blk in rec.blocks]
    assert all(abs(s + d - n) < 1e-6 for s, d, n in zip(starts, durations, starts[1:], strict=False))
    # levels: speech is loud enough and not clipped; the silence before it is silent
    speech = measure(segment.astype(np.int16))
    assert -40 < speech.rms_dbfs < -3 and not speech.clipping
    if lag > 1600:
        assert measure(got[: lag - 800]).silent


def test_microphone_that_disappears_is_reported_and_reopened(pulse_server):
    source = MicrophoneSource("pulse", stall_seconds=1.0, backoff=(0.3, 0.5, 1.0))
    with Recorder(source) as rec:
        assert source.first_callback.wait(10)
        time.sleep(0.5)
        pulse_server.stop()  # the sound server (and with it the microphone) goes away
        assert rec.wait_for("device_lost", 15), [s.code for s in rec.statuses]
        lost = next(s for s in rec.statuses if s.code == "device_lost")
        assert "重新连接" in lost.message and lost.level == "error"
        time.sleep(1.0)
        pulse_server.start()  # ... and comes back
        assert rec.wait_for("device_reopened", 30), [s.code for s in rec.statuses]
        before = len(rec.blocks)
        player = pulse_server.play(CLIP)
        player.wait(30)
        time.sleep(0.5)
        after = rec.samples()[sum(len(b.pcm) // 2 for b in rec.blocks[:before]) :]
    assert source.reopens >= 1
    assert not measure(after).silent, "no sound captured after the microphone came back"
    starts = [b.start for b in rec.blocks]
    assert starts == sorted(starts), "audio times must keep increasing across a reopen"


@pytest.mark.parametrize("rate", [48000])
def test_device_at_another_rate_is_resampled_to_16k(pulse_server, rate, monkeypatch):
    """A device opened at 48 kHz (as many USB microphones are) still yields 16 kHz audio of the right length."""
    from app.audio import devices as devs

    monkeypatch.setattr(devs, "choose_settings", lambda device: (rate, 1))
    source = MicrophoneSource("pulse")
    with Recorder(source) as rec:
        assert source.first_callback.wait(10)
        pulse_server.play(CLIP).wait(30)
        time.sleep(0.6)
    got = rec.samples()
    assert source.samplerate == rate
    # 16 kHz output: the spoken clip occupies about its own duration in the recording
    loud = np.flatnonzero(np.abs(got) > 500)
    span = (loud[-1] - loud[0]) / 16000
    clip_loud = np.flatnonzero(np.abs(_read(CLIP)) > 500)
    expected = (clip_loud[-1] - clip_loud[0]) / 16000
    assert abs(span - expected) < 0.3, (span, expected)
