"""The speech recogniser protocol and the result it produces.

A recogniser turns 16 kHz mono 16-bit PCM into :class:`AsrResult` objects (partial or final text with word
times). :class:`~app.asr.vosk_engine.VoskRecognizer` is the real one; another engine plugs in by
implementing :class:`Recognizer`. The rehearsal source produces the same :class:`AsrResult` from a script.

Text normalisation lives here too: Chinese models emit words separated by spaces ("这 款 面霜 效果 第一");
:func:`join_words` removes the spaces between CJK characters before matching and keeps, for every
character of the joined text, the audio time span it came from, so a hit's audio span is derived from word
times.

Threading: results are frozen dataclasses, safe to hand to any thread. A recogniser instance is used by one
thread at a time (the pipeline's recognition thread).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

SAMPLE_RATE = 16000


@dataclass(frozen=True)
class Word:
    """One recognised word; times are seconds from the start of the audio stream."""

    text: str
    start: float
    end: float
    conf: float = 1.0


@dataclass(frozen=True)
class AsrResult:
    """A partial (still changing) or final result for the current utterance.

    ``text`` has the spaces between CJK characters removed. ``char_times[i]`` is the
    ``(start, end)`` audio time of ``text[i]`` (from its word's times; for the newest characters of a
    fast partial an estimate, see :class:`~app.asr.vosk_engine.VoskRecognizer`) (None for a joining space or when the engine gave no word
    times). ``produced_at`` is ``time.perf_counter()`` when the engine handed the result over (used to
    measure the pipeline's own latency).
    """

    kind: str  # "partial" | "final"
    text: str
    words: tuple[Word, ...] = ()
    char_times: tuple[tuple[float, float] | None, ...] = ()
    produced_at: float = field(default_factory=time.perf_counter)

    @property
    def is_final(self) -> bool:
        return self.kind == "final"

    def span(self, start: int, end: int) -> tuple[float | None, float | None]:
        """Audio ``(start, end)`` seconds of ``text[start:end]``; ``(None, None)`` without word times."""
        times = [t for t in self.char_times[start:end] if t is not None]
        if not times:
            return None, None
        return times[0][0], times[-1][1]

    @property
    def audio_start(self) -> float | None:
        for t in self.char_times:
            if t is not None:
                return t[0]
        return self.words[0].start if self.words else None

    @property
    def audio_end(self) -> float | None:
        for t in reversed(self.char_times):
            if t is not None:
                return t[1]
        return self.words[-1].end if self.words else None


@runtime_checkable
class Recognizer(Protocol):
    """What the pipeline needs from a speech engine. Called from one worker thread only."""

    sample_rate: int

    def accept(self, pcm: bytes) -> AsrResult | None:
        """Feed 16-bit mono PCM. Returns a final result at an utterance end, a partial result when the
        partial text changed, else None (an unchanged partial is no work for anyone)."""

    def finish(self) -> AsrResult | None:
        """End of stream: the final result of what is pending (None if nothing was said)."""

    def reset(self) -> None:
        """Drop the current utterance and start a fresh one."""


def is_cjk(ch: str) -> bool:
    """A Han ideograph or CJK punctuation/full-width form: no spaces belong between two of these."""
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FA1F
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
    )


def _needs_space(left: str, right: str) -> bool:
    return not (is_cjk(left[-1]) or is_cjk(right[0]))


def join_words(words: Sequence[Word]) -> tuple[str, tuple[tuple[float, float] | None, ...]]:
    """Join recognised words into matchable text plus a per-character time map.

    Spaces are kept only between two non-CJK words ("iPhone 15", Korean); a character's time is its share
    of its word's span (a linear estimate inside the word, exact at word edges).
    """
    parts: list[str] = []
    times: list[tuple[float, float] | None] = []
    for word in words:
        token = word.text.strip()
        if not token:
            continue
        if parts and _needs_space(parts[-1], token):
            parts.append(" ")
            times.append(None)
        n = len(token)
        step = (word.end - word.start) / n
        for i in range(n):
            times.append((word.start + step * i, word.start + step * (i + 1)))
        parts.append(token)
    return "".join(parts), tuple(times)


def join_text(text: str) -> str:
    """Remove the spaces between CJK characters of a plain recogniser text (no word times)."""
    tokens = text.split()
    out: list[str] = []
    for token in tokens:
        if out and _needs_space(out[-1], token):
            out.append(" ")
        out.append(token)
    return "".join(out)


def result_from_words(kind: str, words: Iterable[Word]) -> AsrResult:
    words = tuple(words)
    text, char_times = join_words(words)
    return AsrResult(kind=kind, text=text, words=words, char_times=char_times)
