"""Pattern literals reachable by sound: 最后三分中 (钟 heard as 中) is 最后{N}分钟, 秒杀倒计十 is 倒计时….

The sound automaton of :mod:`app.rules.matcher` takes the plain terms only; a pattern form (最后{N}分钟) has
no fixed spelling to sound out. Its literal runs have: :class:`SoundRepair` keeps the runs of two or more
Chinese characters of the medium and high patterns (分钟, 倒计时 …), keyed by their sound. Where a text sounds
like a run but spells it otherwise — exactly one character changed, with the run character's own toned
reading, and making no common word with a neighbour (三分中意 keeps 中意) — a repaired copy of the text (same
length, so offsets hold) spells the run. The matcher runs its pattern step over that copy, and every pattern
match that takes in a repaired character becomes a homophone candidate whose key is the repaired span, so
:func:`app.rules.homophones.plausible_mishearing` and the scope rules judge it like any other homophone.

Immutable once built; :meth:`SoundRepair.repaired` is safe from any thread.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.rules import homophones, segment
from app.rules.automaton import Automaton

_CJK_MIN, _CJK_MAX = "\u3400", "\u9fff"
# A surface that is itself a word at least this common is that word, not a misheard run (时候 ≈ 十后 is 时候).
_WORD_FREQ = 20


def _cjk(run: str) -> bool:
    return all(_CJK_MIN <= ch <= _CJK_MAX for ch in run)


class SoundRepair:
    """The sound keys of the patterns' literal runs, and the repair of a text that mis-spells one."""

    __slots__ = ("_automaton", "_runs")

    def __init__(self, runs: Iterable[str]):
        keyed: dict[str, str] = {}
        for run in runs:
            if len(run) >= 2 and _cjk(run):
                keyed.setdefault(homophones.to_sound(run), run)
        self._runs = tuple(keyed.values())
        self._automaton = Automaton(list(keyed), short_paired=False) if keyed else None

    def __bool__(self) -> bool:
        return self._automaton is not None

    def repaired(self, nt: str) -> tuple[str, bytearray] | None:
        """``(copy of nt with the mis-spelt runs spelled right, 1 at each repaired position)``, or None."""
        if self._automaton is None:
            return None
        sound = nt.translate(homophones.short_sound_table())
        chars = None
        marks = None
        lengths = self._automaton.lengths
        for end, kid in self._automaton.iter(sound):
            end += 1
            start = end - lengths[kid]
            run = self._runs[kid]
            surface = nt[start:end]
            if surface == run:
                continue
            changed = [i for i in range(len(run)) if surface[i] != run[i]]
            if len(changed) != 1:
                continue
            i = changed[0]
            if homophones.toned(surface[i]) != homophones.toned(run[i]) or not _cjk(surface[i]):
                continue
            if marks is not None and marks[start + i]:
                continue
            # The changed character makes a word with a neighbour in the text: 三分中意 (中意) is no 三分钟意.
            p = start + i
            if any(segment.word_freq(nt[a : a + 2]) >= _WORD_FREQ for a in (p - 1, p) if a >= 0 and a + 2 <= len(nt)):
                continue
            if chars is None:
                chars = list(nt)
                marks = bytearray(len(nt))
            chars[start + i] = run[i]
            marks[start + i] = 1
        if chars is None:
            return None
        return "".join(chars), marks
