"""Helpers shared by the store/report tests (no tests here): realistic hits and a populated show."""

from __future__ import annotations

import time

from app.events import HitEvent
from app.rules.model import Hit

TERMS = {
    "最有效": ("绝对化用语", "high", ("用户反馈有效",), "《广告法》第九条第三项"),
    "全网最低价": ("价格违规", "high", ("近期优惠价",), "《价格法》第十四条"),
    "治疗": ("医疗用语", "high", ("改善", "调理"), "《广告法》第十七条"),
    "美白": ("功效夸大", "medium", ("提亮肤色",), "《化妆品监督管理条例》"),
    "加微信": ("导流/私下交易", "low", ("在直播间下单",), "平台规则"),
}


def make_hit(term: str = "最有效", *, at: float | None = None, context: str | None = None,
             utterance: int = 0, severity: str | None = None, is_final: bool = True,
             audio: tuple[float, float] = (12.5, 13.25)) -> HitEvent:
    category, sev, suggestions, basis = TERMS[term]
    context = context if context is not None else f"家人们这款面霜真的是{term}的"
    start = max(0, context.find(term))
    hit = Hit(start, start + len(term), term, term, f"e-{term}", category, severity or sev, suggestions, basis,
              confidence=0.87)
    at = time.time() if at is None else at
    return HitEvent(hit, utterance, audio[0], audio[1], at, context, is_final=is_final)


def populate_show(store, hits: list[tuple[str, float, str, str]], *, started_at: float, room: str = "1号直播间",
                  anchors=("小美", "阿强"), ended_at: float | None = None) -> tuple[int, list[int]]:
    """Create a show and record ``(term, seconds after start, anchor, context)`` hits; returns ids."""
    show_id = store.create_show(room=room, anchors=anchors, product_category="美妆", started_at=started_at)
    ids = []
    for i, (term, offset, anchor, context) in enumerate(hits):
        ids.append(store.record_hit(show_id, make_hit(term, at=started_at + offset, context=context, utterance=i),
                                    anchor))
    if ended_at is not None:
        store.end_show(show_id, ended_at)
    return show_id, ids
