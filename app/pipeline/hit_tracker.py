"""Turns a stream of changing recogniser results into hits a person can trust.

Rules (what the compliance assistant sees):
- **Fire early.** A term fires as soon as a partial result contains it — the partial is re-scanned whole
  each time, so a term whose characters arrive in two partial updates ("全网最" → "全网最低价") is found
  when the second update completes it.
- **Once per occurrence.** Occurrences are counted per lexicon entry within the utterance: the k-th
  occurrence of an entry fires once; later partials and the final that repeat it fire nothing. Saying the
  term again in the same utterance is a new occurrence and fires again.
- **Across an utterance boundary.** The recogniser's endpointer may cut a term in two ("全网最" | "低价").
  The tail of the previous final (``carry_chars``) is scanned in front of the new utterance; a hit that
  straddles the boundary fires with the joined text as its context (offsets index that context).
- **Never silently taken back.** If the utterance's final result no longer contains a term that fired
  from a partial (the recogniser revised its hypothesis), the hit stays — the popup was shown and the
  supervisor decides in review — and a :class:`~app.events.HitRetractedEvent` is emitted after the final
  so consumers can mark it "识别已更正" / likely false alarm.

Events per result, in order: new ``HitEvent`` s first (the warning is what is time-critical), then the
``TranscriptEvent``, then (on a final) any ``HitRetractedEvent``.

Threading: one instance per stream, used from one thread (the pipeline's dispatch thread). The matcher is
only read.
"""

from __future__ import annotations

import time
from collections import defaultdict

from app.asr.recognizer import AsrResult
from app.events import HitEvent, HitRetractedEvent, TranscriptEvent


class HitTracker:
    def __init__(self, matcher, *, product_category: str | None = None, carry_chars: int = 8) -> None:
        self.matcher = matcher
        self.product_category = product_category or None
        self.carry_chars = carry_chars
        self.utterance = 0
        self._fired: dict[str, list[HitEvent]] = defaultdict(list)
        self._carry: AsrResult | None = None  # tail of the previous final, for straddling terms

    def feed(self, result: AsrResult) -> list:
        """Events for one recogniser result (see module docstring for order and rules)."""
        now = time.time
        events: list = []
        hits = self._scan(result)
        seen: dict[str, int] = defaultdict(int)
        for hit, context, span in hits:
            k = seen[hit.entry_id]
            seen[hit.entry_id] += 1
            fired = self._fired[hit.entry_id]
            if k < len(fired):
                continue
            event = HitEvent(
                hit=hit,
                utterance=self.utterance,
                audio_start=span[0],
                audio_end=span[1],
                emitted_at=now(),
                context=context,
                is_final=result.is_final,
            )
            fired.append(event)
            events.append(event)
        events.append(
            TranscriptEvent(result.kind, self.utterance, result.text, result.audio_start, result.audio_end, now())
        )
        if result.is_final:
            for entry_id, fired in self._fired.items():
                for event in fired[seen.get(entry_id, 0) :]:
                    events.append(HitRetractedEvent(event, result.text, now()))
            self._next_utterance(result)
        return events

    def _scan(self, result: AsrResult):
        """``(hit, context, audio span)`` for the result, including hits straddling the previous final."""
        found = []
        carry = self._carry
        if carry is not None and result.text:
            joined = carry.text + result.text
            n = len(carry.text)
            for hit in self.matcher.scan(joined, self.product_category):
                if hit.start < n < hit.end:
                    times = carry.char_times + result.char_times
                    found.append((hit, joined, _span(times, hit.start, hit.end)))
        if found:
            # the straddling hit owns the boundary; its tail is not a hit of its own
            tail_end = max(h.end for h, _, _ in found) - len(carry.text)
        else:
            tail_end = 0
        for hit in self.matcher.scan(result.text, self.product_category):
            if hit.start < tail_end:
                continue
            found.append((hit, result.text, result.span(hit.start, hit.end)))
        return found

    def _next_utterance(self, final: AsrResult) -> None:
        self.utterance += 1
        self._fired = defaultdict(list)
        keep = self.carry_chars
        if keep and final.text:
            self._carry = AsrResult("final", final.text[-keep:], (), final.char_times[-keep:], final.produced_at)
        else:
            self._carry = None


def _span(times, start: int, end: int) -> tuple[float | None, float | None]:
    got = [t for t in times[start:end] if t is not None]
    return (got[0][0], got[-1][1]) if got else (None, None)
