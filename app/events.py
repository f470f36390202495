"""Events that flow out of the live pipeline (recogniser -> matcher -> hit tracker -> consumers).

Plain frozen dataclasses: produced on worker threads, consumed by the store, the CLI and (through Qt
signals) the UI. ``emitted_at`` is wall-clock ``time.time()``; audio times are seconds from stream start.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.rules.model import Hit


@dataclass(frozen=True)
class TranscriptEvent:
    """A partial (changing) or final recogniser result for one utterance, spaces already removed.

    ``hits``: what the hit tracker's scan of this very result found, offsets indexing ``text`` (a term
    straddling the previous utterance is clipped to its part in ``text``) — on a final, the spans a
    transcript line should mark: the final's own reading (全网最低价, not a partial's 全网最低), without hits
    the final retracted. ``None`` when the producer did not scan (then nothing is known about spans).
    Not part of ``to_json`` (the ``listen --format jsonl`` contract is unchanged).
    """

    kind: str  # "partial" | "final"
    utterance: int
    text: str
    audio_start: float | None
    audio_end: float | None
    emitted_at: float
    hits: tuple[Hit, ...] | None = None

    def to_json(self) -> dict:
        return {
            "type": self.kind,
            "utterance": self.utterance,
            "text": self.text,
            "audio_start": _r(self.audio_start),
            "audio_end": _r(self.audio_end),
            "emitted_at": self.emitted_at,
        }


@dataclass(frozen=True)
class HitEvent:
    """A lexicon hit in live speech, emitted once per term occurrence by the hit tracker."""

    hit: Hit
    utterance: int
    audio_start: float | None
    audio_end: float | None
    emitted_at: float
    context: str  # the utterance text the hit was found in
    is_final: bool = False  # found in a final result (True) or first seen in a partial (False)

    def to_json(self) -> dict:
        data = {"type": "hit", **self.hit.to_json()}
        data.update(
            utterance=self.utterance,
            audio_start=_r(self.audio_start),
            audio_end=_r(self.audio_end),
            emitted_at=self.emitted_at,
            context=self.context,
            is_final=self.is_final,
        )
        return data


@dataclass(frozen=True)
class SetAsideEvent:
    """A rule hit in a FINAL result that the second opinion set aside (``probability`` < its threshold).

    Not a warning: no popup, no prompter, no score. Recorded so a supervisor can see after the show what the
    model set aside and overrule it (复盘 → 复核排除). Emitted once per entry occurrence per final; never for a
    partial (a partial changes), nor for an occurrence that already fired from a partial (that one is a
    violation already). ``context``: the text the hit was found in (offsets of ``hit`` index it).
    """

    hit: Hit
    probability: float
    utterance: int
    audio_start: float | None
    audio_end: float | None
    emitted_at: float
    context: str

    def to_json(self) -> dict:
        data = {"type": "set_aside", **self.hit.to_json()}
        data.update(
            probability=round(self.probability, 4),
            utterance=self.utterance,
            audio_start=_r(self.audio_start),
            audio_end=_r(self.audio_end),
            emitted_at=self.emitted_at,
            context=self.context,
        )
        return data


@dataclass(frozen=True)
class HitRetractedEvent:
    """A hit fired from a partial result that the utterance's final result no longer contains.

    Policy (pipeline owner): a fired hit is never taken back silently — the warning was already shown and
    the record stays for the supervisor. This event only tells consumers the recogniser changed its mind,
    so a popup can be marked "识别已更正" and the review list can show it as a likely false alarm.
    """

    original: HitEvent
    final_text: str
    emitted_at: float

    def to_json(self) -> dict:
        return {
            "type": "retracted",
            "utterance": self.original.utterance,
            "term": self.original.hit.term,
            "surface": self.original.hit.surface,
            "entry_id": self.original.hit.entry_id,
            "audio_start": _r(self.original.audio_start),
            "audio_end": _r(self.original.audio_end),
            "final_text": self.final_text,
            "emitted_at": self.emitted_at,
        }


@dataclass(frozen=True)
class StatusEvent:
    """Something about the pipeline a person should know, with a Chinese message that says what to do.

    ``code``: "device_lost", "device_reopened", "device_error", "falling_behind", "caught_up",
    "silent_input", "sound_back", "clipping", "error". ``level``: "info" | "warning" | "error".
    """

    code: str
    message: str
    level: str
    emitted_at: float

    def to_json(self) -> dict:
        return {
            "type": "status",
            "code": self.code,
            "level": self.level,
            "message": self.message,
            "emitted_at": self.emitted_at,
        }


@dataclass(frozen=True)
class LevelEvent:
    """Input level for a meter (at most ~10 per second): dBFS of the last block, silence/clipping flags."""

    rms_dbfs: float
    peak_dbfs: float
    silent: bool
    clipping: bool
    audio_time: float
    emitted_at: float

    def to_json(self) -> dict:
        return {
            "type": "level",
            "rms_dbfs": round(self.rms_dbfs, 1),
            "peak_dbfs": round(self.peak_dbfs, 1),
            "silent": self.silent,
            "clipping": self.clipping,
            "audio_time": _r(self.audio_time),
            "emitted_at": self.emitted_at,
        }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
