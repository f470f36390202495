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
   ``HOMOPHONE_CONFIDENCE``, and patterns whose literal runs were misheard (最后三分中 for 最后{N}分钟, over a
   repaired copy of the text: :mod:`app.rules.matcher_sounded`); exact and homophone winners are then resolved together.

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

import threading
from pathlib import Path

from app.rules import homophones, matcher_bulk, safe_words, word_classes
from app.rules.automaton import Automaton, free_matches
from app.rules.matcher_hits import HOMOPHONE_CONFIDENCE, hits
from app.rules.matcher_keys import (
    A_NOT_A_MIDDLE,
    ASCII_ALNUM,
    CJK_MIN,
    applies,
    key_spellings,
    pattern_group,
    required_literals,
    sound_eligible,
)
from app.rules.matcher_patterns import PATTERN, pattern_candidates, pattern_windows, trigger
from app.rules.matcher_resolve import ENGINE_REQUESTS_WIRED, Checks, merge_homophones, resolve
from app.rules.matcher_sounded import SoundRepair, repair_windows
from app.rules.model import SEVERITY_RANK, Hit, LexiconEntry
from app.rules.normalize import LONG_TEXT, normalize, normalize_term
from app.rules.patterns import NumberPattern, compile_form, is_pattern

__all__ = ["ENGINE_REQUESTS_WIRED", "HOMOPHONE_CONFIDENCE", "Matcher", "default_matcher", "key_spellings"]

_EXACT, _HOMOPHONE = "exact", "homophone"
_AFTER_PLAIN = 1 << 20  # added to a repaired pattern's sort key: it comes after every plain homophone

# A candidate is a tuple; sorting the tuples gives the overlap order: longest, then exact/pattern before
# homophone, then most severe, then most confident, then leftmost, then first found (``seq``).
# (neg_len, kind_rank, neg_severity, neg_confidence, start, seq, end, entry, kind, form, check_words):
# kind_rank is 0 for exact and pattern, 1 for homophone; check_words for two-character CJK terms.
_START = 4


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
        runs: list[str] = []  # the medium and high patterns' literal runs, reachable by sound (matcher_sounded)
        pattern_number = 0  # one per (entry, form): compiled patterns are shared (``compile_form``'s cache)
        lazy: dict[int, NumberPattern] = {}  # forms with word classes: their regexes compile when first used
        for entry in self.entries:
            neg_severity = -SEVERITY_RANK[entry.severity]
            for form in dict.fromkeys((entry.term, *entry.variants)):
                if is_pattern(form):
                    pattern = compile_form(form, getattr(entry, "word_classes", None))  # {类名}: its members
                    # Literals every match contains, the likely rarest first: the last ones (分钟 in
                    # 最后{N}分钟) before the others, the anchor (always near the trigger) last.
                    required = (required_literals(pattern.regex) if pattern.literals is None
                                else pattern.literals)[::-1]
                    required = tuple(sorted(required, key=lambda piece, a=pattern.anchor: piece == a))
                    item = (entry, pattern, pattern.number_before, pattern.number_after, required,
                            pattern.max_len, pattern_number)
                    pattern_number += 1
                    if entry.severity != "low":
                        runs += required
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
                        neg_severity, entry, key, len(key) == 2 and key >= CJK_MIN,
                        key[0] in ASCII_ALNUM, key[-1] in ASCII_ALNUM, entry.product_categories,
                    ))
                    if sound_eligible(entry, key):
                        sound.setdefault(homophones.to_sound(key), []).append((neg_severity, entry, key))
        for entry in self.entries:
            for context in dict.fromkeys(filter(None, map(normalize_term, entry.exemptions))):
                slot(context)[4].append(entry.id)
        for word in safe_words.SAFE_WORDS:
            slot(word)[2] = True
        for number, (context_trigger, _) in enumerate(safe_words.SAFE_CONTEXTS):
            slot(context_trigger)[3].append(number)
        self._unanchored = tuple(unanchored)
        self._lazy_patterns = tuple(lazy.values())
        # Key id -> (length, terms, rest); most keys are plain terms: ``rest`` is None for them.
        table = {
            k: (tuple(t), (pattern_group(p), safe, tuple(c), tuple(x)) if (p or safe or c or x) else None)
            for k, (t, p, safe, c, x) in exact.items()
        }
        self._exact, self._values = self._build(table)
        self._bulk = matcher_bulk.BulkTables(self._values) if self._values else None
        self._repair = SoundRepair(runs)
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
            _ = pattern.gate_searches
        self.scan("全网最低价第一次")
        self.scan("全网最低价第一次" * (LONG_TEXT // 8 + 1))
        prefix_index(self)
        word_classes.load_word_tags()  # jieba's part-of-speech table (~0.2-0.4 s; a sample word did not reach it)

    def scan(self, text: str, product_category: str | None = None) -> list[Hit]:
        """Hits in ``text``: non-overlapping, sorted by start, offsets into ``text``."""
        if not text:
            return []
        norm = normalize(text)
        nt = norm.text
        if not nt or self._exact is None:
            return []
        checks = Checks(nt, norm)
        if norm.codes is not None:  # long text: numpy over the automaton's outputs
            outputs = matcher_bulk.order_outputs(*self._exact.match_arrays(nt, norm.codes), len(nt))
            cands = matcher_bulk.exact_candidates(
                self._bulk, self._values, outputs, nt, norm.codes, product_category, checks,
                trigger, self._pattern_candidates, self._unanchored, pattern_windows,
            )
            prechecked = True
        else:
            cands = self._exact_candidates(nt, product_category, checks)
            prechecked = False
        occupied = bytearray(len(nt))
        chosen = resolve(cands, occupied, checks, prechecked) if cands else []
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
                sound += _free(self._repaired_candidates(nt, norm.codes, product_category, len(cands) + len(sound)),
                               lambda a, b: max(lengths[a:b]) < b - a)  # 最后三分中 read as 最后{N}分钟
                if sound:
                    chosen = merge_homophones(chosen, sound, checks)
            else:
                sound = self._sound_candidates(nt, norm.codes, occupied, product_category, len(cands), False)
                sound += _free(self._repaired_candidates(nt, norm.codes, product_category, len(cands) + len(sound)),
                               lambda a, b: occupied.find(1, a, b) == -1)
                if sound:
                    chosen += resolve(sound, occupied, checks, False)
        if not chosen:
            return []
        chosen.sort(key=lambda c: c[_START])
        return hits(text, norm, chosen)

    # -- candidates ---------------------------------------------------------------------------------

    def _exact_candidates(self, nt: str, product_category: str | None, checks: Checks) -> list[tuple]:
        """The exact and pattern candidates of a short text, and what is needed to check them."""
        cands: list[tuple] = []
        append = cands.append
        values = self._values
        n = len(nt)
        triggered = []
        verdicts: dict = {}  # the pattern gates' answers for this text (``trigger``)
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
                if exempts and not (start and nt[start] in A_NOT_A_MIDDLE and nt[start - 1] == nt[start + 1]) and not (
                    nt[start] == "最" and safe_words.ranked_close(nt, start)  # 全网最大的尺寸: an outside scope ranks it
                ):
                    for entry_id in exempts:  # (not the 不能美白 of a question 能不能美白: the scopes judge that)
                        checks.exempt.setdefault(entry_id, []).append((start, end))
                if patterns:
                    trigger(nt, n, start, end, patterns, triggered, verdicts)
            for neg_severity, entry, key, check_words, glued_start, glued_end, categories in terms:
                if glued_start and start > 0 and nt[start - 1] in ASCII_ALNUM and start not in checks.clause_breaks():
                    continue  # (a removed comma parts the letters: 加个V，V后面是店名 — r120)
                if glued_end and end < n and nt[end] in ASCII_ALNUM and end not in checks.clause_breaks():
                    continue
                if categories and product_category and product_category not in categories:
                    continue
                append((start - end, 0, neg_severity, -1.0, start, len(cands), end, entry, _EXACT, key, check_words))
        if triggered or self._unanchored:
            cands += self._pattern_candidates(nt, triggered, product_category, len(cands))
        return cands

    def _pattern_candidates(self, nt: str, triggered: list, product_category: str | None, seq: int) -> list[tuple]:
        """:func:`app.rules.matcher_patterns.pattern_candidates` with this matcher's unanchored patterns."""
        return pattern_candidates(nt, triggered, self._unanchored, product_category, seq)

    def _repaired_candidates(self, nt: str, codes, product_category: str | None, seq: int) -> list[tuple]:
        """Homophone candidates of the patterns over a copy of ``nt`` whose mis-heard literal runs are spelled
        right (:mod:`app.rules.matcher_sounded`): the pattern matches that take in a repaired character."""
        repaired = self._repair.repaired(nt, codes) if self._repair else None
        if repaired is None:
            return []
        rt, marks = repaired
        found = []
        for lo, hi in repair_windows(marks):  # only around the repairs: a long text is not scanned twice
            window = rt[lo:hi]
            found += [(c[0], c[2], c[4] + lo, c[6] + lo, c[7])
                      for c in self._exact_candidates(window, product_category, Checks(window))
                      if c[8] == PATTERN and marks.find(1, c[4] + lo, c[6] + lo) != -1]
        return [(length, 1, severity, -HOMOPHONE_CONFIDENCE, start, seq + i, end, entry, _HOMOPHONE, rt[start:end], False)
                for i, (length, severity, start, end, entry) in enumerate(found)]

    def _sound_candidates(self, nt: str, codes, occupied: bytearray, product_category: str | None,
                          seq: int, longer_only: bool) -> list[tuple]:
        """Homophone candidates where nothing exact was found (checked later, when resolving overlaps).

        ``longer_only``: ``occupied`` holds the lengths of the exact hits; a span is skipped only where
        one at least as long lies (else: where any exact hit lies).
        """
        cands: list[tuple] = []
        values = self._sound_values
        if codes is not None:  # long text: the spans an exact hit already holds are skipped with numpy
            for kid, start, end in free_matches(self._sound, homophones.sound_codes(codes), occupied, longer_only):
                _sound_forms(nt, start, end, values[kid][1], product_category, seq, cands)
            return cands
        # ``raw_matches(to_sound(nt))`` inlined: the sound automaton takes short texts unpaired.
        for end, kid in self._sound.iter(nt.translate(homophones.short_sound_table())):
            end += 1
            size, forms = values[kid]
            start = end - size
            if (max(occupied[start:end]) >= size) if longer_only else (occupied.find(1, start, end) != -1):
                continue
            _sound_forms(nt, start, end, forms, product_category, seq, cands)
        return cands


def _free(repaired: list[tuple], free) -> list[tuple]:
    """The repaired-pattern candidates whose span is ``free`` (no exact hit as long), ordered after every plain
    homophone (their first field, the overlap order's negative length, is raised past them): 根制鼻炎 stays
    the term 根治 heard, not a pattern over the repaired 根治鼻炎; a plain one found implausible leaves room."""
    return [(c[0] + _AFTER_PLAIN, *c[1:]) for c in repaired if free(c[4], c[6])]


def _sound_forms(nt: str, start: int, end: int, forms: tuple, product_category: str | None, seq: int,
                 cands: list) -> None:
    """Append to ``cands`` the homophone candidates of a sound key's ``forms`` found at ``[start, end)``."""
    surface = nt[start:end]
    for neg_severity, entry, key in forms:
        if surface == key or not applies(entry, product_category):
            continue  # the exact form was there and was dropped for a reason: keep it dropped
        cands.append((start - end, 1, neg_severity, -HOMOPHONE_CONFIDENCE, start, seq + len(cands), end,
                      entry, _HOMOPHONE, key, False))


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
