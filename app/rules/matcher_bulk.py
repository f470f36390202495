"""The matcher's path for long texts: the exact automaton's outputs turned into candidates with numpy.

On a 4,000-character block the automaton reports a few hundred keys (terms, safe words, context
triggers, exemption contexts, pattern anchors); handling each in Python costs more than the automaton
itself. Here the outputs are read as integer arrays (key ids, end offsets) and expanded, filtered and
checked with array operations: the terms' candidates (Latin glue, product category), the entries'
exemption contexts (an exact vectorised cover test) and the safe words/contexts (a vectorised necessary
condition, then ``safe_words.covered`` itself). What is left — pattern regexes, the safe contexts'
regexes, the word-boundary and homophone checks, overlap resolution — is shared with the short path in
:mod:`app.rules.matcher`, whose results this path reproduces exactly (``benchmarks/scan_equivalence.py``).

:class:`BulkTables` (:mod:`app.rules.matcher_bulk_tables`) is built once with the matcher and the
functions are pure: thread-safe.
"""

from __future__ import annotations

from itertools import chain, repeat

import numpy as np

from app.rules import safe_words
from app.rules.matcher_bulk_tables import BulkTables
from app.rules.matcher_keys import A_NOT_A_MIDDLE
from app.rules.patterns import NUMBER_END, NUMBER_START

_EXACT, _PATTERN = "exact", "pattern"


def _char_lut(chars) -> np.ndarray:
    """A BMP lookup table: is the character one of ``chars``? (Characters beyond the BMP read as U+FFFF.)"""
    lut = np.zeros(0x10000, dtype=bool)
    for ch in chars:
        if ord(ch) < 0xFFFF:
            lut[ord(ch)] = True
    return lut


_NUMBER_END, _NUMBER_START = _char_lut(NUMBER_END), _char_lut(NUMBER_START)


def _within(counts: np.ndarray) -> np.ndarray:
    """0..count-1 for each count, concatenated."""
    total = int(counts.sum())
    return np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)


def _alnum(codes: np.ndarray) -> np.ndarray:
    return ((codes >= 0x30) & (codes <= 0x39)) | ((codes >= 0x61) & (codes <= 0x7A)) | ((codes >= 0x41) & (codes <= 0x5A))


def read_outputs(matches: list[tuple[int, int, int]], n: int):
    """``(start, end, key id)`` arrays of the automaton's ``(key id, start, end)`` matches in a text of
    ``n`` characters, ordered by end, then longest (earliest start) first."""
    if not matches:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    flat = np.fromiter(chain.from_iterable(matches), dtype=np.int64, count=3 * len(matches))
    return order_outputs(flat[1::3], flat[2::3], flat[0::3], n)


def order_outputs(start: np.ndarray, end: np.ndarray, kid: np.ndarray, n: int):
    """The automaton's outputs as arrays ordered by end, then longest (earliest start) first."""
    order = end * (n + 1) + start  # one (start, end) per key: strictly increasing when in order
    if order.size > 1 and not (order[1:] > order[:-1]).all():
        sort = np.argsort(order, kind="stable")
        start, end, kid = start[sort], end[sort], kid[sort]
    return start, end, kid


def exact_candidates(tb: BulkTables, values: list[tuple], outputs, nt: str, codes, product_category, checks,
                     trigger, pattern_candidates, unanchored, pattern_windows=None) -> list[tuple]:
    """The exact and pattern candidates of a long text that pass the exemption and safe-word checks.

    ``outputs`` are :func:`read_outputs`' arrays; ``codes`` are ``nt``'s code points. Fills ``checks``
    (safe spans, sorted; triggers; exemption spans) for the homophone pass. ``pattern_candidates`` is
    the matcher's own step for patterns (shared with the short path); ``trigger``, its per-anchor test,
    is done here with arrays (same tests, same order; the parameter stays for the callers);
    ``unanchored``: the matcher's patterns without an anchor (they run on every text). With
    ``pattern_windows`` (the matcher's regex step over given windows), the windows
    ``pattern_candidates`` would search are computed here with arrays, and those without the first
    character of the pattern's first required literal are left out: the same candidates.
    """
    start, end, kid = outputs
    n = len(nt)

    # What can drop candidates: safe words, triggers of safe contexts, exemption contexts.
    m = tb.is_safe[kid]
    safe_a, safe_b = start[m], end[m]
    m = tb.ctx_idx[kid] >= 0
    if m.any():
        checks.triggers = list(zip(start[m].tolist(), end[m].tolist(),
                                   map(tb.ctx_list.__getitem__, tb.ctx_idx[kid[m]].tolist()), strict=True))
    m = tb.ex_count[kid] > 0
    if m.any():  # no exemption 不能美白 inside an A-not-A question 能不能美白 (matcher_keys.A_NOT_A_MIDDLE)
        m &= ~_a_not_a(codes, start)
        for i in np.flatnonzero(m & (codes[np.minimum(start, n - 1)] == ord("最"))).tolist():
            m[i] = not safe_words.ranked_close(nt, int(start[i]))  # 全网最大的尺寸: an outside scope ranks it
    ex = None
    if m.any():
        counts = tb.ex_count[kid[m]]
        ex_g = tb.ex_groups[np.repeat(tb.ex_first[kid[m]], counts) + _within(counts)]
        ex = (ex_g, np.repeat(start[m], counts), np.repeat(end[m], counts))
        checks.exempt_arrays = (ex, tb.group_ids)

    # Pattern anchors, in output order (the order the short path triggers them in).
    m = tb.has_pattern[kid]
    triggered: list = []
    windows = None
    if pattern_windows is not None and m.any():
        windows = _pattern_windows(tb, start, end, kid, m, codes, n, product_category)
        windows += [(0, n, item) for item in unanchored
                    if not (product_category and item[0].product_categories
                            and product_category not in item[0].product_categories)]
    elif m.any():
        # ``trigger``'s test of the whole group, first in numpy: a number right before / after the anchor?
        pk, ps, pe = kid[m], start[m], end[m]
        before = (ps > 0) & _NUMBER_END[np.minimum(codes[np.maximum(ps - 1, 0)], 0xFFFF)]
        after = (pe < n) & _NUMBER_START[np.minimum(codes[np.minimum(pe, n - 1)], 0xFFFF)]
        m = (before | ~tb.need_before[pk]) & (after | ~tb.need_after[pk])
        if m.any():  # then each pattern's own test, over the anchors' items in order
            counts = tb.pat_count[pk[m]]
            pi = np.repeat(tb.pat_first[pk[m]], counts) + _within(counts)
            ok = (np.repeat(before[m], counts) | ~tb.p_before[pi]) & (np.repeat(after[m], counts) | ~tb.p_after[pi])
            triggered = list(zip(np.repeat(ps[m], counts)[ok].tolist(), np.repeat(pe[m], counts)[ok].tolist(),
                                 map(tb.p_items.__getitem__, pi[ok].tolist()), strict=True))

    # The terms' candidates.
    m = tb.term_count[kid] > 0
    counts = tb.term_count[kid[m]]
    cs = np.repeat(start[m], counts)
    ce = np.repeat(end[m], counts)
    ti = np.repeat(tb.term_first[kid[m]], counts) + _within(counts)
    keep = None
    if tb.any_glue:  # a Latin/digit term must not be glued to more letters/digits
        bad = tb.t_glue_s[ti] & (cs > 0)
        bad[bad] = _alnum(codes[cs[bad] - 1])
        glued_end = tb.t_glue_e[ti] & (ce < n)
        glued_end[glued_end] = _alnum(codes[ce[glued_end]])
        if bad.any() or glued_end.any():  # a removed comma parts the letters (加个V，V后面是店名 — r120)
            parted = np.asarray(checks.clause_breaks(), dtype=np.int64)
            if parted.size:
                bad &= ~np.isin(cs, parted)
                glued_end &= ~np.isin(ce, parted)
        keep = ~(bad | glued_end)
    if product_category and tb.any_cats:
        ok = tb.category_ok(product_category)[tb.t_entry[ti]]
        keep = ok if keep is None else keep & ok
    if keep is not None:
        cs, ce, ti = cs[keep], ce[keep], ti[keep]
    count = cs.size
    if windows is not None:
        patterns = pattern_windows(nt, windows, count) if windows else []
    else:
        patterns = pattern_candidates(nt, triggered, product_category, count) if triggered or unanchored else []
    if count == 0 and not patterns:
        checks.set_safe(list(zip(safe_a.tolist(), safe_b.tolist(), strict=True)))
        return []

    # Checks: exemption contexts (exact), then safe words/contexts (necessary condition, then covered()).
    ce_ent = tb.t_entry[ti]
    p_start = np.array([c[4] for c in patterns], dtype=np.int64)
    p_end = np.array([c[6] for c in patterns], dtype=np.int64)
    all_start = np.concatenate((cs, p_start))
    all_end = np.concatenate((ce, p_end))
    dropped = np.zeros(all_start.size, dtype=bool)
    if ex is not None:
        groups = np.concatenate((tb.entry_group[ce_ent],
                                 np.array([tb.group_of(c[7]) for c in patterns], dtype=np.int64)))
        dropped |= _exempted(ex, groups, all_start, all_end, n)
    spans = list(zip(safe_a.tolist(), safe_b.tolist(), strict=True))
    if checks.triggers:
        spans += safe_words.context_spans(nt, checks.triggers)
    spans.sort()
    checks.set_safe(spans)
    if spans:
        pairs = np.array(spans, dtype=np.int64)
        a = pairs[:, 0]
        b = np.maximum.accumulate(pairs[:, 1])
        j = np.searchsorted(a, all_start, side="right") - 1
        maybe = ~dropped & (j >= 0) & (b[np.maximum(j, 0)] >= all_end)
        if int((pairs[:, 1] - a).max()) <= getattr(safe_words, "_LONGEST", -1):
            # ``covered`` looks back _LONGEST characters for a covering span; no span is longer, so
            # "some span starting at or before the candidate reaches its end" is the same test.
            dropped |= maybe
        else:
            covered = safe_words.covered
            for i in np.flatnonzero(maybe).tolist():
                if covered(spans, int(all_start[i]), int(all_end[i])):
                    dropped[i] = True

    keep = ~dropped[:count]
    seq = np.flatnonzero(keep)
    cs, ce, ti = cs[keep], ce[keep], ti[keep]
    entries = tb.entry_list
    cands = list(zip(
        (cs - ce).tolist(), repeat(0), tb.t_negsev[ti].tolist(), repeat(-1.0), cs.tolist(), seq.tolist(),
        ce.tolist(), map(entries.__getitem__, tb.t_entry[ti].tolist()), repeat(_EXACT),
        map(tb.t_form.__getitem__, ti.tolist()), tb.t_check[ti].tolist(),
    ))
    if patterns:
        cands += [c for c, gone in zip(patterns, dropped[count:].tolist(), strict=True) if not gone]
    return cands


def _pattern_windows(tb: BulkTables, start, end, kid, anchors, codes, n: int, product_category) -> list[tuple]:
    """The ``(lo, hi, item)`` windows the matcher's ``_pattern_candidates`` searches for the anchors
    ``anchors`` (a mask over the outputs), in its order, without the windows where the first character of
    the pattern's first required literal does not occur (their regex would not run there either).

    ``_pattern_candidates`` skips an item whose window ends no further than an earlier window of the
    same pattern (``done``) and starts it at ``max(anchor start - max_len, done - max_len, 0)``; ``done``
    is the running maximum of the earlier windows' ends, whether or not their regex ran.
    """
    pk, ps, pe = kid[anchors], start[anchors], end[anchors]
    before = (ps > 0) & _NUMBER_END[np.minimum(codes[np.maximum(ps - 1, 0)], 0xFFFF)]
    after = (pe < n) & _NUMBER_START[np.minimum(codes[np.minimum(pe, n - 1)], 0xFFFF)]
    m = (before | ~tb.need_before[pk]) & (after | ~tb.need_after[pk])
    if not m.any():
        return []
    counts = tb.pat_count[pk[m]]
    pi = np.repeat(tb.pat_first[pk[m]], counts) + _within(counts)
    ok = (np.repeat(before[m], counts) | ~tb.p_before[pi]) & (np.repeat(after[m], counts) | ~tb.p_after[pi])
    if product_category:
        ok &= tb.pattern_category_ok(product_category)[pi]
    a, b, pi = np.repeat(ps[m], counts)[ok], np.repeat(pe[m], counts)[ok], pi[ok]
    if not pi.size:
        return []
    max_len = tb.p_max_len[pi]
    hi = np.minimum(b + max_len, n)
    # done: per pattern, the maximum ``hi`` of its earlier items (-1 for its first)
    pattern = tb.p_pattern[pi]
    order = np.argsort(pattern, kind="stable")
    big = n + 2
    running = np.maximum.accumulate(pattern[order] * big + hi[order])
    first = np.ones(order.size, dtype=bool)
    first[1:] = pattern[order][1:] != pattern[order][:-1]
    done_sorted = np.empty(order.size, dtype=np.int64)
    done_sorted[0] = -1
    done_sorted[1:] = running[:-1] - pattern[order][1:] * big
    done_sorted[first] = -1
    done = np.empty_like(done_sorted)
    done[order] = done_sorted
    lo = np.maximum(np.maximum(a - max_len, done - max_len), 0)
    keep = hi > done
    keep = np.flatnonzero(keep)
    if keep.size:
        keep = keep[_has_char(tb, codes, lo[keep], hi[keep], tb.p_char[pi[keep]], big)]
    items = tb.p_items
    return list(zip(lo[keep].tolist(), hi[keep].tolist(), map(items.__getitem__, pi[keep].tolist()), strict=True))


def _has_char(tb: BulkTables, codes, lo, hi, char, big: int) -> np.ndarray:
    """Mask over the windows ``[lo, hi)``: does the character numbered ``char`` (-1: none asked) occur in
    it? It is the first character of a literal every match contains: without it ``nt.find`` and the
    regex would find nothing in the window."""
    slot = tb.char_slot.take(codes, mode="clip")  # beyond the BMP: U+FFFF, no slot
    pos = np.flatnonzero(slot >= 0)
    ok = char < 0
    if not pos.size:
        return ok
    okey = np.sort(slot[pos].astype(np.int64) * big + pos)  # by character, then position
    j = np.searchsorted(okey, char * big + lo, side="left")
    return ok | (okey[np.minimum(j, okey.size - 1)] < char * big + hi) & (j < okey.size)


_A_NOT_A_CODES = np.array([ord(c) for c in A_NOT_A_MIDDLE], dtype=np.uint32)


def _a_not_a(codes: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Does each match start on the 不/没 of an A-not-A question (能不能, 加不加: the same character either side)?"""
    inner = (start > 0) & (start + 1 < codes.size)
    at = np.where(inner, start, 1)
    middle = np.isin(codes[np.minimum(at, codes.size - 1)], _A_NOT_A_CODES)
    return inner & middle & (codes[at - 1] == codes[np.minimum(at + 1, codes.size - 1)])


def _exempted(ex, groups: np.ndarray, start: np.ndarray, end: np.ndarray, n: int) -> np.ndarray:
    """Is each candidate covered by an exemption context of its entry (its id's group)?"""
    ex_g, ex_a, ex_b = ex
    big = n + 1
    key = ex_g * big + ex_a
    order = np.argsort(key, kind="stable")
    key, ex_g = key[order], ex_g[order]
    reach = np.maximum.accumulate(ex_g * big + ex_b[order])  # per group: the furthest end so far
    j = np.searchsorted(key, groups * big + start, side="right") - 1
    jj = np.maximum(j, 0)
    return (groups >= 0) & (j >= 0) & (ex_g[jj] == groups) & (reach[jj] - groups * big >= end)
