"""Text normalisation for matching, keeping a map back to the original offsets.

What is folded (so that 全网最，最低价 / 第 一 / 最——最好 / 全網最低價 / ＮＯ．１ all match their terms):

1. one character for one character (``str.translate``, offsets unchanged): full-width ASCII and the
   ideographic space to half-width, Latin letters to lower case, traditional to simplified Chinese
   (OpenCC ``t2s`` applied character by character, so the mapping is 1:1);
2. removed: spaces (Vosk puts them between Chinese words; line breaks stay), filler punctuation
   (，、—…~·) and the fillers 呃/嗯, which speech and scripts put inside a term, and the dot of NO.1;
3. collapsed: stutters, a Chinese character or a pair repeated back to back (最最好, 第一第一名).

Steps 2 and 3 change the length, so :class:`Normalized` keeps ``index``: for every character of the
normalised text, the offset of the character it came from in the original. It is only built when something
was removed (``None`` means identity), lazily (only texts with hits need it), and with slices, not a
per-character Python loop. Texts from ``LONG_TEXT`` characters on (scripts, files) go through numpy
lookup tables instead, with exactly the same result (a test holds both paths to it).

The character tables of steps 1 and 2 live in :mod:`app.rules.normalize_tables`. Pure functions over
immutable tables built once (under a lock): safe to call from any thread.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from app.rules.normalize_tables import (
    _REMOVE_RX,
    _fold_and_remove,
    _luts,
    _removed_rx,
    char_table,
    fold_chars,
)

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# NO.1 and NO1 (and ＮＯ．１, No. 1) are the same claim: a dot between a letter and a digit goes.
_DOT_RX = re.compile(r"(?<=[a-z])\.(?=[0-9])")
# A CJK character or pair repeated right away: 最最 / 第一第一 (a single character is tried first). A pair
# ending on 不/没 is no stutter: 能不能不感冒 is the question 能不能 before 不感冒, not 能不 said twice.
_STUTTER_RX = re.compile(rf"([{CJK}])\1+|([{CJK}](?![不没])[{CJK}])\2+")

_COMMA_RX = re.compile(r"[,，]")  # clause breaks among the removed characters (see ``Normalized.clause_breaks``)


def clause_bounds(breaks: tuple[int, ...], start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """``(lo, hi)`` narrowed to the clauses of ``text[start:end]``: the last break (:meth:`Normalized.clause_breaks`)
    at or before ``start`` if it lies above ``lo``, the first at or after ``end`` if it lies below ``hi``."""
    i = bisect_right(breaks, start)
    if i and breaks[i - 1] > lo:
        lo = breaks[i - 1]
    j = bisect_left(breaks, end)
    if j < len(breaks) and breaks[j] < hi:
        hi = breaks[j]
    return lo, hi


class Normalized:
    """A normalised text and the map back to the original offsets.

    ``index`` (``index[i]`` = offset in the original of ``text[i]``; ``None`` when nothing was removed)
    is built on first use only, so texts without hits never pay for it. Building it twice from two
    threads is harmless (same result).
    """

    __slots__ = ("text", "_source", "_changed", "_index", "codes")

    def __init__(self, text: str, source: str | None = None, changed: bool = False, index=None, codes=None):
        self.text = text
        self._source = source  # the original text (whose length changed; for ``index``, ``clause_breaks``)
        self._changed = changed or index is not None
        self._index = index  # a list, or a numpy array for long texts
        self.codes = codes  # long texts: ``text``'s code points (a numpy uint32 array), else None

    @property
    def index(self) -> list[int] | None:
        if not self._changed:
            return None
        if self._index is None:
            source = self._source
            if "." in self.text or "." in source or "．" in source:  # the regex path (dots)
                folded, index = _squeeze(source.translate(char_table()), None, _REMOVE_RX)
                folded, index = _squeeze(folded, index, _DOT_RX)
                self._index = _squeeze(folded, index, _STUTTER_RX, keep=True)[1]
            else:  # the translate path: what the table deletes, then the stutters
                index = list(range(len(source)))
                for m in reversed(list(_removed_rx().finditer(source))):  # what the table deletes
                    del index[m.start() : m.end()]
                if len(index) != len(self.text):
                    index = _squeeze(source.translate(_fold_and_remove()), index, _STUTTER_RX, keep=True)[1]
                self._index = index
        return self._index

    def clause_breaks(self) -> tuple[int, ...]:
        """Where a removed comma (，/,) stood: the offsets in ``text`` of the characters right after one, sorted.

        Step 2 removes commas so that 全网最，最低价 still matches; the scope rules use these offsets to keep a
        negation from reaching over a clause break (什么风险都没有，稳赚不赔). Texts without a comma cost two
        ``in`` tests; otherwise one binary search per comma over ``index``.
        """
        source = self._source
        if source is None or not self._changed or ("," not in source and "，" not in source):
            return ()
        index = self.index
        commas = [m.start() for m in _COMMA_RX.finditer(source)]
        # The first kept character after each comma (numpy's own binary search for the long texts' arrays).
        ats = [bisect_left(index, c) for c in commas] if isinstance(index, list) else index.searchsorted(commas).tolist()
        n = len(self.text)
        return tuple(sorted({at for at in ats if 0 < at < n}))

    def word_breaks(self) -> tuple[int, ...]:
        """:meth:`clause_breaks` plus both edges of every character that stands for a doubled one folded like a
        stutter (天天 → 天): a reduplicated word is a word of its own, so no word is read across it — 能美白天天用
        (normalised 能美白天用) keeps 美白, where 白天 would otherwise straddle it. For the word-edge check only
        (a reduplication ends no negation). Texts without a folded repeat cost one regex search."""
        breaks = self.clause_breaks()
        source = self._source
        if source is None or not self._changed or _STUTTER_HINT.search(source) is None:
            return breaks
        index, text = self.index, self.text
        if isinstance(index, list):
            jumps = [i for i in range(len(index) - 1) if index[i + 1] - index[i] > 1]
        else:  # numpy (long texts)
            import numpy as np

            jumps = np.flatnonzero(np.diff(index) > 1).tolist()
        out = set(breaks)
        for i in jumps:
            if text[i] in fold_chars(source[int(index[i]) + 1 : int(index[i + 1])]):
                out.update((i, i + 1))
        return tuple(sorted(out)) if len(out) > len(breaks) else breaks

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text (end exclusive, non-empty) to the original text."""
        index = self.index
        if index is None:
            return start, end
        return int(index[start]), int(index[end - 1]) + 1


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching; see the module docstring."""
    if len(text) >= LONG_TEXT:
        return _normalize_long(text)
    squeezed = text.translate(_fold_and_remove())  # steps 1 and 2 but for dots
    if "." in squeezed:
        return _normalize_dots(text)
    changed = len(squeezed) != len(text)
    if _STUTTER_HINT.search(squeezed):  # rare; saves the slower ``_STUTTER_RX`` on every other text
        squeezed, collapsed = _STUTTER_RX.subn(_collapse, squeezed)
        changed = changed or collapsed > 0
    return Normalized(squeezed, text, True) if changed else Normalized(squeezed)


def _normalize_dots(text: str) -> Normalized:
    """The regex path, for the texts with a dot (runs of dots are removed, the dot of NO.1 too)."""
    squeezed, removed = _REMOVE_RX.subn("", text.translate(char_table()))
    squeezed, dots = _DOT_RX.subn("", squeezed)
    removed += dots
    collapsed = 0
    if _STUTTER_HINT.search(squeezed):
        squeezed, collapsed = _STUTTER_RX.subn(_collapse, squeezed)
    if removed or collapsed:
        return Normalized(squeezed, text, True)
    return Normalized(squeezed)


# A necessary condition for ``_STUTTER_RX`` (a character equal to the next or the one after), ~3x faster.
_STUTTER_HINT = re.compile(r"(.)\1|(.).\2", re.S)


def _collapse(m: re.Match) -> str:
    """``_STUTTER_RX``'s replacement ``\\1\\2`` (one group matched, the other empty), without the template
    expansion ``re`` does in Python for every match; a double that is two words stays (:func:`_kept_double`)."""
    return m[0] if _kept_double(m.string, m) else (m[1] or m[2])


def _kept_double(text: str, m: re.Match) -> bool:
    """报报 in 人民日报报道, 天天 in 每天天气: a doubled character that ends one common word and starts the next is two
    words, not a stutter (jieba's dictionary; loaded on the first such double)."""
    if m[1] is None or m.end() - m.start() != 2 or m.start() == 0 or m.end() >= len(text):
        return False
    from app.rules.segment import common_word  # segment imports this module

    ch = m[1]
    return common_word(text[m.start() - 1] + ch) and common_word(ch + text[m.end()])


# From this length on, per-character work is done with numpy lookup tables (same results as the
# ``str.translate`` / regex path, which is faster for short utterances).
LONG_TEXT = 256


def _normalize_long(text: str) -> Normalized:
    """The numpy path: fold, remove, drop NO.1 dots and collapse stutters over code-point arrays at once.

    Same result as the ``str``/regex path. Only the stutters' exact left-to-right semantics are left to
    ``_STUTTER_RX``, matched at the few places where a character or pair repeats right away.
    """
    import numpy as np

    fold, removable = _luts()
    codes = fold[np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)]
    drop = removable[codes]
    dots = codes == 0x2E
    if dots.any():  # runs of two or more dots (an ellipsis) are removed, a single dot is kept
        run = dots[1:] & dots[:-1]
        drop[1:] |= run
        drop[:-1] |= run
    index = None
    if drop.any():
        index = np.flatnonzero(~drop)
        codes = codes[index]
    squeezed = codes.tobytes().decode("utf-32-le", "surrogatepass")
    gone = _dot_and_stutter_drops(codes, squeezed)
    if gone is not None:
        kept = np.flatnonzero(~gone)
        codes = codes[kept]
        index = kept if index is None else index[kept]
        squeezed = codes.tobytes().decode("utf-32-le", "surrogatepass")
    return Normalized(squeezed, text, index=index, codes=codes)


def _dot_and_stutter_drops(codes, text: str):
    """Bool mask of what ``_DOT_RX`` and ``_STUTTER_RX`` remove from ``text`` (its code points ``codes``).

    None when nothing. A dot between a-z and 0-9 never sits inside a run of CJK characters, so the dots
    and the stutters can be found on the same text (the ``str`` path removes the dots first).
    """
    import numpy as np

    n = codes.size
    gone = None
    if n >= 3:
        dot = codes[1:-1] == 0x2E
        if dot.any():
            dot &= ((codes[:-2] - 0x61) < 26) & ((codes[2:] - 0x30) < 10)  # uint32: below 'a' wraps round
            if dot.any():
                gone = np.zeros(n, dtype=bool)
                gone[1:-1] = dot
    if n >= 2:
        # Where a stutter may start: the next character, or the next pair, repeats this one.
        maybe = codes[1:] == codes[:-1]
        if n >= 4:
            maybe[:-2] |= (codes[2:-1] == codes[:-3]) & (codes[3:] == codes[1:-2])
        starts = np.flatnonzero(maybe)
        if starts.size:
            starts = starts[_is_cjk(codes[starts])]
        pos = 0
        firsts, ends = [], []  # the repeats to remove: [first, end) of each stutter
        for p in starts.tolist():
            if p < pos:
                continue
            m = _STUTTER_RX.match(text, p)
            if m is None:
                continue
            pos = m.end()
            if _kept_double(text, m):
                continue
            firsts.append(p + len(m.group(1) or m.group(2)))
            ends.append(pos)
        if firsts:
            if gone is None:
                gone = np.zeros(n, dtype=bool)
            first = np.array(firsts, dtype=np.int64)
            size = np.array(ends, dtype=np.int64) - first
            gone[np.repeat(first - np.cumsum(size) + size, size) + np.arange(int(size.sum()))] = True
    return gone


def _is_cjk(codes):
    """Bool mask: which code points are in ``CJK`` (the ranges of the stutter rule)."""
    return (
        ((codes >= 0x3400) & (codes <= 0x4DBF)) | ((codes >= 0x4E00) & (codes <= 0x9FFF))
        | ((codes >= 0xF900) & (codes <= 0xFAFF))
    )


def normalize_term(term: str) -> str:
    """A lexicon term (or exemption, safe word) folded exactly like the texts it is matched against."""
    return normalize(term).text


def _squeeze(text: str, index: list[int] | None, rx: re.Pattern, keep: bool = False):
    """Remove each match of ``rx``; with ``keep``, all but its first (single or pair) repeated unit.

    For the lazy ``Normalized.index`` of short texts (long ones are squeezed with numpy masks).
    """
    pos = 0
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        if keep and _kept_double(text, m):
            continue
        keep_end = m.start() + (len(m.group(1) or m.group(2)) if keep else 0)
        if keep_end > pos:
            parts.append(text[pos:keep_end])
            spans.append((pos, keep_end))
        pos = m.end()
    if not spans and pos == 0:
        return text, index
    if pos < len(text):
        parts.append(text[pos:])
        spans.append((pos, len(text)))
    new_index: list[int] = []
    if index is None:
        for a, b in spans:
            new_index.extend(range(a, b))
    else:
        for a, b in spans:
            new_index.extend(index[a:b])
    return "".join(parts), new_index
