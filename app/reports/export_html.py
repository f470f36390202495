"""HTML export: one self-contained page (inline CSS, inline SVG timeline chart, no scripts, no network).

Every piece of data goes through ``html.escape`` — transcripts are free text and may contain markup.

Threading: pure formatting of a ``Report``; run it off the UI thread for big shows.
"""

from __future__ import annotations

import os
from html import escape

from app.reports.data import (
    LIST_COLUMNS,
    SET_ASIDE_COLUMNS,
    SET_ASIDE_NOTE,
    SET_ASIDE_TITLE,
    Report,
    fmt_time,
)
from app.store.repository import REVIEW_STATUS_CN

CSS = """
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-left:4px solid #c0392b;padding-left:8px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#c0392b;color:#fff;position:sticky;top:0}
.warn{color:#c0392b;font-weight:bold}.ctx{max-width:420px}
"""


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _table(headers: list[str], rows: list[list], classes: dict[int, str] | None = None) -> str:
    classes = classes or {}
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="{classes[i]}">{_e(v)}</td>' if i in classes else f"<td>{_e(v)}</td>"
            for i, v in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _column_table(columns, rows: list[dict], wide: str) -> str:
    """A table of ``rows`` by a column spec of ``app.reports.data`` ((key, header, width), …); the column ``wide``
    (the heard sentence) is styled to wrap."""
    keys = [key for key, _, _ in columns]
    return _table([header for _, header, _ in columns], [[row[k] for k in keys] for row in rows],
                  {keys.index(wide): "ctx"})


def timeline_svg(timeline: list[tuple[str, int]], unit: str, width: int = 900, height: int = 240) -> str:
    """A bar chart of hits per time bucket as inline SVG."""
    if not timeline:
        return "<p>无数据</p>"
    left, bottom, top = 40, 40, 20
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max(n for _, n in timeline) or 1
    bar_w = plot_w / len(timeline)
    label_every = max(1, len(timeline) // 12)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="违规时间分布（每{_e(unit)}）">',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#888"/>',
        f'<text x="4" y="{top + 4}" font-size="11">{peak}</text>',
        f'<text x="4" y="{top + plot_h}" font-size="11">0</text>',
    ]
    for i, (label, n) in enumerate(timeline):
        h = plot_h * n / peak
        x = left + i * bar_w
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" width="{max(1.0, bar_w - 2):.1f}" '
            f'height="{h:.1f}" fill="#c0392b"><title>{_e(label)}：{n} 次</title></rect>'
        )
        if i % label_every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" font-size="10" '
                f'text-anchor="middle">{_e(label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def render_html(report: Report) -> str:
    out = [
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{_e(report.title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(report.title)}</h1>",
        "<h2>概要</h2>",
        _table(["项目", "数值"], [list(p) for p in report.summary_pairs()[1:]]),
        "<h2>主播合规分</h2>",
    ]
    score_rows, warn_cells = [], {}
    for show_id, s in report.scores:
        score_rows.append([show_id, s.anchor, f"{s.score:g}", f"{s.provisional:g}", s.confirmed, s.unreviewed,
                           s.dismissed, s.warning_text if s.warning else ""])
    if any(s.warning for _, s in report.scores):
        warn_cells = {7: "warn"}
    out.append(_table(["场次", "主播", "得分（已确认）", "预估分（含待复核）", "确认", "待复核", "误报/作废", "提示"],
                      score_rows, warn_cells))
    out.append(f"<h2>违规时间分布（每{_e(report.timeline_unit)}）</h2>")
    out.append(timeline_svg(report.timeline, report.timeline_unit))
    out.append("<h2>按类别 / 风险等级</h2>")
    out.append(_table(["类别", "次数"], [list(x) for x in report.by_category]))
    out.append(_table(["风险", "次数"], [list(x) for x in report.by_severity]))
    out.append(f"<h2>高频违规词 TOP {len(report.top_terms)}</h2>")
    out.append(_table(["词条", "类别", "风险", "次数", "建议说法"],
                      [[t.term, t.category, t.severity, t.count, "；".join(t.suggestions)] for t in report.top_terms]))
    out.append("<h2>复核进度</h2>")
    out.append(_table(["状态", "条数"], [[REVIEW_STATUS_CN[k], n] for k, n in report.review_counts.items()]))
    out.append("<h2>熔断事件</h2>")
    if report.breaker_events:
        out.append(_table(["时间", "场次", "主播", "次数", "窗口（分钟）", "提示"],
                          [[fmt_time(e["triggered_at"]), e["show_id"], e["anchor"], e["hit_count"],
                            f"{e['window_minutes']:g}", e["message"]] for e in report.breaker_events]))
    else:
        out.append("<p>无</p>")
    out.append(f"<h2>违规明细（{report.total} 条）</h2>")
    out.append(_column_table(LIST_COLUMNS, report.rows, "context"))
    out.append(f"<h2>附录：{_e(SET_ASIDE_TITLE)}（{len(report.set_aside_rows)} 条）</h2>")
    if report.set_aside_rows:
        out.append(f"<p>{_e(SET_ASIDE_NOTE)}</p>")
        out.append(_column_table(SET_ASIDE_COLUMNS, report.set_aside_rows, "heard"))
    else:
        out.append("<p>无</p>")
    out.append(f"<p>生成时间：{_e(fmt_time(report.generated_at))} · LiveGuard 直播合规助手</p></body></html>")
    return "\n".join(out)


def export_html(report: Report, path: str | os.PathLike) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(render_html(report))
