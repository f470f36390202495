"""Pattern literals reachable by sound: 最后三分中 (钟 heard as 中) is 最后{N}分钟, 秒杀倒计十 is 倒计时….

The sound automaton of :mod:`app.rules.matcher` takes the plain terms only; a pattern form (最后{N}分钟) has
no fixed spelling to sound out. Its literal runs have: :class:`SoundRepair` keeps the runs of two or more
Chinese characters of the medium and high patterns that are dictionary words (分钟, 倒计时 …), keyed by their
toned sound. Where a text sounds
like a run but spells it otherwise — exactly one character changed, with the run character's own toned
reading, and making no common word with a neighbour (三分中意 keeps 中意) — a repaired copy of the text (same
length, so offsets hold) spells the run. The matcher runs its pattern step over that copy, and every pattern
match that takes in a repaired character becomes a homophone candidate whose key is the repaired span, so
:func:`app.rules.homophones.plausible_mishearing` and the scope rules judge it like any other homophone.

Immutable once built; :meth:`SoundRepair.repaired` is safe from any thread.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import numpy as np

from app.rules import segment
from app.rules.automaton import Automaton

_CJK_MIN, _CJK_MAX = "\u3400", "\u9fff"
# The pattern step runs over this many characters either side of a repair (a pattern hit is far shorter).
_WINDOW = 48


def _cjk(run: str) -> bool:
    return all(_CJK_MIN <= ch <= _CJK_MAX for ch in run)


@functools.lru_cache(maxsize=1)
def _toned_table() -> list[int]:
    """``str.translate`` table over the BMP: each Chinese character → a code of its first reading *with* its tone
    (pypinyin's data; 钟 and 中 are both zhōng), every other character itself. Keys and texts spelled so match
    exactly where the readings agree, so the automaton reports only same-toned sound-alikes and the runs spelled
    right (the homophone pass's own table merges tones and accents: far looser, far more matches)."""
    from pypinyin.pinyin_dict import pinyin_dict

    table = list(range(0x10000))
    table[_TONED_BASE:0xF900] = [0xFFFD] * (0xF900 - _TONED_BASE)  # a private-use character in a text is no slot
    slots: dict[str, int] = {}
    for code, readings in pinyin_dict.items():
        if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
            table[code] = _TONED_BASE + slots.setdefault(readings.split(",")[0], len(slots))
    return table


_TONED_BASE = 0xE000  # private use (~1,400 toned readings fit below 0xF900): BMP strings translate fastest


class SoundRepair:
    """The sound keys of the patterns' literal runs, and the repair of a text that mis-spells one."""

    __slots__ = ("_automaton", "_runs", "_run_codes", "_run_lengths")

    def __init__(self, runs: Iterable[str]):
        keyed: dict[str, str] = {}
        for run in runs:
            if len(run) >= 2 and _cjk(run):
                keyed.setdefault(run.translate(_toned_table()), run)
        self._runs = tuple(keyed.values())
        self._automaton = Automaton(list(keyed), short_paired=False) if keyed else None
        # The runs' code points, one row each (zero-padded), for the long texts' vectorised spelling test.
        width = max((len(r) for r in self._runs), default=1)
        self._run_codes = np.zeros((len(self._runs), width), dtype=np.uint32)
        for row, run in enumerate(self._runs):
            self._run_codes[row, : len(run)] = [ord(ch) for ch in run]
        self._run_lengths = np.array([len(r) for r in self._runs], dtype=np.int64)

    def __bool__(self) -> bool:
        return self._automaton is not None

    def repaired(self, nt: str, codes=None) -> tuple[str, bytearray] | None:
        """``(copy of nt with the mis-spelt runs spelled right, 1 at each repaired position)``, or None.

        ``codes``: ``nt``'s code points (a long text's numpy array): the sound-alike matches are then spelled out
        and compared with numpy, and only those one character off are looked at in Python (a 4,000-character
        text has hundreds of matches, nearly all spelled right)."""
        if self._automaton is None:
            return None
        chars = None
        marks = None
        runs = self._runs
        for start, kid, i in self._one_off(nt, codes):
            run = runs[kid]
            # Words only (分钟, 倒计时, 回报): a run cut out of a phrase (在抖 of 在抖音) repairs by chance (都再抖).
            # (Asked here, not when building: the dictionary loads with the first mismatch, not with the matcher.)
            if not segment.word_freq(run):
                continue
            if marks is not None and marks[start + i]:
                continue
            # The changed character makes a word with a neighbour in the text: 三分中意 (中意) is no 三分钟意.
            p = start + i
            if any(segment.common_word(nt[a : a + 2]) for a in (p - 1, p) if a >= 0 and a + 2 <= len(nt)):
                continue
            if chars is None:
                chars = list(nt)
                marks = bytearray(len(nt))
            chars[start + i] = run[i]
            marks[start + i] = 1
        if chars is None:
            return None
        return "".join(chars), marks

    def _one_off(self, nt: str, codes):
        """``(start, run id, changed position in the run)`` of every match of a run's sound that spells all
        but one of its characters as the run does, in the automaton's order."""
        if codes is None:
            lengths = self._automaton.lengths
            runs = self._runs
            for end, kid in self._automaton.iter(nt.translate(_toned_table())):
                run = runs[kid]
                start = end + 1 - lengths[kid]
                if nt.startswith(run, start):
                    continue  # spelled right (most matches)
                changed = [i for i, ch in enumerate(run) if nt[start + i] != ch]
                if len(changed) == 1:  # every character has the run's toned reading (the table); only one may differ
                    yield start, kid, changed[0]
            return
        sound = _toned_array()[np.minimum(codes, 0xFFFF)]
        start, _, kid = self._automaton.match_arrays(None, sound)
        if not kid.size:
            return
        offsets = np.arange(self._run_codes.shape[1])
        inside = offsets[None, :] < self._run_lengths[kid][:, None]
        at = np.where(inside, start[:, None] + offsets[None, :], 0)
        differ = (codes[at] != self._run_codes[kid]) & inside
        for row in np.flatnonzero(differ.sum(axis=1) == 1).tolist():
            yield int(start[row]), int(kid[row]), int(differ[row].argmax())


@functools.lru_cache(maxsize=1)
def _toned_array() -> np.ndarray:
    """:func:`_toned_table` as a numpy lookup table (long texts)."""
    return np.array(_toned_table(), dtype=np.uint32)


def repair_windows(marks: bytearray) -> list[tuple[int, int]]:
    """The stretches ``[lo, hi)`` within ``_WINDOW`` characters of a repaired position, overlapping ones merged."""
    windows: list[tuple[int, int]] = []
    n = len(marks)
    p = marks.find(1)
    while p != -1:
        lo, hi = max(0, p - _WINDOW), min(n, p + _WINDOW + 1)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
        p = marks.find(1, p + 1)
    return windows
