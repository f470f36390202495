"""Turns a stream of changing recogniser results into hits a person can trust.

Rules (what the compliance assistant sees):
- **Fire early.** A term fires as soon as a partial result contains it — the partial is re-scanned whole
  each time, so a term whose characters arrive in two partial updates ("全网最" → "全网最低价") is found
  when the second update completes it.
- **But not on half a term.** A hit whose text, up to the end of the partial (trailing spaces and fillers
  ignored), could still grow into something else — a longer form of another entry (最 → 全网最低价,
  第一 → 第一品牌), one of its own exemptions or a safe word (第一 → 第一次, 最 → 最近) — is *held*
  (:mod:`app.rules.prefixes` decides). A held hit fires at the next result unless that result extended
  the text after it (then it is judged again, for at most ``hold_seconds`` of audio since the term),
  at the utterance's final, or when ``hold_seconds`` of wall-clock time passed with no new result, through
  :meth:`HitTracker.release_due` — the caller's part: a loop waiting for results waits at most
  :meth:`HitTracker.seconds_until_release`, then calls it (without that, a held hit waits for the next
  result or the final), and calls :meth:`HitTracker.flush` when the stream ends. A held hit that the
  next result no longer contains (it became a longer term, an exemption, or the recogniser revised it)
  is dropped: it was never shown. Hits not at the end of a partial, and hits in a final, fire at once.
  A longer form of the hit's *own* entry (全网最低 → 全网最低价) is not waited for: :func:`longer_sighting`
  lets the popup show the whole phrase once a later result has it.
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

- **Set aside, never lost.** A rule hit in a *final* that the second opinion sets aside (its sentence reads
  clean) is reported as a :class:`~app.events.SetAsideEvent` with the model's probability — no popup, no
  score, a record the supervisor can overrule after the show. Once per entry occurrence per final; not for a
  partial (it changes), not for an occurrence that already fired from a partial (that one is a violation
  already), and not again when the very same final (same text and word times) is fed twice.

Events per result, in order: new ``HitEvent`` s first (the warning is what is time-critical), then the
``TranscriptEvent`` (its ``hits``: everything this result's scan found, fired now or before, with offsets
into its text — what a transcript line marks), then (on a final) any ``SetAsideEvent`` and ``HitRetractedEvent``. A hit released
from a hold carries the span and context of the latest result it was seen in; ``is_final`` is False when it
was first seen in a partial. :attr:`HitTracker.stats` counts holds and what they cost.

Threading: one instance per stream, used from one thread (the pipeline's dispatch thread): ``feed``,
``release_due`` and ``seconds_until_release`` must not be called concurrently. The matcher and the prefix
index are only read.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from dataclasses import dataclass, field, replace

from app.asr.recognizer import AsrResult
from app.events import HitEvent, HitRetractedEvent, SetAsideEvent, TranscriptEvent
from app.rules.model import Hit
from app.rules.prefixes import prefix_index
from app.rules.second_opinion import reviewed

HOLD_SECONDS = 0.3


@dataclass
class HoldStats:
    """What holding hits cost and saved (read by benchmarks; written on the tracker's thread only)."""

    hits: int = 0  # HitEvents emitted
    held: int = 0  # hits that were held at least once
    released_next: int = 0  # fired at a later partial (not extended, or held long enough)
    released_final: int = 0  # fired at the utterance's final
    released_timeout: int = 0  # fired by release_due (no result came in time)
    dropped: int = 0  # held, then gone from the next result: a popup that was never shown
    delay_ms: deque = field(default_factory=lambda: deque(maxlen=10000))  # wall clock, first seen → fired
    delay_audio_ms: deque = field(default_factory=lambda: deque(maxlen=10000))  # audio time, term end → fired


class _Held:
    """A hit seen but not fired yet (its latest sighting)."""

    __slots__ = ("hit", "context", "span", "tail", "since", "seen", "since_audio", "audio_now")

    def __init__(self, hit, context, span, tail, since, seen, since_audio, audio_now):
        self.hit = hit
        self.context = context
        self.span = span
        self.tail = tail  # text from the hit's start to the end of the result it was last seen in
        self.since = since  # time.monotonic() when first held
        self.seen = seen  # time.monotonic() of the latest result it was seen in
        self.since_audio = since_audio  # audio end of the hit when first held (None without word times)
        self.audio_now = audio_now  # audio end of the latest result it was seen in


class HitTracker:
    def __init__(
        self,
        matcher,
        *,
        product_category: str | None = None,
        own_platform: str | None = None,
        carry_chars: int = 8,
        hold_seconds: float = HOLD_SECONDS,
        second_opinion=None,
    ) -> None:
        self.matcher = matcher
        # app.rules.second_opinion.SecondOpinion or None: a hit whose sentence the model reads as clean is set
        # aside before anything else sees it (a partial's veto is judged again on the next result and the final);
        # a claim it finds in a final without a rule hit fires like a rule hit.
        self.second_opinion = second_opinion
        self.product_category = product_category or None
        self.own_platform = own_platform or None  # the room's platform: naming it is no diversion (app.rules.platforms)
        self.carry_chars = carry_chars
        self.hold_seconds = hold_seconds  # 0 turns holding off: every hit fires on first sight
        self.utterance = 0
        self.stats = HoldStats()
        self._prefixes = prefix_index(matcher) if hold_seconds > 0 else None
        self._fired: dict[str, list[HitEvent]] = defaultdict(list)
        self._held: dict[tuple[str, int], _Held] = {}  # (entry id, occurrence) -> held hit
        self._carry: AsrResult | None = None  # tail of the previous final, for straddling terms
        self._last_final: tuple[str, tuple] | None = None  # text and word times of the previous final
        self._last_set_aside: set[tuple[str, int]] = set()  # (entry id, occurrence) it set aside

    # -- results -------------------------------------------------------------------------------------
    def feed(self, result: AsrResult) -> list:
        """Events for one recogniser result (see module docstring for order and rules)."""
        now = time.monotonic()
        events: list = []
        seen: dict[str, int] = defaultdict(int)
        held_before, held_now = self._held, {}
        fired_before = {entry_id: len(fired) for entry_id, fired in self._fired.items()}
        found, set_aside = self._scan(result)
        for hit, context, span in found:
            k = seen[hit.entry_id]
            seen[hit.entry_id] += 1
            if k < len(self._fired[hit.entry_id]):
                continue
            key = (hit.entry_id, k)
            prev = held_before.pop(key, None)
            tail = self._hold_tail(hit, context, prev, result, span, now)
            if tail is not None:
                since = prev.since if prev else now
                since_audio = prev.since_audio if prev else span[1]
                if prev is None:
                    self.stats.held += 1
                held_now[key] = _Held(hit, context, span, tail, since, now, since_audio, result.audio_end)
                continue
            # an earlier occurrence of this entry still held fires first (occurrences fire in order)
            for j in range(len(self._fired[hit.entry_id]), k):
                earlier = held_now.pop((hit.entry_id, j), None)
                if earlier is not None:
                    events.append(self._fire(earlier.hit, earlier.context, earlier.span, earlier, False, now,
                                             result.audio_end, "released_next"))
            how = "released_final" if result.is_final else "released_next"
            events.append(self._fire(hit, context, span, prev, result.is_final, now, result.audio_end, how))
        self.stats.dropped += len(held_before)  # held and gone: superseded by a longer term, or revised
        self._held = held_now
        events.append(
            TranscriptEvent(result.kind, self.utterance, result.text, result.audio_start, result.audio_end, time.time(),
                            hits=tuple(_in_text(hit, context, result.text) for hit, context, _span in found))
        )
        if result.is_final:
            events.extend(self._set_aside_events(result, found, set_aside, fired_before))
            for entry_id, fired in self._fired.items():
                for event in fired[seen.get(entry_id, 0) :]:
                    events.append(HitRetractedEvent(event, result.text, time.time()))
            self._next_utterance(result)
        return events

    def _set_aside_events(self, final: AsrResult, found, set_aside, fired_before) -> list[SetAsideEvent]:
        """SetAsideEvents for the hits the second opinion set aside in ``final`` (see module docstring)."""
        if not set_aside:
            self._last_final, self._last_set_aside = (final.text, final.char_times), set()
            return []
        # occurrence k of an entry counts every rule hit of it in this final, kept or set aside, in text order
        everything = sorted([(hit.start, context is final.text, hit, None) for hit, context, _span in found]
                            + [(hit.start, context is final.text, hit, (p, context, span))
                               for hit, p, context, span in set_aside],
                            key=lambda t: (t[1], t[0]))  # a straddling hit (joined context) first, as feed counts
        seen: dict[str, int] = defaultdict(int)
        repeated = bool(final.char_times) and self._last_final == (final.text, final.char_times)
        reported: set[tuple[str, int]] = set()
        events = []
        for _start, _own, hit, aside in everything:
            k = seen[hit.entry_id]
            seen[hit.entry_id] += 1
            if aside is None or k < fired_before.get(hit.entry_id, 0):
                continue  # kept, or this occurrence already fired from a partial: it is a violation already
            key = (hit.entry_id, k)
            reported.add(key)
            if repeated and key in self._last_set_aside:
                continue
            p, context, span = aside
            events.append(SetAsideEvent(hit, p, self.utterance, span[0], span[1], time.time(), context))
        self._last_final, self._last_set_aside = (final.text, final.char_times), reported
        return events

    # -- holds ---------------------------------------------------------------------------------------
    def seconds_until_release(self, now: float | None = None) -> float | None:
        """Seconds (``time.monotonic`` clock) until a held hit is due (``hold_seconds`` after the last
        result it was seen in); None when nothing is held."""
        if not self._held:
            return None
        now = time.monotonic() if now is None else now
        return max(0.0, min(h.seen for h in self._held.values()) + self.hold_seconds - now)

    def release_due(self, now: float | None = None, *, everything: bool = False) -> list[HitEvent]:
        """Fire the held hits that waited ``hold_seconds`` since the last result they were seen in, with no
        new result settling them (call it when :meth:`seconds_until_release` has passed without a new
        result); ``everything`` fires all of them."""
        now = time.monotonic() if now is None else now
        due = [key for key, h in self._held.items() if everything or now - h.seen >= self.hold_seconds]
        due.sort(key=lambda key: (key[0], key[1]))  # occurrences of an entry fire in order
        events = []
        for key in due:
            if key[1] != len(self._fired[key[0]]):  # an earlier occurrence is still held: keep the order
                continue
            held = self._held.pop(key)
            events.append(self._fire(held.hit, held.context, held.span, held, False, now, held.audio_now,
                                     "released_timeout"))
        events.sort(key=lambda e: (e.audio_start is None, e.audio_start or 0.0))
        return events

    def flush(self) -> list[HitEvent]:
        """Fire every held hit now (the stream ended without a final result, e.g. stopped mid-sentence)."""
        return self.release_due(everything=True)

    def _hold_tail(self, hit, context: str, prev: _Held | None, result: AsrResult, span, now: float) -> str | None:
        """The normalised tail to remember if the hit is to be held now, else None (fire it)."""
        if self._prefixes is None or result.is_final:
            return None
        if not self._prefixes.hit_could_grow(context, hit.start, hit.entry_id):
            return None
        tail = context[hit.start :]
        if prev is None:
            return tail
        # held before: judged again only if the text after it grew (else it was not extended: fire)
        if len(tail) <= len(prev.tail) or not tail.startswith(prev.tail):
            return None
        audio_now = result.audio_end
        if prev.since_audio is not None and audio_now is not None:
            waited = audio_now - prev.since_audio
        else:
            waited = now - prev.since
        return tail if waited < self.hold_seconds else None

    def _fire(self, hit, context, span, held: _Held | None, is_final: bool, now: float, audio_now, how: str):
        event = HitEvent(
            hit=hit,
            utterance=self.utterance,
            audio_start=span[0],
            audio_end=span[1],
            emitted_at=time.time(),
            context=context,
            is_final=is_final and held is None,  # first seen in a partial → not a final's hit
        )
        self._fired[hit.entry_id].append(event)
        self.stats.hits += 1
        if held is not None:
            setattr(self.stats, how, getattr(self.stats, how) + 1)
            self.stats.delay_ms.append((now - held.since) * 1000.0)
            if held.since_audio is not None and audio_now is not None:
                self.stats.delay_audio_ms.append(max(0.0, audio_now - held.since_audio) * 1000.0)
        return event

    # -- scanning ------------------------------------------------------------------------------------
    def _scan(self, result: AsrResult):
        """``(hit, context, audio span)`` for the result, including hits straddling the previous final, and
        (on a final) ``(hit, probability, context, audio span)`` for the rule hits the second opinion set aside."""
        found, set_aside = [], []
        final = result.is_final
        carry = self._carry
        if carry is not None and result.text:
            joined = carry.text + result.text
            n = len(carry.text)
            times = carry.char_times + result.char_times
            kept, vetoed = self._hits(joined, False)  # the model finds claims in an utterance, not across two
            for hit in kept:
                if hit.start < n < hit.end:
                    found.append((hit, joined, _span(times, hit.start, hit.end)))
            for hit, p in vetoed if final else ():
                if hit.start < n < hit.end:
                    set_aside.append((hit, p, joined, _span(times, hit.start, hit.end)))
        if found:
            # the straddling hit owns the boundary; its tail is not a hit of its own
            tail_end = max(h.end for h, _, _ in found) - len(carry.text)
        else:
            tail_end = 0
        kept, vetoed = self._hits(result.text, final)
        for hit in kept:
            if hit.start < tail_end:
                continue
            found.append((hit, result.text, result.span(hit.start, hit.end)))
        for hit, p in vetoed if final else ():
            if hit.start >= tail_end:
                set_aside.append((hit, p, result.text, result.span(hit.start, hit.end)))
        return found, set_aside

    def _hits(self, text: str, final: bool) -> tuple[list[Hit], list[tuple[Hit, float]]]:
        """The hits to report in ``text`` and those the second opinion set aside (with its probability; the room's
        own platform is no hit either way)."""
        # A claim the model finds on its own is judged on the final only: a half-said sentence is no sentence.
        return reviewed(text, self.matcher.scan(text, self.product_category), self.second_opinion, self.own_platform,
                        find=final)

    def _next_utterance(self, final: AsrResult) -> None:
        self.utterance += 1
        self._fired = defaultdict(list)
        self._held = {}
        keep = self.carry_chars
        if keep and final.text:
            self._carry = AsrResult("final", final.text[-keep:], (), final.char_times[-keep:], final.produced_at)
        else:
            self._carry = None


def longer_sighting(event: HitEvent, transcript: TranscriptEvent) -> Hit | None:
    """The hit of ``event`` seen longer in a later result of its utterance, or None.

    A hit fires as soon as its entry is heard and is not held for a longer form of its *own* entry (that
    would delay ~10 % of the warnings by a partial): the popup says 「全网最低」 and the next partial reads
    全网最低价. This finds that longer sighting — same utterance, same entry, same start, a longer span over
    the same words — so the popup and the prompter can show the whole phrase while they are up. The hit list
    and the show database keep what fired (the record is hash-chained: app.store.chain)."""
    hit = event.hit
    if transcript.utterance != event.utterance or not transcript.hits:
        return None
    if not transcript.text.startswith(event.context[: hit.end]):  # a straddling hit's context is not this text
        return None
    for seen in transcript.hits:
        if seen.entry_id == hit.entry_id and seen.start == hit.start and seen.end > hit.end:
            return seen
    return None


def _in_text(hit: Hit, context: str, text: str) -> Hit:
    """``hit`` (found in ``context``: ``text`` itself, or the previous final's tail + ``text``) with offsets
    into ``text``; a hit straddling the boundary keeps only its part in ``text``."""
    if context is text:
        return hit
    shift = len(context) - len(text)
    start, end = max(0, hit.start - shift), max(0, hit.end - shift)
    return replace(hit, start=start, end=end, surface=text[start:end])


def _span(times, start: int, end: int) -> tuple[float | None, float | None]:
    got = [t for t in times[start:end] if t is not None]
    return (got[0][0], got[-1][1]) if got else (None, None)
