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

from app.rules import accents, segment
from app.rules.normalize import LONG_TEXT
from app.rules.normalize_tables import code_point_lut, lut_translate

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
            syllable = accents.merge(_toneless(readings.split(",")[0]))  # 开过关 ≈ 开过光
            slot = syllables.setdefault(syllable, _PUA_BASE + len(syllables))
            table[code] = slot
        return table


@lru_cache(maxsize=1)
def _sound_lut():
    with _lock:
        return code_point_lut(sound_table())


def to_sound(text: str, codes=None) -> str:
    """The text with every CJK character replaced by its syllable's code (same length).

    ``codes`` (``text``'s code points as a numpy array, which long normalised texts carry) takes the
    numpy path; short texts go through ``str.translate`` with a list over the BMP (no lookup misses).
    """
    if codes is not None:
        return _sound_lut()[codes].tobytes().decode("utf-32-le", "surrogatepass")
    if len(text) >= LONG_TEXT:
        return lut_translate(text, _sound_lut())
    return text.translate(_sound_list())


def sound_codes(codes):
    """The code points of ``to_sound(text, codes)`` (a numpy array), without building the string."""
    return _sound_lut()[codes]


@lru_cache(maxsize=1)
def _sound_list() -> list[int]:
    with _lock:
        return _sound_lut()[:0x10000].tolist()


def short_sound_table() -> list[int]:
    """:func:`to_sound`'s ``str.translate`` table for short texts (a list over the BMP; beyond it, characters
    stay themselves, as no CJK character of the table lies there)."""
    return _sound_list()


def warm_up() -> None:
    """Build the tables and load the dictionary now (slow, about a second), not at the first candidate."""
    sound_table()
    segment.dictionary()


@lru_cache(maxsize=4096)
def _toned(ch: str) -> str:
    """The character's first (most common) pinyin reading with its tone mark, "" when unknown."""
    from pypinyin.pinyin_dict import pinyin_dict

    return (pinyin_dict.get(ord(ch)) or "").split(",")[0]


_TONE_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}


@lru_cache(maxsize=4096)
def _tone(ch: str) -> int:
    """The tone (1-4, 5 = neutral) of the character's first pinyin reading."""
    for mark in unicodedata.normalize("NFD", _toned(ch)):
        if mark in _TONE_MARKS:
            return _TONE_MARKS[mark]
    return 5


@lru_cache(maxsize=4096)
def _term_words(term: str) -> dict[tuple[int, int], int]:
    """The term's words as jieba segments it, ``(start, end) → dictionary frequency`` (cached: terms are few)."""
    return {(a, b): segment.word_freq(term[a:b]) for a, b in segment.words(term)}


def plausible_mishearing(text: str, start: int, end: int, term: str) -> bool:
    """Is ``text[start:end]`` (sounds like ``term``, differs from it) a misrecognised ``term``?

    No when more than one character (two in terms over four characters) differs, when a two-character
    term's changed character has another tone (约跑 for 约炮), when a changed syllable of a term of up to three
    characters differs in sound *and* tone (减脂茶 for 降脂茶) or lies in a surface word standing on a term word with
    another tone, at least as common (金价卖 for 进价卖), when the changed character is 宝 (宝宝, collapsed
    by the normaliser) or has another tone inside a common word of the surface (国家制定), when the surface is a common word of its own (根植 for 根治, 位移 for 唯一), or when the words
    around it, as jieba segments the neighbourhood, straddle the span's edges (国家机关 is not 国家级).
    """
    surface = text[start:end]
    # A recogniser swaps a word or a syllable, not a whole phrase: 直筒 (zhí tǒng) is no 止痛 (zhǐ tòng).
    changed = [(a, b) for a, b in zip(surface, term, strict=True) if a != b]
    if len(changed) > (1 if len(term) <= 4 else 2):
        return False
    # 宝宝 (the genre's word for the viewers) is collapsed to 宝 by the normaliser: 宝宝送 is no 保送, 宝宝本 no 保本.
    if any(a == "宝" for a, _ in changed):
        return False
    # Likewise 我们家/咱家/自家 (the shop): 我们家销量 is no 假销量.
    if surface[0] == "家" != term[0] and start > 0 and text[start - 1] in "们咱我自本全店":
        return False
    # Two syllables that merely rhyme are too often a coincidence (约跑 yuē pǎo is no 约炮 yuē pào): in a
    # two-character term the changed character must have the term character's tone too (鼎级 ≈ 顶级, 要妆 ≈ 药妆).
    if len(term) <= 2 and any(_toned(a) != _toned(b) for a, b in changed):
        return False
    # A syllable that differs twice over — another final/initial (only merged as a regional accent) *and* another
    # tone — is a loose sound-alike, not a mishearing: 减脂茶 (jiǎn) is no 降脂茶 (jiàng); 开过关 ≈ 开过光 keeps its tone.
    if len(term) <= 3 and any(_tone(a) != _tone(b) and _toneless(_toned(a)) != _toneless(_toned(b)) for a, b in changed):
        return False
    # Another tone inside a common word of the surface: 国家制定 (zhì dìng) is no 国家指定 (zhǐ dìng), 只好了 no 治好了.
    # In a short term, a surface word standing exactly where a word of the term stands, with another tone and at
    # least as common, is that word, not a slip: 金价卖 (金价) is no 进价卖 (进价); 降雪压 stays 降血压 (降雪 spans no
    # word of 降血压).
    if len(term) <= 3:
        term_words = _term_words(term)
        for a, b in segment.words(surface):
            freq = term_words.get((a, b))
            if (b - a >= 2 and freq is not None and segment.word_freq(surface[a:b]) >= max(freq, _SHORT_FREQ)
                    and any(surface[i] != term[i] and _tone(surface[i]) != _tone(term[i]) for i in range(a, b))):
                return False
    # A term that is one dictionary word (高回报) heard as a looser string of words (高 + 汇报: no word as a whole)
    # keeps its sense: the common surface word does not veto it; a term of several words (国家指定, 进价卖) does.
    lexical = len(term) >= 3 and (0, len(term)) in _term_words(term) and not segment.word_freq(surface)
    for a, b in segment.words(surface):
        if lexical:
            break
        if b - a >= 2 and segment.word_freq(surface[a:b]) >= _ABSOLUTE_FREQ and any(
            surface[i] != term[i] and _tone(surface[i]) != _tone(term[i]) for i in range(a, b)
        ):
            return False
    surface_freq = segment.word_freq(surface)
    if surface_freq:
        limit = _SHORT_FREQ if len(surface) <= 2 else min(_ABSOLUTE_FREQ, _RELATIVE_FREQ * max(segment.word_freq(term), 100))
        if surface_freq >= limit:
            return False
    # Four or more syllables sounding like a term are hardly a coincidence; shorter ones must also not
    # be part of other words (国家机关 / 国家级).
    return len(surface) >= 4 or not segment.straddled(text, start, end, inside_longer_word=True)
