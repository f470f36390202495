"""Could a text still grow into a longer lexicon form? The hit tracker's "wait a moment" test.

While the anchor speaks, a partial result ends in the middle of a sentence: "这款精华是全网最" holds the
bare term 最, which one character later is part of 全网最低价 (another entry, another suggestion), and
"它是第一" becomes 第一次 (an exemption: no hit at all). :class:`PrefixIndex` answers whether, with more
speech at the end, something in the lexicon could still change what a hit near the end of a text shows.
It looks at the normalised text from the hit's start (or from a point before it) to the end — the *tail*:

- a form (term or variant, keyed as the matcher keys them: :func:`~app.rules.normalize.normalize_term`,
  百分之百 ↔ 100%) of **another** entry has the tail as a proper prefix (a longer form of the hit's own
  entry is not waited for: same suggestion; the popup shows the whole phrase once a later result has it —
  :func:`app.pipeline.hit_tracker.longer_sighting`);
- the same for ``{N}`` patterns, compared as skeletons (every number run becomes one symbol): 最后三分 is a
  prefix of 最后{N}分钟, 三个月长高五厘 of {N}个月长高{N}厘米; a pattern is compared up to its first ``{U}``/``{X}``/``{XX}``
  (or second word class), which may always follow; its first word class ``{类名}`` is spelt out member by
  member (湿疹 and 高血 are prefixes of ``{疾病}{X}再也不犯`` when 湿疹/高血压 are 疾病 members);
- an exemption context of the hit's **own** entry, or a safe word, has the tail as a proper prefix (the
  hit may be about to disappear: 第一 → 第一次, 最 → 最近).

Built from a Matcher's public ``entries`` only (the matcher is not touched): ~15k prefix strings in two
dicts, built in well under 0.1 s and cached per matcher by :func:`prefix_index`. A query costs a few
microseconds per position looked at. Immutable once built: any thread may query it; :func:`prefix_index`
is thread-safe.
"""

from __future__ import annotations

import functools
import re
import threading
import weakref
from bisect import bisect_left

from app.rules import safe_words
from app.rules.matcher import key_spellings
from app.rules.normalize import normalize, normalize_term
from app.rules.patterns import GAP, LONG_GAP, NUMBER_CHARS, PLACEHOLDER, TEL, UNIT, class_names, is_pattern

NUMBER = "\x00"  # a number in a pattern skeleton
_NUMBER_RUN = re.compile(rf"[{NUMBER_CHARS}]+(?:\.[0-9]*)?(?:[kw](?![a-z])|多|余|来)?")  # 10k / 2w: one number
_HAS_NUMBER = re.compile(rf"[{NUMBER_CHARS}]")
_SAFE = "*"  # owner in the exemption map: a safe word (drops a hit of any entry)


def skeleton(text: str) -> str:
    """``text`` with every run of number characters replaced by one :data:`NUMBER` symbol."""
    return _NUMBER_RUN.sub(NUMBER, text)


def _pattern_skeletons(form: str) -> list[str]:
    pieces = [normalize_term(p) for p in form.split(PLACEHOLDER)]
    one = NUMBER.join(pieces)
    # a percentage is said either way (百分之九十 / 90%): the matcher's pattern accepts both
    out = [one]
    for a, b in (("百分之" + NUMBER, NUMBER + "%"), (NUMBER + "%", "百分之" + NUMBER)):
        if a in one:
            out.append(one.replace(a, b))
    return out


def _before_unit_or_gap(form: str) -> tuple[str, bool]:
    """The part of a pattern form before its first ``{U}``/``{X}``/``{XX}``, and whether there was one (a phone
    number ``{TEL}`` is a run of digits: it is compared as a ``{N}``)."""
    form = form.replace(TEL, PLACEHOLDER)
    cuts = [i for i in (form.find(UNIT), form.find(GAP), form.find(LONG_GAP)) if i >= 0]
    return (form[: min(cuts)], True) if cuts else (form, False)


def _pattern_keys(form: str, classes) -> list[str]:
    """The skeletons of a pattern form up to its first ``{U}``/``{X}`` (then a sentinel: more may follow),
    its first word class spelt out as each of its members (cut again at a second class)."""
    head, cut = _before_unit_or_gap(form)
    names = class_names(head)
    if not names:
        return [k + "\x00" if cut else k for k in _pattern_skeletons(head)]
    token = "{" + names[0] + "}"
    at = head.index(token)
    before, rest = head[:at], head[at + len(token) :]
    if len(names) > 1:
        rest, cut = rest[: rest.index("{" + names[1] + "}")], True
    members = dict(classes or ()).get(names[0], ())  # normalised already: only the literal pieces need it
    end = "\x00" if cut else ""
    return [a + m + b + end for a in _skeletons(before) for m in members for b in _skeletons(rest)]


@functools.lru_cache(maxsize=4096)
def _skeletons(piece: str) -> tuple[str, ...]:
    return tuple(_pattern_skeletons(piece))


class PrefixIndex:
    """Proper prefixes of a lexicon's forms, pattern skeletons, exemption contexts and safe words."""

    def __init__(self, entries) -> None:
        longer: dict[str, set[str]] = {}  # proper prefix -> ids of entries with a form extending it
        exempt: dict[str, set[str]] = {}  # proper prefix -> ids of entries an exemption extending it drops

        def add(table: dict[str, set[str]], key: str, owner: str) -> None:
            for i in range(1, len(key)):
                table.setdefault(key[:i], set()).add(owner)

        for entry in entries:
            if not getattr(entry, "enabled", True) or not entry.term:
                continue
            keys: dict[str, None] = {}  # an entry's forms share many keys ({疾病}{X}… → each member)
            for form in dict.fromkeys((entry.term, *entry.variants)):
                if is_pattern(form):
                    # A measure word or a gap cannot be compared as a skeleton: the part before the first one
                    # is, and it may always grow further (hence the sentinel making it a proper prefix).
                    keys.update(dict.fromkeys(_pattern_keys(form, getattr(entry, "word_classes", None))))
                else:
                    keys.update(dict.fromkeys(key_spellings(normalize_term(form))))
            for key in keys:
                add(longer, key, entry.id)
            for context in dict.fromkeys(filter(None, map(normalize_term, entry.exemptions))):
                add(exempt, context, entry.id)
        for word in safe_words.SAFE_WORDS:
            add(exempt, normalize_term(word), _SAFE)
        self._longer = {k: frozenset(v) for k, v in longer.items()}
        self._exempt = {k: frozenset(v) for k, v in exempt.items()}
        # longest prefix, in characters of normalised text (a number run counts as one in a skeleton)
        self.max_len = max((len(k) for k in (*longer, *exempt)), default=0)
        self._reach = self.max_len + 12  # a tail this long cannot be a prefix (numbers up to ~12 chars)

    def __len__(self) -> int:
        return len(self._longer) + len(self._exempt)

    def could_grow(self, tail: str, entry_id: str) -> bool:
        """Is the normalised ``tail`` (text running to the end, from the start of a hit of ``entry_id`` or
        from a point before it) a proper prefix of a form of another entry (of its pattern skeleton), of an
        exemption context of that entry or of a safe word?"""
        if not tail:
            return False
        if self._other_owner(self._longer.get(tail), entry_id):
            return True
        dropped_for = self._exempt.get(tail)
        if dropped_for is not None and (entry_id in dropped_for or _SAFE in dropped_for):
            return True
        return _HAS_NUMBER.search(tail) is not None and self._other_owner(self._longer.get(skeleton(tail)), entry_id)

    @staticmethod
    def _other_owner(owners: frozenset | None, entry_id: str) -> bool:
        return owners is not None and (len(owners) > 1 or entry_id not in owners)

    def hit_could_grow(self, text: str, start: int, entry_id: str) -> bool:
        """Could more speech after ``text`` (an original, un-normalised text) change the hit of ``entry_id``
        starting at ``text[start]`` — a longer term of another entry over it, an exemption, a safe word?
        Trailing spaces and fillers (呃, 嗯, commas) are ignored, as the matcher ignores them."""
        if len(text) - start > self._reach:
            return False
        lo = max(0, start - self._reach)
        norm = normalize(text[lo:])
        nt = norm.text
        index = norm.index
        hit_start = start - lo if index is None else bisect_left(list(index), start - lo)
        # A longer term could also start inside the hit (能治疗 → 治疗颈椎病), but holding for those nearly
        # doubled the holds on the corpus (363 → 683) for 7 fewer false popups out of ~900: not done.
        first = max(0, len(nt) - self._reach)
        return any(self.could_grow(nt[s:], entry_id) for s in range(first, min(hit_start + 1, len(nt))))


_lock = threading.Lock()
_by_matcher: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_by_id: dict[int, tuple[object, PrefixIndex]] = {}  # matchers that take no weak references (kept: last 4)


def prefix_index(matcher) -> PrefixIndex:
    """The :class:`PrefixIndex` of a matcher's ``entries``, built once per matcher (thread-safe)."""
    try:
        with _lock:
            found = _by_matcher.get(matcher)
        weak = True
    except TypeError:  # no __weakref__ slot
        weak = False
        with _lock:
            pair = _by_id.get(id(matcher))
        found = pair[1] if pair is not None and pair[0] is matcher else None
    if found is not None:
        return found
    built = PrefixIndex(matcher.entries)  # outside the lock: two threads may both build, one wins
    with _lock:
        if weak:
            return _by_matcher.setdefault(matcher, built)
        pair = _by_id.get(id(matcher))
        if pair is not None and pair[0] is matcher:
            return pair[1]
        if len(_by_id) >= 4:
            _by_id.pop(next(iter(_by_id)))
        _by_id[id(matcher)] = (matcher, built)
        return built
