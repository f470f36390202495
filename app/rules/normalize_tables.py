"""The character tables of :mod:`app.rules.normalize`: step 1's fold and step 2's one-character removals.

- :func:`char_table`: the 1:1 ``str.translate`` table (full-width → half-width, A-Z → a-z, traditional →
  simplified through OpenCC t2s character by character), and :func:`fold_chars`, step 1 alone;
- ``_REMOVE_RX``: what step 2 removes (whitespace except line breaks, filler punctuation, 呃/嗯, runs of dots);
- the same two as one BMP ``str.translate`` list (:func:`_fold_and_remove`, for short texts) and as numpy
  lookup tables over all code points (:func:`_luts`, for long texts), with their helpers
  :func:`code_point_lut` and :func:`lut_translate` (also used by :mod:`app.rules.homophones`).

Each table is built once, on first use, under one re-entrant lock (they build on each other); afterwards
they are immutable: safe to use from any thread.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

# Removed characters: whitespace, filler punctuation, hesitation sounds. Line breaks and sentence-final
# punctuation (。！？；) are kept as boundaries, and so is '.' (NO.1, 3.5斤).
_FILLER_SOUNDS = "呃嗯"
_REMOVE_RX = re.compile(rf"(?:[^\S\n\r]|[,，、\-—–―~～·・…_])+|\.{{2,}}|[{_FILLER_SOUNDS}]+")

_lock = threading.RLock()  # re-entrant: the cached tables build on each other under it


@lru_cache(maxsize=1)
def char_table() -> dict[int, int]:
    """The 1:1 ``str.translate`` table: full-width → half-width, A-Z → a-z, traditional → simplified."""
    with _lock:
        table: dict[int, int] = {}
        for code in range(0xFF01, 0xFF5F):  # ！..～ → !..~
            table[code] = code - 0xFEE0
        table[0x3000] = 0x20
        for code in range(ord("A"), ord("Z") + 1):
            table[code] = code + 32
            table[code + 0xFEE0] = code + 32  # full-width Ａ → a in one step
        table.update(_t2s_per_char())
        # 著 is both the traditional 着 (放著就是賺, 戴著保平安) and the simplified zhù (著名, 名著): OpenCC keeps it, so
        # every form with 着 missed traditional speech. Folded always (lexicon and scope words fold alike: 著作 → 着作).
        table[ord("著")] = ord("着")
        return table


def _t2s_per_char() -> dict[int, int]:
    """OpenCC t2s, applied to each CJK character alone, keeping only 1:1 conversions."""
    import opencc

    chars = [chr(c) for c in range(0x3400, 0x4DC0)]
    chars += [chr(c) for c in range(0x4E00, 0xA000)]
    chars += [chr(c) for c in range(0xF900, 0xFB00)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    table: dict[int, int] = {}
    if len(converted) != len(chars):  # never seen; fall back to no conversion rather than wrong offsets
        return table
    for src, dst in zip(chars, converted, strict=True):
        if src != dst and len(dst) == 1:
            table[ord(src)] = ord(dst)
    return table


def fold_chars(text: str) -> str:
    """Step 1 only (length-preserving)."""
    return text.translate(char_table())


@lru_cache(maxsize=1)
def _fold_and_remove() -> list[int | None]:
    """A ``str.translate`` table over the BMP (a list: no lookup misses) doing step 1 and the one-character
    removals of step 2 (``None``). Without dots in the text, ``_REMOVE_RX`` removes exactly those
    characters. Characters outside the BMP are left alone (as by ``char_table``)."""
    with _lock:
        fold, removable = _luts()
        table: list[int | None] = fold[:0x10000].tolist()
        for code in removable[fold[:0x10000]].nonzero()[0].tolist():
            table[code] = None
        return table


@lru_cache(maxsize=1)
def _removed_rx() -> re.Pattern:
    """Runs of the characters ``_fold_and_remove`` deletes (read from the table: the same set)."""
    table = _fold_and_remove()
    codes = [c for c in range(0x10000) if table[c] is None]
    ranges, first = [], None
    for i, c in enumerate(codes):
        if first is None:
            first = c
        if i + 1 == len(codes) or codes[i + 1] != c + 1:
            ranges.append(re.escape(chr(first)) + ("-" + re.escape(chr(c)) if c != first else ""))
            first = None
    return re.compile(f"[{''.join(ranges)}]+" if ranges else "(?!)")


def code_point_lut(table: dict[int, int]):
    """A numpy array over all code points mapping each to ``table``'s value (itself where absent)."""
    import numpy as np

    lut = np.arange(0x110000, dtype=np.uint32)
    lut[np.fromiter(table.keys(), np.uint32)] = np.fromiter(table.values(), np.uint32)
    return lut


@lru_cache(maxsize=1)
def _luts():
    """numpy lookup tables over all code points: the 1:1 fold, and "removed by step 2" (a bool)."""
    import numpy as np

    with _lock:
        fold = code_point_lut(char_table())
        removable = np.zeros(0x110000, dtype=bool)
        for code in range(0x3100):
            ch = chr(code)
            if ch not in "\n\r." and _REMOVE_RX.fullmatch(ch):
                removable[code] = True
        for ch in _FILLER_SOUNDS:
            removable[ord(ch)] = True
        return fold, removable


def lut_translate(text: str, lut) -> str:
    """``text`` with every code point replaced through the numpy ``lut`` (a 1:1 ``translate``)."""
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return lut[codes].tobytes().decode("utf-32-le", "surrogatepass")
