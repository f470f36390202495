"""The Vosk (Kaldi) speech engine behind the :class:`~app.asr.recognizer.Recognizer` protocol.

- :func:`load_model` checks the model folder first (``app.asr.model_files.check_model_dir``) and raises
  :class:`ModelMissingError` with a Chinese message naming ``models/vosk-cn/`` and
  ``python -m app model fetch``. Loading is a plain blocking call (seconds; the Chinese small model ~1 s,
  big models much longer): the UI must call it from a worker thread. Loaded models are cached per folder
  and shared by recognisers (a ``vosk.Model`` is read-only and thread-safe).
- :class:`VoskRecognizer` wraps one ``KaldiRecognizer``; use it from one thread at a time (the pipeline's
  recognition thread). Word times are on (``SetWords``/``SetPartialWords``) so every character of the
  joined text knows its audio time; ``SetMaxAlternatives(0)`` keeps the plain result format and skips the
  n-best work.

Latency (measured by ``benchmarks/latency.py``; see its output for figures): with word times on, Vosk's
partial results come from the incrementally determinised lattice, and Kaldi's default
``--determinize-max-delay=60`` frames (x 30 ms = 1.8 s) + ``--determinize-min-chunk-size=20`` hold every
word back ~2 s. :data:`LOW_LATENCY` lowers them to 10/5 frames, which halves the lag (~2.0 s -> ~0.9 s on
the Korean test model) at no measurable CPU cost. Vosk reads these only from ``conf/model.conf``, and the
user's model folder must not be edited, so :func:`tuned_model_dir` builds a shadow folder in the user data
folder: links to the model's files plus a rewritten ``model.conf`` (symlinks, else hard links; when neither
works the model is used as it is). On top of that, the plain (best-path) partial text runs another ~0.4 s
ahead of the lattice one, so :class:`VoskRecognizer` fires on that text and takes times from the lattice
(``fast_partials``). ``--frames-per-chunk`` smaller than the model's saves another ~0.1 s
for ~25 % more CPU and is not on by default. The block size matters less (a partial is asked for after
every block; 0.1 s blocks by default). Vosk 0.3.45's Python API has no
``SetEndpointerMode``/``SetEndpointerDelays``; when a newer vosk has them, ``endpointer_delays`` is applied
(endpointing only moves *final* results; the hit tracker fires on partials).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from pathlib import Path

from app.asr.recognizer import SAMPLE_RATE, AsrResult, Word, join_text, join_words, result_from_words

log = logging.getLogger(__name__)

# Decoder options (``conf/model.conf`` syntax, without the leading ``--``) that bring partial results forward.
LOW_LATENCY: dict[str, str] = {"determinize-max-delay": "10", "determinize-min-chunk-size": "5"}

_models: dict[tuple[Path, tuple], object] = {}
_models_lock = threading.Lock()


class ModelMissingError(Exception):
    """The model folder is missing or incomplete; the message (Chinese) says what to do."""


def missing_model_message(path: Path, detail: str = "") -> str:
    lead = detail or f"未找到可用的语音识别模型：{path}"
    return (
        f"{lead}\n请运行 `python -m app model fetch` 下载中文模型，或把 Vosk 中文模型解压到程序目录下的 "
        "models/vosk-cn/ 文件夹（也可在设置中选择模型文件夹）。"
    )


def check_model(path: Path) -> tuple[bool, str, Path]:
    """``(ok, message, folder to load)`` using the packaging helper's ``check_model_dir``."""
    try:
        from app.asr.model_files import check_model_dir
    except ImportError:  # packaging module absent: minimal structural check
        lacking = [r for r in ("am/final.mdl", "conf/model.conf") if not (path / r).is_file()]
        if lacking:
            return False, missing_model_message(path, f"模型文件夹 {path} 不可用，缺少：{'、'.join(lacking)}"), path
        return True, "", path
    check = check_model_dir(path)
    message = check.message
    if not check.ok and "models/vosk-cn" not in message:
        message = missing_model_message(path, message)
    return check.ok, message, Path(check.path)


def load_model(model_dir: str | Path | None = None, decoder_options: dict[str, str] | None = None):
    """The ``vosk.Model`` for ``model_dir`` (default ``models/vosk-cn``), loaded once and cached.

    ``decoder_options`` (default :data:`LOW_LATENCY`; ``{}`` for the model's own settings) override lines
    of the model's ``conf/model.conf`` through :func:`tuned_model_dir`.
    """
    from app.paths import default_model_dir

    path = Path(model_dir) if model_dir else default_model_dir()
    options = LOW_LATENCY if decoder_options is None else decoder_options
    key = (path.resolve(), tuple(sorted(options.items())))
    with _models_lock:
        if key in _models:
            return _models[key]
        ok, message, folder = check_model(path)
        if not ok:
            raise ModelMissingError(message)
        import vosk

        vosk.SetLogLevel(-2)  # errors only: the low-latency determinizer warns harmlessly per utterance
        load_from = folder
        if options:
            load_from = tuned_model_dir(folder, options) or folder
        try:
            model = vosk.Model(str(load_from))
        except Exception as exc:  # noqa: BLE001 - vosk raises a bare Exception on a broken model
            if load_from != folder:  # an option this vosk does not know: fall back to the model as it is
                log.warning("decoder options %s rejected; using the model's own settings", options)
                try:
                    model = vosk.Model(str(folder))
                except Exception as exc2:  # noqa: BLE001
                    raise _broken(path, exc2) from exc2
            else:
                raise _broken(path, exc) from exc
        _models[key] = model
        return model


def _broken(path: Path, exc: Exception) -> ModelMissingError:
    return ModelMissingError(missing_model_message(path, f"模型文件夹 {path} 无法加载（{exc}），文件可能已损坏"))


def tuned_model_dir(model: Path, options: dict[str, str], cache_root: Path | None = None) -> Path | None:
    """A folder that looks like ``model`` but whose ``conf/model.conf`` has ``options`` applied.

    Built once under ``<user data>/vosk-tuned/<hash>/`` from links to the model's files (the model is
    never modified). Returns None when links cannot be made (the caller then uses the model as it is).
    Blocking file work; call it where the model is loaded (a worker thread).
    """
    from app.paths import user_data_dir

    conf = model / "conf" / "model.conf"
    try:
        original = conf.read_text(encoding="utf-8")
    except OSError:
        return None
    digest = hashlib.sha256(
        f"{model.resolve()}\n{original}\n{sorted(options.items())}".encode()
    ).hexdigest()[:16]
    target = (cache_root or user_data_dir() / "vosk-tuned") / digest
    if (target / "conf" / "model.conf").is_file():
        return target
    staging = target.with_name(digest + f".tmp{os.getpid()}")
    try:
        _mirror(model.resolve(), staging)
        (staging / "conf" / "model.conf").write_text(_apply_options(original, options), encoding="utf-8")
        staging.replace(target)
    except OSError as exc:
        log.warning("cannot build a tuned model folder (%s); using the model as it is", exc)
        _remove_tree(staging)
        return target if (target / "conf" / "model.conf").is_file() else None
    return target


def _apply_options(conf_text: str, options: dict[str, str]) -> str:
    lines = [ln for ln in conf_text.splitlines() if ln.strip()]
    kept = [ln for ln in lines if ln.strip().lstrip("-").split("=", 1)[0] not in options]
    kept += [f"--{key}={value}" for key, value in options.items()]
    return "\n".join(kept) + "\n"


def _mirror(src: Path, dst: Path) -> None:
    """``dst`` mirrors ``src``: symlinked entries (hard-linked files where symlinks are not allowed, as
    on Windows without developer mode); ``conf/`` is a real folder so ``model.conf`` can be replaced."""
    dst.mkdir(parents=True)
    for entry in src.iterdir():
        if entry.name == "conf":
            (dst / "conf").mkdir()
            for item in entry.iterdir():
                if item.name != "model.conf":
                    _link(item, dst / "conf" / item.name)
        else:
            _link(entry, dst / entry.name)


def _link(src: Path, dst: Path) -> None:
    try:
        os.symlink(src, dst, target_is_directory=src.is_dir())
        return
    except OSError:
        pass
    if src.is_dir():
        dst.mkdir()
        for item in src.iterdir():
            _link(item, dst / item.name)
    else:
        os.link(src, dst)  # raises OSError across drives: the caller falls back


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


class VoskRecognizer:
    """A streaming recogniser for 16 kHz mono int16 PCM. One thread at a time.

    ``fast_partials`` (default on): the partial *text* comes from the decoder's best path (Vosk's plain
    partial, ~0.4 s ahead of the lattice), the word times from the lattice partial. Characters the timed
    words already cover get their word times; newer characters get an estimate spread between the last
    timed word and the audio fed so far (so a hit from a brand-new word has an audio span that is at most
    the engine's lag late; the final result then has exact times). ``fast_partials=False`` uses only
    the lattice partial (exact times, later text).
    """

    sample_rate = SAMPLE_RATE

    def __init__(
        self,
        model,
        *,
        words: bool = True,
        partial_words: bool = True,
        fast_partials: bool = True,
        max_alternatives: int = 0,
        endpointer_delays: tuple[float, float, float] | None = None,
    ) -> None:
        import vosk

        self._rec = vosk.KaldiRecognizer(model, self.sample_rate)
        self._rec.SetMaxAlternatives(max_alternatives)
        self._rec.SetWords(words)
        self._rec.SetPartialWords(partial_words)
        if endpointer_delays and hasattr(self._rec, "SetEndpointerDelays"):
            self._rec.SetEndpointerDelays(*endpointer_delays)
        self.partial_words = partial_words
        self.fast_partials = fast_partials and partial_words
        self._last_partial = ""
        self._fed = 0.0  # seconds of audio fed since creation (Vosk's word times count from there too)
        self._utterance_start = 0.0

    @classmethod
    def load(cls, model_dir: str | Path | None = None, *, decoder_options: dict[str, str] | None = None,
             **options) -> VoskRecognizer:
        return cls(load_model(model_dir, decoder_options), **options)

    def accept(self, pcm: bytes) -> AsrResult | None:
        self._fed += len(pcm) / 2 / self.sample_rate
        if self._rec.AcceptWaveform(pcm):
            return self._final(self._rec.Result())
        if not self.fast_partials:
            data = json.loads(self._rec.PartialResult())
            text = data.get("partial", "")
            if text == self._last_partial:
                return None
            self._last_partial = text
            return _to_result("partial", text, data.get("partial_result"))
        self._rec.SetPartialWords(False)
        text = json.loads(self._rec.PartialResult()).get("partial", "")
        if text == self._last_partial:
            return None
        self._last_partial = text
        self._rec.SetPartialWords(True)
        timed = json.loads(self._rec.PartialResult()).get("partial_result") or []
        return _merge_partial(text, timed, self._utterance_start, self._fed)

    def finish(self) -> AsrResult | None:
        return self._final(self._rec.FinalResult())

    def reset(self) -> None:
        self._rec.Reset()
        self._last_partial = ""
        self._utterance_start = self._fed

    def _final(self, raw: str) -> AsrResult | None:
        data = json.loads(raw)
        text = data.get("text", "")
        had_partial = bool(self._last_partial)
        self._last_partial = ""
        self._utterance_start = self._fed
        if not text and not had_partial:
            return None  # an endpoint in silence: nothing was said
        return _to_result("final", text, data.get("result"))


def _merge_partial(text: str, timed: list[dict], utterance_start: float, fed: float) -> AsrResult:
    """Best-path partial text with lattice word times where they reach, estimated times beyond."""
    words = tuple(Word(w["word"], float(w["start"]), float(w["end"]), float(w.get("conf", 1.0))) for w in timed)
    timed_text, timed_times = join_words(words)
    joined = join_text(text)
    k = 0
    limit = min(len(joined), len(timed_text))
    while k < limit and joined[k] == timed_text[k]:
        k += 1
    times = list(timed_times[:k])
    tail = [i for i in range(k, len(joined)) if joined[i] != " "]
    if tail:
        known = [t for t in times if t is not None]
        start = known[-1][1] if known else (words[0].start if words else utterance_start)
        start = min(start, fed)
        step = (fed - start) / len(tail)
        estimate = {i: (start + step * n, start + step * (n + 1)) for n, i in enumerate(tail)}
        times.extend(estimate.get(i) for i in range(k, len(joined)))
    else:
        times.extend(None for _ in range(k, len(joined)))
    return AsrResult(kind="partial", text=joined, words=words, char_times=tuple(times))


def _to_result(kind: str, text: str, words: list[dict] | None) -> AsrResult:
    if words:
        return result_from_words(
            kind, (Word(w["word"], float(w["start"]), float(w["end"]), float(w.get("conf", 1.0))) for w in words)
        )
    return AsrResult(kind=kind, text=join_text(text))
