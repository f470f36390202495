"""The matcher's path for long texts: the exact automaton's outputs turned into candidates with numpy.

On a 4,000-character block the automaton reports a few hundred keys (terms, safe words, context
triggers, exemption contexts, pattern anchors); handling each in Python costs more than the automaton
itself. Here the outputs are read as integer arrays (key ids, end offsets) and expanded, filtered and
checked with array operations: the terms' candidates (Latin glue, product category), the entries'
exemption contexts (an exact vectorised cover test) and the safe words/contexts (a vectorised necessary
condition, then ``safe_words.covered`` itself). What is left — pattern regexes, the safe contexts'
regexes, the word-boundary and homophone checks, overlap resolution — is shared with the short path in
:mod:`app.rules.matcher`, whose results this path reproduces exactly (``benchmarks/scan_equivalence.py``).

:class:`BulkTables` is immutable once built and the functions are pure: thread-safe.
"""

from __future__ import annotations

from itertools import chain, repeat

import numpy as np

from app.rules import safe_words
from app.rules.model import LexiconEntry

_EXACT, _PATTERN = "exact", "pattern"


class BulkTables:
    """Per-key and per-term arrays of a matcher (built once with it).

    ``values[kid] = (length, verify, terms, rest)`` as the short path stores them, where ``terms`` are
    ``(neg_severity, entry, key, check_words, glued_start, glued_end, product categories)`` and ``rest``
    is None or ``(pattern group, is safe word, safe context numbers, ids of exempted entries)``.
    """

    def __init__(self, values: list[tuple]):
        nk = len(values)
        self.keylen = np.array([v[0] for v in values], dtype=np.int64)
        self.verify = np.array([v[1] is not None for v in values], dtype=bool)
        self.any_verify = bool(self.verify.any())
        self.entry_list: list[LexiconEntry] = []
        entry_index: dict[int, int] = {}
        group_index: dict[str, int] = {}  # entry id -> group (exemptions are keyed by id)
        self.group_ids: list[str] = []

        def group(entry_id: str) -> int:
            if entry_id not in group_index:
                group_index[entry_id] = len(self.group_ids)
                self.group_ids.append(entry_id)
            return group_index[entry_id]

        term_first = np.zeros(nk, dtype=np.int64)
        term_count = np.zeros(nk, dtype=np.int64)
        t_entry, t_negsev, t_check, t_glue_s, t_glue_e, t_cats, self.t_form = [], [], [], [], [], [], []
        self.is_safe = np.zeros(nk, dtype=bool)
        self.has_pattern = np.zeros(nk, dtype=bool)
        self.ctx_idx = np.full(nk, -1, dtype=np.int64)
        self.ctx_list: list[tuple[int, ...]] = []
        ex_first = np.zeros(nk, dtype=np.int64)
        ex_count = np.zeros(nk, dtype=np.int64)
        ex_groups: list[int] = []
        for kid, (_, _, terms, rest) in enumerate(values):
            term_first[kid] = len(t_entry)
            term_count[kid] = len(terms)
            for neg_severity, entry, key, check_words, glued_start, glued_end, categories in terms:
                if id(entry) not in entry_index:
                    entry_index[id(entry)] = len(self.entry_list)
                    self.entry_list.append(entry)
                t_entry.append(entry_index[id(entry)])
                t_negsev.append(neg_severity)
                t_check.append(check_words)
                t_glue_s.append(glued_start)
                t_glue_e.append(glued_end)
                t_cats.append(bool(categories))
                self.t_form.append(key)
            if rest is None:
                continue
            patterns, is_safe, contexts, exempts = rest
            self.is_safe[kid] = is_safe
            self.has_pattern[kid] = bool(patterns)
            if contexts:
                self.ctx_idx[kid] = len(self.ctx_list)
                self.ctx_list.append(contexts)
            ex_first[kid] = len(ex_groups)
            ex_count[kid] = len(exempts)
            ex_groups.extend(group(entry_id) for entry_id in exempts)
        self.term_first, self.term_count = term_first, term_count
        self.t_entry = np.array(t_entry, dtype=np.int64)
        self.t_negsev = np.array(t_negsev, dtype=np.int64)
        self.t_check = np.array(t_check, dtype=bool)
        self.t_glue_s = np.array(t_glue_s, dtype=bool)
        self.t_glue_e = np.array(t_glue_e, dtype=bool)
        self.any_glue = bool(self.t_glue_s.any() or self.t_glue_e.any())
        self.t_cats = np.array(t_cats, dtype=bool)
        self.any_cats = bool(self.t_cats.any())
        self.ex_first, self.ex_count = ex_first, ex_count
        self.ex_groups = np.array(ex_groups, dtype=np.int64)
        self.entry_index = entry_index
        self.entry_group = np.array(
            [group_index.get(e.id, -1) for e in self.entry_list], dtype=np.int64
        )
        self._category_ok: dict[str, np.ndarray] = {}

    def category_ok(self, product_category: str) -> np.ndarray:
        """Per entry (``entry_list`` order): does it apply to ``product_category``?"""
        ok = self._category_ok.get(product_category)
        if ok is None:
            ok = np.array([not (e.product_categories and product_category not in e.product_categories)
                           for e in self.entry_list], dtype=bool)
            self._category_ok[product_category] = ok
        return ok

    def group_of(self, entry: LexiconEntry) -> int:
        """The exemption group of an entry that may not be in ``entry_list`` (a pattern's entry)."""
        index = self.entry_index.get(id(entry))
        if index is not None:
            return int(self.entry_group[index])
        try:
            return self.group_ids.index(entry.id)
        except ValueError:
            return -1


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
    start, end, kid = flat[1::3], flat[2::3], flat[0::3]
    order = end * (n + 1) + start  # one (start, end) per key: strictly increasing when in order
    if order.size > 1 and not (order[1:] > order[:-1]).all():
        sort = np.argsort(order, kind="stable")
        start, end, kid = start[sort], end[sort], kid[sort]
    return start, end, kid


def exact_candidates(tb: BulkTables, values: list[tuple], outputs, nt: str, codes, product_category, checks,
                     trigger, pattern_candidates, unanchored: bool) -> list[tuple]:
    """The exact and pattern candidates of a long text that pass the exemption and safe-word checks.

    ``outputs`` are :func:`read_outputs`' arrays; ``codes`` are ``nt``'s code points. Fills ``checks``
    (safe spans, sorted; triggers; exemption spans) for the homophone pass. ``trigger`` and
    ``pattern_candidates`` are the matcher's own steps for patterns (shared with the short path);
    ``unanchored``: the matcher has patterns without an anchor (they run on every text).
    """
    start, end, kid = outputs
    n = len(nt)
    if tb.any_verify:
        suspect = tb.verify[kid]
        if suspect.any():
            keep = np.ones(kid.size, dtype=bool)
            for i in np.flatnonzero(suspect).tolist():
                keep[i] = nt[int(start[i]) : int(end[i])] == values[int(kid[i])][1]
            start, end, kid = start[keep], end[keep], kid[keep]

    # What can drop candidates: safe words, triggers of safe contexts, exemption contexts.
    m = tb.is_safe[kid]
    safe_a, safe_b = start[m], end[m]
    m = tb.ctx_idx[kid] >= 0
    if m.any():
        checks.triggers = list(zip(start[m].tolist(), end[m].tolist(),
                                   map(tb.ctx_list.__getitem__, tb.ctx_idx[kid[m]].tolist()), strict=True))
    m = tb.ex_count[kid] > 0
    ex = None
    if m.any():
        counts = tb.ex_count[kid[m]]
        ex_g = tb.ex_groups[np.repeat(tb.ex_first[kid[m]], counts) + _within(counts)]
        ex = (ex_g, np.repeat(start[m], counts), np.repeat(end[m], counts))
        checks.exempt_arrays = (ex, tb.group_ids)

    # Pattern anchors, in output order (the order the short path triggers them in).
    m = tb.has_pattern[kid]
    triggered: list = []
    if m.any():
        for s, e, k in zip(start[m].tolist(), end[m].tolist(), kid[m].tolist(), strict=True):
            trigger(nt, n, s, e, values[k][3][0], triggered)

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
        keep = ~(bad | glued_end)
    if product_category and tb.any_cats:
        ok = tb.category_ok(product_category)[tb.t_entry[ti]]
        keep = ok if keep is None else keep & ok
    if keep is not None:
        cs, ce, ti = cs[keep], ce[keep], ti[keep]
    count = cs.size
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
        a = np.fromiter((x for x, _ in spans), dtype=np.int64, count=len(spans))
        b = np.maximum.accumulate(np.fromiter((y for _, y in spans), dtype=np.int64, count=len(spans)))
        j = np.searchsorted(a, all_start, side="right") - 1
        maybe = ~dropped & (j >= 0) & (b[np.maximum(j, 0)] >= all_end)
        lengths = np.fromiter((y - x for x, y in spans), dtype=np.int64, count=len(spans))
        if int(lengths.max()) <= getattr(safe_words, "_LONGEST", -1):
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
