"""The matcher: finds lexicon entries in a text, with offsets into the original text.

One scan:
1. normalise (:mod:`app.rules.normalize`), keeping the map back to the original offsets;
2. one Aho-Corasick pass (pyahocorasick, C speed) over the normalised text finds the plain terms and
   variants, and the anchors of the ``{N}`` patterns, whose regexes then run only around their anchor;
3. candidates covered by one of the entry's ``exemptions`` or by a safe word/context
   (:mod:`app.rules.safe_words`) are dropped, and so are two-character terms whose edges fall inside
   other words (包过 in 面包过期, 特供 in 独特供应链; :mod:`app.rules.segment`, jieba, only around hits);
4. a second automaton over the *sound* of the text (:mod:`app.rules.homophones`) finds misrecognised
   severe terms (全网最底价) where nothing exact was found, with confidence ``HOMOPHONE_CONFIDENCE``;
5. overlaps are resolved: one region gives one hit — the longest, then the most severe, wins.

A :class:`Matcher` is immutable once built: ``scan`` may run concurrently on any number of threads.
Building one (600 entries) takes ~0.3 s, the first one in a process ~1 s more (character tables), and
the first two-character hit loads jieba's dictionary (~1-2 s) unless :meth:`Matcher.warm_up` ran before:
build and warm up on a worker thread, never on the UI thread.
"""

from __future__ import annotations

import operator
import threading
from pathlib import Path

import ahocorasick

from app.rules import homophones, safe_words, segment
from app.rules.model import SEVERITY_RANK, Hit, LexiconEntry
from app.rules.normalize import Normalized, normalize, normalize_term
from app.rules.patterns import PLACEHOLDER, NumberPattern, compile_form

HOMOPHONE_CONFIDENCE = 0.7
_ORDER = operator.attrgetter("order")
_CJK_MIN = "\u3400"


class _Candidate:
    """A possible hit, in normalised offsets (plain slots class: built in the hot loop)."""

    __slots__ = ("start", "end", "entry", "confidence", "kind", "form", "order")

    def __init__(self, start: int, end: int, entry: LexiconEntry, confidence: float, kind: str, form: str):
        self.start = start
        self.end = end
        self.entry = entry
        self.confidence = confidence
        self.kind = kind  # "exact" | "pattern" | "homophone"
        self.form = form
        # Overlap resolution order: longest, then most severe, then most confident, then leftmost.
        self.order = (start - end, -SEVERITY_RANK[entry.severity], -confidence, start)


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _spellings(key: str) -> list[str]:
    """A literal term and its other number spellings: 百分之百 ↔ 100%."""
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


class _Scan:
    """What one Aho-Corasick pass found in a normalised text (per call; never shared)."""

    __slots__ = ("text", "cands", "safe", "triggers", "exempt", "_safe_ready")

    def __init__(self, text: str):
        self.text = text
        self.cands: list[_Candidate] = []
        self.exempt: dict[str, list[tuple[int, int]]] = {}  # entry id -> spans of its exemption contexts
        self.safe: list[tuple[int, int]] = []  # spans of safe words
        self.triggers: list[tuple[int, int, tuple[int, ...]]] = []  # where safe contexts may apply
        self._safe_ready = False

    def safe_spans(self) -> list[tuple[int, int]]:
        if not self._safe_ready:
            self.safe += safe_words.context_spans(self.text, self.triggers)
            self.safe.sort()
            self._safe_ready = True
        return self.safe


class Matcher:
    """Scans texts for the given (enabled) lexicon entries. Thread-safe; see the module docstring."""

    def __init__(self, entries: list[LexiconEntry] | tuple[LexiconEntry, ...]):
        self.entries = tuple(e for e in entries if e.enabled and e.term)
        # key -> [terms [(entry, key, ...)], patterns [(entry, NumberPattern)], is safe word, safe contexts,
        #         ids of the entries it is an exemption context of]
        exact: dict[str, list] = {}

        def slot(key: str) -> list:
            return exact.setdefault(key, [[], [], False, [], []])

        sound: dict[str, list] = {}
        unanchored: list[tuple[LexiconEntry, NumberPattern]] = []
        for entry in self.entries:
            for form in dict.fromkeys((entry.term, *entry.variants)):
                if PLACEHOLDER in form:
                    pattern = compile_form(form)
                    if pattern.anchor:
                        slot(pattern.anchor)[1].append((entry, pattern))
                    else:
                        unanchored.append((entry, pattern))
                    continue
                for key in _spellings(normalize_term(form)):
                    slot(key)[0].append((entry, key, _is_ascii_alnum(key[0]), _is_ascii_alnum(key[-1])))
                    if _sound_eligible(entry, key):
                        sound.setdefault(homophones.to_sound(key), []).append((entry, key))
        for entry in self.entries:
            for context in dict.fromkeys(filter(None, map(normalize_term, entry.exemptions))):
                slot(context)[4].append(entry.id)
        for word in safe_words.SAFE_WORDS:
            slot(word)[2] = True
        for number, (trigger, _) in enumerate(safe_words.SAFE_CONTEXTS):
            slot(trigger)[3].append(number)
        self._unanchored = tuple(unanchored)
        # Most keys are plain terms: their value carries ``None`` instead of the rarely used rest.
        self._exact = self._build({
            k: (tuple(t), (tuple(p), safe, tuple(c), tuple(x)) if (p or safe or c or x) else None)
            for k, (t, p, safe, c, x) in exact.items()
        })
        self._sound = self._build(sound)

    @staticmethod
    def _build(table: dict) -> ahocorasick.Automaton | None:
        if not table:
            return None
        automaton = ahocorasick.Automaton()
        for key, value in table.items():
            automaton.add_word(key, (len(key), value))
        automaton.make_automaton()
        return automaton

    def __len__(self) -> int:
        return len(self.entries)

    def warm_up(self) -> None:
        """Load the homophone dictionary now (about a second) rather than at the first candidate."""
        homophones.warm_up()
        self.scan("全网最低价第一次")

    def scan(self, text: str, product_category: str | None = None) -> list[Hit]:
        """Hits in ``text``: non-overlapping, sorted by start, offsets into ``text``."""
        if not text:
            return []
        norm = normalize(text)
        found = self._exact_pass(norm.text, product_category)
        occupied = bytearray(len(norm.text))
        chosen = self._resolve(found.cands, occupied)
        if self._sound is not None:
            chosen += self._resolve(self._sound_candidates(found, occupied, product_category), occupied)
        if not chosen:
            return []
        chosen.sort(key=lambda c: c.start)
        return [self._hit(text, norm, c) for c in chosen]

    # -- candidates ---------------------------------------------------------------------------------

    @staticmethod
    def _applies(entry: LexiconEntry, product_category: str | None) -> bool:
        return not (product_category and entry.product_categories and product_category not in entry.product_categories)

    @staticmethod
    def _exempted(found: _Scan, start: int, end: int, entry: LexiconEntry) -> bool:
        """Is ``[start, end)`` covered by one of the entry's exemption contexts (found in the same pass)?"""
        spans = found.exempt.get(entry.id)
        return bool(spans) and any(a <= start and b >= end for a, b in spans)

    def _exact_pass(self, nt: str, product_category: str | None) -> _Scan:
        found = _Scan(nt)
        raw: list[_Candidate] = []
        triggered = []
        n = len(nt)
        if self._exact is not None:
            for last, (size, (terms, rest)) in self._exact.iter(nt):
                end = last + 1
                start = end - size
                if rest is not None:
                    patterns, is_safe, contexts, exempts = rest
                    if is_safe:
                        found.safe.append((start, end))
                    if contexts:
                        found.triggers.append((start, end, contexts))
                    for entry_id in exempts:
                        found.exempt.setdefault(entry_id, []).append((start, end))
                    for entry, pattern in patterns:
                        if pattern.may_match_at(nt, start, end):
                            triggered.append((start, end, entry, pattern))
                for entry, key, latin_start, latin_end in terms:
                    # A Latin/digit term must not be glued to more letters/digits (no.1 in "i know 1").
                    if latin_start and start > 0 and _is_ascii_alnum(nt[start - 1]):
                        continue
                    if latin_end and end < n and _is_ascii_alnum(nt[end]):
                        continue
                    if product_category and not self._applies(entry, product_category):
                        continue
                    raw.append(_Candidate(start, end, entry, 1.0, "exact", key))
        for entry, pattern in self._unanchored:
            triggered.append((0, n, entry, pattern))
        seen: set[tuple[int, int, str]] = set()
        searched: dict[int, int] = {}  # pattern -> end of the window already searched
        for a, b, entry, pattern in triggered:
            if product_category and not self._applies(entry, product_category):
                continue
            lo, hi = max(0, a - pattern.max_len), min(n, b + pattern.max_len)
            done = searched.get(id(pattern), -1)
            if hi <= done:
                continue
            searched[id(pattern)] = hi
            for m in pattern.regex.finditer(nt, max(lo, done - pattern.max_len), hi):
                key = (m.start(), m.end(), entry.id)
                if m.end() > m.start() and key not in seen:
                    seen.add(key)
                    raw.append(_Candidate(m.start(), m.end(), entry, 1.0, "pattern", pattern.form))
        if raw:
            safe = found.safe_spans()
            found.cands = [
                c for c in raw
                if not safe_words.covered(safe, c.start, c.end)
                and not self._exempted(found, c.start, c.end, c.entry)
                and not (c.kind == "exact" and c.end - c.start == 2 and c.form >= _CJK_MIN
                         and segment.straddled(nt, c.start, c.end))
            ]
        return found

    def _sound_candidates(self, found: _Scan, occupied: bytearray, product_category: str | None) -> list[_Candidate]:
        nt = found.text
        cands: list[_Candidate] = []
        for last, (size, forms) in self._sound.iter(homophones.to_sound(nt)):
            end = last + 1
            start = end - size
            if occupied.find(1, start, end) != -1:
                continue
            surface = nt[start:end]
            for entry, key in forms:
                if surface == key or not self._applies(entry, product_category):
                    continue  # the exact form was there and was dropped for a reason: keep it dropped
                if safe_words.covered(found.safe_spans(), start, end) or self._exempted(found, start, end, entry):
                    continue
                if homophones.plausible_mishearing(nt, start, end, key):
                    cands.append(_Candidate(start, end, entry, HOMOPHONE_CONFIDENCE, "homophone", key))
        return cands

    # -- overlaps and hits --------------------------------------------------------------------------

    @staticmethod
    def _resolve(cands: list[_Candidate], occupied: bytearray) -> list[_Candidate]:
        """Keep non-overlapping candidates: longest first, then most severe, then most confident."""
        if not cands:
            return []
        cands.sort(key=_ORDER)
        chosen = []
        for c in cands:
            if occupied.find(1, c.start, c.end) == -1:
                occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
                chosen.append(c)
        return chosen

    @staticmethod
    def _hit(text: str, norm: Normalized, c: _Candidate) -> Hit:
        start, end = norm.span(c.start, c.end)
        e = c.entry
        return Hit(
            start=start,
            end=end,
            surface=text[start:end],
            term=e.term,
            entry_id=e.id,
            category=e.category,
            severity=e.severity,
            suggestions=e.suggestions,
            basis=e.basis,
            confidence=c.confidence,
            extra={"match": c.kind, "form": c.form},
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

    sig = _signature(default_lexicon_path(), user_lexicon_path())
    with _cache_lock:
        if _cache is None or _cache[0] != sig:
            _cache = (sig, LexiconManager().matcher)
        return _cache[1]
