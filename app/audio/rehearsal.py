"""模拟演练: a script "spoken" at a set rate, as recogniser-like partial and final results.

Works with no speech model. Each sentence (split at 。！？；!?; and line breaks) is one utterance: the
text grows by one character per ``1/cps`` seconds as partial results, then a final result; punctuation is
dropped, as a recogniser would. Every character gets the audio time it would have been spoken at, and
``pause`` seconds pass between sentences. ``realtime=True`` paces the results on the wall clock.

Runs on the caller's (worker) thread; ``stop`` is checked between results.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from app.asr.recognizer import AsrResult, Word, is_cjk
from app.audio.source import StatusCallback

_SENTENCE_END = re.compile(r"[。！？；!?;\n]+")
_DROP = re.compile(r"[，、,：:“”\"‘’'（）()《》【】\[\]…—\-~～·\.]+")


class ScriptError(Exception):
    """The script cannot be read; the message (Chinese) says what to do."""


def read_script(path: str | Path) -> str:
    path = Path(path)
    if not path.is_file():
        raise ScriptError(f"找不到脚本文件：{path}。请检查路径是否正确。")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return path.read_text(encoding=encoding)
        except UnicodeDecodeError:
            continue
    raise ScriptError(f"无法识别脚本文件 {path.name} 的编码，请另存为 UTF-8 文本后重试。")


def sentences(script: str) -> list[str]:
    """The utterances of a script: punctuation removed, whitespace runs collapsed, empty ones skipped."""
    out = []
    for piece in _SENTENCE_END.split(script):
        text = " ".join(_DROP.sub(" ", piece).split())
        text = _squeeze_cjk_spaces(text)
        if text:
            out.append(text)
    return out


def _squeeze_cjk_spaces(text: str) -> str:
    chars = list(text)
    keep = []
    for i, ch in enumerate(chars):
        if ch == " " and (is_cjk(chars[i - 1]) or is_cjk(chars[i + 1])):
            continue
        keep.append(ch)
    return "".join(keep)


class RehearsalSource:
    """A :class:`~app.audio.source.ResultSource` over a script text."""

    def __init__(self, script: str, *, cps: float = 5.0, realtime: bool = False, pause: float = 0.6) -> None:
        if cps <= 0:
            raise ValueError("语速必须大于 0（每秒字数）")
        self.script = script
        self.cps = cps
        self.realtime = realtime
        self.pause = pause

    @classmethod
    def from_file(cls, path: str | Path, **options) -> RehearsalSource:
        return cls(read_script(path), **options)

    def results(self, stop: threading.Event, on_status: StatusCallback | None = None) -> Iterator[AsrResult]:
        step = 1.0 / self.cps
        clock = 0.0
        t0 = time.monotonic()
        for sentence in sentences(self.script):
            times: list[tuple[float, float] | None] = []
            words: list[Word] = []
            for i, ch in enumerate(sentence):
                if ch == " ":
                    times.append(None)
                    continue
                times.append((clock, clock + step))
                words.append(Word(ch, clock, clock + step))
                clock += step
                if not self._wait(stop, t0, clock):
                    return
                if i + 1 < len(sentence):
                    yield AsrResult("partial", sentence[: i + 1], tuple(words), tuple(times))
            yield AsrResult("final", sentence, tuple(words), tuple(times))
            clock += self.pause

    def _wait(self, stop: threading.Event, t0: float, audio_time: float) -> bool:
        if stop.is_set():
            return False
        if self.realtime:
            delay = t0 + audio_time - time.monotonic()
            if delay > 0 and stop.wait(delay):
                return False
        return True
