"""Events that flow out of the live pipeline (recogniser -> matcher -> hit tracker -> consumers).

Plain frozen dataclasses: produced on worker threads, consumed by the store, the CLI and (through Qt
signals) the UI. ``emitted_at`` is wall-clock ``time.time()``; audio times are seconds from stream start.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.rules.model import Hit


@dataclass(frozen=True)
class TranscriptEvent:
    """A partial (changing) or final recogniser result for one utterance, spaces already removed."""

    kind: str  # "partial" | "final"
    utterance: int
    text: str
    audio_start: float | None
    audio_end: float | None
    emitted_at: float

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


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
