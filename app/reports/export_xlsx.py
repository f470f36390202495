"""XLSX export (openpyxl): sheets 概要 (summary, scores, top terms, breaker events, timeline chart),
违规明细 (the full list: bold frozen header row, column widths, filter) and the appendix of hits the second
opinion set aside (复核模型排除的命中（未计分）).

Text cells go through ``neutralise``: openpyxl would otherwise store text starting with ``=`` as a
formula, and Excel runs ``+ - @`` too.

Threading: pure formatting of a ``Report``; run it off the UI thread for big shows.
"""

from __future__ import annotations

import os

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.reports.cells import neutralise
from app.reports.data import (
    LIST_COLUMNS,
    SET_ASIDE_COLUMNS,
    SET_ASIDE_NOTE,
    SET_ASIDE_TITLE,
    Report,
    fmt_time,
)
from app.store.repository import REVIEW_STATUS_CN

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="C0392B")
SECTION_FONT = Font(bold=True, size=12)
WARN_FONT = Font(bold=True, color="C0392B")


def _header(ws, row: int, titles: list[str]) -> None:
    for col, title in enumerate(titles, start=1):
        cell = ws.cell(row=row, column=col, value=title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL


def _section(ws, row: int, title: str) -> int:
    ws.cell(row=row, column=1, value=title).font = SECTION_FONT
    return row + 1


def _summary_sheet(ws, report: Report) -> None:
    ws.title = "概要"
    ws.cell(row=1, column=1, value=neutralise(report.title)).font = Font(bold=True, size=14)
    row = 3
    for label, value in report.summary_pairs()[1:]:
        ws.cell(row=row, column=1, value=label).font = Font(bold=True)
        ws.cell(row=row, column=2, value=neutralise(value))
        row += 1

    row = _section(ws, row + 1, "主播合规分")
    _header(ws, row, ["场次", "主播", "得分（已确认）", "预估分（含待复核）", "确认", "待复核", "误报/作废", "提示"])
    for show_id, s in report.scores:
        row += 1
        values = [show_id, neutralise(s.anchor), s.score, s.provisional, s.confirmed, s.unreviewed, s.dismissed,
                  s.warning_text if s.warning else ""]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=col, value=value)
            if s.warning and col in (3, 8):
                cell.font = WARN_FONT

    row = _section(ws, row + 2, "按类别")
    _header(ws, row, ["类别", "次数"])
    for name, n in report.by_category:
        row += 1
        ws.cell(row=row, column=1, value=neutralise(name))
        ws.cell(row=row, column=2, value=n)
    row = _section(ws, row + 2, "按风险等级")
    _header(ws, row, ["风险", "次数"])
    for name, n in report.by_severity:
        row += 1
        ws.cell(row=row, column=1, value=name)
        ws.cell(row=row, column=2, value=n)

    row = _section(ws, row + 2, f"高频违规词 TOP {len(report.top_terms)}")
    _header(ws, row, ["词条", "类别", "风险", "次数", "建议说法"])
    for t in report.top_terms:
        row += 1
        for col, value in enumerate(
            [neutralise(t.term), neutralise(t.category), t.severity, t.count, neutralise("；".join(t.suggestions))],
            start=1,
        ):
            ws.cell(row=row, column=col, value=value)

    row = _section(ws, row + 2, "复核进度")
    _header(ws, row, ["状态", "条数"])
    for key, n in report.review_counts.items():
        row += 1
        ws.cell(row=row, column=1, value=REVIEW_STATUS_CN[key])
        ws.cell(row=row, column=2, value=n)

    row = _section(ws, row + 2, "熔断事件")
    _header(ws, row, ["时间", "场次", "主播", "次数", "窗口（分钟）", "提示"])
    for ev in report.breaker_events:
        row += 1
        for col, value in enumerate(
            [fmt_time(ev["triggered_at"]), ev["show_id"], neutralise(ev["anchor"]), ev["hit_count"],
             ev["window_minutes"], neutralise(ev["message"])],
            start=1,
        ):
            ws.cell(row=row, column=col, value=value)
    if not report.breaker_events:
        ws.cell(row=row + 1, column=1, value="无")

    for col, width in enumerate([16, 16, 16, 18, 10, 36, 10, 28], start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def _timeline_sheet(wb: Workbook, summary, report: Report) -> None:
    ws = wb.create_sheet("时间分布")
    _header(ws, 1, [f"时间段（每{report.timeline_unit}）", "违规次数"])
    for i, (label, n) in enumerate(report.timeline, start=2):
        ws.cell(row=i, column=1, value=label)
        ws.cell(row=i, column=2, value=n)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 10
    ws.freeze_panes = "A2"
    if not report.timeline:
        return
    chart = BarChart()
    chart.title = "违规时间分布"
    chart.y_axis.title = "次数"
    chart.x_axis.title = f"时间段（每{report.timeline_unit}）"
    chart.legend = None
    last = len(report.timeline) + 1
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    chart.width, chart.height = 24, 9
    summary.add_chart(chart, "J3")


def _table(ws, header_row: int, columns, rows) -> list[str]:
    """A header at ``header_row``, then one row per record (cells neutralised), columns sized; the keys, in order."""
    _header(ws, header_row, [header for _, header, _ in columns])
    keys = [key for key, _, _ in columns]
    for row in rows:
        ws.append([neutralise(row[k]) for k in keys])
    for col, (_, _, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    return keys


def _list_sheet(wb: Workbook, report: Report) -> None:
    ws = wb.create_sheet("违规明细")
    keys = _table(ws, 1, LIST_COLUMNS, report.rows)
    wrap = Alignment(wrap_text=True, vertical="top")
    context_col = keys.index("context") + 1
    for cells in ws.iter_rows(min_row=2, min_col=context_col, max_col=context_col):
        cells[0].alignment = wrap
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(1, len(report.rows) + 1)}"


def _set_aside_sheet(wb: Workbook, report: Report) -> None:
    ws = wb.create_sheet(SET_ASIDE_TITLE)
    ws.cell(row=1, column=1, value=f"附录：{SET_ASIDE_TITLE}（{len(report.set_aside_rows)} 条）").font = SECTION_FONT
    ws.cell(row=2, column=1, value=SET_ASIDE_NOTE if report.set_aside_rows else "无")
    _table(ws, 3, SET_ASIDE_COLUMNS, report.set_aside_rows)
    ws.freeze_panes = "A4"


def export_xlsx(report: Report, path: str | os.PathLike) -> None:
    wb = Workbook()
    _summary_sheet(wb.active, report)
    _timeline_sheet(wb, wb.active, report)
    _list_sheet(wb, report)
    _set_aside_sheet(wb, report)
    wb.save(path)
