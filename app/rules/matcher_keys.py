"""The matcher's keys: how lexicon forms are spelled as automaton keys, which forms the homophone pass
takes, and the literals every match of a pattern contains (for skipping its regex).

Pure functions (the literal runs are cached per process): used by :mod:`app.rules.matcher` when it builds
its tables, and by :mod:`app.rules.prefixes`.
"""

from __future__ import annotations

import functools
import re

from app.rules.model import LexiconEntry
from app.rules.patterns import GAP_RX, LONG_GAP_RX, NUMBER_RX, UNIT_RX

CJK_MIN = "\u3400"
ASCII_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# The middle of an A-not-A question (能不能, 加不加, 有没有): an exemption context that starts on it (不能美白 in
# 能不能美白？能) is the question, not the denial it spells — the scope rules judge the question and its answer.
A_NOT_A_MIDDLE = "不没"


def key_spellings(key: str) -> list[str]:
    """A literal (normalised) term and its other number spellings, as the automaton keys them: 百分之百 ↔ 100%."""
    if not key:
        return []
    keys = [key]
    for a, b in (("百分之百", "100%"), ("100%", "百分之百")):
        if a in key:
            keys.append(key.replace(a, b))
    return keys


def sound_eligible(entry: LexiconEntry, form: str) -> bool:
    """Severe enough and long enough for homophone matching (short medium and low terms would flood)."""
    cjk = sum(1 for ch in form if ch >= CJK_MIN)
    if cjk != len(form):
        return False
    if entry.severity == "high":
        return cjk >= 2
    # A low price name of three characters is misheard as often (地板家 for 地板价); two would flood.
    return cjk >= 3


def required_literals(regex: re.Pattern) -> tuple[str, ...]:
    """The runs of literal characters at the top level of ``regex``: every match contains each of them.

    Read from the parsed regex (``re._parser``; () if that fails or the regex ignores case), so it holds
    whatever the pattern syntax becomes.
    """
    if regex.flags & re.IGNORECASE:
        return ()
    return _literal_runs(regex.pattern, regex.flags)


# The placeholders' regexes, each one group at the top level of a pattern's regex: for reading the literal
# runs, each is parsed as a two-character set (any non-literal breaks a run), which makes the parse
# of a lexicon's ~1,600 number patterns several times cheaper (the first build of a process: ~0.5 s).
_TOKEN_REGEXES = tuple(sorted((NUMBER_RX, UNIT_RX, GAP_RX, LONG_GAP_RX), key=len, reverse=True))


@functools.lru_cache(maxsize=4096)  # a lexicon reload rebuilds the matcher: parse each regex once
def _literal_runs(pattern: str, flags: int) -> tuple[str, ...]:
    for token in _TOKEN_REGEXES:
        if token in pattern:
            pattern = pattern.replace(token, "[01]")
    try:
        from re import _constants, _parser

        parsed = _parser.parse(pattern, flags)
        literal = _constants.LITERAL
    except Exception:  # noqa: BLE001 - an internal module: without it, no shortcut
        return ()
    runs, run = [], []
    for op, value in parsed:
        if op is literal:
            run.append(chr(value))
        elif run:
            runs.append("".join(run))
            run = []
    if run:
        runs.append("".join(run))
    return tuple(runs)


def pattern_group(items: list) -> tuple:
    """``(all need a number before, all need one after, items, by_numbers)`` for the patterns of one anchor.

    ``by_numbers[2 * number before + number after]``: the ``(item, first required literal or "", gate searches)`` of the
    items whose number tests that case passes, in order (:func:`app.rules.matcher_patterns.trigger`).
    """
    if not items:
        return ()
    by_numbers = tuple(
        tuple((i, i[4][0] if i[4] else "", i[1].gate_searches) for i in items if (before or not i[2]) and (after or not i[3]))
        for before in (False, True) for after in (False, True)
    )
    return all(i[2] for i in items), all(i[3] for i in items), tuple(items), by_numbers


def applies(entry: LexiconEntry, product_category: str | None) -> bool:
    return not (product_category and entry.product_categories and product_category not in entry.product_categories)

