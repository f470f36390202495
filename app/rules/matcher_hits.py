"""The matcher's hits: the chosen candidates as :class:`app.rules.model.Hit` objects, with offsets mapped
back to the original text.
"""

from __future__ import annotations

import dataclasses

from app.rules import segment
from app.rules.model import Hit, LexiconEntry

HOMOPHONE_CONFIDENCE = 0.7


def hits(text: str, norm, chosen: list[tuple]) -> list[Hit]:
    """The chosen candidates as hits, with offsets into the original ``text`` (``norm``: its normalisation)."""
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
    if index is not None:
        n = len(index)
        ends = [_past_fold(text, end, int(index[c[6]]) if c[6] < n else len(text)) for c, end in zip(chosen, ends, strict=True)]
    return [
        _new_hit(c[7], start, end, text[start:end], HOMOPHONE_CONFIDENCE if c[1] else 1.0, c[8], c[9])
        for c, start, end in zip(chosen, starts, ends, strict=True)
    ]


# A doubled numeral or pronoun is two words (唯一一台: 唯一 + 一台; 找我我给你: 找我 + 我给你), so a hit ending on
# one never takes in its twin.
_TWO_WORDS = frozenset("一二两三四五六七八九十百千万亿零〇我你您他她它咱俺")


def _past_fold(text: str, end: int, next_kept: int) -> int:
    """``end`` moved past the copies of its last character that the stutter fold removed right after it: a hit
    ending on a reduplication shows it whole (洗得干干净净, 蹭蹭往外长, 顺顺利利 — not 干干净, 蹭, 顺顺利).
    ``next_kept``: where the next character the normaliser kept stands in ``text``."""
    last = text[end - 1]
    if next_kept <= end or last in _TWO_WORDS or text[end] != last:
        return end
    past = end
    while past < next_kept and text[past] == last:
        past += 1
    if past < len(text) and segment.common_word(last + text[past]):
        return end  # 听得清清楚楚: the twin begins the next word (清楚), a half of it would be no better
    return past


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
