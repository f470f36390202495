"""Circuit breaker (熔断): N high-severity hits within M minutes of one show raise a breaker event.

The event suggests pausing the product or the show; the recorder stores it (``breaker_events``) and
calls back so the UI can alarm. After a trip the window starts afresh, so one burst gives one event,
and a continuing burst gives another event only after N further hits.

Threading: not thread-safe; one instance per show, fed from the recorder (one thread at a time).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class BreakerPolicy:
    hits: int = 3
    window_minutes: float = 10.0
    severities: tuple[str, ...] = ("high",)

    @classmethod
    def from_dict(cls, data: dict | None) -> BreakerPolicy:
        """From settings such as ``{"hits": 5, "window_minutes": 15, "severities": ["high"]}``."""
        data = data or {}
        base = cls()
        return cls(
            hits=max(1, int(data.get("hits", base.hits))),
            window_minutes=float(data.get("window_minutes", base.window_minutes)),
            severities=tuple(data.get("severities", base.severities)),
        )


@dataclass(frozen=True)
class BreakerTrip:
    triggered_at: float
    anchor: str
    hit_count: int
    window_minutes: float
    violation_ids: tuple[int, ...]
    message: str


class CircuitBreaker:
    def __init__(self, policy: BreakerPolicy | None = None):
        self.policy = policy or BreakerPolicy()
        self._window: deque[tuple[float, int]] = deque()

    def feed(self, *, severity: str, at: float, violation_id: int, anchor: str = "") -> BreakerTrip | None:
        """Account one recorded violation; returns a trip when the threshold is reached."""
        if severity not in self.policy.severities:
            return None
        self._window.append((at, violation_id))
        horizon = at - self.policy.window_minutes * 60.0
        while self._window and self._window[0][0] < horizon:
            self._window.popleft()
        if len(self._window) < self.policy.hits:
            return None
        ids = tuple(vid for _, vid in self._window)
        self._window.clear()
        message = (
            f"熔断提醒：{self.policy.window_minutes:g} 分钟内出现 {len(ids)} 次高风险违规"
            f"{'（主播：' + anchor + '）' if anchor else ''}，建议暂停当前商品讲解或暂停直播，整改话术后再继续。"
        )
        return BreakerTrip(at, anchor, len(ids), self.policy.window_minutes, ids, message)
