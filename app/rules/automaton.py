"""The matcher's Aho-Corasick automata (pyahocorasick) and the numpy filter of their outputs on long texts.

:class:`Automaton` finds all (overlapping) occurrences of a set of keys; :func:`free_matches` keeps those of
a long text that no exact hit at least as long already holds. Both are used by :mod:`app.rules.matcher`
(the exact automaton of terms, pattern anchors, safe words and contexts; the sound automaton of the
homophone pass). An automaton is immutable once built: any number of threads may search it at once.
"""

from __future__ import annotations

import math
from itertools import accumulate, chain, pairwise

import ahocorasick
import numpy as np

# Long texts are matched over two symbols per character (see Automaton): a row symbol from _ROW on and a
# column symbol from _COL on (disjoint ranges, so a key can only match from a row symbol), and one pair
# for every character no key contains.
_ROW, _COL, _OTHER = 0x100, 0x1000, (0x21 << 16) | 0x22


class Automaton:
    """pyahocorasick automata over ``keys`` (key id = index), and the keys' lengths.

    pyahocorasick finds a node's child by scanning its children in turn, so the few nodes with thousands
    of children (the root: every first character of ~10,000 Chinese keys) make every step on Chinese text
    slow. For long texts the same keys are also stored with every character spelled as two symbols (its row
    and column in a ~40 x 40 grid of the characters the keys use): no node has more than ~40 children,
    and the automaton runs about three times faster. Long texts are re-spelt with numpy (~5 µs a text),
    short ones (one utterance) with ``str.translate`` over a list of the BMP; a short text with a
    character beyond the BMP (which that list cannot spell) takes the plain automaton. ``short_paired``
    False: short texts always take the plain automaton (the sound automaton's ~400 symbols: faster so).
    """

    __slots__ = ("iter", "lengths", "_lengths_np", "_paired_iter", "_pair_lut", "_pair_table")

    def __init__(self, keys: list[str], short_paired: bool = True):
        self.lengths = [len(k) for k in keys]
        self._lengths_np = np.array(self.lengths, dtype=np.int64)
        self.iter = self._automaton(keys).iter
        chars_of_keys = set("".join(keys))
        chars = sorted(c for c in chars_of_keys if ord(c) < 0xFFFF)
        side = math.isqrt(len(chars)) + 1
        lut = np.full(0x10000, _OTHER, dtype=np.uint32)  # BMP only; the rest is clipped to 0xFFFF: other
        for i, c in enumerate(chars):
            lut[ord(c)] = ((_ROW + i // side) << 16) | (_COL + i % side)
        self._pair_lut = lut
        other = chr(_OTHER >> 16) + chr(_OTHER & 0xFFFF)  # one shared string for the many unused characters
        self._pair_table = None
        if short_paired:
            self._pair_table = [other if p == _OTHER else chr(p >> 16) + chr(p & 0xFFFF) for p in lut.tolist()]
        self._paired_iter = None
        if all(ord(c) < 0xFFFF for c in chars_of_keys):  # else: long texts too take the plain automaton
            # All keys spelt in one numpy pass (a lexicon rebuild spells ~17,000), then cut apart.
            paired = self._paired("".join(keys))
            bounds = [0, *accumulate(2 * n for n in self.lengths)]
            self._paired_iter = self._automaton([paired[a:b] for a, b in pairwise(bounds)]).iter

    @staticmethod
    def _automaton(keys: list[str]):
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for kid, key in enumerate(keys):
            automaton.add_word(key, kid)
        automaton.make_automaton()
        return automaton

    def _paired(self, text: str, codes=None) -> str:
        """``text`` (or its code points ``codes``) spelled with two symbols per character."""
        if codes is None:
            codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        pairs = self._pair_lut[np.minimum(codes, 0xFFFF)]
        out = np.empty(2 * pairs.size, dtype=np.uint32)
        out[0::2] = pairs >> 16
        out[1::2] = pairs & 0xFFFF
        return out.tobytes().decode("utf-32-le")

    def match_arrays(self, text: str | None, codes) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`matches` of a long text (``codes``: its code points; ``text`` None: spelt from them only
        if needed) as ``(start, end, key id)`` arrays.

        The automaton's ``(end, key id)`` pairs go straight into numpy (no Python tuple per match).
        """
        if self._paired_iter is None:
            if text is None:
                text = codes.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
            found = self.matches(text)
            if not found:
                empty = np.zeros(0, dtype=np.int64)
                return empty, empty, empty
            flat = np.fromiter(chain.from_iterable(found), dtype=np.int64, count=3 * len(found))
            return flat[1::3], flat[2::3], flat[0::3]
        flat = np.fromiter(chain.from_iterable(self._paired_iter(self._paired(text, codes))), dtype=np.int64)
        end = (flat[0::2] + 1) >> 1
        kid = flat[1::2]
        return end - self._lengths_np[kid], end, kid

    def raw_matches(self, text: str):
        """:meth:`matches` of a short text, unconverted: ``(iterator of pyahocorasick's (end, key id), paired)``.

        ``paired``: the ends are those of the two-symbol spelling (a match ends at ``(end + 1) >> 1``), else
        at ``end + 1``; it starts ``lengths[key id]`` before. Same matches, same order as :meth:`matches`,
        without a tuple per match (the caller converts as it goes).
        """
        if self._paired_iter is not None and self._pair_table is not None:
            paired = text.translate(self._pair_table)
            if len(paired) == 2 * len(text):
                return self._paired_iter(paired), True
        return self.iter(text), False

    def matches(self, text: str, codes=None) -> list[tuple[int, int, int]]:
        """All (overlapping) ``(key id, start, end)`` matches in ``text``, by end, then longest first.

        That is the order the patterns are triggered and the candidates numbered in, and the order in
        which pyahocorasick's ``iter`` reports them (by end; at one end the node's own key, then the
        shorter keys along its dictionary-suffix links). ``codes`` (``text``'s code points, which long
        normalised texts carry) selects the two-symbol automaton.
        """
        lengths = self.lengths
        if self._paired_iter is not None:
            if codes is not None:
                paired = self._paired(text, codes)
            elif self._pair_table is not None:  # short text: str.translate spells it (a character
                paired = text.translate(self._pair_table)  # beyond the table stays one symbol)
            else:
                paired = ""
            if len(paired) == 2 * len(text):
                return [(kid, ((end2 + 1) >> 1) - lengths[kid], (end2 + 1) >> 1)
                        for end2, kid in self._paired_iter(paired)]
        return [(kid, end + 1 - lengths[kid], end + 1) for end, kid in self.iter(text)]


def free_matches(automaton: Automaton, codes, occupied: bytearray, longer_only: bool) -> list:
    """The ``(key id, start, end)`` matches in a long text (its code points ``codes``) that
    :meth:`app.rules.matcher.Matcher._sound_candidates` keeps: none where ``occupied`` holds a value >= the key's length
    (``longer_only``) or any mark (else)."""
    start, end, kid = automaton.match_arrays(None, codes)
    if not kid.size:
        return []
    held = np.frombuffer(occupied, dtype=np.uint8)
    size = end - start
    # max(occupied[start:end]) from a sparse table: level k holds the maxima of the runs of 2**k values.
    levels = int(size.max()).bit_length()
    table = np.zeros((levels, held.size), dtype=np.uint8)
    table[0] = held
    for k in range(1, levels):
        step = 1 << (k - 1)
        np.maximum(table[k - 1, :-step], table[k - 1, step:], out=table[k, :-step])
    k = np.log2(size).astype(np.int64)  # exact for the small integers here: the largest 2**k <= size
    top = np.maximum(table[k, start], table[k, end - (1 << k)])
    keep = np.flatnonzero(top < (automaton._lengths_np[kid] if longer_only else 1))
    if not keep.size:
        return []
    return list(zip(kid[keep].tolist(), start[keep].tolist(), end[keep].tolist(), strict=True))
