"""What a report says, computed once from the store and handed to every exporter.

``build_report(repo, show_ids, ...)`` returns a ``Report``: the summary (length, hits per hour, counts by
category and severity, top terms with suggestions, per-anchor scores, breaker events, review progress),
a timeline (hits per time bucket) and the full list of violations as display rows. Exporters only format.

Threading: ``build_report`` reads through a ``ViolationRepository`` and so runs on the DB thread
(``store.run(lambda repo: build_report(repo, ...))``); the ``Report`` it returns is plain data.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from app.reports.score import AnchorScore, ScorePolicy, compute_scores
from app.rules.model import SEVERITY_CN
from app.rules.second_opinion import fmt_probability
from app.store.repository import REVIEW_STATUS_CN

SEVERITY_ORDER = ("high", "medium", "low")

# (key, Chinese header, XLSX column width) of the full list, in display order.
LIST_COLUMNS = (
    ("id", "编号", 7),
    ("time", "时间", 20),
    ("offset", "开播后", 9),
    ("show", "场次", 6),
    ("anchor", "主播", 10),
    ("surface", "原话用词", 14),
    ("term", "词条", 14),
    ("category", "类别", 12),
    ("severity", "风险", 6),
    ("context", "上下文", 44),
    ("suggestion", "建议说法", 24),
    ("basis", "依据", 28),
    ("status", "复核状态", 10),
    ("note", "复核备注", 20),
)

# The appendix of hits the second opinion set aside and nobody overruled (not counted anywhere else).
SET_ASIDE_TITLE = "复核模型排除的命中（未计分）"
SET_ASIDE_NOTE = ("以下命中词库，但复核模型判断整句多半不违规，没有提醒、没有计分。若判断有误，请在复盘的"
                  "「复核排除」页改判为违规（改判后计入违规明细和合规分）。")
SET_ASIDE_COLUMNS = (
    ("time", "时间", 20),
    ("offset", "开播后", 9),
    ("show", "场次", 6),
    ("anchor", "主播", 10),
    ("heard", "听到的话（【】为命中词）", 48),
    ("term", "词条", 14),
    ("category", "类别", 12),
    ("probability", "违规可能", 10),
)


@dataclass
class TermCount:
    term: str
    category: str
    severity: str  # in Chinese: 高 / 中 / 低
    count: int
    suggestions: list[str]


@dataclass
class Report:
    title: str
    generated_at: float
    show_ids: list[int]
    shows: list[dict]
    period: tuple[float, float] | None  # (from, to) for a multi-show report
    duration_seconds: float
    total: int
    hits_per_hour: float
    by_category: list[tuple[str, int]]
    by_severity: list[tuple[str, int]]
    top_terms: list[TermCount]
    scores: list[tuple[int, AnchorScore]]  # (show id, score)
    breaker_events: list[dict]
    review_counts: dict[str, int]
    reviewed_fraction: float
    timeline_unit: str
    timeline: list[tuple[str, int]]
    rows: list[dict] = field(default_factory=list)
    score_warn_below: float = 80.0
    set_aside_total: int = 0  # hits the second opinion set aside, overruled or not
    set_aside_overruled: int = 0  # of those, overruled into violations (counted in ``total`` and the scores)
    set_aside_rows: list[dict] = field(default_factory=list)  # the ones not overruled, as display rows

    def summary_pairs(self) -> list[tuple[str, str]]:
        """The headline figures as (label, value) text pairs, shared by every format."""
        pairs = [("报告", self.title), ("生成时间", fmt_time(self.generated_at))]
        if self.period:
            pairs.append(("统计区间", f"{fmt_date(self.period[0])} 至 {fmt_date(self.period[1])}"))
        pairs += [
            ("场次", "、".join(f"#{s['id']} {s['room'] or ''}".strip() for s in self.shows) or "无"),
            ("主播", "、".join(dict.fromkeys(a for s in self.shows for a in s["anchors"])) or "无"),
            ("商品类目", "、".join(dict.fromkeys(s["product_category"] for s in self.shows if s["product_category"]))
             or "未填写"),
            ("词库版本", "、".join(dict.fromkeys(s["lexicon_version"] for s in self.shows if s["lexicon_version"]))
             or "未记录"),
            ("直播时长", fmt_duration(self.duration_seconds)),
            ("违规次数", str(self.total)),
            ("每小时违规", f"{self.hits_per_hour:.1f}"),
            ("复核进度", f"{self.total - self.review_counts.get('unreviewed', 0)}/{self.total}"
                       f"（{self.reviewed_fraction:.0%}）"),
            ("熔断事件", str(len(self.breaker_events))),
            ("复核模型排除", f"{self.set_aside_total} 条（未计分；已改判为违规 {self.set_aside_overruled} 条）"
             if self.set_aside_total else "0 条"),
        ]
        return pairs


def fmt_time(ts: float | None) -> str:
    return "" if ts is None else time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts))


def fmt_date(ts: float) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(ts))


def fmt_duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}小时{m:02d}分{s:02d}秒" if h else f"{m}分{s:02d}秒"


def fmt_offset(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}"


def show_offset(row: dict, show: dict) -> float:
    """Seconds into the show: wall clock for live shows; the audio time for audits and rehearsals,
    which run faster than real time (their wall clock says little about when a thing was said)."""
    if show.get("source") != "live" and row.get("audio_start") is not None:
        return max(0.0, float(row["audio_start"]))
    return max(0.0, row["emitted_at"] - show["started_at"])


def _show_length(show: dict, rows: list[dict]) -> float:
    mine = [r for r in rows if r["show_id"] == show["id"]]
    end = show.get("ended_at")
    if end is None:
        end = max((r["emitted_at"] for r in mine), default=show["started_at"])
    length = max(0.0, end - show["started_at"])
    if show.get("source") != "live":
        length = max([length] + [float(r["audio_end"]) for r in mine if r.get("audio_end") is not None])
    return length


def _bucket_minutes(duration_s: float) -> int:
    for minutes in (1, 2, 5, 10, 15, 30, 60, 120):
        if duration_s / 60.0 / minutes <= 40:
            return minutes
    return 240


def _timeline(shows: list[dict], rows: list[dict], duration: float, multi: bool) -> tuple[str, list]:
    if multi:
        if not rows:
            return "日", []
        days = Counter(fmt_date(r["emitted_at"]) for r in rows)
        day, last = min(r["emitted_at"] for r in rows), fmt_date(max(r["emitted_at"] for r in rows))
        labels: list[str] = []
        while fmt_date(day) <= last:
            labels.append(fmt_date(day))
            day += 86400
        return "日", [(label, days.get(label, 0)) for label in labels]
    minutes = _bucket_minutes(duration)
    size = minutes * 60.0
    show = shows[0] if shows else {"started_at": 0.0, "source": "live"}
    n_buckets = max(1, int(duration // size) + 1)
    counts = [0] * n_buckets
    for r in rows:
        i = int(show_offset(r, show) // size)
        if i >= n_buckets:
            counts.extend([0] * (i + 1 - n_buckets))
            n_buckets = i + 1
        counts[i] += 1
    return f"{minutes}分钟", [(fmt_offset(i * size)[:-3], c) for i, c in enumerate(counts)]


def _display_row(row: dict, show: dict) -> dict:
    return {
        "id": row["id"],
        "time": fmt_time(row["emitted_at"]),
        "offset": fmt_offset(show_offset(row, show)),
        "show": row["show_id"],
        "anchor": row["anchor"],
        "surface": row["surface"],
        "term": row["term"],
        "category": row["category"],
        "severity": SEVERITY_CN.get(row["severity"], row["severity"]),
        "context": row["context"],
        "suggestion": "；".join(row["suggestions"]),
        "basis": row["basis"],
        "status": REVIEW_STATUS_CN.get(row["review_status"], row["review_status"]),
        "note": row["reviewer_note"],
    }


def marked(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` in 【】 (plain text: every format can show it)."""
    return f"{text[:start]}【{text[start:end]}】{text[end:]}"


def _set_aside_row(row: dict, show: dict) -> dict:
    return {
        "time": fmt_time(row["emitted_at"]),
        "offset": fmt_offset(show_offset(row, show)),
        "show": row["show_id"],
        "anchor": row["anchor"],
        "heard": marked(row["context"], row["hit_start"], row["hit_end"]),
        "term": row["term"],
        "category": row["category"],
        "probability": fmt_probability(row["probability"]),
    }


def build_report(
    repo,
    show_ids: list[int],
    *,
    period: tuple[float, float] | None = None,
    top_n: int = 10,
    policy: ScorePolicy | None = None,
) -> Report:
    """Gather everything a report shows for ``show_ids`` (one show, or all shows of ``period``)."""
    policy = policy or ScorePolicy()
    shows = [s for s in (repo.get_show(i) for i in show_ids) if s is not None]
    rows = repo.violations([s["id"] for s in shows])
    by_show: dict[int, list[dict]] = {}
    for r in rows:
        by_show.setdefault(r["show_id"], []).append(r)
    duration = sum(_show_length(s, rows) for s in shows)
    hours = duration / 3600.0
    total = len(rows)

    category = Counter(r["category"] for r in rows)
    severity = Counter(r["severity"] for r in rows)
    terms: dict[str, TermCount] = {}
    for r in rows:
        tc = terms.get(r["term"])
        if tc is None:
            severity_cn = SEVERITY_CN.get(r["severity"], r["severity"])
            tc = terms[r["term"]] = TermCount(r["term"], r["category"], severity_cn, 0, list(r["suggestions"]))
        tc.count += 1
    top = sorted(terms.values(), key=lambda t: (-t.count, t.term))[:top_n]

    scores = []
    for s in shows:
        for score in compute_scores(by_show.get(s["id"], []), s["anchors"], policy):
            scores.append((s["id"], score))
    review_counts = Counter(r["review_status"] for r in rows)
    reviewed = total - review_counts.get("unreviewed", 0)
    by_id = {s["id"]: s for s in shows}
    unit, timeline = _timeline(shows, rows, duration, multi=period is not None)
    aside = repo.set_aside_hits([s["id"] for s in shows])

    if period is not None:
        title = f"违规周报（{fmt_date(period[0])} 至 {fmt_date(period[1])}，{len(shows)} 场）"
    elif shows:
        s = shows[0]
        title = f"直播合规报告：第 {s['id']} 场 {s['room'] or ''} {fmt_time(s['started_at'])}".replace("  ", " ")
    else:
        title = "直播合规报告"
    return Report(
        title=title,
        generated_at=time.time(),
        show_ids=[s["id"] for s in shows],
        shows=shows,
        period=period,
        duration_seconds=duration,
        total=total,
        hits_per_hour=(total / hours) if hours > 0 else 0.0,
        by_category=category.most_common(),
        by_severity=[(SEVERITY_CN[k], severity.get(k, 0)) for k in SEVERITY_ORDER],
        top_terms=top,
        scores=scores,
        breaker_events=repo.breaker_events([s["id"] for s in shows]),
        review_counts={k: review_counts.get(k, 0) for k in REVIEW_STATUS_CN},
        reviewed_fraction=(reviewed / total) if total else 1.0,
        timeline_unit=unit,
        timeline=timeline,
        rows=[_display_row(r, by_id[r["show_id"]]) for r in rows],
        score_warn_below=policy.warn_below,
        set_aside_total=len(aside),
        set_aside_overruled=sum(1 for a in aside if a["status"] == "overruled"),
        set_aside_rows=[_set_aside_row(a, by_id[a["show_id"]]) for a in aside if a["status"] != "overruled"],
    )
