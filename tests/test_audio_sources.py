"""Audio building blocks without hardware: levels, 16 kHz conversion, the WAV source (paced and not),
the rehearsal source (模拟演练)."""

from __future__ import annotations

import threading
import time
import wave

import numpy as np
import pytest

from app.audio.convert import To16kMono
from app.audio.file_source import AudioFileError, WavFileSource
from app.audio.levels import measure
from app.audio.rehearsal import RehearsalSource, ScriptError, read_script, sentences
from tests.conftest import DATA


def tone(freq, rate, seconds, amp=0.5):
    t = np.arange(int(rate * seconds)) / rate
    return (amp * np.sin(2 * np.pi * freq * t) * 32767).astype(np.int16)


def write_wav(path, samples, rate, channels=1):
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return path


def test_levels_of_silence_speech_and_clipping():
    quiet = measure(np.zeros(1600, dtype=np.int16))
    assert quiet.silent and not quiet.clipping and quiet.rms_dbfs <= -100
    half = measure(tone(440, 16000, 0.1, amp=0.5))
    assert half.rms_dbfs == pytest.approx(-9.0, abs=0.2)  # sine RMS = amp/√2 → -6 dB -3 dB
    assert half.peak_dbfs == pytest.approx(-6.0, abs=0.2)
    assert not half.silent and not half.clipping
    clipped = np.clip(tone(440, 16000, 0.1, amp=1.0).astype(np.float32) * 1.5, -32768, 32767).astype(np.int16)
    over = measure(clipped)
    assert over.clipping and over.peak_dbfs > -0.1

@pytest.mark.parametrize("rate", [48000, 44100, 22050, 8000])
def test_conversion_to_16k_mono_keeps_pitch_and_length(rate):
    stereo = np.stack([tone(1000, rate, 1.0), tone(1000, rate, 1.0)], axis=1)
    convert = To16kMono(rate, channels=2)
    blocks = [convert(stereo[i : i + rate // 10]) for i in range(0, len(stereo), rate // 10)]
    out = np.concatenate(blocks + [convert(np.zeros((0, 2), dtype=np.int16), last=True)])
    assert out.dtype == np.int16
    assert abs(len(out) - 16000) < 80
    spectrum = np.abs(np.fft.rfft(out[2000:14000].astype(np.float64)))
    peak_hz = np.argmax(spectrum) * 16000 / 12000
    assert peak_hz == pytest.approx(1000, abs=5)


def test_wav_source_converts_any_rate_to_16k_blocks(tmp_path):
    path = write_wav(tmp_path / "a.wav", tone(300, 44100, 2.0), 44100)
    blocks = list(WavFileSource(path, block_seconds=0.1).blocks(threading.Event()))
    total = sum(len(b.pcm) for b in blocks) // 2
    assert abs(total - 32000) < 80
    assert blocks[0].start == 0 and blocks[1].start == pytest.approx(blocks[0].duration)


def test_wav_source_paced_at_real_time_and_stoppable():
    src = WavFileSource(DATA / "patter_20.wav", realtime=True)
    stop = threading.Event()
    t0 = time.monotonic()
    got = 0.0
    for block in src.blocks(stop):
        got += block.duration
        if got >= 1.0:
            stop.set()
    elapsed = time.monotonic() - t0
    assert got == pytest.approx(1.0, abs=0.11)
    assert elapsed >= 0.9, "paced: 1 s of audio takes about 1 s"


def test_wav_source_bad_files_say_what_to_do(tmp_path):
    with pytest.raises(AudioFileError, match="找不到音频文件"):
        WavFileSource(tmp_path / "none.wav")
    mp3 = tmp_path / "show.mp3"
    mp3.write_bytes(b"ID3\x03\x00\x00\x00" + bytes(100))
    with pytest.raises(AudioFileError, match="WAV"):
        WavFileSource(mp3)


def test_script_sentences_drop_punctuation_and_keep_latin_spacing():
    assert sentences("家人们，晚上好！这款 iPhone 15 Pro 是“全网最低价”。\n\n最后三分钟") == [
        "家人们晚上好", "这款iPhone 15 Pro是全网最低价", "最后三分钟",
    ]


def test_rehearsal_speaks_at_the_given_rate():
    results = list(RehearsalSource("效果第一。好的", cps=4).results(threading.Event()))
    assert [r.kind for r in results] == ["partial"] * 3 + ["final", "partial", "final"]
    assert [r.text for r in results[:4]] == ["效", "效果", "效果第", "效果第一"]
    final = results[3]
    assert final.span(2, 4) == (pytest.approx(0.5), pytest.approx(1.0))
    assert results[-1].audio_start == pytest.approx(1.0 + 0.6)  # pause between sentences


def test_rehearsal_realtime_pacing_and_stop():
    stop = threading.Event()
    t0 = time.monotonic()
    seen = []
    for result in RehearsalSource("一二三四五六七八九十" * 10, cps=20, realtime=True).results(stop):
        seen.append(result)
        if len(seen) == 10:
            stop.set()
    assert len(seen) == 10
    assert 0.4 <= time.monotonic() - t0 < 2.0


def test_script_files_in_utf8_or_gbk(tmp_path):
    (tmp_path / "u.txt").write_text("效果第一", encoding="utf-8-sig")
    (tmp_path / "g.txt").write_bytes("效果第一".encode("gb18030"))
    assert read_script(tmp_path / "u.txt") == read_script(tmp_path / "g.txt") == "效果第一"
    with pytest.raises(ScriptError, match="找不到脚本文件"):
        read_script(tmp_path / "none.txt")
    with pytest.raises(ValueError):
        RehearsalSource("x", cps=0)
