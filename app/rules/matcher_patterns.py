"""The matcher's pattern step: which patterns an anchor triggers, the windows around the anchors their
regexes search, and the regexes' matches as candidates.

Shared by the short path (:class:`app.rules.matcher.Matcher`) and the long one (:mod:`app.rules.matcher_bulk`,
which computes the windows itself and hands them to :func:`pattern_windows`). Pure functions.
"""

from __future__ import annotations

from app.rules.matcher_keys import applies
from app.rules.model import SEVERITY_RANK, LexiconEntry
from app.rules.patterns import NUMBER_END, NUMBER_START, NumberPattern

PATTERN = "pattern"


def pattern_candidates(nt: str, triggered: list, unanchored: tuple, product_category: str | None,
                       seq: int) -> list[tuple]:
    """Run each triggered pattern's regex around its anchors (each stretch of text once per pattern);
    ``unanchored``: the patterns without an anchor, searched over the whole text."""
    n = len(nt)
    cands: list[tuple] = []
    triggered += [(0, n, item) for item in unanchored]
    seen: set[tuple[int, int, str]] = set()
    searched: dict[int, int] = {}  # pattern -> end of the window already searched
    for a, b, (entry, pattern, _, _, required, max_len, pattern_id) in triggered:
        if product_category and not applies(entry, product_category):
            continue
        hi = b + max_len
        if hi > n:
            hi = n
        done = searched.get(pattern_id, -1)
        if hi <= done:
            continue
        searched[pattern_id] = hi
        lo = a - max_len if a - max_len > done - max_len else done - max_len
        if lo < 0:
            lo = 0
        for piece in required:
            if nt.find(piece, lo, hi) < 0:
                break  # a literal every match contains is not in the window: spare the regex
        else:
            regex_candidates(nt, lo, hi, entry, pattern, seen, cands, seq)
    return cands


def pattern_windows(nt: str, windows: list, seq: int) -> list[tuple]:
    """:func:`pattern_candidates` for windows ``(lo, hi, item)`` the long path already chose (same
    windows, same order, items of other product categories and windows without the first required
    literal left out)."""
    cands: list[tuple] = []
    seen: set[tuple[int, int, str]] = set()
    for lo, hi, (entry, pattern, _, _, required, _, _) in windows:
        for piece in required:
            if nt.find(piece, lo, hi) < 0:
                break
        else:
            regex_candidates(nt, lo, hi, entry, pattern, seen, cands, seq)
    return cands


def regex_candidates(nt: str, lo: int, hi: int, entry: LexiconEntry, pattern: NumberPattern, seen: set,
                      cands: list, seq: int) -> None:
    """Append the pattern's matches in ``nt[lo:hi]`` to ``cands`` as candidates (once per span and entry)."""
    for gate in pattern.gate_searches:  # a literal next to a class (就 before {部位见效}) is not in the window
        if gate(nt, lo, hi) is None:
            return
    regex = pattern.regex
    compiled = getattr(regex, "compiled", None)  # a class form's ``HeadCheckedRegex``: a filter of its matches
    if compiled is not None and compiled.search(nt, lo, hi) is None:
        return  # (2 windows in 3 hold none: spare the filtering generator)
    form = pattern.form
    head = form.find("{") if "{X" in form else 0  # a literal head before a gap: 给 of 给{X}好评{X}补你
    for m in regex.finditer(nt, lo, hi):
        start, end = m.span()
        if head > 0:
            start, end = _tightest(regex, nt, start, end, hi, head)
        key = (start, end, entry.id)
        if end > start and key not in seen:
            seen.add(key)
            cands.append((start - end, 0, -SEVERITY_RANK[entry.severity], -1.0, start,
                          seq + len(cands), end, entry, PATTERN, pattern.form, False))


def _tightest(regex, nt: str, start: int, end: int, hi: int, head: int) -> tuple[int, int]:
    """The latest-starting match inside ``[start, end)`` that starts past the form's literal head (``head``
    characters): a gap never holds the head again (先别给差评，给个好评我补你 reads 给{X}好评{X}补你 from the second
    给, out of reach of the first clause's 别). Forms that begin with a number or a class are left alone."""
    t = regex.search(nt, start + head, hi)
    while t is not None and t.start() < end and t.end() <= end:
        start, end = t.span()
        t = regex.search(nt, start + head, hi)
    return start, end


def trigger(nt: str, n: int, start: int, end: int, group: tuple, triggered: list, verdicts: dict | None = None) -> None:
    """Queue the patterns anchored at ``nt[start:end]`` that could match there.

    ``NumberPattern.may_match_at``, inlined: is there a number right before / after the anchor? And is the
    pattern's first required literal anywhere in ``nt``, and each of its gates (a literal next to a class,
    ``NumberPattern.gates``)? (If not, no window of any of its anchors holds it and :func:`pattern_candidates`
    would never run its regex: leaving out all of its anchors changes nothing.) ``verdicts``: the gates'
    answers for ``nt`` by pattern, kept by the caller for one text.
    """
    before = start > 0 and nt[start - 1] in NUMBER_END
    after = end < n and nt[end] in NUMBER_START
    # The items passing this case's number tests, precomputed (``matcher_keys.pattern_group``), with their gates.
    for item, first, gates in group[3][2 * before + after]:
        if first and first not in nt:
            continue
        if gates:
            ok = verdicts.get(item[6]) if verdicts is not None else None
            if ok is None:
                ok = all(gate(nt) is not None for gate in gates)
                if verdicts is not None:
                    verdicts[item[6]] = ok
            if not ok:
                continue
        triggered.append((start, end, item))
