"""The arrays the long-text path of the matcher works on (:mod:`app.rules.matcher_bulk`).

:class:`BulkTables` lays a matcher's per-key values out as flat numpy arrays, once, when the matcher is
built: for each automaton key its terms (entry, severity, word check, Latin glue, product categories),
whether it is a safe word or a pattern anchor, its pattern items, its safe contexts and the entries its
exemption contexts exempt; for each pattern item its number tests, window length and the first
character of its first required literal. Only the per-category masks are filled on first use.
"""

from __future__ import annotations

import numpy as np

from app.rules.model import LexiconEntry


class BulkTables:
    """Per-key and per-term arrays of a matcher (built once with it).

    ``values[kid] = (length, terms, rest)`` as the short path stores them, where ``terms`` are
    ``(neg_severity, entry, key, check_words, glued_start, glued_end, product categories)`` and ``rest``
    is None or ``(pattern group, is safe word, safe context numbers, ids of exempted entries)``.
    """

    def __init__(self, values: list[tuple]):
        nk = len(values)
        self.keylen = np.array([v[0] for v in values], dtype=np.int64)
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
        self.need_before = np.zeros(nk, dtype=bool)  # every pattern of the anchor needs a number before it
        self.need_after = np.zeros(nk, dtype=bool)  # ... after it
        # The anchor's pattern items (as the short path stores them), flat: kid -> p_items[first : first + count].
        pat_first = np.zeros(nk, dtype=np.int64)
        pat_count = np.zeros(nk, dtype=np.int64)
        self.p_items: list[tuple] = []
        self.ctx_idx = np.full(nk, -1, dtype=np.int64)
        self.ctx_list: list[tuple[int, ...]] = []
        ex_first = np.zeros(nk, dtype=np.int64)
        ex_count = np.zeros(nk, dtype=np.int64)
        ex_groups: list[int] = []
        for kid, (_, terms, rest) in enumerate(values):
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
            if patterns:
                self.need_before[kid], self.need_after[kid] = patterns[0], patterns[1]
                pat_first[kid] = len(self.p_items)
                pat_count[kid] = len(patterns[2])
                self.p_items.extend(patterns[2])
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
        self.pat_first, self.pat_count = pat_first, pat_count
        self.p_before = np.array([item[2] for item in self.p_items], dtype=bool)  # needs a number before
        self.p_after = np.array([item[3] for item in self.p_items], dtype=bool)  # ... after
        self.p_max_len = np.array([item[5] for item in self.p_items], dtype=np.int64)
        pattern_index: dict[int, int] = {}  # pattern number (one per entry and form) -> dense number
        self.p_pattern = np.array([pattern_index.setdefault(item[6], len(pattern_index)) for item in self.p_items],
                                  dtype=np.int64)
        # The first character of the pattern's first (likely rarest) required literal must occur in its
        # window: per item, that character's number in ``char_slot`` (-1: no literal).
        firsts = {item[4][0][0] for item in self.p_items if item[4] and ord(item[4][0][0]) < 0xFFFF}
        self.char_slot = np.full(0x10000, -1, dtype=np.int16)  # BMP character -> its number (U+FFFF: -1)
        slots = {ch: i for i, ch in enumerate(sorted(firsts))}
        for ch, slot in slots.items():
            self.char_slot[ord(ch)] = slot
        self.p_char = np.array([slots.get(item[4][0][0], -1) if item[4] else -1 for item in self.p_items],
                               dtype=np.int64)
        self._p_category_ok: dict[str, np.ndarray] = {}
        self.ex_groups = np.array(ex_groups, dtype=np.int64)
        self.entry_index = entry_index
        self.group_index = group_index
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

    def pattern_category_ok(self, product_category: str) -> np.ndarray:
        """Per pattern item (``p_items`` order): does its entry apply to ``product_category``?"""
        ok = self._p_category_ok.get(product_category)
        if ok is None:
            ok = np.array([not (item[0].product_categories and product_category not in item[0].product_categories)
                           for item in self.p_items], dtype=bool)
            self._p_category_ok[product_category] = ok
        return ok

    def group_of(self, entry: LexiconEntry) -> int:
        """The exemption group of an entry that may not be in ``entry_list`` (a pattern's entry)."""
        index = self.entry_index.get(id(entry))
        if index is not None:
            return int(self.entry_group[index])
        return self.group_index.get(entry.id, -1)
