"""Homophone tolerance: the recogniser writes 全网最底价, 增强免役力, 顶极, 根制 for what was said.

Every CJK character is mapped (``str.translate``, 1:1 so offsets are kept) to one private-use character
standing for its toneless pinyin syllable (pypinyin's data, first reading). Two texts that sound alike
but for the tones become equal, and a second Aho-Corasick automaton of canonicalised severe terms finds
them. A candidate is then checked against ordinary vocabulary (jieba's dictionary, loaded lazily) so that
real words that merely sound like a term (根植 ≈ 根治, 位移 ≈ 唯一) do not fire.

Tables are built once under a lock; all functions are safe to call from any thread. The jieba dictionary
takes about a second to load the first time: call :func:`warm_up` on a worker thread at start-up.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

from app.rules import segment
from app.rules.normalize import LONG_TEXT, code_point_lut, lut_translate

_PUA_BASE = 0xE000
_lock = threading.RLock()  # re-entrant: the cached tables build on each other under it

# A candidate whose surface is itself a dictionary word at least this often as common as the term
# (relative to the term's frequency), or at least this common in absolute terms, is taken as that word.
# Two-character surfaces are judged stricter: most two-syllable sounds are some real word.
_RELATIVE_FREQ = 0.15
_ABSOLUTE_FREQ = 200
_SHORT_FREQ = 20


def _toneless(reading: str) -> str:
    plain = unicodedata.normalize("NFD", reading)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return plain.replace("ü", "v").replace("u\u0308", "v")


@lru_cache(maxsize=1)
def sound_table() -> dict[int, int]:
    """CJK character → private-use character of its toneless pinyin syllable."""
    from pypinyin.pinyin_dict import pinyin_dict

    with _lock:
        syllables: dict[str, int] = {}
        table: dict[int, int] = {}
        for code, readings in pinyin_dict.items():
            if not (0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF):
                continue
            syllable = _toneless(readings.split(",")[0])
            slot = syllables.setdefault(syllable, _PUA_BASE + len(syllables))
            table[code] = slot
        return table


@lru_cache(maxsize=1)
def _sound_lut():
    with _lock:
        return code_point_lut(sound_table())


def to_sound(text: str) -> str:
    """The text with every CJK character replaced by its syllable's code (same length)."""
    if len(text) >= LONG_TEXT:
        return lut_translate(text, _sound_lut())
    return text.translate(sound_table())


def warm_up() -> None:
    """Build the tables and load the dictionary now (slow, about a second), not at the first candidate."""
    sound_table()
    segment.dictionary()


def plausible_mishearing(text: str, start: int, end: int, term: str) -> bool:
    """Is ``text[start:end]`` (sounds like ``term``, differs from it) a misrecognised ``term``?

    No when more than one character (two in terms over four characters) differs, when the surface is a
    common word of its own (根植 for 根治, 位移 for 唯一), or when the words
    around it, as jieba segments the neighbourhood, straddle the span's edges (国家机关 is not 国家级).
    """
    surface = text[start:end]
    # A recogniser swaps a word or a syllable, not a whole phrase: 直筒 (zhí tǒng) is no 止痛 (zhǐ tòng).
    changed = sum(1 for a, b in zip(surface, term, strict=True) if a != b)
    if changed > (1 if len(term) <= 4 else 2):
        return False
    surface_freq = segment.word_freq(surface)
    if surface_freq:
        limit = _SHORT_FREQ if len(surface) <= 2 else min(_ABSOLUTE_FREQ, _RELATIVE_FREQ * max(segment.word_freq(term), 100))
        if surface_freq >= limit:
            return False
    # Four or more syllables sounding like a term are hardly a coincidence; shorter ones must also not
    # be part of other words (国家机关 / 国家级).
    return len(surface) >= 4 or not segment.straddled(text, start, end, inside_longer_word=True)
