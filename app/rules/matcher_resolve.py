"""The matcher's overlap resolution: one region gives one hit, checked only while it could still win.

:class:`Checks` holds what one automaton pass found that can drop a candidate (safe words and contexts,
exemption contexts, spans a scope rule denied); :func:`resolve` keeps the non-overlapping candidates in
overlap order and :func:`merge_homophones` merges the homophone candidates with the exact winners.
Candidates are the tuples described in :mod:`app.rules.matcher`. Per scan; nothing shared.
"""

from __future__ import annotations

from app.rules import (
    homophones,
    safe_words,
    scopes,
    scopes_consequence,
    scopes_draws,
    scopes_first_gifts,
    scopes_framed,
    scopes_item_bounds,
    scopes_price_record,
    scopes_reported,
    scopes_shop_rank,
    scopes_talked_about,
    scopes_use_disowned,
    scopes_viewer_asked,
    scopes_viewer_words,
    scopes_voiced,
    scopes_warned,
    segment,
)
from app.rules.normalize import Normalized

# The rules-engine requests (numbered in the engine sessions' notes) implemented here: 1 scope rules
# (``scopes.not_a_claim``; a denied span also drops what lies inside it), 2 placeholder forms without {N},
# 3 a longer homophone beats the shorter exact hits it overlaps, 5 accent mergers (in homophones.sound_table).
ENGINE_REQUESTS_WIRED = frozenset({1, 2, 3, 5})
MARKS = [b"\x01" * n for n in range(64)]  # occupied[start:end] = MARKS[end - start]


def not_a_claim(text: str, start: int, end: int, category: str, checks: Checks) -> bool:
    """Does a context reader say the candidate ``text[start:end]`` is no claim? :mod:`app.rules.scopes` first, then
    the readers added once it reached the module size limit (talked about, voiced and refused, framed)."""
    return (scopes.not_a_claim(text, start, end, category, checks.clause_breaks)
            or scopes_talked_about.not_a_claim(text, start, end, category)
            or scopes_voiced.not_a_claim(text, start, end, category)
            or scopes_framed.not_a_claim(text, start, end, category)
            or scopes_warned.not_a_claim(text, start, end, category)
            or scopes_viewer_words.not_a_claim(text, start, end, category)
            or scopes_item_bounds.not_a_claim(text, start, end, category)
            or scopes_first_gifts.not_a_claim(text, start, end, category)
            or scopes_price_record.not_a_claim(text, start, end, category)
            or scopes_use_disowned.not_a_claim(text, start, end, category)
            or scopes_consequence.not_a_claim(text, start, end, category)
            or scopes_reported.not_a_claim(text, start, end, category)
            or scopes_viewer_asked.not_a_claim(text, start, end, category)
            or scopes_draws.not_a_claim(text, start, end, category)
            or scopes_shop_rank.not_a_claim(text, start, end, category))


def resolve(cands: list[tuple], occupied: bytearray, checks: Checks, prechecked: bool) -> list[tuple]:
    """Keep non-overlapping candidates in overlap order, each checked only while its region is free.

    A candidate is dropped when a safe word/context or one of its entry's exemption contexts covers
    it (``prechecked``: already done), when it is a two-character CJK term that is no word of its own
    here, when it is a homophone that is no plausible mishearing, or when a scope rule says it is no
    claim (negated, internal comparison; :mod:`app.rules.scopes`) or it lies inside a span that one
    denied. Checking a candidate only when it
    could still be chosen gives the same result as dropping the failing ones first: a candidate over
    an occupied region is skipped either way.
    """
    cands.sort()
    chosen = []
    text = checks.text
    safe = exempt = None
    if not prechecked:
        safe = checks.safe_spans()
        exempt = checks.exempt_map()
    covered = safe_words.covered
    scoped = 1 in ENGINE_REQUESTS_WIRED
    for c in cands:
        start = c[4]
        end = c[6]
        if occupied.find(1, start, end) != -1:
            continue
        if safe and covered(safe, start, end):
            continue
        if exempt and covers(exempt.get(c[7].id), start, end):
            continue
        if c[10]:
            if segment.straddled(text, start, end) and segment.straddled(text, start, end, breaks=checks.word_breaks()):
                continue  # no word reaches across a removed comma or into a folded 天天 (能美白，天天擦脸 / 能美白天天用: no 白天)
        elif c[1] and not homophones.plausible_mishearing(text, start, end, c[9]):
            continue
        if scoped:
            if checks.denied and covers(checks.denied, start, end):
                continue  # inside a denied phrase (治百病 in 千万别信什么包治百病)
            if not_a_claim(text, start, end, c[7].category, checks):
                checks.denied.append((start, end))
                continue
        occupied[start:end] = MARKS[end - start] if end - start < 64 else b"\x01" * (end - start)
        chosen.append(c)
    return chosen

@staticmethod
def merge_homophones(chosen: list[tuple], sound: list[tuple], checks: Checks) -> list[tuple]:
    """What ``resolve(chosen + sound, ...)`` keeps when ``chosen`` are the exact/pattern winners (they
    passed every check) and ``sound`` the homophone candidates found where every winner they overlap
    is shorter than them, without sorting and re-walking the winners.

    In overlap order a homophone comes before every winner it overlaps (those are shorter), so only
    homophones can block a homophone; a winner is dropped where an accepted homophone overlaps it or
    one that a scope rule denied covers it. No span denied before covers a winner (a candidate is
    only checked, and so only denied, while its region is free).
    """
    sound.sort()
    occupied = bytearray(len(checks.text))
    text = checks.text
    safe = checks.safe_spans()
    exempt = checks.exempt_map()
    covered = safe_words.covered
    scoped = 1 in ENGINE_REQUESTS_WIRED
    denied = checks.denied
    first_new = len(denied)
    accepted = []
    for c in sound:
        start = c[4]
        end = c[6]
        if occupied.find(1, start, end) != -1:
            continue
        if safe and covered(safe, start, end):
            continue
        if exempt and covers(exempt.get(c[7].id), start, end):
            continue
        if not homophones.plausible_mishearing(text, start, end, c[9]):
            continue
        if scoped:
            if denied and covers(denied, start, end):
                continue
            if not_a_claim(text, start, end, c[7].category, checks):
                denied.append((start, end))
                continue
        occupied[start:end] = MARKS[end - start] if end - start < 64 else b"\x01" * (end - start)
        accepted.append(c)
    new_denied = denied[first_new:]
    if not accepted and not new_denied:
        return chosen
    return [
        c for c in chosen
        if occupied.find(1, c[4], c[6]) == -1 and not (new_denied and covers(new_denied, c[4], c[6]))
    ] + accepted


def covers(spans: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Does one of ``spans`` cover ``[start, end)``?"""
    if spans:
        for a, b in spans:
            if a <= start and b >= end:
                return True
    return False


class Checks:
    """What one automaton pass found that can drop a candidate (per scan; never shared)."""

    __slots__ = ("text", "norm", "safe", "triggers", "exempt", "exempt_arrays", "denied", "_ready", "_breaks",
                 "_word_breaks")

    def __init__(self, text: str, norm: Normalized | None = None):
        self.text = text
        self.norm = norm  # for the clause breaks (removed commas), read only when a negation scope asks
        self.safe: list[tuple[int, int]] = []  # spans of safe words (then also of safe contexts)
        self.triggers: list[tuple[int, int, tuple[int, ...]]] = []  # where safe contexts may apply
        self.exempt: dict[str, list[tuple[int, int]]] = {}  # entry id -> spans of its exemption contexts
        self.exempt_arrays = None  # long texts: (groups, starts, ends) arrays and the groups' entry ids
        self.denied: list[tuple[int, int]] = []  # spans of candidates a scope rule dropped
        self._ready = False
        self._breaks: tuple[int, ...] | None = None
        self._word_breaks: tuple[int, ...] | None = None

    def clause_breaks(self) -> tuple[int, ...]:
        """Where removed commas stood in ``text`` (:meth:`Normalized.clause_breaks`), computed once, on demand."""
        if self._breaks is None:
            self._breaks = self.norm.clause_breaks() if self.norm is not None else ()
        return self._breaks

    def word_breaks(self) -> tuple[int, ...]:
        """The clause breaks and the edges of folded reduplications (:meth:`Normalized.word_breaks`), once, on demand."""
        if self._word_breaks is None:
            self._word_breaks = self.norm.word_breaks() if self.norm is not None else ()
        return self._word_breaks

    def set_safe(self, spans: list[tuple[int, int]]) -> None:
        """All the safe spans, sorted (the long path computes them itself)."""
        self.safe = spans
        self._ready = True

    def safe_spans(self) -> list[tuple[int, int]]:
        """The sorted spans of the safe words and (run now, once) of the safe contexts."""
        if not self._ready:
            if self.triggers:
                self.safe += safe_words.context_spans(self.text, self.triggers)
            self.safe.sort()
            self._ready = True
        return self.safe

    def exempt_map(self) -> dict[str, list[tuple[int, int]]]:
        """Entry id -> spans of its exemption contexts."""
        if self.exempt_arrays is not None:
            (groups, starts, ends), ids = self.exempt_arrays
            self.exempt_arrays = None
            for g, a, b in zip(groups.tolist(), starts.tolist(), ends.tolist(), strict=True):
                self.exempt.setdefault(ids[g], []).append((a, b))
        return self.exempt
