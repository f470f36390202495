"""Word segmentation (jieba) around a candidate hit: is the span a word here, or part of other words?

Used sparingly, only around candidate hits (never over whole texts: jieba is ~20x slower than the
matcher): a short term whose edges fall inside other words (包过 in 面包过期, 特供 in 独特供应链) is not
the term. The jieba dictionary loads lazily (about a second, once) under a lock; answers depend only on
a short window and are cached, as a live show re-scans the same partial utterance many times.
Thread-safe.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from app.rules.normalize import clause_bounds

WINDOW = 4  # characters either side of the span that the segmentation looks at
MIN_WORD_FREQ = 5  # dictionary words rarer than this are ignored (jieba's tail is noisy)
# Degree words that modify the next word: 最|好看 is still 最好(看), 超|强大 still 超强.
DEGREE_PREFIXES = frozenset("最极超顶更特太")

_lock = threading.Lock()
_jieba: Any = None  # the jieba module, once loaded (typed: mypyc would otherwise pin it to None)


def dictionary():
    """The initialised jieba module (loads its dictionary on first use)."""
    global _jieba
    if _jieba is None:
        with _lock:
            if _jieba is None:
                import logging

                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _jieba = jieba
    return _jieba


def _words(text: str) -> list[tuple[int, int]]:
    """jieba's most probable segmentation (dictionary only, no HMM) as ``(start, end)`` spans.

    The same route ``jieba.cut(text, HMM=False)`` takes, computed directly on the short window (about
    twice as fast as ``cut``, which first splits the text with regexes and yields strings).
    """
    tokenizer = dictionary().dt
    route: dict = {}
    tokenizer.calc(text, tokenizer.get_DAG(text), route)
    spans, x = [], 0
    while x < len(text):
        y = route[x][1] + 1
        spans.append((x, y))
        x = y
    return spans


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[tuple[int, int], ...]:
    """jieba's most probable segmentation of a short ``text`` as ``(start, end)`` spans (cached)."""
    return tuple(_words(text))


def word_freq(word: str) -> int:
    return dictionary().dt.FREQ.get(word) or 0


COMMON_WORD_FREQ = 20  # from this jieba frequency on, a pair of characters is a common word of its own


def common_word(word: str) -> bool:
    """Is ``word`` a common dictionary word (中意 in 三分中意, 清楚 in 清清楚楚)?"""
    return word_freq(word) >= COMMON_WORD_FREQ


def straddled(
    text: str, start: int, end: int, *, inside_longer_word: bool = False, breaks: tuple[int, ...] = ()
) -> bool:
    """Is ``text[start:end]`` not a unit of its own here, as jieba segments the neighbourhood?

    By default: does a word begin before the span and end inside it (面包|过 for 包过, 独特|供应链 for
    特供), or begin inside it and run out past its end (防|脱落 for 防脱)? Not when the span starts with a
    degree word (最|好看 still says 最好), nor for a longer word containing the span (第一 in 第一名 is
    still a 第一). With ``inside_longer_word`` (for homophones,
    which need more caution) any word crossing either edge counts, containing ones too: 国家机 inside
    国家机关 is not a misheard 国家级.

    ``breaks`` (sorted offsets, ``Normalized.word_breaks``: right after a removed comma, and both edges of a folded
    reduplication) end the window: no word runs across them, so 能美白，天天擦脸 and 能美白天天用 (normalised 能美白天擦脸,
    能美白天用) keep 美白 whole, where 白天 would otherwise straddle it. A break inside the span (全网最，最低价) is the
    span's own and stays.
    """
    lo = max(0, start - WINDOW)
    hi = min(len(text), end + WINDOW)
    if breaks:
        lo, hi = clause_bounds(breaks, start, end, lo, hi)  # the clauses the span starts and ends in
    return _straddled(text[lo:hi], start - lo, end - lo, inside_longer_word)


@lru_cache(maxsize=8192)
def _straddled(window: str, start: int, end: int, strict: bool) -> bool:
    freq = dictionary().dt.FREQ
    for w_start, w_end in _words(window):
        if w_end - w_start < 2 or (freq.get(window[w_start:w_end]) or 0) < MIN_WORD_FREQ:
            continue
        if w_start < start < w_end:
            if strict or w_end < end:
                return True
        elif w_start < end < w_end:
            if strict or (w_start > start and window[start] not in DEGREE_PREFIXES):
                return True
    return False
