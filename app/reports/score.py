"""Compliance score per anchor per show, as live rooms practise it.

Each anchor starts at 100 and loses points per *confirmed* violation by severity (default high 20,
medium 10, low 5); below 80 the supervisor is advised to suspend the anchor's live permission
(建议暂停直播权限). The *provisional* score also counts hits not reviewed yet — the live view during a
show, before anyone has confirmed anything. False alarms and voided hits never count.

Threading: pure functions on plain rows (dicts with ``anchor``, ``severity``, ``review_status``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ScorePolicy:
    start: float = 100.0
    deductions: dict = field(default_factory=lambda: {"high": 20.0, "medium": 10.0, "low": 5.0})
    warn_below: float = 80.0

    @classmethod
    def from_dict(cls, data: dict | None) -> ScorePolicy:
        """From a settings dict such as ``{"start": 100, "deductions": {"high": 30}, "warn_below": 70}``."""
        data = data or {}
        base = cls()
        deductions = dict(base.deductions)
        deductions.update({k: float(v) for k, v in (data.get("deductions") or {}).items()})
        return cls(
            start=float(data.get("start", base.start)),
            deductions=deductions,
            warn_below=float(data.get("warn_below", base.warn_below)),
        )


WARNING_TEXT = "低于{limit:g}分，建议暂停直播权限"


@dataclass(frozen=True)
class AnchorScore:
    anchor: str
    score: float  # confirmed violations only
    provisional: float  # confirmed + not yet reviewed
    confirmed: int
    unreviewed: int
    dismissed: int  # false alarm or voided
    warning: bool
    provisional_warning: bool
    warning_text: str


def compute_scores(
    violations: Iterable[dict], anchors: Iterable[str] = (), policy: ScorePolicy | None = None
) -> list[AnchorScore]:
    """One AnchorScore per anchor (anchors with no hits score full marks), in first-seen order."""
    policy = policy or ScorePolicy()
    order: list[str] = []
    tallies: dict[str, dict] = {}

    def tally(name: str) -> dict:
        if name not in tallies:
            order.append(name)
            tallies[name] = {"confirmed": 0.0, "provisional": 0.0, "nc": 0, "nu": 0, "nd": 0}
        return tallies[name]

    for name in anchors:
        tally(name)
    for row in violations:
        t = tally(row.get("anchor") or "")
        points = float(policy.deductions.get(row.get("severity"), 0.0))
        status = row.get("review_status") or "unreviewed"
        if status == "confirmed":
            t["confirmed"] += points
            t["provisional"] += points
            t["nc"] += 1
        elif status == "unreviewed":
            t["provisional"] += points
            t["nu"] += 1
        else:
            t["nd"] += 1
    result = []
    for name in order:
        t = tallies[name]
        score = max(0.0, policy.start - t["confirmed"])
        provisional = max(0.0, policy.start - t["provisional"])
        result.append(
            AnchorScore(
                anchor=name,
                score=score,
                provisional=provisional,
                confirmed=t["nc"],
                unreviewed=t["nu"],
                dismissed=t["nd"],
                warning=score < policy.warn_below,
                provisional_warning=provisional < policy.warn_below,
                warning_text=WARNING_TEXT.format(limit=policy.warn_below),
            )
        )
    return result
