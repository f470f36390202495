"""The matcher: finds lexicon entries in a text, with offsets into the original text.

One scan:
1. normalise (:mod:`app.rules.normalize`), keeping the map back to the original offsets;
2. one Aho-Corasick pass (pyahocorasick, C speed, all overlapping matches) over the
   normalised text finds the plain terms and variants, the anchors of the pattern forms (whose regexes
   then run only around their anchor), the safe words, the triggers of the safe contexts and the
   entries' exemption contexts;
3. overlaps are resolved: one region gives one hit — the longest, then the most severe, wins. A
   candidate is checked only when its region is still free, and dropped if one of the entry's
   ``exemptions`` or a safe word/context (:mod:`app.rules.safe_words`) covers it, if it is a
   two-character term whose edges fall inside other words (包过 in 面包过期, 特供 in 独特供应链;
   :mod:`app.rules.segment`, jieba, only around candidates), or if a scope rule says it is no claim
   (:mod:`app.rules.scopes`: negated, internal comparison);
4. a second automaton over the *sound* of the text (:mod:`app.rules.homophones`) finds misrecognised
   severe terms (全网最底价) where no exact hit at least as long was found, with confidence
   ``HOMOPHONE_CONFIDENCE``; exact and homophone winners are then resolved together.

Speed (``benchmarks/scan_speed.py``): candidates are plain tuples sorted once; the checks of step 3 run
only for candidates that could still win; texts from ``LONG_TEXT`` characters on take the numpy path of
:mod:`app.rules.matcher_bulk` for the automaton's outputs, which go into numpy without a Python tuple each
(exact and sound automaton), and where the pattern windows are computed with arrays and those lacking the
first character of the pattern's rarest required literal are dropped before any Python runs (short texts
skip the patterns whose literal is nowhere in the text); the homophones are merged with the exact winners
without re-resolving those (same results: ``benchmarks/scan_equivalence.py``).

A :class:`Matcher` is immutable once built: ``scan`` may run concurrently on any number of threads.
The first one in a process (760 entries) takes ~2 s (pattern regexes, character tables); a rebuild after
a lexicon edit ~0.3 s (compiled forms and regexes are cached per process). :meth:`Matcher.warm_up` (~1-2 s)
loads jieba's dictionary and the homophone tables and compiles the word-class regexes, which the first
hits would otherwise pay for: build and warm up on a worker thread, never on the UI thread.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import threading
from pathlib import Path

from app.rules import homophones, matcher_bulk, safe_words, scopes, segment, word_classes
from app.rules.automaton import Automaton, free_matches
from app.rules.model import SEVERITY_RANK, Hit, LexiconEntry
from app.rules.normalize import LONG_TEXT, normalize, normalize_term
from app.rules.patterns import (
    GAP_RX,
    LONG_GAP_RX,
    NUMBER_END,
    NUMBER_RX,
    NUMBER_START,
    UNIT_RX,
    NumberPattern,
    compile_form,
    is_pattern,
)

HOMOPHONE_CONFIDENCE = 0.7
# Requests of the rules-engine helper (/work/notes/matcher_requests.md) implemented here: 1 scope rules
# (``scopes.not_a_claim``; a denied span also drops what lies inside it), 2 placeholder forms without {N},
# 3 a longer homophone beats the shorter exact hits it overlaps, 5 accent mergers (in homophones.sound_table).
ENGINE_REQUESTS_WIRED = frozenset({1, 2, 3, 5})
_CJK_MIN = "\u3400"
_ASCII_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_EXACT, _PATTERN, _HOMOPHONE = "exact", "pattern", "homophone"
_MARKS = [b"\x01" * n for n in range(64)]  # occupied[start:end] = _MARKS[end - start]

# A candidate is a tuple; sorting the tuples gives the overlap order: longest, then exact/pattern before
# homophone, then most severe, then most confident, then leftmost, then first found (``seq``).
# (neg_len, kind_rank, neg_severity, neg_confidence, start, seq, end, entry, kind, form, check_words):
# kind_rank is 0 for exact and pattern, 1 for homophone; check_words for two-character CJK terms.
_START = 4


def key_spellings(key: str) -> list[str]:
    """A literal (normalised) term and its other number spellings, as the automaton keys them: 百分之百 ↔ 100%."""
    if not key:
        return []
    keys = [key]
    for a, b in (("百分之百", "100%"), ("100%", "百分之百")):
        if a in key:
            keys.append(key.replace(a, b))
    return keys


def _sound_eligible(entry: LexiconEntry, form: str) -> bool:
    """Severe enough and long enough for homophone matching (short medium terms would flood)."""
    cjk = sum(1 for ch in form if ch >= _CJK_MIN)
    if cjk != len(form):
        return False
    if entry.severity == "high":
        return cjk >= 2
    return entry.severity == "medium" and cjk >= 3


def _required_literals(regex: re.Pattern) -> tuple[str, ...]:
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


def _pattern_group(items: list) -> tuple:
    """``(all need a number before, all need one after, items)`` for the patterns of one anchor."""
    if not items:
        return ()
    return all(i[2] for i in items), all(i[3] for i in items), tuple(items)


def _applies(entry: LexiconEntry, product_category: str | None) -> bool:
    return not (product_category and entry.product_categories and product_category not in entry.product_categories)


class Matcher:
    """Scans texts for the given (enabled) lexicon entries. Thread-safe; see the module docstring."""

    def __init__(self, entries: list[LexiconEntry] | tuple[LexiconEntry, ...]):
        self.entries = tuple(e for e in entries if e.enabled and e.term)
        # key -> [terms, patterns [(entry, NumberPattern)], is safe word, safe contexts,
        #         ids of the entries it is an exemption context of]
        exact: dict[str, list] = {}

        def slot(key: str) -> list:
            return exact.setdefault(key, [[], [], False, [], []])

        sound: dict[str, list] = {}
        unanchored: list[tuple[LexiconEntry, NumberPattern]] = []
        pattern_number = 0  # one per (entry, form): compiled patterns are shared (``compile_form``'s cache)
        lazy: dict[int, NumberPattern] = {}  # forms with word classes: their regexes compile when first used
        for entry in self.entries:
            neg_severity = -SEVERITY_RANK[entry.severity]
            for form in dict.fromkeys((entry.term, *entry.variants)):
                if is_pattern(form):
                    pattern = compile_form(form, getattr(entry, "word_classes", None))  # {类名}: its members
                    # Literals every match contains, the likely rarest first: the last ones (分钟 in
                    # 最后{N}分钟) before the others, the anchor (always near the trigger) last.
                    required = (_required_literals(pattern.regex) if pattern.literals is None
                                else pattern.literals)[::-1]
                    required = tuple(sorted(required, key=lambda piece, a=pattern.anchor: piece == a))
                    item = (entry, pattern, pattern.number_before, pattern.number_after, required,
                            pattern.max_len, pattern_number)
                    pattern_number += 1
                    if pattern.literals is not None:
                        lazy[id(pattern)] = pattern
                    if pattern.anchors:  # 治{疾病}: keyed under each member of the class
                        for anchor in pattern.anchors:
                            slot(anchor)[1].append(item)
                    elif pattern.anchor:
                        slot(pattern.anchor)[1].append(item)
                    else:
                        unanchored.append(item)
                    continue
                for key in key_spellings(normalize_term(form)):
                    # (neg_severity, entry, key, check_words, glued_start, glued_end, product categories):
                    # a Latin/digit term must not be glued to more letters/digits (no.1 in "i know 1").
                    slot(key)[0].append((
                        neg_severity, entry, key, len(key) == 2 and key >= _CJK_MIN,
                        key[0] in _ASCII_ALNUM, key[-1] in _ASCII_ALNUM, entry.product_categories,
                    ))
                    if _sound_eligible(entry, key):
                        sound.setdefault(homophones.to_sound(key), []).append((neg_severity, entry, key))
        for entry in self.entries:
            for context in dict.fromkeys(filter(None, map(normalize_term, entry.exemptions))):
                slot(context)[4].append(entry.id)
        for word in safe_words.SAFE_WORDS:
            slot(word)[2] = True
        for number, (trigger, _) in enumerate(safe_words.SAFE_CONTEXTS):
            slot(trigger)[3].append(number)
        self._unanchored = tuple(unanchored)
        self._lazy_patterns = tuple(lazy.values())
        # Key id -> (length, terms, rest); most keys are plain terms: ``rest`` is None for them.
        table = {
            k: (tuple(t), (_pattern_group(p), safe, tuple(c), tuple(x)) if (p or safe or c or x) else None)
            for k, (t, p, safe, c, x) in exact.items()
        }
        self._exact, self._values = self._build(table)
        self._bulk = matcher_bulk.BulkTables(self._values) if self._values else None
        self._sound, self._sound_values = self._build(
            {homophones.to_sound(forms[0][2]): (tuple(forms),) for forms in sound.values()}, short_paired=False,
        )

    @staticmethod
    def _build(table: dict, short_paired: bool = True) -> tuple[Automaton | None, list[tuple]]:
        """An automaton of the keys (pattern index = key id) and the values by key id: ``(length, *value)``."""
        if not table:
            return None, []
        keys = list(table)
        return Automaton(keys, short_paired), [(len(key), *value) for key, value in table.items()]

    def __len__(self) -> int:
        return len(self.entries)

    def warm_up(self) -> None:
        """Load the homophone dictionary now (about a second) rather than at the first candidate, compile
        the regexes of the word-class forms (~0.5 s for ~400 forms, once per process), load jieba's word
        tags (the class members' word-edge check) and build the hit tracker's prefix index (~0.15 s, cached
        per matcher), so that starting a show does not."""
        from app.rules.prefixes import prefix_index

        homophones.warm_up()
        homophones.to_sound("一")  # the translate table
        for pattern in self._lazy_patterns:  # ~400 word-class forms, a few ms each (once per process: a
            _ = pattern.regex  # rebuilt matcher reuses them); else the first 疾病 said stalls ~20 ms
        self.scan("全网最低价第一次")
        self.scan("全网最低价第一次" * (LONG_TEXT // 8 + 1))
        prefix_index(self)
        word_classes.member_begins_word("急性肠胃炎", 3, 5)  # jieba's part-of-speech table (~0.2-0.4 s)

    def scan(self, text: str, product_category: str | None = None) -> list[Hit]:
        """Hits in ``text``: non-overlapping, sorted by start, offsets into ``text``."""
        if not text:
            return []
        norm = normalize(text)
        nt = norm.text
        if not nt or self._exact is None:
            return []
        checks = _Checks(nt)
        if norm.codes is not None:  # long text: numpy over the automaton's outputs
            outputs = matcher_bulk.order_outputs(*self._exact.match_arrays(nt, norm.codes), len(nt))
            cands = matcher_bulk.exact_candidates(
                self._bulk, self._values, outputs, nt, norm.codes, product_category, checks,
                _trigger, self._pattern_candidates, self._unanchored, self._pattern_windows,
            )
            prechecked = True
        else:
            cands = self._exact_candidates(nt, product_category, checks)
            prechecked = False
        occupied = bytearray(len(nt))
        chosen = self._resolve(cands, occupied, checks, prechecked) if cands else []
        if self._sound is not None:
            if 3 in ENGINE_REQUESTS_WIRED:
                # A homophone is considered where every exact hit it overlaps is shorter than it; the exact
                # winners and the homophones are then resolved together (longest, exact before homophone...).
                # The length of the exact hit covering each position (capped); nothing chosen: all 0, as
                # ``occupied`` is then.
                lengths = bytearray(len(nt)) if chosen else occupied
                for c in chosen:
                    size = c[6] - c[4]
                    lengths[c[4] : c[6]] = bytes((min(size, 255),)) * size
                sound = self._sound_candidates(nt, norm.codes, lengths, product_category, len(cands), True)
                if sound:
                    chosen = self._merge_homophones(chosen, sound, checks)
            else:
                sound = self._sound_candidates(nt, norm.codes, occupied, product_category, len(cands), False)
                if sound:
                    chosen += self._resolve(sound, occupied, checks, False)
        if not chosen:
            return []
        chosen.sort(key=lambda c: c[_START])
        return self._hits(text, norm, chosen)

    # -- candidates ---------------------------------------------------------------------------------

    def _exact_candidates(self, nt: str, product_category: str | None, checks: _Checks) -> list[tuple]:
        """The exact and pattern candidates of a short text, and what is needed to check them."""
        cands: list[tuple] = []
        append = cands.append
        values = self._values
        n = len(nt)
        triggered = []
        found, paired = self._exact.raw_matches(nt)
        lengths = self._exact.lengths
        for end, kid in found:  # ``Automaton.matches``' conversion, inlined (no tuple per match)
            end = ((end + 1) >> 1) if paired else end + 1
            start = end - lengths[kid]
            _, terms, rest = values[kid]
            if rest is not None:
                patterns, is_safe, contexts, exempts = rest
                if is_safe:
                    checks.safe.append((start, end))
                if contexts:
                    checks.triggers.append((start, end, contexts))
                for entry_id in exempts:
                    checks.exempt.setdefault(entry_id, []).append((start, end))
                if patterns:
                    _trigger(nt, n, start, end, patterns, triggered)
            for neg_severity, entry, key, check_words, glued_start, glued_end, categories in terms:
                if glued_start and start > 0 and nt[start - 1] in _ASCII_ALNUM:
                    continue
                if glued_end and end < n and nt[end] in _ASCII_ALNUM:
                    continue
                if categories and product_category and product_category not in categories:
                    continue
                append((start - end, 0, neg_severity, -1.0, start, len(cands), end, entry, _EXACT, key, check_words))
        if triggered or self._unanchored:
            cands += self._pattern_candidates(nt, triggered, product_category, len(cands))
        return cands

    def _pattern_candidates(self, nt: str, triggered: list, product_category: str | None, seq: int) -> list[tuple]:
        """Run each triggered pattern's regex around its anchors (each stretch of text once per pattern)."""
        n = len(nt)
        cands: list[tuple] = []
        triggered += [(0, n, item) for item in self._unanchored]
        seen: set[tuple[int, int, str]] = set()
        searched: dict[int, int] = {}  # pattern -> end of the window already searched
        for a, b, (entry, pattern, _, _, required, max_len, pattern_id) in triggered:
            if product_category and not _applies(entry, product_category):
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
                _regex_candidates(nt, lo, hi, entry, pattern, seen, cands, seq)
        return cands

    @staticmethod
    def _pattern_windows(nt: str, windows: list, seq: int) -> list[tuple]:
        """:meth:`_pattern_candidates` for windows ``(lo, hi, item)`` the long path already chose (same
        windows, same order, items of other product categories and windows without the first required
        literal left out)."""
        cands: list[tuple] = []
        seen: set[tuple[int, int, str]] = set()
        for lo, hi, (entry, pattern, _, _, required, _, _) in windows:
            for piece in required:
                if nt.find(piece, lo, hi) < 0:
                    break
            else:
                _regex_candidates(nt, lo, hi, entry, pattern, seen, cands, seq)
        return cands

    def _sound_candidates(self, nt: str, codes, occupied: bytearray, product_category: str | None,
                          seq: int, longer_only: bool) -> list[tuple]:
        """Homophone candidates where nothing exact was found (checked later, in :meth:`_resolve`).

        ``longer_only``: ``occupied`` holds the lengths of the exact hits; a span is skipped only where
        one at least as long lies (else: where any exact hit lies).
        """
        cands: list[tuple] = []
        values = self._sound_values
        if codes is not None:  # long text: the spans an exact hit already holds are skipped with numpy
            for kid, start, end in free_matches(self._sound, homophones.sound_codes(codes), occupied, longer_only):
                _sound_forms(nt, start, end, values[kid][1], product_category, seq, cands)
            return cands
        found, paired = self._sound.raw_matches(homophones.to_sound(nt))
        for end, kid in found:  # ``Automaton.matches``' conversion, inlined (no tuple per match)
            end = ((end + 1) >> 1) if paired else end + 1
            size, forms = values[kid]
            start = end - size
            if (max(occupied[start:end]) >= size) if longer_only else (occupied.find(1, start, end) != -1):
                continue
            _sound_forms(nt, start, end, forms, product_category, seq, cands)
        return cands

    # -- overlaps and hits --------------------------------------------------------------------------

    @staticmethod
    def _resolve(cands: list[tuple], occupied: bytearray, checks: _Checks, prechecked: bool) -> list[tuple]:
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
            if exempt and _covers(exempt.get(c[7].id), start, end):
                continue
            if c[10]:
                if segment.straddled(text, start, end):
                    continue
            elif c[1] and not homophones.plausible_mishearing(text, start, end, c[9]):
                continue
            if scoped:
                if checks.denied and _covers(checks.denied, start, end):
                    continue  # inside a denied phrase (治百病 in 千万别信什么包治百病)
                if scopes.not_a_claim(text, start, end, c[7].category):
                    checks.denied.append((start, end))
                    continue
            occupied[start:end] = _MARKS[end - start] if end - start < 64 else b"\x01" * (end - start)
            chosen.append(c)
        return chosen

    @staticmethod
    def _merge_homophones(chosen: list[tuple], sound: list[tuple], checks: _Checks) -> list[tuple]:
        """What ``_resolve(chosen + sound, ...)`` keeps when ``chosen`` are the exact/pattern winners (they
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
            if exempt and _covers(exempt.get(c[7].id), start, end):
                continue
            if not homophones.plausible_mishearing(text, start, end, c[9]):
                continue
            if scoped:
                if denied and _covers(denied, start, end):
                    continue
                if scopes.not_a_claim(text, start, end, c[7].category):
                    denied.append((start, end))
                    continue
            occupied[start:end] = _MARKS[end - start] if end - start < 64 else b"\x01" * (end - start)
            accepted.append(c)
        new_denied = denied[first_new:]
        if not accepted and not new_denied:
            return chosen
        return [
            c for c in chosen
            if occupied.find(1, c[4], c[6]) == -1 and not (new_denied and _covers(new_denied, c[4], c[6]))
        ] + accepted

    @staticmethod
    def _hits(text: str, norm, chosen: list[tuple]) -> list[Hit]:
        index = norm.index
        if index is None:
            starts = [c[4] for c in chosen]
            ends = [c[6] for c in chosen]
        elif isinstance(index, list):
            starts = [index[c[4]] for c in chosen]
            ends = [index[c[6] - 1] + 1 for c in chosen]
        else:  # numpy (long texts)
            starts = index[[c[4] for c in chosen]].tolist()
            ends = (index[[c[6] - 1 for c in chosen]] + 1).tolist()
        return [
            _new_hit(c[7], start, end, text[start:end], HOMOPHONE_CONFIDENCE if c[1] else 1.0, c[8], c[9])
            for c, start, end in zip(chosen, starts, ends, strict=True)
        ]


def _regex_candidates(nt: str, lo: int, hi: int, entry: LexiconEntry, pattern: NumberPattern, seen: set,
                      cands: list, seq: int) -> None:
    """Append the pattern's matches in ``nt[lo:hi]`` to ``cands`` as candidates (once per span and entry)."""
    regex = pattern.regex
    compiled = getattr(regex, "compiled", None)  # a class form's ``HeadCheckedRegex``: a filter of its matches
    if compiled is not None and compiled.search(nt, lo, hi) is None:
        return  # (2 windows in 3 hold none: spare the filtering generator)
    for m in regex.finditer(nt, lo, hi):
        start, end = m.span()
        key = (start, end, entry.id)
        if end > start and key not in seen:
            seen.add(key)
            cands.append((start - end, 0, -SEVERITY_RANK[entry.severity], -1.0, start,
                          seq + len(cands), end, entry, _PATTERN, pattern.form, False))



def _sound_forms(nt: str, start: int, end: int, forms: tuple, product_category: str | None, seq: int,
                 cands: list) -> None:
    """Append to ``cands`` the homophone candidates of a sound key's ``forms`` found at ``[start, end)``."""
    surface = nt[start:end]
    for neg_severity, entry, key in forms:
        if surface == key or not _applies(entry, product_category):
            continue  # the exact form was there and was dropped for a reason: keep it dropped
        cands.append((start - end, 1, neg_severity, -HOMOPHONE_CONFIDENCE, start, seq + len(cands), end,
                      entry, _HOMOPHONE, key, False))


def _trigger(nt: str, n: int, start: int, end: int, group: tuple, triggered: list) -> None:
    """Queue the patterns anchored at ``nt[start:end]`` that could match there.

    ``NumberPattern.may_match_at``, inlined: is there a number right before / after the anchor? And is the
    pattern's first required literal anywhere in ``nt``? (If not, no window of any of its anchors holds it
    and :meth:`Matcher._pattern_candidates` would never run its regex: leaving out all of its anchors
    changes nothing.)
    """
    all_before, all_after, items = group
    before = start > 0 and nt[start - 1] in NUMBER_END
    after = end < n and nt[end] in NUMBER_START
    if (before or not all_before) and (after or not all_after):
        for item in items:
            if (before or not item[2]) and (after or not item[3]) and (not item[4] or item[4][0] in nt):
                triggered.append((start, end, item))


def _covers(spans: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Does one of ``spans`` cover ``[start, end)``?"""
    if spans:
        for a, b in spans:
            if a <= start and b >= end:
                return True
    return False


class _Checks:
    """What one automaton pass found that can drop a candidate (per scan; never shared)."""

    __slots__ = ("text", "safe", "triggers", "exempt", "exempt_arrays", "denied", "_ready")

    def __init__(self, text: str):
        self.text = text
        self.safe: list[tuple[int, int]] = []  # spans of safe words (then also of safe contexts)
        self.triggers: list[tuple[int, int, tuple[int, ...]]] = []  # where safe contexts may apply
        self.exempt: dict[str, list[tuple[int, int]]] = {}  # entry id -> spans of its exemption contexts
        self.exempt_arrays = None  # long texts: (groups, starts, ends) arrays and the groups' entry ids
        self.denied: list[tuple[int, int]] = []  # spans of candidates a scope rule dropped
        self._ready = False

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


_HIT_FIELDS = {f.name for f in dataclasses.fields(Hit)}
_ENTRY_FIELDS = ("term", "entry_id", "category", "severity", "suggestions", "basis")
_entry_fields: dict[int, tuple[LexiconEntry, dict]] = {}


def _new_hit(entry: LexiconEntry, start: int, end: int, surface: str, confidence: float, kind: str, form: str) -> Hit:
    """``Hit(...)`` without the frozen dataclass's per-field ``object.__setattr__`` (2 µs a hit saved)."""
    if not _FAST_HIT:
        return Hit(start=start, end=end, surface=surface, term=entry.term, entry_id=entry.id,
                   category=entry.category, severity=entry.severity, suggestions=entry.suggestions,
                   basis=entry.basis, confidence=confidence, extra={"match": kind, "form": form})
    cached = _entry_fields.get(id(entry))
    if cached is None or cached[0] is not entry:
        if len(_entry_fields) > 20_000:  # lexicon reloads: drop the old entries' fields
            _entry_fields.clear()
        cached = _entry_fields[id(entry)] = (entry, {
            "term": entry.term, "entry_id": entry.id, "category": entry.category, "severity": entry.severity,
            "suggestions": entry.suggestions, "basis": entry.basis,
        })
    hit = object.__new__(Hit)
    fields = hit.__dict__
    fields.update(cached[1])
    fields["start"] = start
    fields["end"] = end
    fields["surface"] = surface
    fields["confidence"] = confidence
    fields["extra"] = {"match": kind, "form": form}
    return hit


# The shortcut fills the instance dict directly: only while Hit is a plain (dict-based) dataclass of
# exactly these fields, without __post_init__; otherwise the constructor is used.
_FAST_HIT = (
    _HIT_FIELDS == {*_ENTRY_FIELDS, "start", "end", "surface", "confidence", "extra"}
    and not hasattr(Hit, "__post_init__") and "__slots__" not in vars(Hit)
)


_cache_lock = threading.Lock()
_cache: tuple[tuple, Matcher] | None = None


def _signature(*paths: Path) -> tuple:
    out = []
    for p in paths:
        try:
            st = p.stat()
            out.append((str(p), st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(p), None, None))
    return tuple(out)


def default_matcher() -> Matcher:
    """The matcher of the bundled default lexicon plus the user overlay, cached until a file changes.

    Uses :class:`app.rules.lexicon.LexiconManager` rules: with a broken user file the default alone.
    """
    global _cache
    from app.paths import user_lexicon_path
    from app.rules.lexicon import LexiconManager, default_lexicon_path
    from app.rules.word_classes import default_classes_path, user_classes_path

    sig = _signature(default_lexicon_path(), user_lexicon_path(), default_classes_path(default_lexicon_path()),
                     user_classes_path())
    with _cache_lock:
        if _cache is None or _cache[0] != sig:
            _cache = (sig, LexiconManager().matcher)
        return _cache[1]
